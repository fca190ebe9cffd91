import { z } from 'zod';

/**
 * Stable codes of a normalization failure. Callers switch on the code, never on the message.
 *
 * - `invalid_json`: text that is not JSON (for example a truncated body);
 * - `not_json`: an HTML page (an error or login page) where JSON was expected;
 * - `schema_mismatch`: JSON of the wrong shape or type (an object where a list was expected, a string for a number
 *   that is required);
 * - `missing_id`: a record without a usable id;
 * - `invalid_date`: a required instant that is absent or not a real ISO-8601 date-time in trainkit's years;
 * - `out_of_bounds`: a required value outside `TRAINKIT_BOUNDS`;
 * - `stream_length_mismatch`: streams of one activity with different lengths;
 * - `invalid_fit`: bytes that are not a readable FIT file (not FIT at all, truncated, or failing the CRC check);
 * - `invalid_xml`: text that is not well-formed XML (an unclosed tag, a truncated export), or XML of another kind;
 * - `unsupported_file`: a file whose content is none of the formats trainkit imports (detected by content, not name);
 * - `unsupported_shape`: a payload this normalizer recognizes but does not handle (an unknown webhook type);
 * - `normalizer_error`: an unexpected internal error, caught so that a normalizer never throws.
 *
 * @example
 * ```ts
 * NORMALIZATION_FAILURE_CODES.includes('invalid_json'); // true
 * ```
 */
export const NORMALIZATION_FAILURE_CODES = [
  'invalid_json',
  'not_json',
  'schema_mismatch',
  'missing_id',
  'invalid_date',
  'out_of_bounds',
  'stream_length_mismatch',
  'invalid_fit',
  'invalid_xml',
  'unsupported_file',
  'suspicious_archive',
  'unsupported_shape',
  'normalizer_error',
] as const;

/**
 * One of {@link NORMALIZATION_FAILURE_CODES}.
 *
 * @example
 * ```ts
 * const code: NormalizationFailureCode = 'missing_id';
 * ```
 */
export type NormalizationFailureCode = (typeof NORMALIZATION_FAILURE_CODES)[number];

/**
 * Schema of {@link NORMALIZATION_FAILURE_CODES}.
 *
 * @example
 * ```ts
 * NormalizationFailureCodeSchema.parse('not_json');
 * ```
 */
export const NormalizationFailureCodeSchema = z.enum(NORMALIZATION_FAILURE_CODES);

/**
 * A path into a payload: object keys and array indexes, from the payload's root (`[3, 'start_date']`).
 *
 * @example
 * ```ts
 * PayloadPathSchema.parse(['records', 0, 'score', 'kilojoule']);
 * ```
 */
export const PayloadPathSchema = z.array(z.union([z.string(), z.number().int().min(0)]));

/**
 * A path into a payload, see {@link PayloadPathSchema}.
 *
 * @example
 * ```ts
 * const path: PayloadPath = [0, 'id'];
 * ```
 */
export type PayloadPath = z.output<typeof PayloadPathSchema>;

/**
 * A typed normalization failure: a stable `code`, a human-readable `message` and the `path` of the offending value
 * within the payload given to the normalizer (empty for the payload itself).
 *
 * @example
 * ```ts
 * NormalizationFailureSchema.parse({ code: 'invalid_date', message: 'start_date is not an ISO-8601 instant', path: [0, 'start_date'] });
 * ```
 */
export const NormalizationFailureSchema = z
  .object({
    code: NormalizationFailureCodeSchema,
    message: z.string().min(1),
    path: PayloadPathSchema,
  })
  .strict();

/**
 * A typed normalization failure, see {@link NormalizationFailureSchema}.
 *
 * @example
 * ```ts
 * const failure: NormalizationFailure = { code: 'not_json', message: 'received an HTML page', path: [] };
 * ```
 */
export type NormalizationFailure = z.output<typeof NormalizationFailureSchema>;

/**
 * Stable codes of a warning: the record was normalized, but something in it was dropped or guessed.
 *
 * - `out_of_bounds`: a value outside `TRAINKIT_BOUNDS` (a heart rate of 900) was dropped;
 * - `invalid_value`: a value of the wrong type or form was dropped;
 * - `inconsistent_values`: two values contradict each other (max heart rate below the average); one was dropped;
 * - `unmapped_value`: a raw value (a FIT exercise) has no catalog match; it is kept raw and mapped to nothing;
 * - `start_time_hidden`: the provider hides the real start time (Strava's midnight + 1 s); the local offset is unknown;
 * - `unknown_time_zone`: the provider's zone label is not an IANA zone; the offset is used instead;
 * - `score_not_available`: the record is not scored (WHOOP `score_state` other than `SCORED`); no scores were read;
 * - `ongoing`: the record is still open (WHOOP's current cycle); values that will change were not read.
 *
 * @example
 * ```ts
 * NORMALIZATION_WARNING_CODES.includes('out_of_bounds'); // true
 * ```
 */
export const NORMALIZATION_WARNING_CODES = [
  'out_of_bounds',
  'invalid_value',
  'inconsistent_values',
  'unmapped_value',
  'start_time_hidden',
  'unknown_time_zone',
  'score_not_available',
  'ongoing',
] as const;

/**
 * One of {@link NORMALIZATION_WARNING_CODES}.
 *
 * @example
 * ```ts
 * const code: NormalizationWarningCode = 'out_of_bounds';
 * ```
 */
export type NormalizationWarningCode = (typeof NORMALIZATION_WARNING_CODES)[number];

/**
 * A warning attached to a draft: what was dropped or guessed, and where in the payload.
 *
 * @example
 * ```ts
 * NormalizationWarningSchema.parse({ code: 'out_of_bounds', message: 'average_heartrate 900 is outside 20..250', path: ['average_heartrate'] });
 * ```
 */
export const NormalizationWarningSchema = z
  .object({
    code: z.enum(NORMALIZATION_WARNING_CODES),
    message: z.string().min(1),
    path: PayloadPathSchema,
  })
  .strict();

/**
 * A warning attached to a draft, see {@link NormalizationWarningSchema}.
 *
 * @example
 * ```ts
 * const warning: NormalizationWarning = { code: 'start_time_hidden', message: 'start time hidden by the athlete', path: ['start_date'] };
 * ```
 */
export type NormalizationWarning = z.output<typeof NormalizationWarningSchema>;
