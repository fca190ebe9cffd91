import { InstantSchema, LocalDateSchema, toInstant, ValidationError, type Instant, type LocalDate } from '@trainkit/core';
import { endOfLocalDay } from '../time/local-date-time-to-instant.js';

/**
 * When a fatigue report or state refresh is for: an instant (ISO-8601 string or `Date`), or a local day
 * (`YYYY-MM-DD`), which means the end of that day (its last millisecond) in the user's time zone, so that every
 * session ended that day counts.
 *
 * @example
 * ```ts
 * const atInstant: FatigueAsOf = '2024-06-12T07:00:00Z';
 * const endOfDay: FatigueAsOf = '2024-06-12';
 * ```
 */
export type FatigueAsOf = string | Date;

/** Internal: an as-of that may still need the user's zone. */
export type ParsedAsOf = { readonly instant: Instant } | { readonly date: LocalDate };

/** Internal: validates an as-of; `ValidationError` on path `asOf` when it is neither an instant nor a local day. */
export function parseAsOf(asOf: FatigueAsOf, subject: string): ParsedAsOf {
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw invalidAsOf(subject, String(asOf));
    const instant = InstantSchema.safeParse(toInstant(asOf));
    if (!instant.success) throw invalidAsOf(subject, asOf.toISOString());
    return { instant: instant.data };
  }
  if (typeof asOf === 'string') {
    const date = LocalDateSchema.safeParse(asOf);
    if (date.success) return { date: date.data };
    const instant = InstantSchema.safeParse(asOf);
    if (instant.success) return { instant: instant.data };
  }
  throw invalidAsOf(subject, String(asOf));
}

/** Internal: the instant of a parsed as-of in the user's zone. */
export function asOfInstant(parsed: ParsedAsOf, timeZone: string): Instant {
  return 'instant' in parsed ? parsed.instant : endOfLocalDay(parsed.date, timeZone);
}

function invalidAsOf(subject: string, text: string): ValidationError {
  return new ValidationError(subject, [
    {
      path: 'asOf',
      rule: 'invalid_value',
      message: `expected an ISO-8601 date-time (2024-06-12T07:00:00Z) or a local date (2024-06-12) in the years 1900..2200, got '${text}'`,
    },
  ]);
}
