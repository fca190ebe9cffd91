import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * The characters an entity id may hold: ASCII letters, digits and `_ . : @ -`; no whitespace, no `/`, nothing
 * that needs quoting in a URL path, a log line or a shell. With the length bound `TRAINKIT_BOUNDS.idLength`
 * (1..128) this is the rule every id schema of `@trainkit/core` applies, so `'a b'` is refused wherever an id is
 * accepted (facade calls, builders, repositories). UUIDs, catalog ids (`act_running`) and prefixed ids
 * (`usr_01`, `fatigue-run:…`) all fit.
 *
 * @example
 * ```ts
 * ENTITY_ID_PATTERN.test('usr_01'); // true
 * ENTITY_ID_PATTERN.test('a b'); // false
 * ```
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9_.:@-]+$/;

/**
 * The message of an id that breaks {@link ENTITY_ID_PATTERN}.
 *
 * @example
 * ```ts
 * ENTITY_ID_MESSAGE; // 'must be 1..128 characters: letters, digits, _ . : @ -'
 * ```
 */
export const ENTITY_ID_MESSAGE = `must be ${TRAINKIT_BOUNDS.idLength.min}..${TRAINKIT_BOUNDS.idLength.max} characters: letters, digits, _ . : @ -`;

/**
 * A new (unbranded) schema of an entity id: a string of 1..128 characters matching {@link ENTITY_ID_PATTERN}. The
 * branded schemas (`UserIdSchema`, ...) are built from it, one instance each.
 *
 * @example
 * ```ts
 * const TenantIdSchema = entityIdSchema().brand<'TenantId'>();
 * TenantIdSchema.safeParse('a b').success; // false
 * ```
 */
export function entityIdSchema(): z.ZodString {
  return z
    .string()
    .min(TRAINKIT_BOUNDS.idLength.min)
    .max(TRAINKIT_BOUNDS.idLength.max, ENTITY_ID_MESSAGE)
    .regex(ENTITY_ID_PATTERN, ENTITY_ID_MESSAGE);
}
