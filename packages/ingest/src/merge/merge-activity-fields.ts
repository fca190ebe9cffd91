import type { ActivityInstanceRow } from '@trainkit/core';
import { MERGE_FIELDS, type MergeField, type MergePolicy, type MergeSource } from './merge-policy.js';

/**
 * The `activity_instances` columns a merge decides, by the {@link MergeField} group they belong to. A group is taken
 * whole from one source, so values that must agree (a start and its local day, an average and a maximum heart rate)
 * always come from the same record.
 *
 * @example
 * ```ts
 * MERGE_FIELD_COLUMNS.heart_rate; // ['avg_hr_bpm', 'max_hr_bpm']
 * ```
 */
export const MERGE_FIELD_COLUMNS = {
  timing: ['performed_start', 'performed_end', 'timezone', 'utc_offset_minutes', 'local_date', 'duration_seconds'],
  activity_type: ['activity_definition_id', 'discipline_id'],
  title: ['title'],
  heart_rate: ['avg_hr_bpm', 'max_hr_bpm'],
  distance: ['distance_m'],
  elevation: ['elevation_gain_m'],
  energy: ['energy_kcal'],
  power: ['avg_power_w'],
  strength_sets: [],
  subjective: ['perceived_difficulty', 'enjoyment_rating', 'notes'],
} as const satisfies Record<MergeField, readonly (keyof ActivityInstanceRow)[]>;

/**
 * A column a merge decides (see {@link MERGE_FIELD_COLUMNS}).
 *
 * @example
 * ```ts
 * const column: MergedColumn = 'distance_m';
 * ```
 */
export type MergedColumn = (typeof MERGE_FIELD_COLUMNS)[MergeField][number];

/**
 * The values of the merged columns one source offers.
 *
 * @example
 * ```ts
 * const values: Partial<MergedValues> = { distance_m: 10_000 };
 * ```
 */
export type MergedValues = { readonly [K in MergedColumn]: ActivityInstanceRow[K] };

/**
 * One source of a merged activity: a raw record (`key` = its raw record id), or the instance's own manual or planned
 * entry (`key` = `manual` / `planned`), with what it offers. `rank` breaks ties between sources of the same
 * {@link MergeSource} independent of ids (e.g. `garmin:1234`), so the result never depends on ingestion order.
 *
 * @example
 * ```ts
 * const candidate: MergeCandidate = { key: 'raw_01', source: 'garmin', rank: 'garmin:1234', values, hasStrengthSets: false };
 * ```
 */
export interface MergeCandidate {
  readonly key: string;
  readonly source: MergeSource;
  readonly rank: string;
  readonly values: MergedValues;
  readonly hasStrengthSets: boolean;
}

/**
 * What {@link mergeActivityFields} decided: the merged values, the source (candidate key) of each field group that
 * some candidate offers, and the primary candidate (the source of `timing`).
 *
 * @example
 * ```ts
 * const merged: MergedActivity = mergeActivityFields(candidates, DEFAULT_MERGE_POLICY);
 * merged.fieldSources.heart_rate; // 'raw_01'
 * ```
 */
export interface MergedActivity {
  readonly values: MergedValues;
  readonly fieldSources: Readonly<Partial<Record<MergeField, string>>>;
  readonly primary: string;
}

function offers(candidate: MergeCandidate, field: MergeField): boolean {
  if (field === 'strength_sets') return candidate.hasStrengthSets;
  if (field === 'timing') return true;
  return MERGE_FIELD_COLUMNS[field].some((column) => candidate.values[column] !== null);
}

/**
 * Candidates ordered best first for one field: by the field's priority list, then by `rank`, then by `key`.
 *
 * @example
 * ```ts
 * rankCandidates(candidates, 'heart_rate', DEFAULT_MERGE_POLICY)[0]?.source; // 'garmin'
 * ```
 */
export function rankCandidates(candidates: readonly MergeCandidate[], field: MergeField, policy: MergePolicy): MergeCandidate[] {
  const order = policy.fields[field];
  const position = (source: MergeSource) => {
    const index = order.indexOf(source);
    return index === -1 ? order.length : index;
  };
  return [...candidates].sort(
    (a, b) => position(a.source) - position(b.source) || compareText(a.rank, b.rank) || compareText(a.key, b.key),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges the sources of one real-world session into one set of values: each field group comes whole from the best
 * candidate offering it (per `policy.fields`), or is `null` when none does. Pure and independent of the order of
 * `candidates`.
 *
 * @param candidates - At least one source.
 * @param policy - The merge policy.
 * @returns The merged values, the source of each field group and the primary candidate.
 * @throws {RangeError} When `candidates` is empty.
 *
 * @example
 * ```ts
 * const merged = mergeActivityFields([garminCandidate, stravaCandidate], DEFAULT_MERGE_POLICY);
 * merged.values.avg_hr_bpm; // Garmin's
 * ```
 */
export function mergeActivityFields(candidates: readonly MergeCandidate[], policy: MergePolicy): MergedActivity {
  if (candidates.length === 0) throw new RangeError('mergeActivityFields needs at least one candidate');
  const values: Record<string, unknown> = {};
  const fieldSources: Partial<Record<MergeField, string>> = {};
  let primary = '';
  for (const field of MERGE_FIELDS) {
    const best = rankCandidates(candidates, field, policy).find((candidate) => offers(candidate, field));
    if (field === 'timing') primary = best!.key;
    if (best !== undefined) fieldSources[field] = best.key;
    for (const column of MERGE_FIELD_COLUMNS[field]) values[column] = best === undefined ? null : best.values[column];
  }
  return { values: values as MergedValues, fieldSources, primary };
}
