import {
  InstantSchema,
  LocalDateSchema,
  UserIdSchema,
  type Instant,
  type LocalDate,
  type UserId,
} from '@trainkit/core';
import { validateWith, validationError } from './validate-rows.js';

/**
 * A user id argument: a non-empty string, else `ValidationError` (`userId`).
 *
 * @internal
 */
export function checkUserId(subject: string, userId: unknown): UserId {
  return validateWith(UserIdSchema, userId, `${subject} userId`);
}

/**
 * A key argument (`id`): a non-empty string, else `ValidationError`.
 *
 * @internal
 */
export function checkKey(subject: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw validationError(subject, name, 'invalid_type', 'must be a non-empty string');
  }
  return value;
}

/**
 * An instant argument, canonicalized to ISO-8601 UTC with milliseconds (SQLite compares instants as text).
 *
 * @internal
 */
export function checkInstant(subject: string, name: string, value: unknown): Instant {
  const parsed = InstantSchema.safeParse(value);
  if (!parsed.success) throw validationError(subject, name, 'invalid_format', 'must be an ISO-8601 date-time');
  return parsed.data;
}

/**
 * A `YYYY-MM-DD` argument.
 *
 * @internal
 */
export function checkLocalDate(subject: string, name: string, value: unknown): LocalDate {
  const parsed = LocalDateSchema.safeParse(value);
  if (!parsed.success) throw validationError(subject, name, 'invalid_format', 'must be a YYYY-MM-DD calendar date');
  return parsed.data;
}

/**
 * `from`..`to` bounds where `to` must not be before `from`.
 *
 * @internal
 */
export function checkOrderedBounds<T extends string>(subject: string, from: T, to: T): void {
  // Checked instants (ISO, ms, Z) and local dates (YYYY-MM-DD) sort chronologically as plain text.
  if (to < from) throw validationError(subject, 'to', 'too_small', 'must not be before from');
}

/**
 * Checks a `from`..`to` range of local dates: both valid, `to` not before `from`.
 *
 * @internal
 */
export function checkLocalDateRange(subject: string, from: unknown, to: unknown): [LocalDate, LocalDate] {
  const start = checkLocalDate(subject, 'from', from);
  const end = checkLocalDate(subject, 'to', to);
  checkOrderedBounds(subject, start, end);
  return [start, end];
}
