import { PROVIDERS } from '@trainkit/core';
import { z } from 'zod';

/**
 * Where a value of a merged activity can come from: a provider's device-recorded record, a manual entry (a trainkit
 * manual log, or a provider record the athlete typed in by hand, such as a Strava manual activity), or a planned
 * session.
 *
 * @example
 * ```ts
 * MERGE_SOURCES.includes('manual'); // true
 * ```
 */
export const MERGE_SOURCES = [...PROVIDERS, 'manual', 'planned'] as const;

/**
 * One of {@link MERGE_SOURCES}.
 *
 * @example
 * ```ts
 * const source: MergeSource = 'garmin';
 * ```
 */
export type MergeSource = (typeof MERGE_SOURCES)[number];

/**
 * Schema of {@link MERGE_SOURCES}.
 *
 * @example
 * ```ts
 * MergeSourceSchema.parse('apple_health');
 * ```
 */
export const MergeSourceSchema = z.enum(MERGE_SOURCES);

/**
 * The groups of `activity_instances` fields whose source a {@link MergePolicy} ranks:
 * - `timing`: `performed_start`, `performed_end`, `timezone`, `utc_offset_minutes`, `local_date`, `duration_seconds`;
 * - `activity_type`: `activity_definition_id`, `discipline_id`;
 * - `title`;
 * - `heart_rate`: `avg_hr_bpm`, `max_hr_bpm`;
 * - `distance`: `distance_m` (GPS);
 * - `elevation`: `elevation_gain_m`;
 * - `energy`: `energy_kcal`;
 * - `power`: `avg_power_w`;
 * - `strength_sets`: the `activity_strength_sets` of the activity;
 * - `subjective`: `perceived_difficulty`, `enjoyment_rating`, `notes` (only manual entries have them).
 *
 * @example
 * ```ts
 * MERGE_FIELDS.includes('heart_rate'); // true
 * ```
 */
export const MERGE_FIELDS = [
  'timing',
  'activity_type',
  'title',
  'heart_rate',
  'distance',
  'elevation',
  'energy',
  'power',
  'strength_sets',
  'subjective',
] as const;

/**
 * One of {@link MERGE_FIELDS}.
 *
 * @example
 * ```ts
 * const field: MergeField = 'distance';
 * ```
 */
export type MergeField = (typeof MERGE_FIELDS)[number];

/**
 * Schema of {@link MERGE_FIELDS}.
 *
 * @example
 * ```ts
 * MergeFieldSchema.parse('energy');
 * ```
 */
export const MergeFieldSchema = z.enum(MERGE_FIELDS);

const DEVICE_FIRST = ['garmin', 'apple_health', 'whoop', 'strava', 'oura', 'manual', 'planned'] as const satisfies readonly MergeSource[];

/**
 * The default {@link MergePolicy}: sets from the manual log, then FIT (Garmin); heart rate from the chest strap or
 * device-recorded sources (garmin > apple_health > whoop > strava > oura); GPS and distance from garmin >
 * apple_health > strava; titles and the activity type the athlete chose (manual, then Strava, where titles are
 * edited); device-recorded always before manual entries, planned sessions last. A start within 120 s and an overlap
 * of at least 70 % of the longer activity make two records of the same category one session.
 *
 * @example
 * ```ts
 * DEFAULT_MERGE_POLICY.fields.heart_rate[0]; // 'garmin'
 * ```
 */
export const DEFAULT_MERGE_POLICY: MergePolicy = {
  startToleranceSeconds: 120,
  minOverlapRatio: 0.7,
  fields: {
    timing: ['garmin', 'apple_health', 'strava', 'whoop', 'oura', 'manual', 'planned'],
    activity_type: ['manual', 'garmin', 'strava', 'apple_health', 'whoop', 'oura', 'planned'],
    title: ['manual', 'strava', 'garmin', 'apple_health', 'whoop', 'oura', 'planned'],
    heart_rate: DEVICE_FIRST,
    distance: ['garmin', 'apple_health', 'strava', 'oura', 'whoop', 'manual', 'planned'],
    elevation: ['garmin', 'apple_health', 'strava', 'oura', 'whoop', 'manual', 'planned'],
    energy: DEVICE_FIRST,
    power: ['garmin', 'strava', 'apple_health', 'whoop', 'oura', 'manual', 'planned'],
    strength_sets: ['manual', 'garmin', 'apple_health', 'strava', 'whoop', 'oura', 'planned'],
    subjective: ['manual', 'planned', 'garmin', 'apple_health', 'strava', 'whoop', 'oura'],
  },
};

const PriorityListSchema = z
  .array(MergeSourceSchema)
  .min(1)
  .refine((list) => new Set(list).size === list.length, 'a source may appear only once');

/**
 * Schema of a {@link MergePolicy} given by a caller: every part optional, completed from
 * {@link DEFAULT_MERGE_POLICY}. A field's list ranks sources best first; sources it leaves out rank after those it
 * names, in the default order.
 *
 * @example
 * ```ts
 * const policy = MergePolicySchema.parse({ fields: { heart_rate: ['whoop', 'garmin'] } });
 * policy.fields.heart_rate.slice(0, 3); // ['whoop', 'garmin', 'apple_health']
 * ```
 */
export const MergePolicySchema = z
  .object({
    startToleranceSeconds: z.number().min(0).max(3600).default(DEFAULT_MERGE_POLICY.startToleranceSeconds),
    minOverlapRatio: z.number().min(0).max(1).default(DEFAULT_MERGE_POLICY.minOverlapRatio),
    fields: z.partialRecord(MergeFieldSchema, PriorityListSchema).default({}),
  })
  .strict()
  .transform((input): MergePolicy => {
    const fields = {} as Record<MergeField, readonly MergeSource[]>;
    for (const field of MERGE_FIELDS) {
      const given = input.fields[field] ?? [];
      fields[field] = [...given, ...DEFAULT_MERGE_POLICY.fields[field].filter((source) => !given.includes(source))];
    }
    return { startToleranceSeconds: input.startToleranceSeconds, minOverlapRatio: input.minOverlapRatio, fields };
  });

/**
 * What a caller may pass as a merge policy (see {@link MergePolicySchema}).
 *
 * @example
 * ```ts
 * const input: MergePolicyInput = { startToleranceSeconds: 180, fields: { distance: ['strava'] } };
 * ```
 */
export type MergePolicyInput = z.input<typeof MergePolicySchema>;

/**
 * How records of one real-world session are recognized and merged: the largest start difference
 * (`startToleranceSeconds`), the smallest overlap as a share of the longer activity (`minOverlapRatio`), and per
 * field group the sources ranked best first (every {@link MergeSource} appears once in each list).
 *
 * @example
 * ```ts
 * const policy: MergePolicy = MergePolicySchema.parse({});
 * policy.minOverlapRatio; // 0.7
 * ```
 */
export interface MergePolicy {
  readonly startToleranceSeconds: number;
  readonly minOverlapRatio: number;
  readonly fields: Readonly<Record<MergeField, readonly MergeSource[]>>;
}
