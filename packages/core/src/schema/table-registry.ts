import type { z } from 'zod';
import { NotFoundError } from '../errors/not-found-error.js';
import { defineTable } from './define-table.js';
import { ActivityDefinitionInsertSchema, ActivityDefinitionRowSchema } from './activity-definition.js';
import { ActivityInstanceInsertSchema, ActivityInstanceRowSchema } from './activity-instance.js';
import { ActivityInstanceLinkInsertSchema, ActivityInstanceLinkRowSchema } from './activity-instance-link.js';
import { ActivityMergeDecisionInsertSchema, ActivityMergeDecisionRowSchema } from './activity-merge-decision.js';
import { ActivityMuscleMapInsertSchema, ActivityMuscleMapRowSchema } from './activity-muscle-map.js';
import { ActivityStrengthSetInsertSchema, ActivityStrengthSetRowSchema } from './activity-strength-set.js';
import { DailyActivityTotalInsertSchema, DailyActivityTotalRowSchema } from './daily-activity-total.js';
import { DisciplineInsertSchema, DisciplineRowSchema } from './discipline.js';
import { ExternalActivityRecordInsertSchema, ExternalActivityRecordRowSchema } from './external-activity-record.js';
import { ExternalIngestionRunInsertSchema, ExternalIngestionRunRowSchema } from './external-ingestion-run.js';
import { ExternalMetricStreamInsertSchema, ExternalMetricStreamRowSchema } from './external-metric-stream.js';
import { ExternalProviderAccountInsertSchema, ExternalProviderAccountRowSchema } from './external-provider-account.js';
import { ExternalRecordRevisionInsertSchema, ExternalRecordRevisionRowSchema } from './external-record-revision.js';
import { GoalCheckinInsertSchema, GoalCheckinRowSchema } from './goal-checkin.js';
import { GoalInsertSchema, GoalRowSchema } from './goal.js';
import { IngestionFailureInsertSchema, IngestionFailureRowSchema } from './ingestion-failure.js';
import { MacroCycleInsertSchema, MacroCycleRowSchema } from './macro-cycle.js';
import { MetricSampleInsertSchema, MetricSampleRowSchema } from './metric-sample.js';
import { MovementInsertSchema, MovementRowSchema } from './movement.js';
import { MovementMuscleMapInsertSchema, MovementMuscleMapRowSchema } from './movement-muscle-map.js';
import { MovementProgressionInsertSchema, MovementProgressionRowSchema } from './movement-progression.js';
import { MuscleInsertSchema, MuscleRowSchema } from './muscle.js';
import { PlannedSessionExerciseInsertSchema, PlannedSessionExerciseRowSchema } from './planned-session-exercise.js';
import { PlannedSessionInsertSchema, PlannedSessionRowSchema } from './planned-session.js';
import { ProgramDisciplineInsertSchema, ProgramDisciplineRowSchema } from './program-discipline.js';
import { ProgramInsertSchema, ProgramRowSchema } from './program.js';
import { ProviderWebhookDeliveryInsertSchema, ProviderWebhookDeliveryRowSchema } from './provider-webhook-delivery.js';
import { RecommendationInsertSchema, RecommendationRowSchema } from './recommendation.js';
import { RecoverySignalInsertSchema, RecoverySignalRowSchema } from './recovery-signal.js';
import { UserBiometricInsertSchema, UserBiometricRowSchema } from './user-biometric.js';
import { UserDisciplinePreferenceInsertSchema, UserDisciplinePreferenceRowSchema } from './user-discipline-preference.js';
import { UserFatigueStateInsertSchema, UserFatigueStateRowSchema } from './user-fatigue-state.js';
import { UserInsertSchema, UserRowSchema } from './user.js';
import { UserMovementConstraintInsertSchema, UserMovementConstraintRowSchema } from './user-movement-constraint.js';
import { UserProfileInsertSchema, UserProfileRowSchema } from './user-profile.js';
import { UserSettingsInsertSchema, UserSettingsRowSchema } from './user-settings.js';
import { UserSkillProfileInsertSchema, UserSkillProfileRowSchema } from './user-skill-profile.js';
import type { TableDefinition } from './table-definition.js';

/**
 * Every table of trainkit, parents before children (a valid creation order; drop in reverse). This is the schema
 * source of truth: the storage adapter creates tables, keys and indexes from it, the data dictionary is rendered from
 * it, and drift tests compare databases against it. Column lists are derived from each row schema, so a column
 * exists in the registry exactly when it exists in the row type.
 *
 * `workout_logs` is not here: it is a view over `activity_instances` (see `WORKOUT_LOGS_VIEW`).
 *
 * @example
 * ```ts
 * for (const table of TABLES) console.log(table.name, table.columns.length);
 * ```
 */
export const TABLES = [
  defineTable({
    name: 'users',
    description:
      'One athlete. Every user-scoped row references it; deleting a user cascades to all their rows.',
    rowSchema: UserRowSchema,
    insertSchema: UserInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
  }),
  defineTable({
    name: 'disciplines',
    description:
      'A training discipline (crossfit, hyrox, powerlifting, running, ...). Global reference data.',
    rowSchema: DisciplineRowSchema,
    insertSchema: DisciplineInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
    uniqueKeys: [['slug']],
  }),
  defineTable({
    name: 'muscles',
    description:
      'A muscle (or muscle group) that accumulates fatigue. Global reference data.',
    rowSchema: MuscleRowSchema,
    insertSchema: MuscleInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
  }),
  defineTable({
    name: 'movements',
    description:
      'An exercise definition (back squat, pull-up, ...). Global reference data.',
    rowSchema: MovementRowSchema,
    insertSchema: MovementInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
    uniqueKeys: [['slug']],
    indexes: [['pattern']],
  }),
  defineTable({
    name: 'activity_definitions',
    description:
      'What an activity is (taxonomy): running, tennis, hiking, strength training, ... Global reference data; instances point at it.',
    rowSchema: ActivityDefinitionRowSchema,
    insertSchema: ActivityDefinitionInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
    foreignKeys: [
      { columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['slug']],
    indexes: [['discipline_id']],
  }),
  defineTable({
    name: 'movement_muscle_map',
    description:
      'How much each muscle works in a movement. Global reference data; primary key (movement_id, muscle_id).',
    rowSchema: MovementMuscleMapRowSchema,
    insertSchema: MovementMuscleMapInsertSchema,
    primaryKey: ['movement_id', 'muscle_id'],
    userScoped: false,
    foreignKeys: [
      { columns: ['movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['muscle_id'], references: { table: 'muscles', columns: ['id'] }, onDelete: 'cascade' },
    ],
    indexes: [['muscle_id']],
  }),
  defineTable({
    name: 'activity_muscle_map',
    description:
      'How much, and in which role, each muscle works in an activity without set-level detail (running, tennis, ...). Global reference data; primary key (activity_definition_id, muscle_id).',
    rowSchema: ActivityMuscleMapRowSchema,
    insertSchema: ActivityMuscleMapInsertSchema,
    primaryKey: ['activity_definition_id', 'muscle_id'],
    userScoped: false,
    foreignKeys: [
      { columns: ['activity_definition_id'], references: { table: 'activity_definitions', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['muscle_id'], references: { table: 'muscles', columns: ['id'] }, onDelete: 'cascade' },
    ],
    indexes: [['muscle_id']],
  }),
  defineTable({
    name: 'movement_progressions',
    description:
      'A directed edge of the movement graph (progression, regression or variation). Global reference data.',
    rowSchema: MovementProgressionRowSchema,
    insertSchema: MovementProgressionInsertSchema,
    primaryKey: ['id'],
    userScoped: false,
    foreignKeys: [
      { columns: ['source_movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['target_movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'cascade' },
    ],
    uniqueKeys: [['source_movement_id', 'target_movement_id', 'relationship_type']],
    indexes: [['target_movement_id']],
  }),
  defineTable({
    name: 'user_profile',
    description:
      'Demographics of a user (one row per user, primary key user_id). Time-varying body measurements live in `user_biometrics_history`.',
    rowSchema: UserProfileRowSchema,
    insertSchema: UserProfileInsertSchema,
    primaryKey: ['user_id'],
    userScoped: true,
  }),
  defineTable({
    name: 'user_settings',
    description:
      'One row per user: the canonical settings surface (the API input schema and this row are the same `UserSettingsSchema`).',
    rowSchema: UserSettingsRowSchema,
    insertSchema: UserSettingsInsertSchema,
    primaryKey: ['user_id'],
    userScoped: true,
  }),
  defineTable({
    name: 'external_provider_accounts',
    description:
      'A user\'s link to a provider account (OAuth tokens encrypted by the token vault).',
    rowSchema: ExternalProviderAccountRowSchema,
    insertSchema: ExternalProviderAccountInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    uniqueKeys: [['user_id', 'provider', 'external_user_id']],
    indexes: [['provider', 'external_user_id']],
  }),
  defineTable({
    name: 'external_ingestion_runs',
    description:
      'One ingestion run (sync, webhook, file import, replay): when it ran, how it ended and where to resume.',
    rowSchema: ExternalIngestionRunRowSchema,
    insertSchema: ExternalIngestionRunInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    indexes: [['user_id', 'provider', 'started_at'], ['user_id', 'started_at']],
  }),
  defineTable({
    name: 'external_activity_records',
    description:
      'The raw lake: one provider record exactly as received, keyed by (user_id, provider, external_id). Canonical rows can be rebuilt from it at any time.',
    rowSchema: ExternalActivityRecordRowSchema,
    insertSchema: ExternalActivityRecordInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'no action' },
    ],
    uniqueKeys: [['user_id', 'provider', 'external_id']],
    indexes: [['user_id', 'start_time'], ['user_id', 'normalization_status'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'external_metric_streams',
    description:
      'A raw time series (heart rate, pace, power, cadence, ...) attached to a raw record, kept exactly as received.',
    rowSchema: ExternalMetricStreamRowSchema,
    insertSchema: ExternalMetricStreamInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_activity_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'cascade' },
    ],
    uniqueKeys: [['external_activity_record_id', 'stream_type']],
    indexes: [['user_id', 'stream_type']],
  }),
  defineTable({
    name: 'external_record_revisions',
    description:
      'An earlier version of a raw record: when a payload with another content hash arrives, the version it replaces is copied here first (the record row then holds the new payload with revision + 1), so no payload is ever lost.',
    rowSchema: ExternalRecordRevisionRowSchema,
    insertSchema: ExternalRecordRevisionInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_activity_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'no action' },
    ],
    uniqueKeys: [['external_activity_record_id', 'revision']],
    indexes: [['user_id', 'external_activity_record_id'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'ingestion_failures',
    description:
      'One payload or record of an ingestion run that could not be read or normalized: typed error code, message and path, beside its raw data (the stored raw record, the parsed payload, or the raw text when it was not JSON).',
    rowSchema: IngestionFailureRowSchema,
    insertSchema: IngestionFailureInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['external_activity_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'ingestion_run_id'], ['ingestion_run_id'], ['external_activity_record_id']],
  }),
  defineTable({
    name: 'provider_webhook_deliveries',
    description:
      'One webhook delivery a provider pushed, stored before it is acknowledged and processed afterwards (status, attempts, error, the run that processed it). Unique per (provider, delivery_key) across all users, so a delivery sent twice is detected by the insert; `received` rows are what crash recovery drains, oldest first.',
    rowSchema: ProviderWebhookDeliveryRowSchema,
    insertSchema: ProviderWebhookDeliveryInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    uniqueKeys: [['provider', 'delivery_key']],
    indexes: [['status', 'received_at'], ['user_id', 'received_at'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'macro_cycles',
    description:
      'A long training period (about 12 months) that goals and programs hang under.',
    rowSchema: MacroCycleRowSchema,
    insertSchema: MacroCycleInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    indexes: [['user_id', 'start_date']],
  }),
  defineTable({
    name: 'programs',
    description:
      'A training program (typically a 12-week block). `goal_1..3` are a snapshot derived from `goals`, never the source of truth.',
    rowSchema: ProgramRowSchema,
    insertSchema: ProgramInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['macro_cycle_id'], references: { table: 'macro_cycles', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'start_date'], ['macro_cycle_id']],
  }),
  defineTable({
    name: 'program_disciplines',
    description:
      'The disciplines a program trains (normalized join, replaces a disciplines JSON list).',
    rowSchema: ProgramDisciplineRowSchema,
    insertSchema: ProgramDisciplineInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['program_id'], references: { table: 'programs', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['program_id', 'discipline_id']],
    indexes: [['user_id', 'discipline_id']],
  }),
  defineTable({
    name: 'goals',
    description:
      'One revision of a versioned goal. All revisions of a goal share `goal_key`; `revision` counts 1, 2, ...; a revision is in force from `effective_from` until `effective_to` (null = current). Revisions are never edited in place: changing a goal closes the current revision and inserts the next.',
    rowSchema: GoalRowSchema,
    insertSchema: GoalInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['macro_cycle_id'], references: { table: 'macro_cycles', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['program_id'], references: { table: 'programs', columns: ['id'] }, onDelete: 'set null' },
    ],
    uniqueKeys: [['user_id', 'goal_key', 'revision']],
    indexes: [['user_id', 'effective_from'], ['user_id', 'status'], ['macro_cycle_id'], ['program_id']],
  }),
  defineTable({
    name: 'goal_checkins',
    description:
      'A progress check-in on a goal, recorded against the revision in force that day.',
    rowSchema: GoalCheckinRowSchema,
    insertSchema: GoalCheckinInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['goal_id'], references: { table: 'goals', columns: ['id'] }, onDelete: 'cascade' },
    ],
    indexes: [['user_id', 'goal_key', 'date'], ['goal_id']],
  }),
  defineTable({
    name: 'planned_sessions',
    description:
      'A session planned for a day (the brief\'s `sessions`), usually generated by a program.',
    rowSchema: PlannedSessionRowSchema,
    insertSchema: PlannedSessionInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['program_id'], references: { table: 'programs', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] }, onDelete: 'restrict' },
      { columns: ['activity_definition_id'], references: { table: 'activity_definitions', columns: ['id'] }, onDelete: 'restrict' },
    ],
    indexes: [['user_id', 'scheduled_date'], ['program_id', 'scheduled_date']],
  }),
  defineTable({
    name: 'planned_session_exercises',
    description:
      'One exercise prescription of a planned session (the brief\'s `session_exercises`).',
    rowSchema: PlannedSessionExerciseRowSchema,
    insertSchema: PlannedSessionExerciseInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['planned_session_id'], references: { table: 'planned_sessions', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['planned_session_id', 'order_index']],
    indexes: [['user_id', 'movement_id']],
  }),
  defineTable({
    name: 'activity_instances',
    description:
      'The canonical performed activity (a workout, a run, a tennis match), whether logged by hand, imported or completed from a plan. Several raw records of one real-world session are merged into one instance (see `activity_instance_links`).',
    rowSchema: ActivityInstanceRowSchema,
    insertSchema: ActivityInstanceInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['planned_session_id'], references: { table: 'planned_sessions', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['activity_definition_id'], references: { table: 'activity_definitions', columns: ['id'] }, onDelete: 'restrict' },
      { columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] }, onDelete: 'restrict' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'performed_start'], ['user_id', 'local_date'], ['user_id', 'discipline_id', 'local_date'], ['planned_session_id'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'activity_instance_links',
    description:
      'Links an activity instance to the raw records it was built from or merged with (dedup), or to a legacy workout log id.',
    rowSchema: ActivityInstanceLinkRowSchema,
    insertSchema: ActivityInstanceLinkInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['external_activity_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'cascade' },
    ],
    uniqueKeys: [['external_activity_record_id']],
    indexes: [['activity_instance_id'], ['user_id', 'workout_log_id']],
  }),
  defineTable({
    name: 'activity_merge_decisions',
    description:
      'One decision of the cross-provider dedup, appended and never edited: a `merge` (raw records of one real-world session joined into one activity instance) or an `unmerge` (a record split out again, which later matching and replays respect), with confidence, reasons and the source of each field.',
    rowSchema: ActivityMergeDecisionRowSchema,
    insertSchema: ActivityMergeDecisionInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['external_activity_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['counterpart_instance_id'], references: { table: 'activity_instances', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [
      ['user_id', 'activity_instance_id'],
      ['user_id', 'external_activity_record_id'],
      ['activity_instance_id'],
      ['external_activity_record_id'],
      ['counterpart_instance_id'],
      ['ingestion_run_id'],
    ],
  }),
  defineTable({
    name: 'activity_strength_sets',
    description:
      'One performed set of a movement within an activity instance (set-level detail for load and tonnage).',
    rowSchema: ActivityStrengthSetRowSchema,
    insertSchema: ActivityStrengthSetInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'restrict' },
      { columns: ['planned_session_exercise_id'], references: { table: 'planned_session_exercises', columns: ['id'] }, onDelete: 'set null' },
    ],
    uniqueKeys: [['activity_instance_id', 'set_index']],
    indexes: [['user_id', 'movement_id'], ['planned_session_exercise_id']],
  }),
  defineTable({
    name: 'metric_samples',
    description:
      'One normalized time-series sample (heart rate, power, steps, ...), from a raw stream or entered directly.',
    rowSchema: MetricSampleRowSchema,
    insertSchema: MetricSampleInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_metric_stream_id'], references: { table: 'external_metric_streams', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] }, onDelete: 'cascade' },
    ],
    indexes: [['user_id', 'metric_type', 'recorded_at'], ['activity_instance_id', 'metric_type', 'recorded_at'], ['external_metric_stream_id', 'recorded_at']],
  }),
  defineTable({
    name: 'user_discipline_preferences',
    description:
      'How much a user wants to train a discipline; one row per (user_id, discipline_id).',
    rowSchema: UserDisciplinePreferenceRowSchema,
    insertSchema: UserDisciplinePreferenceInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['user_id', 'discipline_id']],
  }),
  defineTable({
    name: 'user_biometrics_history',
    description:
      'One body measurement (weight, body fat, resting HR, HRV, VO2max, ...) on a day, manual or from a provider.',
    rowSchema: UserBiometricRowSchema,
    insertSchema: UserBiometricInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'metric_type', 'date'], ['external_record_id'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'recovery_signals',
    description:
      'A recovery measurement (sleep, HRV, readiness, soreness, ...) with its raw payload kept in `raw_payload_json`.',
    rowSchema: RecoverySignalRowSchema,
    insertSchema: RecoverySignalInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'signal_type', 'measured_at'], ['user_id', 'local_date'], ['external_record_id'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'daily_activity_totals',
    description:
      'One whole-day total (steps, energy, distance, exercise minutes, ...) of a user\'s local day from one provider; one row per (user_id, provider, local_date, metric_type), replaced when the provider revises the day. Overlapping sources of one provider (phone and watch) are resolved by the normalizer, never summed.',
    rowSchema: DailyActivityTotalRowSchema,
    insertSchema: DailyActivityTotalInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['external_record_id'], references: { table: 'external_activity_records', columns: ['id'] }, onDelete: 'set null' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ],
    uniqueKeys: [['user_id', 'provider', 'local_date', 'metric_type']],
    indexes: [['user_id', 'local_date'], ['external_record_id'], ['ingestion_run_id']],
  }),
  defineTable({
    name: 'user_skill_profiles',
    description:
      'A user\'s skill level in a discipline, movement pattern or movement; one row per (user_id, scope_type, scope_id).',
    rowSchema: UserSkillProfileRowSchema,
    insertSchema: UserSkillProfileInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    uniqueKeys: [['user_id', 'scope_type', 'scope_id']],
  }),
  defineTable({
    name: 'user_movement_constraints',
    description:
      'How a user constrains a movement (preferred, allowed, limited, or `hard_no`: never program it). One row per (user_id, movement_id).',
    rowSchema: UserMovementConstraintRowSchema,
    insertSchema: UserMovementConstraintInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['movement_id'], references: { table: 'movements', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['user_id', 'movement_id']],
  }),
  defineTable({
    name: 'user_fatigue_state',
    description:
      'Cached fatigue per user, local day and scope: one row per muscle (`scope` muscle, `muscle_id` set) plus one systemic row (`scope` systemic, `muscle_id` null). `scope_key` (muscle id or `systemic`) makes (user_id, date, scope_key) unique on every dialect. Recomputable at any time from activities.',
    rowSchema: UserFatigueStateRowSchema,
    insertSchema: UserFatigueStateInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['muscle_id'], references: { table: 'muscles', columns: ['id'] }, onDelete: 'restrict' },
    ],
    uniqueKeys: [['user_id', 'date', 'scope_key']],
    indexes: [['user_id', 'scope_key', 'date']],
  }),
  defineTable({
    name: 'recommendations',
    description:
      'An adaptive recommendation with its full provenance (goal revisions, heuristics config id + version + sha256, ingestion runs, engine version, explanation). Never rewritten: newer recommendations supersede older ones.',
    rowSchema: RecommendationRowSchema,
    insertSchema: RecommendationInsertSchema,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [
      { columns: ['planned_session_id'], references: { table: 'planned_sessions', columns: ['id'] }, onDelete: 'set null' },
    ],
    indexes: [['user_id', 'as_of'], ['user_id', 'status'], ['planned_session_id']],
  }),
] as const;

/**
 * A table definition from {@link TABLES}.
 *
 * @example
 * ```ts
 * function columnCount(table: RegisteredTable) { return table.columns.length; }
 * ```
 */
export type RegisteredTable = (typeof TABLES)[number];

/**
 * Name of a registered table.
 *
 * @example
 * ```ts
 * const name: TableName = 'activity_instances';
 * ```
 */
export type TableName = RegisteredTable['name'];

/**
 * The definition of table `N`, with its precise row and insert schema types.
 *
 * @example
 * ```ts
 * type Schema = TableOf<'goals'>['rowSchema']; // typeof GoalRowSchema
 * ```
 */
export type TableOf<N extends TableName> = Extract<RegisteredTable, { readonly name: N }>;

/**
 * The stored row type of table `N`.
 *
 * @example
 * ```ts
 * const row: TableRow<'muscles'> = { id: MuscleIdSchema.parse('quadriceps'), name: 'Quadriceps', region: 'lower_anterior' };
 * ```
 */
export type TableRow<N extends TableName> = z.output<TableOf<N>['rowSchema']>;

/**
 * What may be inserted into table `N` (input of its insert schema).
 *
 * @example
 * ```ts
 * const input: TableInsert<'users'> = { id: 'usr_01', created_at: '2025-01-01T00:00:00.000Z' };
 * ```
 */
export type TableInsert<N extends TableName> = z.input<TableOf<N>['insertSchema']>;

/**
 * Row types of every table by name (handy for typed query builders such as kysely's `Database` interface).
 *
 * @example
 * ```ts
 * type ActivityRow = TableRows['activity_instances'];
 * ```
 */
export type TableRows = { [N in TableName]: TableRow<N> };

/**
 * Names of every table, in {@link TABLES} order.
 *
 * @example
 * ```ts
 * TABLE_NAMES.includes('goals'); // true
 * ```
 */
export const TABLE_NAMES: readonly TableName[] = TABLES.map((table) => table.name);

const TABLES_BY_NAME: ReadonlyMap<string, RegisteredTable> = new Map(TABLES.map((table) => [table.name, table]));

/**
 * True when `name` is a registered table.
 *
 * @example
 * ```ts
 * isTableName('workout_logs'); // false (it is a view)
 * ```
 */
export function isTableName(name: string): name is TableName {
  return TABLES_BY_NAME.has(name);
}

/**
 * The definition of a table by name; throws a `NotFoundError` for an unknown name.
 *
 * @example
 * ```ts
 * getTable('activity_instances').primaryKey; // ['id']
 * ```
 */
export function getTable<N extends TableName>(name: N): TableOf<N>;
export function getTable(name: string): TableDefinition;
export function getTable(name: string): TableDefinition {
  const table = TABLES_BY_NAME.get(name);
  if (!table) throw new NotFoundError('tables', name);
  return table;
}
