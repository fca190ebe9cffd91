import type { z } from 'zod';
import { entityIdSchema } from './entity-id-pattern.js';

/**
 * Id of a user (owner of every user-scoped row): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserIdSchema.parse('usr_01');
 * ```
 */
export const UserIdSchema = entityIdSchema().brand<'UserId'>();
/**
 * A branded id, see {@link UserIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserId = UserIdSchema.parse('usr_01');
 * ```
 */
export type UserId = z.output<typeof UserIdSchema>;

/**
 * Id of a linked provider account: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ExternalProviderAccountIdSchema.parse('acct_01');
 * ```
 */
export const ExternalProviderAccountIdSchema = entityIdSchema().brand<'ExternalProviderAccountId'>();
/**
 * A branded id, see {@link ExternalProviderAccountIdSchema}.
 *
 * @example
 * ```ts
 * const id: ExternalProviderAccountId = ExternalProviderAccountIdSchema.parse('acct_01');
 * ```
 */
export type ExternalProviderAccountId = z.output<typeof ExternalProviderAccountIdSchema>;

/**
 * Id of an ingestion run (`external_ingestion_runs.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = IngestionRunIdSchema.parse('run_01');
 * ```
 */
export const IngestionRunIdSchema = entityIdSchema().brand<'IngestionRunId'>();
/**
 * A branded id, see {@link IngestionRunIdSchema}.
 *
 * @example
 * ```ts
 * const id: IngestionRunId = IngestionRunIdSchema.parse('run_01');
 * ```
 */
export type IngestionRunId = z.output<typeof IngestionRunIdSchema>;

/**
 * Id of a raw provider record in the raw lake: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ExternalActivityRecordIdSchema.parse('raw_01');
 * ```
 */
export const ExternalActivityRecordIdSchema = entityIdSchema().brand<'ExternalActivityRecordId'>();
/**
 * A branded id, see {@link ExternalActivityRecordIdSchema}.
 *
 * @example
 * ```ts
 * const id: ExternalActivityRecordId = ExternalActivityRecordIdSchema.parse('raw_01');
 * ```
 */
export type ExternalActivityRecordId = z.output<typeof ExternalActivityRecordIdSchema>;

/**
 * Id of a raw metric stream of a provider record: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ExternalMetricStreamIdSchema.parse('stream_01');
 * ```
 */
export const ExternalMetricStreamIdSchema = entityIdSchema().brand<'ExternalMetricStreamId'>();
/**
 * A branded id, see {@link ExternalMetricStreamIdSchema}.
 *
 * @example
 * ```ts
 * const id: ExternalMetricStreamId = ExternalMetricStreamIdSchema.parse('stream_01');
 * ```
 */
export type ExternalMetricStreamId = z.output<typeof ExternalMetricStreamIdSchema>;

/**
 * Id of an activity definition (taxonomy entry): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ActivityDefinitionIdSchema.parse('running');
 * ```
 */
export const ActivityDefinitionIdSchema = entityIdSchema().brand<'ActivityDefinitionId'>();
/**
 * A branded id, see {@link ActivityDefinitionIdSchema}.
 *
 * @example
 * ```ts
 * const id: ActivityDefinitionId = ActivityDefinitionIdSchema.parse('running');
 * ```
 */
export type ActivityDefinitionId = z.output<typeof ActivityDefinitionIdSchema>;

/**
 * Id of a performed activity (also the id of its `workout_logs` view row): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ActivityInstanceIdSchema.parse('act_01');
 * ```
 */
export const ActivityInstanceIdSchema = entityIdSchema().brand<'ActivityInstanceId'>();
/**
 * A branded id, see {@link ActivityInstanceIdSchema}.
 *
 * @example
 * ```ts
 * const id: ActivityInstanceId = ActivityInstanceIdSchema.parse('act_01');
 * ```
 */
export type ActivityInstanceId = z.output<typeof ActivityInstanceIdSchema>;

/**
 * Id of a link between an activity instance and its sources: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ActivityInstanceLinkIdSchema.parse('link_01');
 * ```
 */
export const ActivityInstanceLinkIdSchema = entityIdSchema().brand<'ActivityInstanceLinkId'>();
/**
 * A branded id, see {@link ActivityInstanceLinkIdSchema}.
 *
 * @example
 * ```ts
 * const id: ActivityInstanceLinkId = ActivityInstanceLinkIdSchema.parse('link_01');
 * ```
 */
export type ActivityInstanceLinkId = z.output<typeof ActivityInstanceLinkIdSchema>;

/**
 * Id of a discipline (crossfit, hyrox, powerlifting, ...): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = DisciplineIdSchema.parse('powerlifting');
 * ```
 */
export const DisciplineIdSchema = entityIdSchema().brand<'DisciplineId'>();
/**
 * A branded id, see {@link DisciplineIdSchema}.
 *
 * @example
 * ```ts
 * const id: DisciplineId = DisciplineIdSchema.parse('powerlifting');
 * ```
 */
export type DisciplineId = z.output<typeof DisciplineIdSchema>;

/**
 * Id of a user's preference for a discipline: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserDisciplinePreferenceIdSchema.parse('pref_01');
 * ```
 */
export const UserDisciplinePreferenceIdSchema = entityIdSchema().brand<'UserDisciplinePreferenceId'>();
/**
 * A branded id, see {@link UserDisciplinePreferenceIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserDisciplinePreferenceId = UserDisciplinePreferenceIdSchema.parse('pref_01');
 * ```
 */
export type UserDisciplinePreferenceId = z.output<typeof UserDisciplinePreferenceIdSchema>;

/**
 * Id of a macro cycle (about 12 months): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = MacroCycleIdSchema.parse('macro_01');
 * ```
 */
export const MacroCycleIdSchema = entityIdSchema().brand<'MacroCycleId'>();
/**
 * A branded id, see {@link MacroCycleIdSchema}.
 *
 * @example
 * ```ts
 * const id: MacroCycleId = MacroCycleIdSchema.parse('macro_01');
 * ```
 */
export type MacroCycleId = z.output<typeof MacroCycleIdSchema>;

/**
 * Id of a training program: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ProgramIdSchema.parse('prog_01');
 * ```
 */
export const ProgramIdSchema = entityIdSchema().brand<'ProgramId'>();
/**
 * A branded id, see {@link ProgramIdSchema}.
 *
 * @example
 * ```ts
 * const id: ProgramId = ProgramIdSchema.parse('prog_01');
 * ```
 */
export type ProgramId = z.output<typeof ProgramIdSchema>;

/**
 * Id of a program-discipline link: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ProgramDisciplineIdSchema.parse('progdisc_01');
 * ```
 */
export const ProgramDisciplineIdSchema = entityIdSchema().brand<'ProgramDisciplineId'>();
/**
 * A branded id, see {@link ProgramDisciplineIdSchema}.
 *
 * @example
 * ```ts
 * const id: ProgramDisciplineId = ProgramDisciplineIdSchema.parse('progdisc_01');
 * ```
 */
export type ProgramDisciplineId = z.output<typeof ProgramDisciplineIdSchema>;

/**
 * Id of one revision of a goal (`goals.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = GoalIdSchema.parse('goal_01_r1');
 * ```
 */
export const GoalIdSchema = entityIdSchema().brand<'GoalId'>();
/**
 * A branded id, see {@link GoalIdSchema}.
 *
 * @example
 * ```ts
 * const id: GoalId = GoalIdSchema.parse('goal_01_r1');
 * ```
 */
export type GoalId = z.output<typeof GoalIdSchema>;

/**
 * Id of a goal lineage: every revision of one goal shares it (`goals.goal_key`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = GoalKeySchema.parse('goal_01');
 * ```
 */
export const GoalKeySchema = entityIdSchema().brand<'GoalKey'>();
/**
 * A branded id, see {@link GoalKeySchema}.
 *
 * @example
 * ```ts
 * const id: GoalKey = GoalKeySchema.parse('goal_01');
 * ```
 */
export type GoalKey = z.output<typeof GoalKeySchema>;

/**
 * Id of a goal check-in: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = GoalCheckinIdSchema.parse('checkin_01');
 * ```
 */
export const GoalCheckinIdSchema = entityIdSchema().brand<'GoalCheckinId'>();
/**
 * A branded id, see {@link GoalCheckinIdSchema}.
 *
 * @example
 * ```ts
 * const id: GoalCheckinId = GoalCheckinIdSchema.parse('checkin_01');
 * ```
 */
export type GoalCheckinId = z.output<typeof GoalCheckinIdSchema>;

/**
 * Id of a biometric measurement: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserBiometricIdSchema.parse('bio_01');
 * ```
 */
export const UserBiometricIdSchema = entityIdSchema().brand<'UserBiometricId'>();
/**
 * A branded id, see {@link UserBiometricIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserBiometricId = UserBiometricIdSchema.parse('bio_01');
 * ```
 */
export type UserBiometricId = z.output<typeof UserBiometricIdSchema>;

/**
 * Id of a skill profile row: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserSkillProfileIdSchema.parse('skill_01');
 * ```
 */
export const UserSkillProfileIdSchema = entityIdSchema().brand<'UserSkillProfileId'>();
/**
 * A branded id, see {@link UserSkillProfileIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserSkillProfileId = UserSkillProfileIdSchema.parse('skill_01');
 * ```
 */
export type UserSkillProfileId = z.output<typeof UserSkillProfileIdSchema>;

/**
 * Id of a movement (exercise) definition: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = MovementIdSchema.parse('back_squat');
 * ```
 */
export const MovementIdSchema = entityIdSchema().brand<'MovementId'>();
/**
 * A branded id, see {@link MovementIdSchema}.
 *
 * @example
 * ```ts
 * const id: MovementId = MovementIdSchema.parse('back_squat');
 * ```
 */
export type MovementId = z.output<typeof MovementIdSchema>;

/**
 * Id of an edge of the movement graph: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = MovementProgressionIdSchema.parse('prog_edge_01');
 * ```
 */
export const MovementProgressionIdSchema = entityIdSchema().brand<'MovementProgressionId'>();
/**
 * A branded id, see {@link MovementProgressionIdSchema}.
 *
 * @example
 * ```ts
 * const id: MovementProgressionId = MovementProgressionIdSchema.parse('prog_edge_01');
 * ```
 */
export type MovementProgressionId = z.output<typeof MovementProgressionIdSchema>;

/**
 * Id of a muscle: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = MuscleIdSchema.parse('quadriceps');
 * ```
 */
export const MuscleIdSchema = entityIdSchema().brand<'MuscleId'>();
/**
 * A branded id, see {@link MuscleIdSchema}.
 *
 * @example
 * ```ts
 * const id: MuscleId = MuscleIdSchema.parse('quadriceps');
 * ```
 */
export type MuscleId = z.output<typeof MuscleIdSchema>;

/**
 * Id of a cached fatigue state row: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserFatigueStateIdSchema.parse('fat_01');
 * ```
 */
export const UserFatigueStateIdSchema = entityIdSchema().brand<'UserFatigueStateId'>();
/**
 * A branded id, see {@link UserFatigueStateIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserFatigueStateId = UserFatigueStateIdSchema.parse('fat_01');
 * ```
 */
export type UserFatigueStateId = z.output<typeof UserFatigueStateIdSchema>;

/**
 * Id of a planned session: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = PlannedSessionIdSchema.parse('sess_01');
 * ```
 */
export const PlannedSessionIdSchema = entityIdSchema().brand<'PlannedSessionId'>();
/**
 * A branded id, see {@link PlannedSessionIdSchema}.
 *
 * @example
 * ```ts
 * const id: PlannedSessionId = PlannedSessionIdSchema.parse('sess_01');
 * ```
 */
export type PlannedSessionId = z.output<typeof PlannedSessionIdSchema>;

/**
 * Id of an exercise of a planned session: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = PlannedSessionExerciseIdSchema.parse('sessex_01');
 * ```
 */
export const PlannedSessionExerciseIdSchema = entityIdSchema().brand<'PlannedSessionExerciseId'>();
/**
 * A branded id, see {@link PlannedSessionExerciseIdSchema}.
 *
 * @example
 * ```ts
 * const id: PlannedSessionExerciseId = PlannedSessionExerciseIdSchema.parse('sessex_01');
 * ```
 */
export type PlannedSessionExerciseId = z.output<typeof PlannedSessionExerciseIdSchema>;

/**
 * Id of a user's constraint on a movement: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = UserMovementConstraintIdSchema.parse('constraint_01');
 * ```
 */
export const UserMovementConstraintIdSchema = entityIdSchema().brand<'UserMovementConstraintId'>();
/**
 * A branded id, see {@link UserMovementConstraintIdSchema}.
 *
 * @example
 * ```ts
 * const id: UserMovementConstraintId = UserMovementConstraintIdSchema.parse('constraint_01');
 * ```
 */
export type UserMovementConstraintId = z.output<typeof UserMovementConstraintIdSchema>;

/**
 * Id of one performed strength set: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ActivityStrengthSetIdSchema.parse('set_01');
 * ```
 */
export const ActivityStrengthSetIdSchema = entityIdSchema().brand<'ActivityStrengthSetId'>();
/**
 * A branded id, see {@link ActivityStrengthSetIdSchema}.
 *
 * @example
 * ```ts
 * const id: ActivityStrengthSetId = ActivityStrengthSetIdSchema.parse('set_01');
 * ```
 */
export type ActivityStrengthSetId = z.output<typeof ActivityStrengthSetIdSchema>;

/**
 * Id of a recovery signal: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = RecoverySignalIdSchema.parse('rec_sig_01');
 * ```
 */
export const RecoverySignalIdSchema = entityIdSchema().brand<'RecoverySignalId'>();
/**
 * A branded id, see {@link RecoverySignalIdSchema}.
 *
 * @example
 * ```ts
 * const id: RecoverySignalId = RecoverySignalIdSchema.parse('rec_sig_01');
 * ```
 */
export type RecoverySignalId = z.output<typeof RecoverySignalIdSchema>;

/**
 * Id of a recommendation: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = RecommendationIdSchema.parse('reco_01');
 * ```
 */
export const RecommendationIdSchema = entityIdSchema().brand<'RecommendationId'>();
/**
 * A branded id, see {@link RecommendationIdSchema}.
 *
 * @example
 * ```ts
 * const id: RecommendationId = RecommendationIdSchema.parse('reco_01');
 * ```
 */
export type RecommendationId = z.output<typeof RecommendationIdSchema>;

/**
 * Id of one metric sample: 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = MetricSampleIdSchema.parse('sample_01');
 * ```
 */
export const MetricSampleIdSchema = entityIdSchema().brand<'MetricSampleId'>();
/**
 * A branded id, see {@link MetricSampleIdSchema}.
 *
 * @example
 * ```ts
 * const id: MetricSampleId = MetricSampleIdSchema.parse('sample_01');
 * ```
 */
export type MetricSampleId = z.output<typeof MetricSampleIdSchema>;

/**
 * Id of a legacy workout log (the `workout_logs` view exposes activity instance ids under this name): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = WorkoutLogIdSchema.parse('wl_01');
 * ```
 */
export const WorkoutLogIdSchema = entityIdSchema().brand<'WorkoutLogId'>();
/**
 * A branded id, see {@link WorkoutLogIdSchema}.
 *
 * @example
 * ```ts
 * const id: WorkoutLogId = WorkoutLogIdSchema.parse('wl_01');
 * ```
 */
export type WorkoutLogId = z.output<typeof WorkoutLogIdSchema>;

/**
 * Id of an earlier version of a raw record (`external_record_revisions.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ExternalRecordRevisionIdSchema.parse('raw_01@1');
 * ```
 */
export const ExternalRecordRevisionIdSchema = entityIdSchema().brand<'ExternalRecordRevisionId'>();
/**
 * A branded id, see {@link ExternalRecordRevisionIdSchema}.
 *
 * @example
 * ```ts
 * const id: ExternalRecordRevisionId = ExternalRecordRevisionIdSchema.parse('raw_01@1');
 * ```
 */
export type ExternalRecordRevisionId = z.output<typeof ExternalRecordRevisionIdSchema>;

/**
 * Id of a recorded ingestion failure (`ingestion_failures.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = IngestionFailureIdSchema.parse('fail_01');
 * ```
 */
export const IngestionFailureIdSchema = entityIdSchema().brand<'IngestionFailureId'>();
/**
 * A branded id, see {@link IngestionFailureIdSchema}.
 *
 * @example
 * ```ts
 * const id: IngestionFailureId = IngestionFailureIdSchema.parse('fail_01');
 * ```
 */
export type IngestionFailureId = z.output<typeof IngestionFailureIdSchema>;

/**
 * Id of a merge or unmerge decision of the dedup (`activity_merge_decisions.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ActivityMergeDecisionIdSchema.parse('merge_01');
 * ```
 */
export const ActivityMergeDecisionIdSchema = entityIdSchema().brand<'ActivityMergeDecisionId'>();
/**
 * A branded id, see {@link ActivityMergeDecisionIdSchema}.
 *
 * @example
 * ```ts
 * const id: ActivityMergeDecisionId = ActivityMergeDecisionIdSchema.parse('merge_01');
 * ```
 */
export type ActivityMergeDecisionId = z.output<typeof ActivityMergeDecisionIdSchema>;

/**
 * Id of a whole-day total (`daily_activity_totals.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = DailyActivityTotalIdSchema.parse('total_01');
 * ```
 */
export const DailyActivityTotalIdSchema = entityIdSchema().brand<'DailyActivityTotalId'>();
/**
 * A branded id, see {@link DailyActivityTotalIdSchema}.
 *
 * @example
 * ```ts
 * const id: DailyActivityTotalId = DailyActivityTotalIdSchema.parse('total_01');
 * ```
 */
export type DailyActivityTotalId = z.output<typeof DailyActivityTotalIdSchema>;

/**
 * Id of a received provider webhook delivery (`provider_webhook_deliveries.id`): 1..128 letters, digits or `_ . : @ -` (see `ENTITY_ID_PATTERN`), branded so ids of different entities cannot be mixed up.
 *
 * @example
 * ```ts
 * const id = ProviderWebhookDeliveryIdSchema.parse('whd_01');
 * ```
 */
export const ProviderWebhookDeliveryIdSchema = entityIdSchema().brand<'ProviderWebhookDeliveryId'>();
/**
 * A branded id, see {@link ProviderWebhookDeliveryIdSchema}.
 *
 * @example
 * ```ts
 * const id: ProviderWebhookDeliveryId = ProviderWebhookDeliveryIdSchema.parse('whd_01');
 * ```
 */
export type ProviderWebhookDeliveryId = z.output<typeof ProviderWebhookDeliveryIdSchema>;
