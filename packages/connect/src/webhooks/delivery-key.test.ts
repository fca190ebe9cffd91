import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveryKey } from './delivery-key.js';

describe('deliveryKey', () => {
  it('is the trace id when there is one, else the hex SHA-256 of the raw body, with the part appended', () => {
    expect(deliveryKey({ rawBody: '{}', traceId: 'trace-1' })).toBe('trace-1');
    expect(deliveryKey({ rawBody: '{}' })).toBe(createHash('sha256').update('{}').digest('hex'));
    expect(deliveryKey({ rawBody: '{}', traceId: null, part: 'u1' })).toBe(`${createHash('sha256').update('{}').digest('hex')}:u1`);
  });

  it('gives the same key to the same body (text or bytes) and different keys to different bodies or parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ minLength: 1 }), (a, b, part) => {
        expect(deliveryKey({ rawBody: a })).toBe(deliveryKey({ rawBody: new TextEncoder().encode(a) }));
        expect(deliveryKey({ rawBody: a }) === deliveryKey({ rawBody: b })).toBe(a === b);
        expect(deliveryKey({ rawBody: a, part })).not.toBe(deliveryKey({ rawBody: a }));
      }),
    );
  });
});
