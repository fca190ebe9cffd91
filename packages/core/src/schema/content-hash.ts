import { z } from 'zod';

/**
 * A content hash of a raw payload: the lower-case hex SHA-256 (64 characters) of its canonical JSON. The raw lake
 * compares these to decide whether a payload received again is unchanged or a new revision.
 *
 * @example
 * ```ts
 * ContentHashSchema.parse('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
 * ContentHashSchema.safeParse('9F86D0').success; // false
 * ```
 */
export const ContentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)');

/**
 * A content hash, see {@link ContentHashSchema}.
 *
 * @example
 * ```ts
 * const hash: ContentHash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
 * ```
 */
export type ContentHash = z.output<typeof ContentHashSchema>;
