import { timingSafeEqual as nodeTimingSafeEqual } from 'node:crypto';

/**
 * Compares a received secret (a signature, a verify token) with the expected one in constant time, with
 * `node:crypto`'s `timingSafeEqual` on two buffers of equal length: how long it takes does not depend on where the
 * first differing byte is. Values of different lengths are unequal; the expected value is still compared with itself
 * so that case costs the same work (the length of an HMAC signature is public anyway).
 *
 * @example
 * ```ts
 * timingSafeEqual(receivedSignature, expectedSignature); // true only when identical
 * ```
 */
export function timingSafeEqual(received: string | Uint8Array, expected: string | Uint8Array): boolean {
  const a = typeof received === 'string' ? Buffer.from(received, 'utf8') : Buffer.from(received);
  const b = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : Buffer.from(expected);
  if (a.length !== b.length) {
    nodeTimingSafeEqual(b, b);
    return false;
  }
  return nodeTimingSafeEqual(a, b);
}
