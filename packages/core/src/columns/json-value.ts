import { z } from 'zod';
import { withColumnKind } from './column-kind.js';

/**
 * A JSON value stored in a `*_json` column: an object, array, string, number or boolean, with nothing JSON cannot
 * hold (`undefined`, functions, `Date`, `NaN`) at any depth. `null` is allowed inside, but not as the whole value:
 * a column that may be empty is `JsonValueSchema.nullable()` and stores SQL NULL, so reading a row back can never
 * confuse "no value" with "the JSON value null".
 *
 * @example
 * ```ts
 * JsonValueSchema.parse({ laps: [1, 2], device: 'fenix', gps: null });
 * JsonValueSchema.safeParse({ at: new Date() }).success; // false
 * JsonValueSchema.safeParse(null).success; // false
 * ```
 */
export const JsonValueSchema = withColumnKind(
  z.union([z.string(), z.number(), z.boolean(), z.array(z.json()), z.record(z.string(), z.json())]),
  'json',
);

/**
 * A JSON value, see {@link JsonValueSchema}.
 *
 * @example
 * ```ts
 * const payload: JsonValue = { type: 'Run', distance: 10000 };
 * ```
 */
export type JsonValue = z.output<typeof JsonValueSchema>;
