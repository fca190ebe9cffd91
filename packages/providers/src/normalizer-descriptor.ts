import { SemanticVersionSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * Identifies the normalizer that produced a draft: a dotted id (`<provider>.<resource>`) and a semantic version. Every
 * draft records it, and every canonical row built from a draft stores it (`normalizer_id`, `normalizer_version`), so a
 * replay with a newer version knows which rows to rebuild.
 *
 * @example
 * ```ts
 * NormalizerDescriptorSchema.parse({ id: 'strava.activity', version: '1.0.0' });
 * ```
 */
export const NormalizerDescriptorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'must look like `provider.resource`'),
    version: SemanticVersionSchema,
  })
  .strict();

/**
 * A normalizer's id and version, see {@link NormalizerDescriptorSchema}.
 *
 * @example
 * ```ts
 * const descriptor: NormalizerDescriptor = { id: 'whoop.workout', version: '1.0.0' };
 * ```
 */
export type NormalizerDescriptor = z.output<typeof NormalizerDescriptorSchema>;
