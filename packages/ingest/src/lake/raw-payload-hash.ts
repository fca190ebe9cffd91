import type { ContentHash, JsonValue } from '@trainkit/core';
import { contentHash } from './content-hash.js';

/**
 * Content hashes computed elsewhere for payload objects this thread received: the reading worker hashes each raw
 * record it sends, so the writing thread does not serialize every payload a second time. Keyed by the received
 * object itself (weakly: entries go with their payloads); the pipeline never mutates a payload it was given.
 */
const hashedElsewhere = new WeakMap<object, ContentHash>();

/**
 * Remembers `hash` as the content hash of `payload` (a payload object just received from the reading worker, which
 * computed the hash with {@link contentHash}).
 *
 * @internal
 */
export function rememberPayloadHash(payload: JsonValue, hash: ContentHash): void {
  if (payload !== null && typeof payload === 'object') hashedElsewhere.set(payload, hash);
}

/**
 * The content hash of a raw payload: the one the reading worker sent with it, else {@link contentHash}.
 *
 * @internal
 */
export function rawPayloadHash(payload: JsonValue): ContentHash {
  return (payload !== null && typeof payload === 'object' ? hashedElsewhere.get(payload) : undefined) ?? contentHash(payload);
}
