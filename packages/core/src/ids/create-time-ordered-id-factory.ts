import { randomFillSync } from 'node:crypto';
import type { IdFactory } from './id-factory.js';

/** Random bytes per id: 8 for the 62 random bits (2 bits are the variant), 2 to start a millisecond's sequence. */
const BYTES_PER_ID = 10;
/** Random bytes drawn at once (one `randomFillSync` call per 400 ids). */
const POOL_BYTES = 400 * BYTES_PER_ID;
/** The largest value of the 12-bit sequence that orders ids made in the same millisecond. */
const MAX_SEQUENCE = 0xfff;
/** A new millisecond starts its sequence below this (random, so ids of two processes rarely share a prefix). */
const SEQUENCE_START_RANGE = 0x800;
/** The largest 48-bit timestamp. */
const MAX_MS = 2 ** 48 - 1;

/**
 * An {@link IdFactory} returning UUID version 7 strings (RFC 9562): a millisecond timestamp, then a 12-bit sequence,
 * then 62 random bits. Each id sorts after the one before it (also within one millisecond, and when the clock steps
 * back), so rows written in bulk land at the end of every index keyed by id instead of at random places in it: an
 * import into a large SQLite table stays in the page cache, and PostgreSQL B-trees stay compact. Ids are as unique
 * as random UUIDs (62 random bits per id and millisecond), and they reveal when they were made.
 *
 * This is infrastructure, like `createRandomIdFactory`: it draws randomness, and reads the clock it is given (the
 * facade gives its own `clock`); pure engines never call it, they receive an `IdFactory` from the caller.
 *
 * @param now - Milliseconds since the epoch; only the order of ids depends on it.
 * @example
 * ```ts
 * const ids = createTimeOrderedIdFactory(() => Date.now());
 * const first = ids(); // e.g. '0193b4f2-5c1a-7a3f-9b2e-4f6d8c1e2a3b'
 * ids() > first; // true
 * ```
 */
export function createTimeOrderedIdFactory(now: () => number): IdFactory {
  const pool = Buffer.alloc(POOL_BYTES);
  let offset = POOL_BYTES;
  let lastMs = -1;
  let sequence = 0;
  return () => {
    if (offset === POOL_BYTES) {
      randomFillSync(pool);
      offset = 0;
    }
    const at = offset;
    offset += BYTES_PER_ID;
    const ms = timestampOf(now());
    if (ms > lastMs) {
      lastMs = ms;
      sequence = pool.readUInt16BE(at + 8) % SEQUENCE_START_RANGE;
    } else if (sequence < MAX_SEQUENCE) sequence += 1;
    else {
      // 4,096 ids in one millisecond: borrow the next one, as RFC 9562 allows, to stay in order.
      lastMs += 1;
      sequence = pool.readUInt16BE(at + 8) % SEQUENCE_START_RANGE;
    }
    pool[at] = (pool[at]! & 0x3f) | 0x80; // the variant, 0b10
    const time = Math.min(lastMs, MAX_MS).toString(16).padStart(12, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${sequence.toString(16).padStart(3, '0')}-${pool.toString('hex', at, at + 2)}-${pool.toString('hex', at + 2, at + 8)}`;
  };
}

/** The clock's reading as a 48-bit millisecond timestamp (0 for a reading that is not a number). */
function timestampOf(reading: number): number {
  return Number.isFinite(reading) ? Math.min(Math.max(Math.trunc(reading), 0), MAX_MS) : 0;
}
