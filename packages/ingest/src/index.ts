/**
 * `@trainkit/ingest`: the ingestion pipeline over the storage ports: runs, the raw lake with content hashes and
 * revisions, typed failures, cross-provider dedup and merge, unmerge and replay.
 *
 * @packageDocumentation
 */
export {
  INGEST_PHASES,
  INTERRUPTED_AFTER_IDLE_MINUTES,
  RUN_PROGRESS_EVERY_SECONDS,
  type ActivityWithSources,
  type CreateIngestPipelineOptions,
  type DeleteRecordsInput,
  type DeleteRecordsResult,
  type ExternalRecordSummary,
  type FinishRunInput,
  type CloseInterruptedRunsInput,
  type ImportFilesInput,
  type IngestCounts,
  type IngestPayloadInput,
  type IngestPhase,
  type IngestPipeline,
  type IngestProgress,
  type IngestResourceOptions,
  type IngestResultsInput,
  type IngestRunSummary,
  type IngestWarning,
  type ListActivitiesInput,
  type ListRunsInput,
  type OpenRunInput,
  type ReplayInput,
  type ResolvedActivityDefinition,
  type RunWithFailures,
  type UnmergeInput,
  type UnmergeResult,
} from './ingest-pipeline.js';
export {
  DEFAULT_MERGE_POLICY,
  MERGE_FIELDS,
  MERGE_SOURCES,
  MergeFieldSchema,
  MergePolicySchema,
  MergeSourceSchema,
  type MergeField,
  type MergePolicy,
  type MergePolicyInput,
  type MergeSource,
} from './merge/merge-policy.js';
export { createIngestPipeline } from './pipeline/create-ingest-pipeline.js';
export { PIPELINE_FAILURE_CODES, DRAFTS_PER_TRANSACTION, ELEMENTS_PER_TRANSACTION } from './pipeline/write-drafts.js';
export { SAMPLES_STREAM_TYPE } from './pipeline/canonical-rows.js';
export { EMPTY_INGEST_COUNTS, IngestCountsSchema, addIngestCounts, countsFromJson, runStatusOf } from './pipeline/run-stats.js';
export {
  PROVIDER_RESOURCES,
  resourceForStoredRecord,
  type ProviderResource,
  type ResourceContext,
  type StoredRawRecord,
  type StoredRecordReader,
} from './registry/provider-resources.js';
export { GARMIN_FIT_RECORDS, GARMIN_RESOURCES } from './registry/garmin-resources.js';
export { canonicalJson } from './lake/canonical-json.js';
export { contentHash } from './lake/content-hash.js';
export { matchScore, overlapRatio, type MatchSubject, type MatchVerdict } from './merge/match-score.js';
export {
  MERGE_FIELD_COLUMNS,
  mergeActivityFields,
  rankCandidates,
  type MergeCandidate,
  type MergedActivity,
  type MergedColumn,
  type MergedValues,
} from './merge/merge-activity-fields.js';
export { ORIGIN_KEY_PREFIX } from './merge/origin-snapshot.js';
export { openImportSources, MAX_ZIP_COMPRESSION_RATIO, IMPORT_FILES_NORMALIZER, IMPORT_FORMATS, type ImportFormat, type ImportSource, type OpenImportSourcesOptions } from './files/index.js';
