import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from './redact-secrets.js';

/** Secrets are long and prefixed, so no key, number or filler string can contain one by chance. */
const secretArbitrary = fc.stringMatching(/^[A-Za-z0-9._~+/-]{12,40}$/).map((body) => `S3CR3T${body}`);
const secretKeyArbitrary = fc.constantFrom(
  'access_token',
  'refresh_token',
  'accessToken',
  'Authorization',
  'authorization',
  'client_secret',
  'clientSecret',
  'code',
  'password',
  'Cookie',
  'set-cookie',
  'x-whoop-signature',
  'id_token',
);
const plainKeyArbitrary = fc.constantFrom('page', 'provider', 'path', 'status', 'message', 'items', 'detail', 'note', 'url', 'headers');
const fillerArbitrary = fc.stringMatching(/^[a-z ]{0,12}$/);

/** A random JSON-ish tree in which secrets appear as token-like fields, `Bearer <x>` text and `code=<x>` parameters. */
function treeArbitrary(secrets: readonly string[]): fc.Arbitrary<unknown> {
  const secret = fc.constantFrom(...secrets);
  const leaf = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fillerArbitrary,
    fc.tuple(fillerArbitrary, secret, fillerArbitrary).map(([before, value, after]) => `${before} Bearer ${value} ${after}`),
    fc.tuple(fillerArbitrary, secret).map(([before, value]) => `${before}authorization: bearer ${value}`),
    fc.tuple(secret, fc.integer({ min: 1, max: 9 })).map(([value, page]) => `/oauth/token?code=${value}&page=${page}`),
    fc.tuple(secret).map(([value]) => `grant_type=refresh_token&refresh_token=${value}`),
  );
  const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('node')),
    node: fc.oneof(
      fc.array(tie('tree'), { maxLength: 4 }),
      fc
        .array(
          fc.oneof(
            fc.tuple(secretKeyArbitrary, fc.oneof(secret, fc.array(secret, { maxLength: 2 }), fc.record({ value: secret }))),
            fc.tuple(plainKeyArbitrary, tie('tree')),
          ),
          { maxLength: 5 },
        )
        .map((entries) => Object.fromEntries(entries)),
    ),
  }));
  return tree;
}

describe('redactSecrets', () => {
  it('redacts token fields, Authorization headers and Bearer credentials, and keeps the rest', () => {
    const headers = new Headers({ authorization: 'Bearer abc.def', accept: 'application/json' });
    const input = {
      message: 'GET /athlete/activities',
      page: 2,
      headers,
      body: { access_token: 'tok_1', refresh_token: 'tok_2', expires_at: 1764792000, athlete: { id: 7 } },
      note: 'retrying with Bearer tok_3, attempt 2',
      url: new URL('https://www.strava.com/oauth/token?client_id=1&client_secret=shh&code=c0de'),
      when: new Date('2026-12-03T20:00:00.000Z'),
    };
    expect(redactSecrets(input)).toEqual({
      message: 'GET /athlete/activities',
      page: 2,
      headers: { authorization: REDACTED, accept: 'application/json' },
      body: { access_token: REDACTED, refresh_token: REDACTED, expires_at: 1764792000, athlete: { id: 7 } },
      note: `retrying with Bearer ${REDACTED}, attempt 2`,
      url: `https://www.strava.com/oauth/token?client_id=1&client_secret=${REDACTED}&code=${REDACTED}`,
      when: '2026-12-03T20:00:00.000Z',
    });
    expect(input.body.access_token).toBe('tok_1');
  });

  it('walks errors, maps and cycles without leaking', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    const error = Object.assign(new Error('refused Bearer tok_9'), { token: 'tok_9', status: 401 });
    const output = redactSecrets({ error, map: new Map([['refresh_token', 'tok_8']]), cyclic });
    const text = JSON.stringify(output);
    expect(text).not.toContain('tok_9');
    expect(text).not.toContain('tok_8');
    expect(output).toMatchObject({ error: { name: 'Error', status: 401 }, cyclic: { name: 'loop', self: '[circular]' } });
  });

  it('never lets a secret value through, however deeply it is nested (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(secretArbitrary, { minLength: 1, maxLength: 4 }).chain((secrets) => fc.tuple(fc.constant(secrets), treeArbitrary(secrets))),
        ([secrets, tree]) => {
          const text = JSON.stringify(redactSecrets(tree)) ?? '';
          for (const secret of secrets) expect(text).not.toContain(secret);
        },
      ),
      { numRuns: 300 },
    );
  });
});
