import { z } from 'zod';

/**
 * The training disciplines of the catalog. Slugs are stable: never renamed or reused.
 *
 * @example
 * ```ts
 * DISCIPLINE_SLUGS.includes('hyrox'); // true
 * ```
 */
export const DISCIPLINE_SLUGS = [
  'general_fitness',
  'crossfit',
  'hyrox',
  'powerlifting',
  'olympic_weightlifting',
  'bodybuilding',
  'strongman',
  'calisthenics',
  'gymnastics',
  'running',
  'cycling',
  'swimming',
  'triathlon',
  'rowing',
  'climbing',
  'hiking',
  'winter_sports',
  'water_sports',
  'team_sports',
  'racket_sports',
  'combat_sports',
  'mobility',
  'dance',
] as const;

/**
 * One of {@link DISCIPLINE_SLUGS}.
 *
 * @example
 * ```ts
 * const discipline: DisciplineSlug = 'powerlifting';
 * ```
 */
export type DisciplineSlug = (typeof DISCIPLINE_SLUGS)[number];

/**
 * Schema of {@link DISCIPLINE_SLUGS}.
 *
 * @example
 * ```ts
 * DisciplineSlugSchema.parse('racket_sports');
 * ```
 */
export const DisciplineSlugSchema = z.enum(DISCIPLINE_SLUGS);
