import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import type { SkillProfileInput } from '../skills/skill-profile-input.js';
import { movement, rung } from '../test-support/scaling-fixtures.js';
import { buildProgressionGraph } from './build-progression-graph.js';
import { catalogProgressionGraph } from './catalog-progression-graph.js';
import { scaleMovement } from './scale-movement.js';
import { ScaleResultSchema } from './scale-result.js';
import { UnknownMovementError } from './unknown-movement-error.js';

const graph = catalogProgressionGraph();
const noPullUps = [{ movement_id: 'mov_pull_up', level: 'hard_no' as const, reason: 'elbow tendinopathy' }];

describe('scaleMovement on the catalog graph', () => {
  it('keeps a doable movement as prescribed', () => {
    const result = scaleMovement({ movementId: 'mov_pull_up', graph });
    expect(result).toEqual({
      status: 'as_prescribed',
      prescribed_movement_id: 'mov_pull_up',
      movement_id: 'mov_pull_up',
      path: ['mov_pull_up'],
      steps: [],
      distance: 0,
      difficulty_delta: 0,
      constraint_level: null,
      constraint_reason: null,
      explanation: 'Pull-up as prescribed.',
    });
    expect(ScaleResultSchema.parse(result)).toEqual(result);
  });

  it('scales a refused pull-up without a bar to a ring row when only rings are at hand, explaining each step', () => {
    const result = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, equipment: ['rings'] });
    expect(result.status).toBe('scaled');
    expect(result.movement_id).toBe('mov_ring_row');
    expect(result.path).toEqual(['mov_pull_up', 'mov_negative_pull_up', 'mov_band_assisted_pull_up', 'mov_ring_row']);
    expect(result.steps).toEqual([
      { from: 'mov_pull_up', to: 'mov_negative_pull_up', relationship: 'regression', difficulty_delta: -1, reason: 'Pull-up is refused (hard_no: elbow tendinopathy); needs pull_up_bar (not available)' },
      { from: 'mov_negative_pull_up', to: 'mov_band_assisted_pull_up', relationship: 'regression', difficulty_delta: -1, reason: 'Negative pull-up needs pull_up_bar (not available)' },
      { from: 'mov_band_assisted_pull_up', to: 'mov_ring_row', relationship: 'regression', difficulty_delta: -1, reason: 'Band-assisted pull-up needs band (not available)' },
    ]);
    expect(result.distance).toBe(3);
    expect(result.difficulty_delta).toBe(-3);
    expect(result.explanation).toBe(
      'Pull-up scaled to Ring row (3 steps: regression to Negative pull-up, regression to Band-assisted pull-up, regression to Ring row; 3 rungs easier). ' +
        'Pull-up is refused (hard_no: elbow tendinopathy); needs pull_up_bar (not available). Negative pull-up needs pull_up_bar (not available). ' +
        'Band-assisted pull-up needs band (not available).',
    );
  });

  it('takes the band-assisted pull-up with a band, the machine or the lat pulldown in a gym', () => {
    expect(scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, equipment: ['band', 'rings'] }).movement_id).toBe('mov_band_assisted_pull_up');
    const gym = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, equipment: ['cable', 'machine'] });
    expect(gym.path).toEqual(['mov_pull_up', 'mov_assisted_pull_up_machine']);
    const cableOnly = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, equipment: ['cable'] });
    expect(cableOnly.path).toEqual(['mov_pull_up', 'mov_assisted_pull_up_machine', 'mov_lat_pulldown']);
    expect(cableOnly.steps[1]?.reason).toBe('Assisted pull-up machine needs machine (not available)');
  });

  it('falls back to a bodyweight row with no equipment at all', () => {
    const result = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, equipment: [] });
    expect(result.movement_id).toBe('mov_inverted_row');
    expect(result.steps.at(-1)).toMatchObject({ from: 'mov_ring_row', to: 'mov_inverted_row', relationship: 'variation' });
  });

  it('takes a sideways variation before a regression when both are one step away and equally close in difficulty', () => {
    // hard_no on pull-up with a bar: kipping (same difficulty) and chin-up (-0.5) are one step away; kipping is closer.
    const result = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps });
    expect(result.path).toEqual(['mov_pull_up', 'mov_kipping_pull_up']);
    const noKipping = scaleMovement({
      movementId: 'mov_pull_up',
      graph,
      constraints: [...noPullUps, { movement_id: 'mov_kipping_pull_up', level: 'hard_no', reason: 'shoulder' }],
    });
    expect(noKipping.movement_id).toBe('mov_chin_up');
  });

  it('uses a limited movement only when nothing allowed is as close, and lets preferred break ties', () => {
    const constraints = [...noPullUps, { movement_id: 'mov_kipping_pull_up', level: 'limited' as const, reason: 'shoulder, low volume' }];
    expect(scaleMovement({ movementId: 'mov_pull_up', graph, constraints }).movement_id).toBe('mov_chin_up');
    const bothLimited = [...constraints, { movement_id: 'mov_chin_up', level: 'limited' as const, reason: null }];
    // One step away, chin-up and kipping are limited: the allowed negative pull-up wins though it changes difficulty more.
    expect(scaleMovement({ movementId: 'mov_pull_up', graph, constraints: bothLimited, equipment: ['pull_up_bar'] }).movement_id).toBe('mov_negative_pull_up');
    // Without it, a limited movement one step away beats allowed ones two steps away.
    const onlyLimited = scaleMovement({
      movementId: 'mov_pull_up',
      graph,
      constraints: [...bothLimited, { movement_id: 'mov_negative_pull_up', level: 'hard_no', reason: null }],
      equipment: ['pull_up_bar'],
    });
    expect(onlyLimited.movement_id).toBe('mov_kipping_pull_up');
    expect(onlyLimited.constraint_level).toBe('limited');
    expect(onlyLimited.explanation).toContain('Kipping pull-up is limited (shoulder, low volume): use it with care. No allowed or preferred variant was as close.');

    const tie = buildProgressionGraph(
      [...rung('easy_a', 'hard'), ...rung('easy_b', 'hard')],
      [movement('easy_a'), movement('easy_b'), movement('hard', 'barbell')],
    );
    expect(scaleMovement({ movementId: 'm_hard', graph: tie, equipment: [] }).movement_id).toBe('m_easy_a');
    expect(
      scaleMovement({ movementId: 'm_hard', graph: tie, equipment: [], constraints: [{ movement_id: 'm_easy_b', level: 'preferred', reason: 'likes it' }] }),
    ).toMatchObject({ movement_id: 'm_easy_b', constraint_level: 'preferred', constraint_reason: 'likes it' });
  });

  it('keeps a limited prescribed movement and says so', () => {
    const result = scaleMovement({ movementId: 'mov_back_squat', graph, constraints: [{ movement_id: 'mov_back_squat', level: 'limited', reason: 'knee' }] });
    expect(result.status).toBe('as_prescribed');
    expect(result.explanation).toBe('Back squat as prescribed. Back squat is limited (knee): use it with care.');
  });

  it('never climbs to a harder variant without a known skill of at least intermediate', () => {
    // Only harder neighbours are doable: negative pull-up without band, machine or rings.
    const graphOf = buildProgressionGraph(rung('easy', 'prescribed').concat(rung('prescribed', 'harder')), [
      movement('easy', 'band'),
      movement('prescribed', 'pull_up_bar'),
      movement('harder'),
    ]);
    const refused = [{ movement_id: 'm_prescribed', level: 'hard_no' as const, reason: null }];
    const unknownSkill = scaleMovement({ movementId: 'm_prescribed', graph: graphOf, constraints: refused, equipment: [] });
    expect(unknownSkill.status).toBe('none_doable');
    expect(unknownSkill.movement_id).toBeNull();
    expect(unknownSkill.explanation).toBe(
      'No doable variant of prescribed: prescribed is refused (hard_no); needs pull_up_bar (not available), and none of its 2 related movements is doable ' +
        '(1 need equipment that is not available, 1 harder with no known skill level); equipment: bodyweight.',
    );
    const beginner: SkillProfileInput[] = [{ id: 'sk', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'beginner', can_do_flag: true }];
    expect(scaleMovement({ movementId: 'm_prescribed', graph: graphOf, constraints: refused, equipment: [], skills: beginner }).status).toBe('none_doable');
    const advanced: SkillProfileInput[] = [{ id: 'sk', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'advanced', can_do_flag: true }];
    const climbed = scaleMovement({ movementId: 'm_prescribed', graph: graphOf, constraints: refused, equipment: [], skills: advanced });
    expect(climbed).toMatchObject({ status: 'scaled', movement_id: 'm_harder', difficulty_delta: 1 });
    expect(
      scaleMovement({ movementId: 'm_prescribed', graph: graphOf, constraints: refused, equipment: [], skills: beginner, harderVariantMinLevel: 'beginner' }).movement_id,
    ).toBe('m_harder');
  });

  it('treats can_do_flag false as ruling out the movement, and for a pattern anything not easier than prescribed', () => {
    const cannotPullUp: SkillProfileInput[] = [{ id: 'sk1', scope_type: 'movement', scope_id: 'mov_pull_up', skill_level: 'none', can_do_flag: false }];
    const result = scaleMovement({ movementId: 'mov_pull_up', graph, skills: cannotPullUp });
    expect(result.movement_id).toBe('mov_kipping_pull_up');
    expect(result.steps[0]?.reason).toBe('Pull-up is marked as not doable (skill sk1)');

    const cannotVerticalPull: SkillProfileInput[] = [{ id: 'sk2', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'none', can_do_flag: false }];
    const easier = scaleMovement({ movementId: 'mov_pull_up', graph, skills: cannotVerticalPull });
    expect(easier.movement_id).toBe('mov_chin_up');
    expect(easier.difficulty_delta).toBeLessThan(0);
  });

  it('never walks up a ladder and down another: a pull-up is not scaled into a dip', () => {
    const result = scaleMovement({
      movementId: 'mov_pull_up',
      graph,
      constraints: noPullUps,
      equipment: ['box'],
      skills: [{ id: 'sk', scope_type: 'discipline', scope_id: 'dis_crossfit', skill_level: 'elite', can_do_flag: true }],
      disciplineId: 'dis_crossfit',
    });
    expect(result.movement_id).toBe('mov_inverted_row');
    expect(result.path).not.toContain('mov_bench_dip');
  });

  it('restricts the choice to the movements offered', () => {
    const result = scaleMovement({ movementId: 'mov_pull_up', graph, constraints: noPullUps, movements: [{ id: 'mov_chin_up' }, { id: 'mov_ring_row' }] });
    expect(result.movement_id).toBe('mov_chin_up');
    expect(result.steps[0]?.reason).toBe('Pull-up is not among the movements offered; is refused (hard_no: elbow tendinopathy)');
  });

  it('scales Olympic lifts, squats, lunges and running to what the user has', () => {
    expect(scaleMovement({ movementId: 'mov_snatch', graph, equipment: ['dumbbell'] }).path).toEqual(['mov_snatch', 'mov_power_snatch', 'mov_hang_power_snatch', 'mov_dumbbell_snatch']);
    expect(scaleMovement({ movementId: 'mov_power_clean', graph, equipment: ['kettlebell'] }).movement_id).toBe('mov_kettlebell_clean');
    expect(scaleMovement({ movementId: 'mov_back_squat', graph, equipment: [] }).movement_id).toBe('mov_air_squat');
    expect(scaleMovement({ movementId: 'mov_barbell_walking_lunge', graph, equipment: [] }).movement_id).toBe('mov_bodyweight_walking_lunge');
    const knee = scaleMovement({ movementId: 'mov_tempo_run', graph, constraints: [{ movement_id: 'mov_tempo_run', level: 'hard_no', reason: 'returning from a calf strain' }] });
    expect(knee.path).toEqual(['mov_tempo_run', 'mov_easy_run']);
    expect(knee.steps[0]?.reason).toBe('Tempo run is refused (hard_no: returning from a calf strain)');
  });

  it('accepts a slug, and names an unknown movement', () => {
    expect(scaleMovement({ movementId: 'pull_up', graph }).movement_id).toBe('mov_pull_up');
    expect(() => scaleMovement({ movementId: 'mov_moonwalk', graph })).toThrow(UnknownMovementError);
    try {
      scaleMovement({ movementId: 'mov_moonwalk', graph });
    } catch (error) {
      expect((error as UnknownMovementError).movementIds).toEqual(['mov_moonwalk']);
      expect((error as UnknownMovementError).issues[0]?.path).toBe('movementId');
    }
    expect(() => scaleMovement({ movementId: 'mov_pull_up', graph, equipment: ['spaceship' as never] })).toThrow(ValidationError);
  });
});
