import type { UserMovementConstraintRow, UserSkillProfileRow } from '@trainkit/core';
import type { SetConstraintInput } from './set-constraint-input-schema.js';
import type { SetSkillInput } from './set-skill-input-schema.js';
import type { ListConstraintsOptions, ListSkillsOptions, ScaleOptions } from './skills-options.js';
import type { TrainkitScaleResult } from './trainkit-scale-result.js';

/**
 * What a user can do and refuses to do, and scaling a prescribed movement to the closest doable variant over the
 * stored `movement_progressions` graph (`scaleMovement` of `@trainkit/planning`). Movements are named by catalog
 * slug (`pull_up`) or `movements` id; the catalog is seeded on first use when a catalog movement is missing.
 *
 * @example
 * ```ts
 * await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
 * await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'pattern', scope: 'vertical_pull', level: 'beginner' });
 * const scaled = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up', equipment: ['rings'] });
 * scaled.movement?.slug; // 'ring_row'
 * scaled.steps.map((step) => step.reason);
 * ```
 */
export interface TrainkitSkills {
  /**
   * Sets the user's skill at one scope (inserting or replacing the `user_skill_profiles` row of that user and scope)
   * and returns the stored row. A movement scope stores the movement id, a discipline scope the discipline id.
   * Throws `ValidationError` naming the input field (an unknown movement is an `UnknownMovementError`, an unknown
   * discipline or pattern a `ValidationError` on `scope`), `NotFoundError` for an unknown user.
   */
  setSkill(input: SetSkillInput): Promise<UserSkillProfileRow>;
  /** The user's skill rows (optionally of one scope type), by scope type then scope id. `NotFoundError` for an unknown user. */
  listSkills(options: ListSkillsOptions): Promise<UserSkillProfileRow[]>;
  /**
   * Sets the user's constraint on one movement (inserting or replacing the `user_movement_constraints` row) and
   * returns it. Throws `ValidationError` naming the input field (`UnknownMovementError` for an unknown movement),
   * `NotFoundError` for an unknown user.
   */
  setConstraint(input: SetConstraintInput): Promise<UserMovementConstraintRow>;
  /** The user's constraints (optionally of one level), by movement id. `NotFoundError` for an unknown user. */
  listConstraints(options: ListConstraintsOptions): Promise<UserMovementConstraintRow[]>;
  /**
   * Scales a prescribed movement for the user: reads the stored movements, `movement_progressions`, the user's
   * skills and constraints, and returns the closest doable variant with the path taken and why (see
   * {@link TrainkitScaleResult}). Never returns a `hard_no` movement or one needing equipment not given. Throws
   * `UnknownMovementError` for an unknown movement, `ProgressionCycleError` when the stored graph loops,
   * `NotFoundError` for an unknown user, `ValidationError` for bad equipment or discipline.
   */
  scale(options: ScaleOptions): Promise<TrainkitScaleResult>;
}
