import { z } from 'zod';

/**
 * What kind of activity a definition describes.
 *
 * @example
 * ```ts
 * ActivityCategorySchema.parse('hobby');
 * ```
 */
export const ACTIVITY_CATEGORIES = ['strength', 'cardio', 'mobility', 'sport', 'hobby', 'recovery', 'other'] as const;
/** One of {@link ACTIVITY_CATEGORIES}. */
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];
/**
 * Schema of {@link ACTIVITY_CATEGORIES}.
 *
 * @example
 * ```ts
 * ActivityCategorySchema.parse('cardio');
 * ```
 */
export const ActivityCategorySchema = z.enum(ACTIVITY_CATEGORIES);

/**
 * Where an activity instance came from.
 *
 * @example
 * ```ts
 * ACTIVITY_SOURCES.includes('manual'); // true
 * ```
 */
export const ACTIVITY_SOURCES = ['planned', 'manual', 'provider'] as const;
/** One of {@link ACTIVITY_SOURCES}. */
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];
/**
 * Schema of {@link ACTIVITY_SOURCES}.
 *
 * @example
 * ```ts
 * ActivitySourceSchema.parse('provider');
 * ```
 */
export const ActivitySourceSchema = z.enum(ACTIVITY_SOURCES);

/**
 * Biological sex as used by physiology formulas (TRIMP weighting, HRmax estimators).
 *
 * @example
 * ```ts
 * SEXES.includes('female'); // true
 * ```
 */
export const SEXES = ['female', 'male', 'intersex', 'unspecified'] as const;
/** One of {@link SEXES}. */
export type Sex = (typeof SEXES)[number];
/**
 * Schema of {@link SEXES}.
 *
 * @example
 * ```ts
 * SexSchema.parse('male');
 * ```
 */
export const SexSchema = z.enum(SEXES);
