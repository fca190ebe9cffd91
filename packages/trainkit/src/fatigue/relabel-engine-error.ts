import { ValidationError, type ValidationIssue } from '@trainkit/core';
import type { InputOrigins } from './load-fatigue-input.js';
import { formatStoredLocation, inputPathLocation } from './stored-location.js';

/**
 * Internal: rewrites the engine's `ValidationError` about its input (paths like `sessions.3.avg_hr_bpm`) into one
 * naming the stored rows and columns (`activity_instances[act_1].avg_hr_bpm`), so a value is reported where it can
 * be fixed. The loader already skips (with a warning) every stored row the engine cannot read, so this is the last
 * resort for whatever is left (e.g. more sessions than the engine takes). Other errors pass through unchanged.
 */
export function relabelEngineError(error: unknown, origins: InputOrigins, userId: string): unknown {
  if (!(error instanceof ValidationError)) return error;
  const issues: ValidationIssue[] = error.issues.map((issue) => {
    const location = inputPathLocation(issue.path, origins, userId);
    return { ...issue, path: location === undefined ? issue.path : formatStoredLocation(location) };
  });
  return new ValidationError(`stored fatigue input of user ${userId}`, issues, { cause: error });
}
