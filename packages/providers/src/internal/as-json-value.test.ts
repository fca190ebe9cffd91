import { describe, expect, it } from 'vitest';
import { asJsonValue } from './read-payload.js';

describe('asJsonValue', () => {
  it('turns the holes of a sparse array into null, as JSON does, instead of passing them through', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, , , 0];
    expect(asJsonValue({ data: sparse })).toEqual({ data: [null, null, null, 0] });
  });

  it('returns plain JSON as it is', () => {
    const value = { data: [1, 'a', null, { b: true }] };
    expect(asJsonValue(value)).toBe(value);
  });
});
