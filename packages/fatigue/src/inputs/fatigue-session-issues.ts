import { toValidationIssues, type ValidationIssue } from '@trainkit/core';
import { compiledCheck } from './dual-schema.js';
import { FATIGUE_SESSION_RULE, FatigueSessionSchema } from './fatigue-session-schema.js';

/**
 * What is wrong with one session for the engine: `[]` when {@link computeFatigue} would accept it (checked by the
 * engine's compiled fast predicate first, so a valid session costs no zod parse), else zod's issues with paths
 * relative to the session (`duration_seconds`, `sets.2.rir`). Callers that assemble input from stored rows use it to
 * skip, with a warning, a row the engine cannot read instead of failing the whole computation.
 *
 * @example
 * ```ts
 * fatigueSessionIssues({ id: 's1', activity: 'running', started_at: '2024-06-10T06:00:00.000Z', duration_seconds: 3600 }); // []
 * fatigueSessionIssues({ id: 's1', activity: 'running', started_at: '2024-06-10T06:00:00.000Z', duration_seconds: 36e6 });
 * // [{ path: 'duration_seconds', rule: 'too_big', message: 'duration must be at most 14 days (1209600 seconds)' }]
 * ```
 */
export function fatigueSessionIssues(session: unknown): ValidationIssue[] {
  if (compiledCheck(FATIGUE_SESSION_RULE)(session)) return [];
  const parsed = FatigueSessionSchema.safeParse(session);
  return parsed.success ? [] : toValidationIssues(parsed.error.issues);
}
