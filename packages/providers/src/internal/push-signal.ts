import type { Instant, RecoverySignalType, ValueBounds } from '@trainkit/core';
import type { RecoverySignalDraft } from '../provider-record-draft.js';
import type { FieldReader } from './field-reader.js';

/** Adds a recovery signal read from `reader[key]` (after `transform`) when present and within `bounds`. */
export function pushSignal(
  signals: RecoverySignalDraft[],
  reader: FieldReader,
  key: string,
  signal: {
    readonly type: RecoverySignalType;
    readonly raw?: string;
    readonly unit: string | null;
    readonly at: Instant;
    readonly day: string;
    readonly bounds?: ValueBounds;
    readonly transform?: (value: number) => number;
  },
): void {
  const value = reader.number(key);
  if (value === null) return;
  const converted = signal.transform ? signal.transform(value) : value;
  if (!Number.isFinite(converted) || (signal.bounds && (converted < signal.bounds.min || converted > signal.bounds.max))) {
    const range = signal.bounds ? ` ${signal.bounds.min}..${signal.bounds.max}` : '';
    reader.warn('out_of_bounds', key, `${reader.path(key).join('.')} ${value} is outside${range}; dropped`);
    return;
  }
  signals.push({
    signal_type: signal.type,
    signal_type_raw: signal.raw ?? key,
    measured_at: signal.at,
    local_date: signal.day as RecoverySignalDraft['local_date'],
    value: converted,
    unit: signal.unit,
    source_path: reader.path(key),
  });
}

