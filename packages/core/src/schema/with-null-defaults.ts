import { z } from 'zod';

/**
 * The shape of {@link withNullDefaults}: every nullable field becomes optional on input, defaulting to `null`.
 *
 * @example
 * ```ts
 * type Shape = NullDefaultShape<{ notes: z.ZodNullable<z.ZodString> }>; // { notes: z.ZodDefault<...> }
 * ```
 */
export type NullDefaultShape<S extends z.core.$ZodShape> = {
  [K in keyof S]: S[K] extends z.ZodNullable<z.core.SomeType> ? z.ZodDefault<S[K]> : S[K];
};

/**
 * Builds the insert schema of a table from its row schema: nullable columns may be omitted and default to `null`,
 * columns with a `.default()` keep it, and unknown keys are rejected (so a misspelt column name is a
 * `ValidationError`, not silently dropped).
 *
 * @example
 * ```ts
 * const Insert = withNullDefaults(z.object({ id: z.string(), notes: z.string().nullable() }));
 * Insert.parse({ id: 'a' }); // { id: 'a', notes: null }
 * ```
 */
export function withNullDefaults<S extends z.core.$ZodShape>(
  schema: z.ZodObject<S>,
): z.ZodObject<NullDefaultShape<S>, z.core.$strict> {
  const shape: Record<string, z.core.SomeType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = field instanceof z.ZodNullable ? field.default(null) : field;
  }
  return z.strictObject(shape) as unknown as z.ZodObject<NullDefaultShape<S>, z.core.$strict>;
}
