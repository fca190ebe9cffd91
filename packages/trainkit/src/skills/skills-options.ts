import type { Equipment, MovementConstraintLevel, SkillScopeType } from '@trainkit/core';

/**
 * Options of `trainkit.skills.listSkills`: the user, optionally one scope type.
 *
 * @example
 * ```ts
 * const options: ListSkillsOptions = { userId: 'athlete_1', scopeType: 'movement' };
 * ```
 */
export interface ListSkillsOptions {
  readonly userId: string;
  readonly scopeType?: SkillScopeType;
}

/**
 * Options of `trainkit.skills.listConstraints`: the user, optionally one level.
 *
 * @example
 * ```ts
 * const options: ListConstraintsOptions = { userId: 'athlete_1', level: 'hard_no' };
 * ```
 */
export interface ListConstraintsOptions {
  readonly userId: string;
  readonly level?: MovementConstraintLevel;
}

/**
 * Options of `trainkit.skills.scale`: the user, the prescribed movement (catalog slug or `movements` id), the
 * equipment at hand (omitted or null: everything; bodyweight is always available) and, for discipline-scoped
 * skills, the discipline of the session (slug or id).
 *
 * @example
 * ```ts
 * const options: ScaleOptions = { userId: 'athlete_1', movement: 'pull_up', equipment: ['rings', 'band'] };
 * ```
 */
export interface ScaleOptions {
  readonly userId: string;
  readonly movement: string;
  readonly equipment?: readonly Equipment[] | null;
  readonly discipline?: string | null;
}
