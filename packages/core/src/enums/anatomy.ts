import { z } from 'zod';

/**
 * How a muscle takes part in a movement or activity.
 *
 * @example
 * ```ts
 * MUSCLE_ROLES.includes('primary'); // true
 * ```
 */
export const MUSCLE_ROLES = ['primary', 'secondary', 'stabilizer'] as const;
/**
 * One of {@link MUSCLE_ROLES}.
 *
 * @example
 * ```ts
 * const value: MuscleRole = 'stabilizer';
 * ```
 */
export type MuscleRole = (typeof MUSCLE_ROLES)[number];
/**
 * Schema of {@link MUSCLE_ROLES}.
 *
 * @example
 * ```ts
 * MuscleRoleSchema.parse('primary');
 * ```
 */
export const MuscleRoleSchema = z.enum(MUSCLE_ROLES);

/**
 * Body regions muscles are grouped into.
 *
 * @example
 * ```ts
 * BODY_REGIONS.includes('upper_push'); // true
 * ```
 */
export const BODY_REGIONS = [
  'upper_push', 'upper_pull', 'arms', 'core', 'lower_anterior', 'lower_posterior', 'lower_leg',
] as const;
/**
 * One of {@link BODY_REGIONS}.
 *
 * @example
 * ```ts
 * const value: BodyRegion = 'lower_leg';
 * ```
 */
export type BodyRegion = (typeof BODY_REGIONS)[number];
/**
 * Schema of {@link BODY_REGIONS}.
 *
 * @example
 * ```ts
 * BodyRegionSchema.parse('upper_push');
 * ```
 */
export const BodyRegionSchema = z.enum(BODY_REGIONS);

/**
 * Fundamental movement patterns.
 *
 * @example
 * ```ts
 * MOVEMENT_PATTERNS.includes('squat'); // true
 * ```
 */
export const MOVEMENT_PATTERNS = [
  'squat', 'hinge', 'lunge', 'horizontal_push', 'vertical_push', 'horizontal_pull', 'vertical_pull', 'carry',
  'core_flexion', 'core_anti_extension', 'core_rotation', 'elbow_flexion', 'elbow_extension', 'knee_flexion',
  'knee_extension', 'hip_abduction', 'hip_adduction', 'calf_raise', 'shoulder_isolation', 'olympic', 'jump',
  'gymnastics_skill', 'conditioning', 'other',
] as const;
/**
 * One of {@link MOVEMENT_PATTERNS}.
 *
 * @example
 * ```ts
 * const value: MovementPattern = 'other';
 * ```
 */
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];
/**
 * Schema of {@link MOVEMENT_PATTERNS}.
 *
 * @example
 * ```ts
 * MovementPatternSchema.parse('squat');
 * ```
 */
export const MovementPatternSchema = z.enum(MOVEMENT_PATTERNS);

/**
 * Equipment a movement uses.
 *
 * @example
 * ```ts
 * EQUIPMENT.includes('barbell'); // true
 * ```
 */
export const EQUIPMENT = [
  'barbell', 'dumbbell', 'kettlebell', 'machine', 'cable', 'bodyweight', 'band', 'rings', 'pull_up_bar',
  'parallettes', 'medicine_ball', 'sled', 'trap_bar', 'ez_bar', 'plate', 'box', 'rower', 'ski_erg', 'air_bike',
  'jump_rope', 'sandbag', 'other',
] as const;
/**
 * One of {@link EQUIPMENT}.
 *
 * @example
 * ```ts
 * const value: Equipment = 'other';
 * ```
 */
export type Equipment = (typeof EQUIPMENT)[number];
/**
 * Schema of {@link EQUIPMENT}.
 *
 * @example
 * ```ts
 * EquipmentSchema.parse('barbell');
 * ```
 */
export const EquipmentSchema = z.enum(EQUIPMENT);

/**
 * Compound (multi-joint) or isolation (single-joint).
 *
 * @example
 * ```ts
 * MOVEMENT_MECHANICS.includes('compound'); // true
 * ```
 */
export const MOVEMENT_MECHANICS = ['compound', 'isolation'] as const;
/**
 * One of {@link MOVEMENT_MECHANICS}.
 *
 * @example
 * ```ts
 * const value: MovementMechanic = 'isolation';
 * ```
 */
export type MovementMechanic = (typeof MOVEMENT_MECHANICS)[number];
/**
 * Schema of {@link MOVEMENT_MECHANICS}.
 *
 * @example
 * ```ts
 * MovementMechanicSchema.parse('compound');
 * ```
 */
export const MovementMechanicSchema = z.enum(MOVEMENT_MECHANICS);
