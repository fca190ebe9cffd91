import type { TableName } from '../schema/table-registry.js';

/**
 * A text column that holds open vocabulary (provider names, free labels) kept raw, never mapped to an error.
 *
 * @example
 * ```ts
 * const field: OpenCategoricalField = { table: 'metric_samples', column: 'metric_type', description: 'What is measured.' };
 * ```
 */
export interface OpenCategoricalField {
  readonly table: TableName;
  readonly column: string;
  readonly description: string;
}

/**
 * Every open categorical column. `AnalyticsRepository.categoricalValues` returns the distinct values of each with
 * their counts, so new provider vocabulary is visible (and can be mapped) without reading raw payloads. The table
 * registry marks the same columns `openCategorical`; a test keeps the two in agreement and fails when a
 * provider-vocabulary-looking text column (`*_raw`, a non-enum `*_type`, `unit`, `scopes`) is missing here.
 *
 * @example
 * ```ts
 * for (const field of OPEN_CATEGORICAL_FIELDS) console.log(`${field.table}.${field.column}`);
 * ```
 */
export const OPEN_CATEGORICAL_FIELDS: readonly OpenCategoricalField[] = [
  {
    table: 'external_provider_accounts',
    column: 'scopes',
    description: 'OAuth scopes granted, as each provider spells them.',
  },
  {
    table: 'external_provider_accounts',
    column: 'status_raw',
    description: 'Account or token status as the provider reported it (beside the mapped status).',
  },
  {
    table: 'external_activity_records',
    column: 'activity_type_raw',
    description: 'Activity type exactly as the provider named it (Strava sport_type, Garmin activityType.typeKey, ...).',
  },
  {
    table: 'external_activity_records',
    column: 'timezone',
    description: 'Time zone as the provider reported it (IANA or provider formats such as "(GMT+01:00) Europe/Berlin").',
  },
  {
    table: 'external_metric_streams',
    column: 'stream_type',
    description: 'Stream names (heartrate, watts, cadence, velocity_smooth, ...).',
  },
  {
    table: 'external_metric_streams',
    column: 'unit',
    description: 'Units of raw streams as reported.',
  },
  {
    table: 'metric_samples',
    column: 'metric_type',
    description: 'What a sample measures (heart_rate_bpm, power_w, cadence_rpm, steps, ...).',
  },
  {
    table: 'metric_samples',
    column: 'unit',
    description: 'Units of samples.',
  },
  {
    table: 'recovery_signals',
    column: 'signal_type_raw',
    description: 'Recovery signal name as the provider called it (beside the mapped signal_type).',
  },
  {
    table: 'recovery_signals',
    column: 'unit',
    description: 'Units of recovery signals.',
  },
];
