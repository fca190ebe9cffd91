import { MERGE_FIELD_COLUMNS, type MergedColumn, type MergedValues } from './merge-activity-fields.js';
import { MERGE_FIELDS } from './merge-policy.js';

/**
 * Prefix of the `field_sources_json` keys of a merge decision that keep the values a manual or planned activity had
 * before device records were merged into it (`origin.performed_start` -> `"2024-06-12T05:00:00.000Z"`, JSON text),
 * so that an unmerge restores them.
 *
 * @example
 * ```ts
 * `${ORIGIN_KEY_PREFIX}title`; // 'origin.title'
 * ```
 */
export const ORIGIN_KEY_PREFIX = 'origin.';

/** The key of the origin's strength sets (a JSON array of sets without ids). */
const ORIGIN_SETS_KEY = `${ORIGIN_KEY_PREFIX}strength_sets`;

const MERGED_COLUMNS: readonly MergedColumn[] = MERGE_FIELDS.flatMap((field) => [...MERGE_FIELD_COLUMNS[field]]);

/**
 * The strength set values an origin snapshot keeps (everything but ids and the activity).
 *
 * @internal
 */
export interface SnapshotSet {
  readonly movement_id: string;
  readonly planned_session_exercise_id: string | null;
  readonly set_index: number;
  readonly reps: number | null;
  readonly load_kg: number | null;
  readonly rpe: number | null;
  readonly rir: number | null;
  readonly duration_seconds: number | null;
  readonly distance_m: number | null;
  readonly is_warmup: boolean;
  readonly notes: string | null;
}

/**
 * The values of a manual or planned activity and its sets, as `field_sources_json` entries.
 *
 * @example
 * ```ts
 * encodeOriginSnapshot(values, [])['origin.title']; // '"Tempo"'
 * ```
 */
export function encodeOriginSnapshot(values: MergedValues, sets: readonly SnapshotSet[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const column of MERGED_COLUMNS) entries[`${ORIGIN_KEY_PREFIX}${column}`] = JSON.stringify(values[column]);
  entries[ORIGIN_SETS_KEY] = JSON.stringify(sets);
  return entries;
}

/**
 * The origin snapshot in `field_sources_json`, or `undefined` when it holds none (or a broken one).
 *
 * @example
 * ```ts
 * decodeOriginSnapshot(decision.field_sources_json)?.values.title;
 * ```
 */
export function decodeOriginSnapshot(
  fieldSources: Readonly<Record<string, string>> | null,
): { readonly values: MergedValues; readonly sets: readonly SnapshotSet[] } | undefined {
  if (fieldSources === null || fieldSources[ORIGIN_SETS_KEY] === undefined) return undefined;
  try {
    const values: Record<string, unknown> = {};
    for (const column of MERGED_COLUMNS) {
      const text = fieldSources[`${ORIGIN_KEY_PREFIX}${column}`];
      if (text === undefined) return undefined;
      values[column] = JSON.parse(text);
    }
    const sets = JSON.parse(fieldSources[ORIGIN_SETS_KEY]) as unknown;
    if (!Array.isArray(sets)) return undefined;
    return { values: values as MergedValues, sets: sets as SnapshotSet[] };
  } catch {
    return undefined;
  }
}
