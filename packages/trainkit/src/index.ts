/**
 * `trainkit`: the facade. `createTrainkit({ storage })` wires the catalog, the fatigue engine and any
 * `TrainkitStorage` together: seed the catalog, compute fatigue reports from stored activities with full provenance,
 * and keep `user_fatigue_state` up to date incrementally. It depends only on the ports of `@trainkit/core`, never on
 * a storage adapter.
 *
 * @packageDocumentation
 */
export { createTrainkit } from './create-trainkit.js';
export type { CreateTrainkitOptions } from './create-trainkit-options.js';
export type { Trainkit, TrainkitFatigue } from './trainkit.js';
export {
  DEFAULT_MERGE_POLICY,
  PROVIDER_RESOURCES,
  type ActivityWithSources,
  type IngestCounts,
  type IngestPipeline,
  type IngestProgress,
  type IngestRunSummary,
  type IngestWarning,
  type MergePolicy,
  type MergePolicyInput,
  type RunWithFailures,
  type UnmergeResult,
} from '@trainkit/ingest';
export type { ConnectOptions, ConnectBaseOptions } from './connections/connect-options.js';
export {
  CONNECT_PROVIDERS,
  DEFAULT_RETRY_POLICY,
  OAUTH_FAILURES,
  OAuthError,
  PROVIDER_DEFAULTS,
  PROVIDER_HTTP_FAILURES,
  ProviderHttpError,
  TOKEN_VAULT_FAILURES,
  TokenVaultError,
  WEBHOOK_VERIFICATION_FAILURES,
  WebhookVerificationError,
  connectConfigFromEnv,
  encryptionKeysFromEnv,
  parseEncryptionKey,
  type AccountSummary,
  type CompleteAuthorizationInput,
  type ConnectedAccount,
  type ConnectLogEntry,
  type ConnectLogger,
  type ConnectProvider,
  type Connections,
  type OAuthFailure,
  type ProviderHttpFailure,
  type TokenVaultFailure,
  type WebhookVerificationFailure,
  type WebhookHandlers,
  type DrainWebhookDeliveriesResult,
  type ScheduledWebhookDelivery,
  type DisconnectInput,
  type DisconnectResult,
  type ProviderClientConfig,
  type RetryPolicyInput,
  type RotateKeysResult,
  type SyncInput,
  type SyncProgress,
  type SyncStop,
  type SyncSummary,
  type TokenVaultKey,
} from '@trainkit/connect';

export { seedCatalog, type SeedCatalogReport } from './catalog/seed-catalog.js';
export { ensureCatalogRows } from './catalog/ensure-catalog-rows.js';
export { catalogMuscleMaps } from './catalog/catalog-muscle-maps.js';
export { catalogHeuristicsConfig, CATALOG_HSE_PER_100_LU_BY_CATEGORY } from './catalog/catalog-heuristics-config.js';

export type { FatigueAsOf } from './fatigue/resolve-as-of.js';
export type {
  FatigueInputInclude,
  FatigueReportInclude,
  FatigueReportOptions,
  FatigueStateRefreshOptions,
} from './fatigue/fatigue-report-options.js';
export type { FatigueInputBundle } from './fatigue/fatigue-input-bundle.js';
export {
  TRAINKIT_FATIGUE_REPORT_FORMAT,
  TrainkitFatigueReportSchema,
  type TrainkitFatigueReport,
} from './fatigue/trainkit-fatigue-report-schema.js';
export {
  FatigueInputSourcesSchema,
  HEURISTICS_SOURCES,
  PROFILE_VALUE_SOURCES,
  ProviderActivitySourceSchema,
  type FatigueInputSources,
} from './fatigue/fatigue-input-sources-schema.js';
export {
  ATTRIBUTION_MIN_SHARE,
  ChannelAttributionSchema,
  FatigueAttributionSchema,
  SessionContributionSchema,
  type ChannelAttribution,
  type FatigueAttribution,
} from './fatigue/fatigue-attribution-schema.js';
export {
  FatigueStateRowProvenanceSchema,
  FatigueStateWatermarkSchema,
  type FatigueStateRowProvenance,
  type FatigueStateWatermark,
} from './fatigue/fatigue-state-row-provenance-schema.js';
export {
  FATIGUE_REFRESH_REASONS,
  FatigueStateRefreshSchema,
  type FatigueStateRefresh,
} from './fatigue/fatigue-state-refresh-schema.js';
export {
  MAX_PMC_SERIES_DAYS,
  PmcPointSchema,
  PmcSeriesSchema,
  type PmcPoint,
  type PmcSeries,
  type PmcSeriesOptions,
} from './fatigue/pmc-series-schema.js';
export { PROVENANCE_WINDOW_TAU_MULTIPLE } from './fatigue/fatigue-state-rows.js';
export { PLANNED_SESSION_DEFAULT_SECONDS, PLANNED_SESSION_START_MINUTES } from './fatigue/planned-session-to-fatigue-session.js';
export { DEFAULT_PROFILE_TIME_ZONE } from './fatigue/fatigue-profile-from-storage.js';

export type { TrainkitUsers } from './users/trainkit-users.js';
export type { TrainkitUser, UserProfile } from './users/trainkit-user.js';
export { USER_PROFILE_FIELDS } from './users/user-profile-fields.js';
export { CreateUserInputSchema, type CreateUserInput } from './users/create-user-input-schema.js';
export { UpdateUserInputSchema, type UpdateUserInput } from './users/update-user-input-schema.js';

export type { TrainkitLog } from './log/trainkit-log.js';
export type { LoggedSession } from './log/logged-session.js';
export { LOG_KINDS, LOG_KIND_CATEGORIES, type LogKind } from './log/log-kind.js';
export { DEFAULT_STRENGTH_ACTIVITY } from './log/write-manual-log.js';
export type {
  LogActivityFields,
  LogCardioInput,
  LogOptions,
  LogSessionInput,
  LogStrengthInput,
  LogStrengthSetInput,
} from './log/log-inputs.js';
export { findCatalogActivity, type CatalogActivity } from './catalog/find-catalog-activity.js';
export { findCatalogMovement, type CatalogMovement } from './catalog/find-catalog-movement.js';
export {
  SKIPPED_STORED_VALUE_EFFECTS,
  SkippedStoredValueSchema,
  type SkippedStoredValue,
} from './fatigue/skipped-stored-value-schema.js';

export type { TrainkitBiometrics } from './biometrics/trainkit-biometrics.js';
export {
  BIOMETRIC_SOURCE_PRIORITY,
  type BiometricFatigueProfile,
  type BiometricSourcePriority,
  type BiometricTrend,
  type BiometricTrendPoint,
  type FatigueProfileValue,
} from '@trainkit/biometrics';
export { BIOMETRIC_ENTRY_TABLES, type BiometricEntry } from './biometrics/biometric-entry.js';
export { BIOMETRIC_PROFILE_SOURCE_TABLES, type BiometricProfileAt } from './biometrics/biometric-profile-at.js';
export type { BiometricProfileAtOptions, BiometricTrendCallOptions, ListBiometricsOptions } from './biometrics/biometrics-options.js';
export { RecordBiometricInputSchema, type RecordBiometricInput } from './biometrics/record-biometric-input-schema.js';

export {
  ScaledMovementSchema,
  SetConstraintInputSchema,
  SetSkillInputSchema,
  TrainkitScaleResultSchema,
  type ListConstraintsOptions,
  type ListSkillsOptions,
  type ScaledMovement,
  type ScaleOptions,
  type SetConstraintInput,
  type SetSkillInput,
  type TrainkitScaleResult,
  type TrainkitSkills,
} from './skills/index.js';

export {
  CreateBlockInputSchema,
  CreateCycleInputSchema,
  CreateGoalInputSchema,
  GoalCheckinInputSchema,
  GoalHistoryOptionsSchema,
  GoalProgressOptionsSchema,
  GoalsInForceOptionsSchema,
  ONE_REP_MAX_MAX_REPS_TO_FAILURE,
  RetireGoalInputSchema,
  ReviseGoalInputSchema,
  type CreateBlockInput,
  type CreateCycleInput,
  type CreateGoalInput,
  type GoalCheckinInput,
  type GoalHistory,
  type GoalHistoryOptions,
  type GoalProgressOptions,
  type GoalsInForceOptions,
  type GoalWriteResult,
  type RetireGoalInput,
  type ReviseGoalInput,
  type TrainkitGoalProgress,
  type TrainkitGoals,
} from './goals/index.js';
export {
  BlockOutsideCycleError,
  formatMeasureValue,
  GOAL_PROGRESS_STATUSES,
  GOAL_TARGET_TYPES,
  GoalProgressSchema,
  GoalRetiredError,
  GoalRevisionConflictError,
  GoalTargetSchema,
  MacroCycleOverlapError,
  type GoalObservation,
  type GoalProgress,
  type GoalProgressStatus,
  type GoalTarget,
  type GoalTargetInput,
  type GoalTimelineEntry,
} from '@trainkit/goals';

export {
  PLAN_SESSION_OUTCOMES,
  PlannedSessionPlanSchema,
  PlanRecommendationResultSchema,
  RecommendationSetMarkerSchema,
  RecommendationSetSchema,
  TRAINKIT_PLAN_ADHERENCE_FORMAT,
  TRAINKIT_PLAN_LIST_FORMAT,
  TrainkitPlanAdherenceSchema,
  TrainkitPlanListSchema,
  type PlanAdherenceOptions,
  type PlanListOptions,
  type PlannedSessionPlan,
  type PlanRecommendationResult,
  type PlanRecommendOptions,
  type RecommendationSet,
  type RecommendationSetMarker,
  type TrainkitPlan,
  type TrainkitPlanAdherence,
  type TrainkitPlanList,
} from './plan/index.js';
