import { createHash } from 'node:crypto';
import type { ContentHash } from '@trainkit/core';
import { canonicalJson } from './canonical-json.js';

/**
 * The content hash the raw lake stores with every record (`external_activity_records.content_hash`): the lower-case
 * hex SHA-256 of the record's canonical JSON ({@link canonicalJson}). The same payload received again (keys in any
 * order) has the same hash and changes nothing; a revised payload has another hash and becomes a new revision.
 *
 * @param value - A parsed JSON payload.
 * @returns 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * contentHash({ id: 1, name: 'Run' }) === contentHash({ name: 'Run', id: 1 }); // true
 * ```
 */
export function contentHash(value: unknown): ContentHash {
  return contentHashOfCanonicalJson(canonicalJson(value));
}

/**
 * {@link contentHash} of a value whose canonical JSON text is already at hand.
 *
 * @internal
 */
export function contentHashOfCanonicalJson(text: string): ContentHash {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * {@link contentHash} of a value whose canonical JSON is at hand as UTF-8.
 *
 * @internal
 */
export function contentHashOfCanonicalUtf8(bytes: Uint8Array): ContentHash {
  return createHash('sha256').update(bytes).digest('hex');
}
