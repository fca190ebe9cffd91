import { z } from 'zod';

/**
 * Lifecycle of a user's link to a provider account.
 *
 * @example
 * ```ts
 * ProviderAccountStatusSchema.parse('active');
 * ```
 */
export const PROVIDER_ACCOUNT_STATUSES = ['active', 'expired', 'revoked', 'error', 'disconnected'] as const;
/**
 * One of {@link PROVIDER_ACCOUNT_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ProviderAccountStatus = 'revoked';
 * ```
 */
export type ProviderAccountStatus = (typeof PROVIDER_ACCOUNT_STATUSES)[number];
/**
 * Schema of {@link PROVIDER_ACCOUNT_STATUSES}.
 *
 * @example
 * ```ts
 * ProviderAccountStatusSchema.safeParse('connected').success; // false
 * ```
 */
export const ProviderAccountStatusSchema = z.enum(PROVIDER_ACCOUNT_STATUSES);

/**
 * Lifecycle of an ingestion run. `partial` means the run finished but some records failed to normalize.
 *
 * @example
 * ```ts
 * IngestionRunStatusSchema.parse('succeeded');
 * ```
 */
export const INGESTION_RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed', 'cancelled'] as const;
/**
 * One of {@link INGESTION_RUN_STATUSES}.
 *
 * @example
 * ```ts
 * const status: IngestionRunStatus = 'running';
 * ```
 */
export type IngestionRunStatus = (typeof INGESTION_RUN_STATUSES)[number];
/**
 * Schema of {@link INGESTION_RUN_STATUSES}.
 *
 * @example
 * ```ts
 * IngestionRunStatusSchema.parse('failed');
 * ```
 */
export const IngestionRunStatusSchema = z.enum(INGESTION_RUN_STATUSES);

/**
 * Final statuses an ingestion run can be finished with (every status except `running`).
 *
 * @example
 * ```ts
 * IngestionRunFinalStatusSchema.safeParse('running').success; // false
 * ```
 */
export const INGESTION_RUN_FINAL_STATUSES = ['succeeded', 'partial', 'failed', 'cancelled'] as const satisfies readonly IngestionRunStatus[];
/**
 * One of {@link INGESTION_RUN_FINAL_STATUSES}.
 *
 * @example
 * ```ts
 * const status: IngestionRunFinalStatus = 'partial';
 * ```
 */
export type IngestionRunFinalStatus = (typeof INGESTION_RUN_FINAL_STATUSES)[number];
/**
 * Schema of {@link INGESTION_RUN_FINAL_STATUSES}.
 *
 * @example
 * ```ts
 * IngestionRunFinalStatusSchema.parse('succeeded');
 * ```
 */
export const IngestionRunFinalStatusSchema = z.enum(INGESTION_RUN_FINAL_STATUSES);

/**
 * What started an ingestion run: a scheduled API sync, a historical backfill, a webhook, an uploaded export or
 * FIT file, or a replay of the raw lake with a new normalizer version.
 *
 * @example
 * ```ts
 * IngestionRunKindSchema.parse('webhook');
 * ```
 */
export const INGESTION_RUN_KINDS = ['sync', 'backfill', 'webhook', 'file_import', 'replay'] as const;
/**
 * One of {@link INGESTION_RUN_KINDS}.
 *
 * @example
 * ```ts
 * const kind: IngestionRunKind = 'replay';
 * ```
 */
export type IngestionRunKind = (typeof INGESTION_RUN_KINDS)[number];
/**
 * Schema of {@link INGESTION_RUN_KINDS}.
 *
 * @example
 * ```ts
 * IngestionRunKindSchema.parse('sync');
 * ```
 */
export const IngestionRunKindSchema = z.enum(INGESTION_RUN_KINDS);

/**
 * What a raw provider record describes. The raw lake keeps every kind; normalizers route each kind to its
 * canonical table (activities, recovery signals, biometrics).
 *
 * @example
 * ```ts
 * ExternalRecordKindSchema.parse('sleep');
 * ```
 */
export const EXTERNAL_RECORD_KINDS = ['activity', 'sleep', 'recovery', 'biometric', 'daily_summary', 'other'] as const;
/**
 * One of {@link EXTERNAL_RECORD_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ExternalRecordKind = 'activity';
 * ```
 */
export type ExternalRecordKind = (typeof EXTERNAL_RECORD_KINDS)[number];
/**
 * Schema of {@link EXTERNAL_RECORD_KINDS}.
 *
 * @example
 * ```ts
 * ExternalRecordKindSchema.parse('biometric');
 * ```
 */
export const ExternalRecordKindSchema = z.enum(EXTERNAL_RECORD_KINDS);

/**
 * Whether a raw record has been turned into canonical rows. `failed` keeps the typed failure beside the record;
 * `skipped` means the normalizer deliberately ignores this record (e.g. an unsupported kind).
 *
 * @example
 * ```ts
 * NormalizationStatusSchema.parse('pending');
 * ```
 */
export const NORMALIZATION_STATUSES = ['pending', 'normalized', 'failed', 'skipped'] as const;
/**
 * One of {@link NORMALIZATION_STATUSES}.
 *
 * @example
 * ```ts
 * const status: NormalizationStatus = 'normalized';
 * ```
 */
export type NormalizationStatus = (typeof NORMALIZATION_STATUSES)[number];
/**
 * Schema of {@link NORMALIZATION_STATUSES}.
 *
 * @example
 * ```ts
 * NormalizationStatusSchema.parse('failed');
 * ```
 */
export const NormalizationStatusSchema = z.enum(NORMALIZATION_STATUSES);

/**
 * Where a biometric, recovery signal or other measurement came from.
 *
 * @example
 * ```ts
 * DataSourceSchema.parse('manual');
 * ```
 */
export const DATA_SOURCES = ['manual', 'provider'] as const;
/**
 * One of {@link DATA_SOURCES}.
 *
 * @example
 * ```ts
 * const source: DataSource = 'provider';
 * ```
 */
export type DataSource = (typeof DATA_SOURCES)[number];
/**
 * Schema of {@link DATA_SOURCES}.
 *
 * @example
 * ```ts
 * DataSourceSchema.safeParse('planned').success; // false
 * ```
 */
export const DataSourceSchema = z.enum(DATA_SOURCES);

/**
 * What a row of `activity_merge_decisions` records: `merge` (raw records of one real-world session were joined into
 * one activity instance) or `unmerge` (a record was split out again; matching never re-merges it with that
 * counterpart).
 *
 * @example
 * ```ts
 * MergeDecisionSchema.parse('unmerge');
 * ```
 */
export const MERGE_DECISIONS = ['merge', 'unmerge'] as const;
/**
 * One of {@link MERGE_DECISIONS}.
 *
 * @example
 * ```ts
 * const decision: MergeDecision = 'merge';
 * ```
 */
export type MergeDecision = (typeof MERGE_DECISIONS)[number];
/**
 * Schema of {@link MERGE_DECISIONS}.
 *
 * @example
 * ```ts
 * MergeDecisionSchema.safeParse('split').success; // false
 * ```
 */
export const MergeDecisionSchema = z.enum(MERGE_DECISIONS);

/**
 * Lifecycle of a received provider webhook delivery (a row of `provider_webhook_deliveries`): `received` (stored and
 * acknowledged, not processed yet: what crash recovery drains), `processed` (handed to the pipeline successfully),
 * `failed` (processing threw; `error` says why) or `ignored` (nothing to do, e.g. an event type trainkit does not use).
 *
 * @example
 * ```ts
 * WebhookDeliveryStatusSchema.parse('received');
 * ```
 */
export const WEBHOOK_DELIVERY_STATUSES = ['received', 'processed', 'failed', 'ignored'] as const;
/**
 * One of {@link WEBHOOK_DELIVERY_STATUSES}.
 *
 * @example
 * ```ts
 * const status: WebhookDeliveryStatus = 'processed';
 * ```
 */
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
/**
 * Schema of {@link WEBHOOK_DELIVERY_STATUSES}.
 *
 * @example
 * ```ts
 * WebhookDeliveryStatusSchema.safeParse('pending').success; // false
 * ```
 */
export const WebhookDeliveryStatusSchema = z.enum(WEBHOOK_DELIVERY_STATUSES);
