import { guard } from '../internal/guard.js';
import { isJsonObject } from '../internal/read-payload.js';
import { emptyResult, payloadFailure } from '../internal/record-outcome.js';
import type { NormalizationResult } from '../normalization-result.js';
import { decodeFit } from './fit/decode-fit.js';
import { fitJson } from './fit/fit-json.js';
import type { GarminFitOptions } from './garmin-fit-options.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import { FIT_DECODE_ERRORS_KEY, fitFailure, normalizeFitJson } from './normalize-garmin-fit-messages.js';

/**
 * Normalizes a FIT activity file (the bytes a Garmin device writes, or the Activity API's `activityFiles` callback
 * returns) through `@garmin/fitsdk`. Never throws: bytes that are not FIT, a truncated file or one failing its CRC
 * check give one `invalid_fit` failure carrying the decoder's errors and, when anything decoded, the messages read so
 * far as JSON with the decoder's errors under `decodeErrors` (so the stored payload fails the same way on replay). A
 * FIT file that is not an activity (a course, a monitoring file) is skipped with the reason.
 *
 * An activity file is one raw record (provider `garmin`, resource `fit`, kind `activity`) keyed by its `file_id`,
 * `fit:<serial number>:<time created>` (`fit:3412345678:2025-05-03T07:12:00Z`), whose raw payload is every decoded
 * message as JSON (dates as ISO strings), never the bytes. From the `session` message:
 *
 * - the activity: `sport`/`sub_sport` mapped through the catalog (`FIT_SPORT_MAP`; unknown → `other`, raw kept as
 *   `sport/subSport`), `start_time`, `total_timer_time` as the active duration and `total_elapsed_time` for the end,
 *   distance, ascent, calories, average and maximum heart rate, average power, `total_work` as mechanical work (kJ);
 *   the local offset is the `activity` message's `local_timestamp` minus its `timestamp`;
 * - `record` messages become raw streams (one per field) and metric samples (heart rate, speed, power, cadence,
 *   altitude) within their bounds; positions are streams only, in degrees;
 * - `set` messages become strength sets (active sets only; rest sets skipped) with the catalog movement of their
 *   exercise when known (`FIT_EXERCISE_MAP`), else `movement_slug: null` and the raw exercise kept;
 * - laps stay in the raw payload.
 *
 * A multisport file (several sessions) gives the file's record as a `multisport` activity (first start, last end, the
 * sums of the sessions' known durations, distances, ascents and calories, the highest heart rate) and one child record
 * per session (`<file id>:session:<n>`, `parent_external_id` the file's id, raw payload its session and laps) with
 * that session's activity, and the series and sets that fall within it.
 *
 * It decodes the bytes, converts the messages to the JSON the raw record keeps, and normalizes that JSON with
 * {@link normalizeGarminFitMessages}: the stored payload, read back from the raw lake, gives the very same drafts,
 * so a replay rebuilds a FIT file's rows with the current normalizer without the file.
 *
 * @example
 * ```ts
 * const result = normalizeGarminFit(new Uint8Array(await readFile('run.fit')), { fileName: 'run.fit' });
 * result.drafts[0]?.record.external_id; // 'fit:3412345678:2025-05-03T07:12:00Z'
 * result.drafts[0]?.samples.length; // one per in-bounds value of each sampled field
 * ```
 */
export function normalizeGarminFit(bytes: Uint8Array, options: GarminFitOptions = {}): NormalizationResult {
  const normalizer = GARMIN_NORMALIZERS.fit;
  return guard(
    () => {
      const result = emptyResult(normalizer);
      normalizeFitBytes(bytes, options, result);
      return result;
    },
    (failure) => payloadFailure(normalizer, null, failure),
  );
}

function normalizeFitBytes(input: unknown, options: GarminFitOptions | undefined, result: NormalizationResult): void {
  const fail = fitFailure(result, options);
  const bytes = input instanceof Uint8Array ? input : input instanceof ArrayBuffer ? new Uint8Array(input) : null;
  if (bytes === null) return fail({ code: 'schema_mismatch', message: 'expected the bytes of a FIT file (a Uint8Array)' });
  const decoded = decodeFit(bytes);
  if (!decoded.isFit) return fail({ code: 'invalid_fit', message: `not a FIT file: ${decoded.errors.join('; ')}` });
  if (decoded.errors.length > 0 && Object.keys(decoded.messages).length === 0) {
    return fail({ code: 'invalid_fit', message: `the FIT file is corrupt or truncated: ${decoded.errors.join('; ')}` });
  }
  const messages = fitJson(decoded.messages);
  normalizeFitJson(decoded.errors.length > 0 && isJsonObject(messages) ? { ...messages, [FIT_DECODE_ERRORS_KEY]: [...decoded.errors] } : messages, options, result);
}
