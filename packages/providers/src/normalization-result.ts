import { JsonValueSchema } from '@trainkit/core';
import { z } from 'zod';
import { NormalizationFailureSchema, PayloadPathSchema } from './normalization-failure.js';
import { NormalizerDescriptorSchema } from './normalizer-descriptor.js';
import { ProviderRecordDraftSchema } from './provider-record-draft.js';

/**
 * A record (or a whole payload) that could not be normalized: its id when one could be read, its raw content when it
 * parsed at all (to keep beside the failure; `null` for text that is not JSON), and the typed failure.
 *
 * @example
 * ```ts
 * RecordFailureSchema.parse({ external_id: null, raw_payload: null, failure: { code: 'invalid_json', message: 'Unexpected end of JSON input', path: [] } });
 * ```
 */
export const RecordFailureSchema = z
  .object({
    external_id: z.string().min(1).nullable(),
    raw_payload: JsonValueSchema.nullable(),
    failure: NormalizationFailureSchema,
  })
  .strict();

/**
 * A record that failed to normalize, see {@link RecordFailureSchema}.
 *
 * @example
 * ```ts
 * function line(failed: RecordFailure) { return `${failed.failure.code} at ${failed.failure.path.join('.')}`; }
 * ```
 */
export type RecordFailure = z.output<typeof RecordFailureSchema>;

/**
 * A record the normalizer deliberately ignores, with the reason (for example an Oura `rest` period, which is not sleep).
 *
 * @example
 * ```ts
 * SkippedRecordSchema.parse({ external_id: 'a1b2', reason: 'rest period', path: ['data', 2] });
 * ```
 */
export const SkippedRecordSchema = z
  .object({
    external_id: z.string().min(1).nullable(),
    reason: z.string().min(1),
    path: PayloadPathSchema,
  })
  .strict();

/**
 * A deliberately ignored record, see {@link SkippedRecordSchema}.
 *
 * @example
 * ```ts
 * function why(skipped: SkippedRecord) { return skipped.reason; }
 * ```
 */
export type SkippedRecord = z.output<typeof SkippedRecordSchema>;

/**
 * What every record normalizer returns (it never throws): the normalizer's descriptor, a draft per normalized record,
 * a typed failure per record (or for the whole payload) that could not be normalized, the records skipped on purpose,
 * and the page cursor when the payload is a page that has one (WHOOP `next_token`).
 *
 * @example
 * ```ts
 * const result: NormalizationResult = normalizeStravaActivities(pageJson);
 * for (const failed of result.failures) console.warn(failed.failure.code, failed.failure.path);
 * ```
 */
export const NormalizationResultSchema = z
  .object({
    normalizer: NormalizerDescriptorSchema,
    drafts: z.array(ProviderRecordDraftSchema),
    failures: z.array(RecordFailureSchema),
    skipped: z.array(SkippedRecordSchema),
    next_token: z.string().min(1).nullable(),
  })
  .strict();

/**
 * The result of a record normalizer, see {@link NormalizationResultSchema}.
 *
 * @example
 * ```ts
 * function ok(result: NormalizationResult) { return result.failures.length === 0; }
 * ```
 */
export type NormalizationResult = z.output<typeof NormalizationResultSchema>;
