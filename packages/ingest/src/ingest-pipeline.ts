import type {
  ActivityCategory,
  ActivityDefinitionId,
  ActivityInstanceRow,
  ActivityLinkKind,
  ActivityMergeDecisionRow,
  DisciplineId,
  ExternalActivityRecordRow,
  ExternalIngestionRunRow,
  IngestionFailureRow,
  IngestionRunKind,
  JsonValue,
  MovementId,
  Provider,
  TrainkitStorage,
} from '@trainkit/core';
import type { NormalizationResult } from '@trainkit/providers';
import type { MergePolicyInput } from './merge/merge-policy.js';
import type { OpenImportSourcesOptions } from './files/open-import-sources.js';

/**
 * Counts of one ingestion run, also stored as the run's `stats_json`:
 * - `seen`: raw records received (each record of a page, each record of an Apple Health batch);
 * - `new`: raw records stored for the first time;
 * - `updated`: raw records whose content changed (a new content hash; the earlier version is archived);
 * - `unchanged`: raw records received again with the same content hash (nothing written);
 * - `failed`: records (or whole payloads) that could not be read or normalized, each an `ingestion_failures` row;
 * - `skipped`: records deliberately ignored by the normalizer (an Oura `rest` period).
 *
 * @example
 * ```ts
 * const counts: IngestCounts = { seen: 3, new: 2, updated: 0, unchanged: 1, failed: 0, skipped: 0 };
 * ```
 */
export interface IngestCounts {
  readonly seen: number;
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * What one ingestion run did: the finished run row (`succeeded` without failures, `partial` with some, `failed` when
 * nothing could be read at all, `cancelled` when its `signal` stopped it), its counts, the first 100 failures
 * recorded on it, and how many merge decisions (cross-provider dedup) it stored.
 *
 * @example
 * ```ts
 * const summary: IngestRunSummary = await pipeline.ingestPayload({ userId: 'u1', provider: 'strava', resource: 'activities', payload: pageText });
 * console.log(summary.run.status, summary.counts.new, summary.failures.map((failure) => failure.code));
 * ```
 */
export interface IngestRunSummary {
  readonly run: ExternalIngestionRunRow;
  readonly counts: IngestCounts;
  /** The first 100 failures of the run, in the order they were recorded. */
  readonly failures: readonly IngestionFailureRow[];
  /** Merge decisions stored by the run (records of one real session folded into one activity, or matched to a plan). */
  readonly merges: number;
  /**
   * The first 100 warnings of the run: values a normalizer dropped (a heart rate of 900), strength sets whose
   * movement is unknown (kept only in the raw record), and the like. Not stored; `warningCount` counts them all.
   */
  readonly warnings: readonly IngestWarning[];
  readonly warningCount: number;
}

/**
 * Something dropped or guessed while a record was ingested: the record (when known), a stable code (the
 * normalizer's warning codes, plus `unknown_movement` for strength sets whose movement the catalog does not know),
 * a message and the path in the record's payload.
 *
 * @example
 * ```ts
 * const warning: IngestWarning = { external_id: '11843527901', code: 'out_of_bounds', message: 'average_heartrate 900 is outside 20..250', path: ['average_heartrate'] };
 * ```
 */
export interface IngestWarning {
  readonly external_id: string | null;
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/**
 * Phases a long ingestion reports progress in: reading the input, writing raw records and canonical rows, and
 * matching activities across providers. This pipeline matches each activity as it writes it, so it reports `reading`
 * (a file opened) and `writing` (after each batch); `merging` is for pipelines that match in a pass of their own.
 *
 * @example
 * ```ts
 * INGEST_PHASES.includes('merging'); // true
 * ```
 */
export const INGEST_PHASES = ['reading', 'writing', 'merging'] as const;

/**
 * One of {@link INGEST_PHASES}.
 *
 * @example
 * ```ts
 * const phase: IngestPhase = 'writing';
 * ```
 */
export type IngestPhase = (typeof INGEST_PHASES)[number];

/**
 * A progress report of a long ingestion (an Apple Health export, a folder of FIT files, a replay).
 *
 * @example
 * ```ts
 * const onProgress = (progress: IngestProgress) => {
 *   if (progress.bytesTotal) console.log(`${Math.round((100 * (progress.bytesRead ?? 0)) / progress.bytesTotal)} %`);
 * };
 * ```
 */
export interface IngestProgress {
  readonly phase: IngestPhase;
  /** Bytes of the input read so far, for file imports. */
  readonly bytesRead?: number;
  /** Size of the input in bytes, for file imports. */
  readonly bytesTotal?: number;
  /** Raw records handled so far in this run. */
  readonly records: number;
  /** The file being imported, for file imports. */
  readonly path?: string;
}

/**
 * Options some provider resources need because the payload itself does not say them:
 * - `activityId`: the Strava activity whose `streams` these are (`GET /activities/{id}/streams` does not repeat it).
 *   When absent, the pipeline reads it from `sourceName` (the last run of digits, e.g. `streams-11843527901.json`).
 * - `date`: the local day an Oura `personal_info` was fetched on (it has no timestamp); default: the clock's UTC day.
 * - `sourceName`: the file name or URL the payload came from, kept in failures' messages.
 *
 * @example
 * ```ts
 * const options: IngestResourceOptions = { activityId: '11843527901' };
 * ```
 */
export interface IngestResourceOptions {
  readonly activityId?: string | number;
  /** `YYYY-MM-DD`; `ValidationError` otherwise. */
  readonly date?: string;
  readonly sourceName?: string;
}

/**
 * Input of {@link IngestPipeline.ingestPayload}: one provider payload exactly as the provider's API returned it, as
 * text (a response body, which may be truncated or an HTML error page) or already parsed.
 *
 * @example
 * ```ts
 * const input: IngestPayloadInput = { userId: 'u1', provider: 'whoop', resource: 'workouts', payload: await response.text() };
 * ```
 */
export interface IngestPayloadInput {
  readonly userId: string;
  readonly provider: Provider;
  /** A resource of `PROVIDER_RESOURCES[provider]` (`activities`, `workouts`, `daily_readiness`, ...). */
  readonly resource: string;
  readonly payload: unknown;
  /** Run kind; default `sync`. */
  readonly kind?: IngestionRunKind;
  /** Continue an open (`running`) run of this user instead of opening a new one; the run is left open. */
  readonly runId?: string;
  readonly options?: IngestResourceOptions;
}

/**
 * Input of {@link IngestPipeline.ingestResults}: any stream of normalization results (Apple Health batches, FIT files)
 * written in one run.
 *
 * @example
 * ```ts
 * const input: IngestResultsInput = { userId: 'u1', provider: 'garmin', kind: 'file_import', results: [normalizeGarminFit(bytes)] };
 * ```
 */
export interface IngestResultsInput {
  readonly userId: string;
  readonly provider: Provider;
  /** Run kind; default `file_import`. */
  readonly kind?: IngestionRunKind;
  readonly results: AsyncIterable<NormalizationResult> | Iterable<NormalizationResult>;
  /** Continue an open (`running`) run of this user instead of opening a new one; the run is left open. */
  readonly runId?: string;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Bytes read and total of the input, reported with progress (file imports). */
  readonly bytes?: { readonly read: () => number; readonly total: number; readonly path?: string };
  /**
   * Stops the work when aborted: between two results (what a result holds is written whole or not at all), the run
   * then ends `cancelled` with the counts of what was written, and the summary is returned as usual.
   */
  readonly signal?: AbortSignal;
}

/**
 * Input of {@link IngestPipeline.importFiles}: files or folders (Apple Health `export.zip` / `export.xml`, `.fit`
 * files), detected by content, not by extension.
 *
 * @example
 * ```ts
 * const input: ImportFilesInput = { userId: 'u1', paths: ['./export.zip', './fit-files/'] };
 * ```
 */
export interface ImportFilesInput {
  readonly userId: string;
  readonly paths: readonly string[];
  readonly onProgress?: (progress: IngestProgress) => void;
  /**
   * Read Apple Health exports in a worker thread (default false): see `OpenImportSourcesOptions.worker`. The CLI turns
   * it on for exports of 32 MiB or more when the machine has two cores or more.
   */
  readonly worker?: OpenImportSourcesOptions['worker'];
  /**
   * Stops the import when aborted: the file being read stops between two batches of records (each written whole or
   * not at all), its run ends `cancelled` with the counts of what was written, and no further file is opened. The
   * summaries of the runs so far are returned; importing the same files again later goes on where this stopped
   * (what was stored is unchanged, the rest is new).
   *
   * @example
   * ```ts
   * const controller = new AbortController();
   * process.once('SIGINT', () => controller.abort());
   * const summaries = await pipeline.importFiles({ userId: 'u1', paths: ['./export.zip'], signal: controller.signal });
   * summaries.at(-1)?.run.status; // 'cancelled' when interrupted
   * ```
   */
  readonly signal?: AbortSignal;
}

/**
 * Input of {@link IngestPipeline.replay}.
 *
 * @example
 * ```ts
 * const input: ReplayInput = { userId: 'u1', provider: 'strava' };
 * ```
 */
export interface ReplayInput {
  readonly userId: string;
  /** Replay only this provider's records; default every provider in the lake. */
  readonly provider?: Provider;
  readonly onProgress?: (progress: IngestProgress) => void;
  /**
   * Stops the replay when aborted, before its next page of records: that provider's run ends `cancelled` and no
   * further provider is replayed. Records already replayed keep their new rows; a later replay finishes the rest.
   */
  readonly signal?: AbortSignal;
}

/**
 * Input of {@link IngestPipeline.unmerge}.
 *
 * @example
 * ```ts
 * const input: UnmergeInput = { userId: 'u1', activityInstanceId: 'act_01', externalRecordId: 'raw_07' };
 * ```
 */
export interface UnmergeInput {
  readonly userId: string;
  readonly activityInstanceId: string;
  /**
   * The raw record to split out; default every record linked as a `duplicate` of the activity (of a manual or planned
   * activity: every linked record).
   */
  readonly externalRecordId?: string;
}

/**
 * What {@link IngestPipeline.unmerge} did: the activity the records were split from (rebuilt from what remains), one
 * new activity per record split out, and the `unmerge` decisions stored.
 *
 * @example
 * ```ts
 * const result: UnmergeResult = await pipeline.unmerge({ userId: 'u1', activityInstanceId: 'act_01' });
 * result.split.map((part) => part.activity.id);
 * ```
 */
export interface UnmergeResult {
  readonly remaining: ActivityInstanceRow;
  readonly split: readonly { readonly externalRecordId: string; readonly activity: ActivityInstanceRow }[];
  readonly decisions: readonly ActivityMergeDecisionRow[];
}

/**
 * A raw record as listed beside an activity: every column except the payload.
 *
 * @example
 * ```ts
 * function label(record: ExternalRecordSummary) { return `${record.provider}:${record.external_id}`; }
 * ```
 */
export type ExternalRecordSummary = Omit<ExternalActivityRecordRow, 'raw_payload_json'>;

/**
 * A canonical activity with the raw records it was built from (one link each; `source` for the primary record,
 * `duplicate` for the others) and the merge / unmerge decisions about it.
 *
 * @example
 * ```ts
 * const [first] = await pipeline.listActivities({ userId: 'u1' });
 * first?.sources.map((source) => `${source.record.provider} (${source.link_kind})`);
 * ```
 */
export interface ActivityWithSources {
  readonly activity: ActivityInstanceRow;
  readonly sources: readonly {
    readonly record: ExternalRecordSummary;
    readonly link_kind: ActivityLinkKind;
    readonly match_confidence: number | null;
  }[];
  readonly decisions: readonly ActivityMergeDecisionRow[];
}

/**
 * Input of {@link IngestPipeline.listActivities}: local days, inclusive.
 *
 * @example
 * ```ts
 * const input: ListActivitiesInput = { userId: 'u1', from: '2024-06-01', to: '2024-06-30' };
 * ```
 */
export interface ListActivitiesInput {
  readonly userId: string;
  /** First local day, `YYYY-MM-DD` (`ValidationError` otherwise). */
  readonly from?: string;
  /** Last local day, `YYYY-MM-DD`. */
  readonly to?: string;
}

/**
 * A run with its counts (from `stats_json`, `null` while it runs) and its failures (first 100).
 *
 * @example
 * ```ts
 * const [latest] = await pipeline.listRuns({ userId: 'u1', limit: 1 });
 * latest?.failures.length;
 * ```
 */
export interface RunWithFailures {
  readonly run: ExternalIngestionRunRow;
  readonly counts: IngestCounts | null;
  readonly failures: readonly IngestionFailureRow[];
}

/**
 * Input of {@link IngestPipeline.listRuns}: newest first.
 *
 * @example
 * ```ts
 * const input: ListRunsInput = { userId: 'u1', limit: 20 };
 * ```
 */
export interface ListRunsInput {
  readonly userId: string;
  /** Default 50. */
  readonly limit?: number;
}

/**
 * Input of {@link IngestPipeline.closeInterruptedRuns}.
 *
 * @example
 * ```ts
 * const input: CloseInterruptedRunsInput = { userId: 'u1', idleMinutes: 60 };
 * ```
 */
export interface CloseInterruptedRunsInput {
  readonly userId: string;
  /**
   * How long a `running` run must have made no progress (written no records, by `progressed_at`, else since it
   * started) to count as interrupted; default {@link INTERRUPTED_AFTER_IDLE_MINUTES}. A run at work records its
   * progress every few seconds.
   */
  readonly idleMinutes?: number;
}

/**
 * The default idle time after which `closeInterruptedRuns` takes a `running` run for interrupted: far longer than
 * any pause of a run at work (which records its progress at least every {@link RUN_PROGRESS_EVERY_SECONDS} s while
 * it writes, and after every page of a sync).
 *
 * @example
 * ```ts
 * INTERRUPTED_AFTER_IDLE_MINUTES; // 30
 * ```
 */
export const INTERRUPTED_AFTER_IDLE_MINUTES = 30;

/**
 * How often a run at work records its progress (`progressed_at`, and for a run of one call its counts so far in
 * `stats_json`), at most: the first batch it writes is recorded, then one at least this many seconds after the last.
 *
 * @example
 * ```ts
 * RUN_PROGRESS_EVERY_SECONDS; // 10
 * ```
 */
export const RUN_PROGRESS_EVERY_SECONDS = 10;

/**
 * The ingestion pipeline: raw provider data into the raw lake and one deduplicated canonical history. Create it with
 * `createIngestPipeline`, or use `trainkit.ingest` on the facade.
 *
 * Nothing here throws for bad input: a payload or record that cannot be read becomes an `ingestion_failures` row on
 * the run, beside its raw data. Only storage failures (and an unknown user) throw, and `deleteRecords` for a bad
 * request (`ValidationError`, before anything is written).
 *
 * @example
 * ```ts
 * const pipeline: IngestPipeline = createIngestPipeline({ storage, clock: () => new Date(), ids: createRandomIdFactory() });
 * await pipeline.ingestPayload({ userId: 'u1', provider: 'strava', resource: 'activities', payload: pageJson });
 * const activities = await pipeline.listActivities({ userId: 'u1' });
 * ```
 */
export interface IngestPipeline {
  /** Ingests one payload exactly as a provider API returns it (text or parsed), in its own run (or `runId`). */
  ingestPayload(input: IngestPayloadInput): Promise<IngestRunSummary>;
  /** Ingests any stream of normalization results (Apple Health batches, FIT files) in one run. */
  ingestResults(input: IngestResultsInput): Promise<IngestRunSummary>;
  /** Imports files and folders, one run per file, detected by content. */
  importFiles(input: ImportFilesInput): Promise<IngestRunSummary[]>;
  /**
   * Rebuilds canonical rows from the raw lake with the current normalizers, without any network: one run of kind
   * `replay` per provider that has records. A replay of an unchanged lake changes no canonical row.
   */
  replay(input: ReplayInput): Promise<IngestRunSummary[]>;
  /** Splits raw records out of a merged activity into their own activities; survives later replays. */
  unmerge(input: UnmergeInput): Promise<UnmergeResult>;
  /** Canonical activities with their sources and merge decisions, ordered by start. */
  listActivities(input: ListActivitiesInput): Promise<ActivityWithSources[]>;
  /** Ingestion runs with counts and failures, newest first. */
  listRuns(input: ListRunsInput): Promise<RunWithFailures[]>;
  /**
   * Closes the user's runs that a process left `running` when it was killed (or lost its power): those that made no
   * progress for `idleMinutes`. Each ends `cancelled` with `error` `interrupted: no progress since <instant>` and the
   * counts it had recorded; what it wrote stays (importing the same input again completes it). Returns the runs
   * closed, oldest first. A run closed so whose process was in fact still at work fails when it tries to finish.
   */
  closeInterruptedRuns(input: CloseInterruptedRunsInput): Promise<ExternalIngestionRunRow[]>;
  /**
   * Finishes a run left open by `ingestPayload` / `ingestResults` calls given its `runId` (a paged sync): status
   * from the counts accumulated in its `stats_json`, like any run.
   */
  finishRun(input: FinishRunInput): Promise<IngestRunSummary>;
  /** Opens a run that several `ingestPayload` / `ingestResults` calls continue (`runId`), closed by `finishRun`. */
  openRun(input: OpenRunInput): Promise<ExternalIngestionRunRow>;
  /**
   * Removes a provider's raw records of a user (every one, or the listed external ids with their child records) and
   * every canonical row that came only from them, in one transaction recorded as a run; merged activities that have
   * other sources are rebuilt from those. A provider's deletion request (Strava deauthorization, an activity deleted
   * at the provider) means the data must go; a later `replay` cannot bring it back (the raw records are gone).
   */
  deleteRecords(input: DeleteRecordsInput): Promise<DeleteRecordsResult>;
}

/**
 * Input of {@link IngestPipeline.deleteRecords}: which raw records of a provider to remove, and why.
 *
 * @example
 * ```ts
 * const input: DeleteRecordsInput = { userId: 'u1', provider: 'strava', externalIds: ['11843527901'], reason: 'strava webhook: activity deleted' };
 * ```
 */
export interface DeleteRecordsInput {
  readonly userId: string;
  readonly provider: Provider;
  /**
   * Only these external ids and their child records (Strava streams, Garmin activity details, the legs of a
   * multisport activity, whose `parent_external_id` is one of them, and theirs); omitted = every record of the
   * provider. Ids that are not stored delete nothing.
   */
  readonly externalIds?: readonly string[];
  /** Why, recorded on the run's `stats_json` (e.g. `strava deauthorization`); a non-empty text. */
  readonly reason: string;
  /** Run kind; default `webhook`. */
  readonly kind?: IngestionRunKind;
}

/**
 * What {@link IngestPipeline.deleteRecords} removed, and the run (`succeeded`, `stats_json` with these counts, the
 * detailed counts and the reason) that records it.
 *
 * @example
 * ```ts
 * const result: DeleteRecordsResult = await pipeline.deleteRecords({ userId: 'u1', provider: 'strava', reason: 'strava deauthorization' });
 * console.log(result.deleted.records, result.deleted.activities, result.deleted.activitiesRebuilt);
 * ```
 */
export interface DeleteRecordsResult {
  readonly run: ExternalIngestionRunRow;
  readonly deleted: {
    /** Raw records (`external_activity_records`, children included). */
    readonly records: number;
    /** Canonical activities that had no other source. */
    readonly activities: number;
    /** Merged activities that lost this source and were rebuilt from the rest. */
    readonly activitiesRebuilt: number;
    /** Recovery signals, biometrics, samples, streams and daily totals. */
    readonly otherRows: number;
  };
}

/**
 * Input of {@link IngestPipeline.finishRun}.
 *
 * @example
 * ```ts
 * const input: FinishRunInput = { userId: 'u1', runId: 'run_01' };
 * ```
 */
export interface FinishRunInput {
  readonly userId: string;
  readonly runId: string;
  /** Where the next sync resumes from (a page token, a timestamp); omitted keeps the stored cursor. */
  readonly cursor?: JsonValue | null;
}

/**
 * Input of {@link IngestPipeline.openRun}.
 *
 * @example
 * ```ts
 * const input: OpenRunInput = { userId: 'u1', provider: 'whoop', kind: 'sync' };
 * ```
 */
export interface OpenRunInput {
  readonly userId: string;
  readonly provider: Provider;
  /** Default `sync`. */
  readonly kind?: IngestionRunKind;
}

/**
 * A stored activity definition a catalog slug resolves to: its row id, category and discipline.
 *
 * @example
 * ```ts
 * const running: ResolvedActivityDefinition = { id: 'act_running' as ActivityDefinitionId, category: 'cardio', discipline_id: null };
 * ```
 */
export interface ResolvedActivityDefinition {
  readonly id: ActivityDefinitionId;
  readonly category: ActivityCategory;
  readonly discipline_id: DisciplineId | null;
}

/**
 * Options of `createIngestPipeline`.
 *
 * @example
 * ```ts
 * const options: CreateIngestPipelineOptions = { storage, clock: () => new Date(), ids: createRandomIdFactory() };
 * ```
 */
export interface CreateIngestPipelineOptions {
  readonly storage: TrainkitStorage;
  /** The current time, for `created_at` / `started_at` and defaults; the pipeline never reads the system clock. */
  readonly clock: () => Date;
  /** Ids of new rows; called with a short prefix (`run`, `raw`, `act`, ...), which an `IdFactory` may ignore. */
  readonly ids: (prefix: string) => string;
  /** Field priorities and match thresholds for cross-provider dedup; default `DEFAULT_MERGE_POLICY`. */
  readonly mergePolicy?: MergePolicyInput;
  /**
   * Resolves a catalog activity slug (`running`) to its stored definition; default: the catalog's row
   * (`act_<slug>`), seeding the catalog into the storage when the row is missing.
   */
  readonly resolveActivityId?: (slug: string) => Promise<ResolvedActivityDefinition | undefined>;
  /** Resolves a catalog movement slug to its stored `movements` id; default as for activities (`mov_<slug>`). */
  readonly resolveMovementId?: (slug: string) => Promise<MovementId | undefined>;
}
