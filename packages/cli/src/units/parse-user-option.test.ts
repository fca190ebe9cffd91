import { ValidationError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { parseUserOption } from './parse-user-option.js';

describe('parseUserOption', () => {
  it('accepts ids of letters, digits and _ . : @ -, trimmed', () => {
    expect(parseUserOption('u1', ['fatigue'])).toBe('u1');
    expect(parseUserOption('  demo_athlete ', ['fatigue'])).toBe('demo_athlete');
    expect(parseUserOption('ada@example.org', ['fatigue'])).toBe('ada@example.org');
  });

  it('requires --user', () => {
    expect(() => parseUserOption(undefined, ['fatigue'])).toThrow(UsageError);
    expect(() => parseUserOption('   ', ['fatigue'])).toThrow(UsageError);
  });

  it('refuses ids with spaces, slashes or quotes, and ids over 128 characters, naming --user', () => {
    for (const bad of ['a b', 'a/b', "o'brien", 'x'.repeat(129)]) {
      try {
        parseUserOption(bad, ['fatigue']);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues[0]).toMatchObject({ path: '--user' });
        expect((error as ValidationError).issues[0]!.message).toContain('letters, digits, _ . : @ -');
      }
    }
  });

  it('accepts exactly what UserIdSchema accepts', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 140 }), (text) => {
        const trimmed = text.trim();
        const valid = trimmed.length >= 1 && trimmed.length <= 128 && /^[A-Za-z0-9_.:@-]+$/.test(trimmed);
        let accepted: boolean;
        try {
          parseUserOption(text, ['fatigue']);
          accepted = true;
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(valid);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
