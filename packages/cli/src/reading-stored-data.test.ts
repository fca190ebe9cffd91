import { NotFoundError, ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { describeCliError } from './report-cli-error.js';
import { readingStoredData } from './reading-stored-data.js';
import { StoredDataError } from './stored-data-error.js';

describe('readingStoredData', () => {
  it('turns a ValidationError from stored data into a StoredDataError: exit 4, not the usage exit 2', async () => {
    const invalid = new ValidationError('stored fatigue input of user u1', [
      { path: 'activity_instances[act_7].performed_end', rule: 'too_big', message: 'Too big: expected number to be <=1209600' },
      { path: 'activity_instances[act_8].avg_hr_bpm', rule: 'too_big', message: 'heart rate must be at most 250 bpm' },
    ]);
    expect(describeCliError(invalid).exitCode).toBe(2);
    const error: unknown = await readingStoredData(() => Promise.reject(invalid)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredDataError);
    const stored = error as StoredDataError;
    expect(stored.cause).toBe(invalid);
    expect(stored.issues).toEqual(invalid.issues);
    expect(stored.subject).toBe('stored fatigue input of user u1');
    expect(describeCliError(stored)).toMatchObject({
      exitCode: 4,
      code: 'STORED_DATA_INVALID',
      message:
        'error: stored data cannot be used: invalid activity_instances[act_7].performed_end: Too big: expected number to be <=1209600 (and 1 more)',
    });
  });

  it('passes results and every other error through unchanged', async () => {
    expect(await readingStoredData(() => Promise.resolve(42))).toBe(42);
    const missing = new NotFoundError('users', 'u9');
    await expect(readingStoredData(() => Promise.reject(missing))).rejects.toBe(missing);
  });
});
