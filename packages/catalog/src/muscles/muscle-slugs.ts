import { z } from 'zod';

/**
 * The canonical muscle groups of the catalog (20). Slugs follow the group names of the fatigue heuristics
 * (fatigue.md §5.3: `quadriceps`, `lower back` as `lower_back`, `middle back` as `middle_back`, ...), plus `obliques`,
 * `hip_flexors`, `abductors`, `tibialis` and `neck`. Slugs are stable: never renamed or reused.
 *
 * @example
 * ```ts
 * MUSCLE_SLUGS.includes('lower_back'); // true
 * ```
 */
export const MUSCLE_SLUGS = [
  'chest',
  'shoulders',
  'triceps',
  'lats',
  'middle_back',
  'traps',
  'neck',
  'biceps',
  'forearms',
  'abdominals',
  'obliques',
  'lower_back',
  'hip_flexors',
  'quadriceps',
  'adductors',
  'glutes',
  'abductors',
  'hamstrings',
  'calves',
  'tibialis',
] as const;

/**
 * One of {@link MUSCLE_SLUGS}.
 *
 * @example
 * ```ts
 * const muscle: MuscleSlug = 'glutes';
 * ```
 */
export type MuscleSlug = (typeof MUSCLE_SLUGS)[number];

/**
 * Schema of {@link MUSCLE_SLUGS}.
 *
 * @example
 * ```ts
 * MuscleSlugSchema.parse('hamstrings');
 * MuscleSlugSchema.safeParse('lower back').success; // false: use findMuscle for free text
 * ```
 */
export const MuscleSlugSchema = z.enum(MUSCLE_SLUGS);
