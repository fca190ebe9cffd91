import { z } from 'zod';

/**
 * What kind of activity a definition describes.
 *
 * @example
 * ```ts
 * ACTIVITY_CATEGORIES.includes('strength'); // true
 * ```
 */
export const ACTIVITY_CATEGORIES = ['strength', 'cardio', 'mobility', 'sport', 'hobby', 'recovery', 'other'] as const;
/**
 * One of {@link ACTIVITY_CATEGORIES}.
 *
 * @example
 * ```ts
 * const value: ActivityCategory = 'other';
 * ```
 */
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];
/**
 * Schema of {@link ACTIVITY_CATEGORIES}.
 *
 * @example
 * ```ts
 * ActivityCategorySchema.parse('strength');
 * ```
 */
export const ActivityCategorySchema = z.enum(ACTIVITY_CATEGORIES);

/**
 * Where an activity instance came from: generated from a planned session, logged by hand, or imported from a provider.
 *
 * @example
 * ```ts
 * ACTIVITY_SOURCES.includes('planned'); // true
 * ```
 */
export const ACTIVITY_SOURCES = ['planned', 'manual', 'provider'] as const;
/**
 * One of {@link ACTIVITY_SOURCES}.
 *
 * @example
 * ```ts
 * const value: ActivitySource = 'provider';
 * ```
 */
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];
/**
 * Schema of {@link ACTIVITY_SOURCES}.
 *
 * @example
 * ```ts
 * ActivitySourceSchema.parse('planned');
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
/**
 * One of {@link SEXES}.
 *
 * @example
 * ```ts
 * const value: Sex = 'unspecified';
 * ```
 */
export type Sex = (typeof SEXES)[number];
/**
 * Schema of {@link SEXES}.
 *
 * @example
 * ```ts
 * SexSchema.parse('female');
 * ```
 */
export const SexSchema = z.enum(SEXES);

/**
 * The headline measure of an activity definition (`default_metric_type`): what a manual log asks for first.
 *
 * @example
 * ```ts
 * ACTIVITY_METRIC_TYPES.includes('duration'); // true
 * ```
 */
export const ACTIVITY_METRIC_TYPES = ['duration', 'distance', 'load', 'reps', 'rounds', 'score', 'elevation'] as const;
/**
 * One of {@link ACTIVITY_METRIC_TYPES}.
 *
 * @example
 * ```ts
 * const value: ActivityMetricType = 'elevation';
 * ```
 */
export type ActivityMetricType = (typeof ACTIVITY_METRIC_TYPES)[number];
/**
 * Schema of {@link ACTIVITY_METRIC_TYPES}.
 *
 * @example
 * ```ts
 * ActivityMetricTypeSchema.parse('duration');
 * ```
 */
export const ActivityMetricTypeSchema = z.enum(ACTIVITY_METRIC_TYPES);

/**
 * Role of an `activity_instance_links` row: `source` (the record the instance was built from), `duplicate` (another record of the same real-world session, merged in and excluded from load), `legacy` (bridge to a legacy workout log).
 *
 * @example
 * ```ts
 * ACTIVITY_LINK_KINDS.includes('source'); // true
 * ```
 */
export const ACTIVITY_LINK_KINDS = ['source', 'duplicate', 'legacy'] as const;
/**
 * One of {@link ACTIVITY_LINK_KINDS}.
 *
 * @example
 * ```ts
 * const value: ActivityLinkKind = 'legacy';
 * ```
 */
export type ActivityLinkKind = (typeof ACTIVITY_LINK_KINDS)[number];
/**
 * Schema of {@link ACTIVITY_LINK_KINDS}.
 *
 * @example
 * ```ts
 * ActivityLinkKindSchema.parse('source');
 * ```
 */
export const ActivityLinkKindSchema = z.enum(ACTIVITY_LINK_KINDS);

/**
 * Editions of the Compendium of Physical Activities a MET value can cite: 2011 (Ainsworth et al., *Med Sci Sports
 * Exerc* 43:1575–1581) and 2024 (Herrmann et al., *J Sport Health Sci* 13:6–12).
 *
 * @example
 * ```ts
 * MET_COMPENDIUM_EDITIONS.includes('2011'); // true
 * ```
 */
export const MET_COMPENDIUM_EDITIONS = ['2011', '2024'] as const;
/**
 * One of {@link MET_COMPENDIUM_EDITIONS}.
 *
 * @example
 * ```ts
 * const value: MetCompendiumEdition = '2024';
 * ```
 */
export type MetCompendiumEdition = (typeof MET_COMPENDIUM_EDITIONS)[number];
/**
 * Schema of {@link MET_COMPENDIUM_EDITIONS}.
 *
 * @example
 * ```ts
 * MetCompendiumEditionSchema.parse('2011');
 * ```
 */
export const MetCompendiumEditionSchema = z.enum(MET_COMPENDIUM_EDITIONS);
