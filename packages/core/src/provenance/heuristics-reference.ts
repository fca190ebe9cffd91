import { z } from 'zod';
import { SemanticVersionSchema } from '../columns/semantic-version.js';
import { Sha256HexSchema } from '../columns/sha256-hex.js';

/**
 * Which heuristics config an engine used: its id, semantic version and the SHA-256 of its canonical JSON (so two
 * configs with the same version but different content can never be confused).
 *
 * @example
 * ```ts
 * HeuristicsReferenceSchema.parse({ id: 'default', version: '1.0.0', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
 * ```
 */
export const HeuristicsReferenceSchema = z.strictObject({
  id: z.string().min(1),
  version: SemanticVersionSchema,
  sha256: Sha256HexSchema,
});

/**
 * A heuristics config reference, see {@link HeuristicsReferenceSchema}.
 *
 * @example
 * ```ts
 * const heuristics: HeuristicsReference = { id: 'default', version: '1.0.0', sha256: digest };
 * ```
 */
export type HeuristicsReference = z.output<typeof HeuristicsReferenceSchema>;
