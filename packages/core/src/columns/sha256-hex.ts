import { z } from 'zod';

/**
 * A SHA-256 digest as 64 lowercase hex characters.
 *
 * @example
 * ```ts
 * Sha256HexSchema.parse('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
 * Sha256HexSchema.safeParse('ABC').success; // false
 * ```
 */
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters');
