import { MOVEMENT_CONSTRAINT_LEVELS, SKILL_LEVELS, type Equipment } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSkillLevels } from '../skills/compare-skill-levels.js';
import { resolveSkillLevel } from '../skills/resolve-skill-level.js';
import type { SkillProfileInput } from '../skills/skill-profile-input.js';
import { FIXTURE_EQUIPMENT, FIXTURE_PATTERNS, randomGraph, type RandomGraph } from '../test-support/scaling-fixtures.js';
import { buildProgressionGraph } from './build-progression-graph.js';
import { catalogProgressionGraph } from './catalog-progression-graph.js';
import type { ProgressionGraph } from './progression-graph.js';
import type { ScaleConstraint } from './scale-constraint.js';
import { scaleMovement, type ScaleMovementInput } from './scale-movement.js';
import type { ScaleResult } from './scale-result.js';

const SEED = 20_251_203;

interface Scenario {
  readonly random: RandomGraph;
  readonly graph: ProgressionGraph;
  readonly input: ScaleMovementInput;
}

/** A random graph, a prescribed movement, and a user: constraints, skills, equipment. */
const scenario: fc.Arbitrary<Scenario> = randomGraph.chain((random) => {
  const graph = buildProgressionGraph(random.edges, random.movements);
  const ids = random.movements.map((movement) => movement.id);
  const constraint = fc.record({
    level: fc.constantFrom(...MOVEMENT_CONSTRAINT_LEVELS),
    reason: fc.option(fc.constantFrom('knee injury', 'shoulder', 'dislikes it'), { nil: null }),
  });
  const skill = fc.record({
    scope: fc.oneof(
      fc.constantFrom(...ids).map((id) => ({ scope_type: 'movement' as const, scope_id: id })),
      fc.constantFrom(...FIXTURE_PATTERNS).map((pattern) => ({ scope_type: 'pattern' as const, scope_id: pattern })),
      fc.constant({ scope_type: 'discipline' as const, scope_id: 'dis_x' }),
    ),
    skill_level: fc.constantFrom(...SKILL_LEVELS),
    can_do_flag: fc.boolean(),
  });
  return fc
    .record({
      prescribed: fc.constantFrom(...ids),
      constraints: fc.dictionary(fc.constantFrom(...ids), constraint, { maxKeys: ids.length }),
      skills: fc.uniqueArray(skill, { selector: (entry) => `${entry.scope.scope_type}:${entry.scope.scope_id}`, maxLength: 6 }),
      equipment: fc.option(fc.subarray([...FIXTURE_EQUIPMENT]), { nil: null }),
      disciplineId: fc.option(fc.constant('dis_x'), { nil: null }),
    })
    .map(({ prescribed, constraints, skills, equipment, disciplineId }) => ({
      random,
      graph,
      input: {
        movementId: prescribed,
        graph,
        constraints: Object.entries(constraints).map(([movement_id, value]): ScaleConstraint => ({ movement_id, ...value })),
        skills: skills.map((entry, index): SkillProfileInput => ({ id: `sk${index}`, ...entry.scope, skill_level: entry.skill_level, can_do_flag: entry.can_do_flag })),
        equipment: equipment as Equipment[] | null,
        disciplineId,
      },
    }));
});

function equipmentOk(result: ScaleResult, input: ScaleMovementInput): boolean {
  if (result.movement_id === null) return true;
  const movement = input.graph.movements.get(result.movement_id);
  if (movement === undefined) return false;
  return movement.equipment === 'bodyweight' || input.equipment === null || input.equipment === undefined || input.equipment.includes(movement.equipment);
}

describe('scaleMovement properties', () => {
  it('never returns a hard_no movement nor one needing equipment the user lacks', () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const result = scaleMovement(input);
        const refused = new Set((input.constraints ?? []).filter((entry) => entry.level === 'hard_no').map((entry) => entry.movement_id));
        if (result.movement_id !== null) expect(refused.has(result.movement_id)).toBe(false);
        expect(equipmentOk(result, input)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('gives the same result for the same input, and for the same rows in another order', () => {
    fc.assert(
      fc.property(scenario, ({ random, input }) => {
        const first = scaleMovement(input);
        expect(scaleMovement(input)).toEqual(first);
        const shuffled: ScaleMovementInput = {
          ...input,
          graph: buildProgressionGraph([...random.edges].reverse(), [...random.movements].reverse()),
          constraints: [...(input.constraints ?? [])].reverse(),
          skills: [...(input.skills ?? [])].reverse(),
          equipment: input.equipment === null || input.equipment === undefined ? input.equipment : [...input.equipment].reverse(),
        };
        expect(scaleMovement(shuffled)).toEqual(first);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('returns a real path of the graph, from the prescribed movement to the chosen one, each step explained', () => {
    fc.assert(
      fc.property(scenario, ({ random, input }) => {
        const result = scaleMovement(input);
        expect(result.prescribed_movement_id).toBe(input.movementId);
        if (result.status === 'none_doable') {
          expect(result.path).toEqual([]);
          expect(result.movement_id).toBeNull();
          return;
        }
        expect(result.path[0]).toBe(input.movementId);
        expect(result.path.at(-1)).toBe(result.movement_id);
        expect(result.steps).toHaveLength(result.path.length - 1);
        expect(result.distance).toBe(result.steps.length);
        expect(result.status).toBe(result.distance === 0 ? 'as_prescribed' : 'scaled');
        let difficulty = 0;
        result.steps.forEach((step, index) => {
          expect(step.from).toBe(result.path[index]);
          expect(step.to).toBe(result.path[index + 1]);
          const edge = input.graph.outgoing.get(step.from)?.find((candidate) => candidate.target === step.to);
          expect(edge).toBeDefined();
          expect(step.relationship).toBe(edge?.relationship);
          expect(step.difficulty_delta).toBe(edge?.difficulty_delta);
          // the edge, or its inverse, is one of the input rows
          expect(
            random.edges.some(
              (row) =>
                (row.source_movement_id === step.from && row.target_movement_id === step.to) ||
                (row.source_movement_id === step.to && row.target_movement_id === step.from),
            ),
          ).toBe(true);
          // every movement left behind was not doable: the walk stops at the closest doable one
          expect(step.reason).not.toMatch(/is on the way$/);
          difficulty += step.difficulty_delta;
        });
        expect(result.difficulty_delta).toBeCloseTo(difficulty, 9);
        expect(new Set(result.path).size).toBe(result.path.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('picks a harder variant only for a user whose skill allows it, and keeps a doable prescribed movement', () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const result = scaleMovement(input);
        if (result.movement_id !== null && result.difficulty_delta > 0) {
          const movement = input.graph.movements.get(result.movement_id);
          const skill = movement && resolveSkillLevel(input.skills ?? [], { movement, disciplineId: input.disciplineId ?? null });
          expect(skill?.can_do_flag).toBe(true);
          expect(compareSkillLevels(skill?.skill_level ?? 'none', 'intermediate')).toBeGreaterThanOrEqual(0);
        }
        const prescribed = input.graph.movements.get(input.movementId);
        const constraint = (input.constraints ?? []).find((entry) => entry.movement_id === input.movementId);
        const skill = prescribed && resolveSkillLevel(input.skills ?? [], { movement: prescribed, disciplineId: input.disciplineId ?? null });
        const doable =
          constraint?.level !== 'hard_no' &&
          equipmentOk({ ...result, movement_id: input.movementId }, input) &&
          (skill === null || skill === undefined || skill.can_do_flag);
        expect(result.status === 'as_prescribed').toBe(doable);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps the prescribed movement for a user without constraints, skills or equipment limits', () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const result = scaleMovement({ movementId: input.movementId, graph: input.graph });
        expect(result).toMatchObject({ status: 'as_prescribed', movement_id: input.movementId, path: [input.movementId], steps: [] });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('never returns a refused movement or one without equipment on the catalog graph', () => {
    const graph = catalogProgressionGraph();
    const ids = [...graph.movements.keys()];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 25 }),
        fc.subarray(['barbell', 'dumbbell', 'kettlebell', 'machine', 'cable', 'band', 'rings', 'pull_up_bar', 'box'] as Equipment[]),
        (movementId, refused, equipment) => {
          const input: ScaleMovementInput = {
            movementId,
            graph,
            equipment,
            constraints: refused.map((id) => ({ movement_id: id, level: 'hard_no', reason: 'injury' })),
          };
          const result = scaleMovement(input);
          if (result.movement_id !== null) expect(refused).not.toContain(result.movement_id);
          expect(equipmentOk(result, input)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
