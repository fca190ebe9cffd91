import type { ActivityCategory } from '@trainkit/core';

/**
 * The kinds of manual log the facade writes (`trainkit.log.strength`, `.cardio`, `.sport`, `.hobby`).
 *
 * @example
 * ```ts
 * LOG_KINDS.includes('cardio'); // true
 * ```
 */
export const LOG_KINDS = ['strength', 'cardio', 'sport', 'hobby'] as const;

/**
 * One of {@link LOG_KINDS}.
 *
 * @example
 * ```ts
 * const kind: LogKind = 'strength';
 * ```
 */
export type LogKind = (typeof LOG_KINDS)[number];

/**
 * The activity categories each log kind takes: a strength log a strength activity, a cardio log a cardio activity,
 * and sport and hobby logs anything else (sports, hobbies, mobility, recovery, other). A log whose activity has
 * another category is refused with a `ValidationError` on `activity`, so `log.strength({ activity: 'running' })`
 * never stores a run as a lifting session.
 *
 * @example
 * ```ts
 * LOG_KIND_CATEGORIES.strength; // ['strength']
 * LOG_KIND_CATEGORIES.hobby.includes('sport'); // true
 * ```
 */
export const LOG_KIND_CATEGORIES: Readonly<Record<LogKind, readonly ActivityCategory[]>> = {
  strength: ['strength'],
  cardio: ['cardio'],
  sport: ['sport', 'hobby', 'mobility', 'recovery', 'other'],
  hobby: ['hobby', 'sport', 'mobility', 'recovery', 'other'],
};

/** Internal: the log kind that takes an activity of `category` (for error messages). */
export function logKindFor(category: ActivityCategory): LogKind {
  if (category === 'strength' || category === 'cardio') return category;
  return category === 'sport' ? 'sport' : 'hobby';
}
