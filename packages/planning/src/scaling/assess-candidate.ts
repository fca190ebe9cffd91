import type { Equipment, MovementConstraintLevel, SkillLevel } from '@trainkit/core';
import { compareSkillLevels } from '../skills/compare-skill-levels.js';
import { pickSkillProfile, type ParsedSkillProfile } from '../skills/pick-skill-profile.js';
import type { ResolvedSkill } from '../skills/resolved-skill.js';
import type { GraphMovement } from './graph-movement.js';

/** Internal: why a movement cannot be used as the scaled variant. */
export type CandidateBlocker =
  | { readonly kind: 'not_offered' }
  | { readonly kind: 'hard_no'; readonly reason: string | null }
  | { readonly kind: 'equipment'; readonly equipment: Equipment }
  | { readonly kind: 'cannot_do'; readonly skill: ResolvedSkill }
  | { readonly kind: 'skill_too_low'; readonly skill: ResolvedSkill; readonly minimum: SkillLevel; readonly delta: number }
  | { readonly kind: 'no_skill'; readonly delta: number; readonly minimum: SkillLevel };

/** Internal: a user's constraint on one movement, the most restrictive when several were given. */
export interface EffectiveConstraint {
  readonly level: MovementConstraintLevel;
  readonly reason: string | null;
}

/** Internal: everything about the user that decides whether a movement is doable. */
export interface CandidateContext {
  /** Movement ids that may be chosen, or null for all. */
  readonly offered: ReadonlySet<string> | null;
  readonly constraints: ReadonlyMap<string, EffectiveConstraint>;
  /** Available equipment, or null for everything. */
  readonly equipment: ReadonlySet<Equipment> | null;
  readonly skills: readonly ParsedSkillProfile[];
  readonly disciplineId: string | null;
  readonly harderVariantMinLevel: SkillLevel;
}

/**
 * Internal: why `movement`, reached at `delta` rungs from the prescribed movement, cannot be used (empty when it can).
 * A `hard_no` refuses it; its main equipment must be available (bodyweight always is); a skill row marked not doable
 * rules out the movement itself (movement scope) or, for a pattern or discipline row, anything at or above the
 * prescribed difficulty; a harder variant needs a known skill of at least `harderVariantMinLevel`.
 */
export function assessCandidate(movement: GraphMovement, delta: number, context: CandidateContext): CandidateBlocker[] {
  const blockers: CandidateBlocker[] = [];
  if (context.offered !== null && !context.offered.has(movement.id)) blockers.push({ kind: 'not_offered' });
  const constraint = context.constraints.get(movement.id);
  if (constraint?.level === 'hard_no') blockers.push({ kind: 'hard_no', reason: constraint.reason });
  if (movement.equipment !== 'bodyweight' && context.equipment !== null && !context.equipment.has(movement.equipment)) {
    blockers.push({ kind: 'equipment', equipment: movement.equipment });
  }
  const skill = pickSkillProfile(context.skills, { movement, disciplineId: context.disciplineId });
  if (skill !== null && !skill.can_do_flag && (skill.scope_type === 'movement' || delta >= 0)) {
    blockers.push({ kind: 'cannot_do', skill });
  } else if (delta > 0) {
    if (skill === null) blockers.push({ kind: 'no_skill', delta, minimum: context.harderVariantMinLevel });
    else if (compareSkillLevels(skill.skill_level, context.harderVariantMinLevel) < 0) {
      blockers.push({ kind: 'skill_too_low', skill, minimum: context.harderVariantMinLevel, delta });
    }
  }
  return blockers;
}

/** Internal: a blocker in words, e.g. `needs rings (not available)`. */
export function describeBlocker(blocker: CandidateBlocker): string {
  switch (blocker.kind) {
    case 'not_offered':
      return 'is not among the movements offered';
    case 'hard_no':
      return `is refused (hard_no${blocker.reason === null ? '' : `: ${blocker.reason}`})`;
    case 'equipment':
      return `needs ${blocker.equipment} (not available)`;
    case 'cannot_do':
      return blocker.skill.scope_type === 'movement'
        ? `is marked as not doable (skill ${blocker.skill.profile_id})`
        : `is not easier than prescribed and the ${blocker.skill.scope_type} skill ${blocker.skill.scope_id} is marked as not doable`;
    case 'skill_too_low':
      return `is harder than prescribed (+${formatDelta(blocker.delta)}) and the ${blocker.skill.scope_type} skill level ${blocker.skill.skill_level} is below ${blocker.minimum}`;
    case 'no_skill':
      return `is harder than prescribed (+${formatDelta(blocker.delta)}) and no skill level of at least ${blocker.minimum} is known for it`;
  }
}

/** Internal: a difficulty in rungs, without float noise. */
export function formatDelta(value: number): string {
  return String(Math.round(Math.abs(value) * 1000) / 1000);
}
