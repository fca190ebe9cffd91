import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { ouraHeaders, whoopHeaders } from '../test-support/webhook-test-kit.js';
import { verifyOuraSignature } from './verify-oura-signature.js';
import { verifyWhoopSignature } from './verify-whoop-signature.js';
import type { WebhookSignatureInput } from './verify-whoop-signature.js';

const NOW = new Date('2024-06-12T16:00:00.000Z');
const SCHEMES = [
  {
    name: 'WHOOP',
    secret: 'whoop-client-secret',
    signatureHeader: 'x-whoop-signature',
    sign: (body: Uint8Array) => whoopHeaders(body, NOW.getTime(), 'whoop-client-secret'),
    verify: verifyWhoopSignature,
  },
  {
    name: 'Oura',
    secret: 'oura-client-secret',
    signatureHeader: 'x-oura-signature',
    sign: (body: Uint8Array) => ouraHeaders(body, Math.floor(NOW.getTime() / 1000), 'oura-client-secret'),
    verify: verifyOuraSignature,
  },
] as const;

function reason(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

/** A body, a byte index in it and a different byte value. */
const bodyChange = fc
  .uint8Array({ minLength: 1, maxLength: 512 })
  .chain((body) => fc.tuple(fc.constant(body), fc.nat({ max: body.length - 1 }), fc.integer({ min: 1, max: 255 })));

/** Printable header characters (no spaces: header values are trimmed). */
const headerByte = fc.integer({ min: 0x21, max: 0x7e });

describe.each(SCHEMES)('$name signature', (scheme) => {
  const input = (body: Uint8Array, headers: Record<string, string>): WebhookSignatureInput => ({
    rawBody: body,
    headers: new Headers(headers),
    clientSecret: scheme.secret,
    now: NOW,
  });

  it('accepts the body exactly as signed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (body) => {
        expect(reason(() => scheme.verify(input(body, scheme.sign(body))))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any single-byte change to the signed body', () => {
    fc.assert(
      fc.property(bodyChange, ([body, index, delta]) => {
        const headers = scheme.sign(body);
        const changed = Uint8Array.from(body);
        changed[index] = ((changed[index] ?? 0) + delta) % 256;
        expect(reason(() => scheme.verify(input(changed, headers)))).toBe('bad_signature');
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any single-byte change to the signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), fc.nat(), headerByte, (body, at, replacement) => {
        const headers = scheme.sign(body);
        const signature = headers[scheme.signatureHeader] ?? '';
        const index = at % signature.length;
        fc.pre(signature.charCodeAt(index) !== replacement);
        const forged = signature.slice(0, index) + String.fromCharCode(replacement) + signature.slice(index + 1);
        fc.pre(!(scheme.name === 'Oura' && forged === signature.toLowerCase()));
        expect(reason(() => scheme.verify(input(body, { ...headers, [scheme.signatureHeader]: forged })))).toBe('bad_signature');
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a signature made with another secret, and a missing signature or timestamp', () => {
    const body = new TextEncoder().encode('{"user_id":10129}');
    const other = scheme.name === 'WHOOP' ? whoopHeaders(body, NOW.getTime(), 'guess') : ouraHeaders(body, Math.floor(NOW.getTime() / 1000), 'guess');
    expect(reason(() => scheme.verify(input(body, other)))).toBe('bad_signature');
    const headers = scheme.sign(body);
    const withoutSignature = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== scheme.signatureHeader));
    expect(reason(() => scheme.verify(input(body, withoutSignature)))).toBe('missing_signature');
    const withoutTimestamp = Object.fromEntries(Object.entries(headers).filter(([name]) => name === scheme.signatureHeader));
    expect(reason(() => scheme.verify(input(body, withoutTimestamp)))).toBe('missing_signature');
  });

  it('rejects a correctly signed request whose timestamp is outside the tolerance (a replay)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 301, max: 10 * 365 * 86_400 }), fc.boolean(), (seconds, future) => {
        const body = new TextEncoder().encode('{"id":1}');
        const headers = scheme.sign(body);
        const later = new Date(NOW.getTime() + (future ? -seconds : seconds) * 1000);
        expect(reason(() => scheme.verify({ ...input(body, headers), now: later, toleranceSeconds: 300 }))).toBe('stale_timestamp');
      }),
      { numRuns: 100 },
    );
  });
});
