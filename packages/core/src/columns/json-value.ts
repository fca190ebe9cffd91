import { z } from 'zod';
import { withColumnKind } from './column-kind.js';

/**
 * Any JSON value (object, array, string, number, boolean or null) with nothing that JSON cannot hold
 * (`undefined`, functions, `Date`, `NaN`). Used for `*_json` columns.
 *
 * @example
 * ```ts
 * JsonValueSchema.parse({ laps: [1, 2], device: 'fenix' });
 * JsonValueSchema.safeParse({ at: new Date() }).success; // false
 * ```
 */
export const JsonValueSchema = withColumnKind(z.json(), 'json');

/**
 * A JSON value, see {@link JsonValueSchema}.
 *
 * @example
 * ```ts
 * const payload: JsonValue = { type: 'Run', distance: 10000 };
 * ```
 */
export type JsonValue = z.output<typeof JsonValueSchema>;
