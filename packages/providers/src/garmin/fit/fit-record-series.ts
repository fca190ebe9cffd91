import { instantFromMs } from '../../internal/instant-from-ms.js';
import type { NormalizationWarning, PayloadPath } from '../../normalization-failure.js';
import { GARMIN_SAMPLE_METRICS as M, isPosition } from '../garmin-sample-metrics.js';
import { buildSeries, type Series, type SeriesColumn, type SeriesRow } from '../sample-series.js';
import type { FitJsonMesg } from './fit-message-lists.js';
import { fitTimeMs } from './fit-time.js';

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;

interface FitRow {
  readonly mesg: FitJsonMesg;
  readonly elapsed: number | null;
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The columns of FIT `record` messages, in the order their streams are listed. */
const RECORD_COLUMNS: readonly SeriesColumn<FitRow>[] = [
  { stream: 'timestamp', ...M.time, read: (row) => row.elapsed, sample: false },
  { stream: 'heartRate', ...M.heartRate, read: (row) => row.mesg.heartRate, sample: true },
  { stream: 'speed', ...M.speed, read: (row) => row.mesg.enhancedSpeed ?? row.mesg.speed, sample: true },
  { stream: 'power', ...M.power, read: (row) => row.mesg.power, sample: true },
  { stream: 'cadence', ...M.cadence, read: (row) => row.mesg.cadence, sample: true },
  { stream: 'altitude', ...M.altitude, read: (row) => row.mesg.enhancedAltitude ?? row.mesg.altitude, sample: true },
  { stream: 'distance', ...M.distance, read: (row) => row.mesg.distance, sample: false },
  {
    stream: 'position',
    ...M.position,
    read: (row) => {
      const lat = finite(row.mesg.positionLat);
      const lng = finite(row.mesg.positionLong);
      return lat === undefined || lng === undefined ? null : [lat * DEGREES_PER_SEMICIRCLE, lng * DEGREES_PER_SEMICIRCLE];
    },
    valid: isPosition,
    sample: false,
  },
  { stream: 'temperature', ...M.temperature, read: (row) => row.mesg.temperature, sample: false },
];

/**
 * The raw streams and metric samples of FIT `record` messages (as JSON, dates as ISO strings): one stream per field present (`timestamp` as seconds
 * after `startMs`, heart rate, speed and altitude (the `enhanced_*` fields when present), power, cadence, distance,
 * position in degrees (from semicircles), temperature), and samples of heart rate, speed, power, cadence and altitude
 * within their bounds at each record's timestamp. Records without a usable timestamp give no samples (one warning).
 */
export function fitRecordSeries(records: readonly FitJsonMesg[], startMs: number, warnings: NormalizationWarning[], path: PayloadPath): Series {
  const rows: SeriesRow<FitRow>[] = new Array(records.length);
  let untimed = 0;
  for (let index = 0; index < records.length; index += 1) {
    const mesg = records[index]!;
    const ms = fitTimeMs(mesg.timestamp);
    const at = instantFromMs(ms);
    if (at === null) untimed += 1;
    rows[index] = { at, row: { mesg, elapsed: at === null ? null : (ms - startMs) / 1000 } };
  }
  if (untimed > 0) warnings.push({ code: 'invalid_value', message: `${untimed} records have no usable timestamp; they give no metric samples`, path });
  return buildSeries(rows, RECORD_COLUMNS, warnings, path);
}
