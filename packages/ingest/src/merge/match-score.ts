import type { ActivityCategory } from '@trainkit/core';
import type { MergePolicy } from './merge-policy.js';

/**
 * What matching knows about one activity (a drafted provider record, a stored instance, a manual entry): its
 * category and definition, and its time span in epoch milliseconds. `endMs` equals `startMs` when the length is
 * unknown.
 *
 * @example
 * ```ts
 * const subject: MatchSubject = { category: 'cardio', definitionId: 'act_running', startMs: Date.parse('2024-06-12T05:00:00Z'), endMs: Date.parse('2024-06-12T06:00:00Z') };
 * ```
 */
export interface MatchSubject {
  readonly category: ActivityCategory | null;
  readonly definitionId: string | null;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The verdict of {@link matchScore}: whether two activities are one real-world session, how sure (0..1), and why.
 *
 * @example
 * ```ts
 * const verdict: MatchVerdict = { matched: true, confidence: 0.97, reasons: ['same category cardio', 'start 12 s apart', 'overlap 99 %'], startDiffSeconds: 12, overlapRatio: 0.99 };
 * ```
 */
export interface MatchVerdict {
  readonly matched: boolean;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly startDiffSeconds: number;
  readonly overlapRatio: number;
}

/**
 * The overlap of two spans as a share of the longer one, 0..1: both recordings must cover most of the session, so a
 * leg of a multisport race (10 of its 31 minutes) or a short warm-up never merges into the whole. A span of length
 * zero (unknown length) overlaps fully when it lies within the other span (ends included), else not at all.
 *
 * @example
 * ```ts
 * overlapRatio({ startMs: 0, endMs: 100 }, { startMs: 50, endMs: 250 }); // 0.25
 * ```
 */
export function overlapRatio(a: { readonly startMs: number; readonly endMs: number }, b: { readonly startMs: number; readonly endMs: number }): number {
  const lengthA = a.endMs - a.startMs;
  const lengthB = b.endMs - b.startMs;
  const overlap = Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs);
  if (Math.min(lengthA, lengthB) <= 0) return overlap >= 0 ? 1 : 0;
  return Math.max(0, Math.min(1, overlap / Math.max(lengthA, lengthB)));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Decides whether two activities are one real-world session recorded twice (a Garmin watch and the Strava upload of
 * it, an Apple Watch workout and a manual log): same category, starts at most `policy.startToleranceSeconds` apart,
 * and an overlap of at least `policy.minOverlapRatio` of the longer one. Symmetric: `matchScore(a, b)` equals
 * `matchScore(b, a)`. The confidence weighs the overlap and the start difference (0.4 each) and whether both name
 * the same activity definition (0.2, half when only the category agrees).
 *
 * @example
 * ```ts
 * const run = { category: 'cardio' as const, definitionId: 'act_running', startMs: 0, endMs: 3_600_000 };
 * matchScore(run, { ...run, startMs: 30_000, endMs: 3_590_000 }, DEFAULT_MERGE_POLICY).matched; // true
 * ```
 */
export function matchScore(a: MatchSubject, b: MatchSubject, policy: Pick<MergePolicy, 'startToleranceSeconds' | 'minOverlapRatio'>): MatchVerdict {
  const startDiffSeconds = Math.abs(a.startMs - b.startMs) / 1000;
  const overlap = overlapRatio(a, b);
  const reasons: string[] = [];
  const sameCategory = a.category !== null && a.category === b.category;
  reasons.push(sameCategory ? `same category ${a.category}` : `categories differ (${a.category ?? 'unknown'} / ${b.category ?? 'unknown'})`);
  const sameDefinition = a.definitionId !== null && a.definitionId === b.definitionId;
  if (sameDefinition) reasons.push(`same activity ${a.definitionId}`);
  reasons.push(`start ${Math.round(startDiffSeconds)} s apart`);
  reasons.push(`overlap ${Math.round(overlap * 100)} %`);
  const tolerance = policy.startToleranceSeconds;
  const startOk = startDiffSeconds <= tolerance;
  const matched = sameCategory && startOk && overlap >= policy.minOverlapRatio;
  const startScore = tolerance === 0 ? (startDiffSeconds === 0 ? 1 : 0) : Math.max(0, 1 - startDiffSeconds / (2 * tolerance));
  const confidence = matched ? round3(0.4 * overlap + 0.4 * startScore + (sameDefinition ? 0.2 : 0.1)) : 0;
  return { matched, confidence, reasons, startDiffSeconds, overlapRatio: round3(overlap) };
}
