import { UserIdSchema, ValidationError, type UserId } from '@trainkit/core';
import { UsageError } from '../usage-error.js';

/**
 * Reads `--user`: required, trimmed, and a valid user id by core's `UserIdSchema` (1..128 letters, digits or
 * `_ . : @ -`), so `--user 'a b'` is refused before the database is touched.
 *
 * @throws {UsageError} When `--user` is missing or blank.
 * @throws {ValidationError} When it is not a valid user id (path `--user`).
 *
 * @example
 * ```ts
 * const userId = parseUserOption(values.user, ['fatigue']); // 'u1' as UserId
 * ```
 */
export function parseUserOption(text: string | undefined, commandPath: readonly string[]): UserId {
  const trimmed = text?.trim();
  if (trimmed === undefined || trimmed === '') throw new UsageError('--user is required', commandPath);
  const parsed = UserIdSchema.safeParse(trimmed);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError('command line', [
    { path: '--user', rule: issue?.code ?? 'invalid_format', message: `${issue?.message ?? 'invalid user id'}, got '${text ?? ''}'` },
  ]);
}
