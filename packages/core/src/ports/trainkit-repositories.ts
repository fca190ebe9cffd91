import type { ActivityDefinitionRepository } from './activity-definition-repository.js';
import type { ActivityInstanceLinkRepository } from './activity-instance-link-repository.js';
import type { ActivityInstanceRepository } from './activity-instance-repository.js';
import type { ActivityMergeDecisionRepository } from './activity-merge-decision-repository.js';
import type { ActivityMuscleMapRepository } from './activity-muscle-map-repository.js';
import type { ActivityStrengthSetRepository } from './activity-strength-set-repository.js';
import type { AnalyticsRepository } from './analytics-repository.js';
import type { DailyActivityTotalRepository } from './daily-activity-total-repository.js';
import type { DisciplineRepository } from './discipline-repository.js';
import type { ExternalActivityRecordRepository } from './external-activity-record-repository.js';
import type { ExternalMetricStreamRepository } from './external-metric-stream-repository.js';
import type { ExternalRecordRevisionRepository } from './external-record-revision-repository.js';
import type { GoalCheckinRepository } from './goal-checkin-repository.js';
import type { GoalRepository } from './goal-repository.js';
import type { IngestionFailureRepository } from './ingestion-failure-repository.js';
import type { IngestionRunRepository } from './ingestion-run-repository.js';
import type { MacroCycleRepository } from './macro-cycle-repository.js';
import type { MetricSampleRepository } from './metric-sample-repository.js';
import type { MovementMuscleMapRepository } from './movement-muscle-map-repository.js';
import type { MovementProgressionRepository } from './movement-progression-repository.js';
import type { MovementRepository } from './movement-repository.js';
import type { MuscleRepository } from './muscle-repository.js';
import type { PlannedSessionExerciseRepository } from './planned-session-exercise-repository.js';
import type { PlannedSessionRepository } from './planned-session-repository.js';
import type { ProgramDisciplineRepository } from './program-discipline-repository.js';
import type { ProgramRepository } from './program-repository.js';
import type { ProviderAccountRepository } from './provider-account-repository.js';
import type { RecommendationRepository } from './recommendation-repository.js';
import type { RecoverySignalRepository } from './recovery-signal-repository.js';
import type { UserBiometricRepository } from './user-biometric-repository.js';
import type { UserDisciplinePreferenceRepository } from './user-discipline-preference-repository.js';
import type { UserFatigueStateRepository } from './user-fatigue-state-repository.js';
import type { UserMovementConstraintRepository } from './user-movement-constraint-repository.js';
import type { UserProfileRepository } from './user-profile-repository.js';
import type { UserRepository } from './user-repository.js';
import type { UserSettingsRepository } from './user-settings-repository.js';
import type { UserSkillProfileRepository } from './user-skill-profile-repository.js';
import type { WebhookDeliveryRepository } from './webhook-delivery-repository.js';

/**
 * Every repository, one per table (plus analytics). Both the storage itself and a transaction expose this set, so code
 * written against it runs inside or outside a transaction unchanged.
 *
 * @example
 * ```ts
 * async function logWorkout(repos: TrainkitRepositories, activity: ActivityInstanceInsert, sets: ActivityStrengthSetInsert[]) {
 *   await repos.activityInstances.insert(activity);
 *   await repos.activityStrengthSets.insertMany(sets);
 * }
 * ```
 */
export interface TrainkitRepositories {
  readonly users: UserRepository;
  readonly userProfiles: UserProfileRepository;
  readonly userSettings: UserSettingsRepository;
  readonly providerAccounts: ProviderAccountRepository;
  readonly ingestionRuns: IngestionRunRepository;
  readonly externalActivityRecords: ExternalActivityRecordRepository;
  readonly externalMetricStreams: ExternalMetricStreamRepository;
  readonly externalRecordRevisions: ExternalRecordRevisionRepository;
  readonly ingestionFailures: IngestionFailureRepository;
  readonly webhookDeliveries: WebhookDeliveryRepository;
  readonly disciplines: DisciplineRepository;
  readonly muscles: MuscleRepository;
  readonly movements: MovementRepository;
  readonly activityDefinitions: ActivityDefinitionRepository;
  readonly movementMuscleMap: MovementMuscleMapRepository;
  readonly activityMuscleMap: ActivityMuscleMapRepository;
  readonly movementProgressions: MovementProgressionRepository;
  readonly macroCycles: MacroCycleRepository;
  readonly programs: ProgramRepository;
  readonly programDisciplines: ProgramDisciplineRepository;
  readonly goals: GoalRepository;
  readonly goalCheckins: GoalCheckinRepository;
  readonly plannedSessions: PlannedSessionRepository;
  readonly plannedSessionExercises: PlannedSessionExerciseRepository;
  readonly activityInstances: ActivityInstanceRepository;
  readonly activityInstanceLinks: ActivityInstanceLinkRepository;
  readonly activityStrengthSets: ActivityStrengthSetRepository;
  readonly activityMergeDecisions: ActivityMergeDecisionRepository;
  readonly metricSamples: MetricSampleRepository;
  readonly disciplinePreferences: UserDisciplinePreferenceRepository;
  readonly biometrics: UserBiometricRepository;
  readonly recoverySignals: RecoverySignalRepository;
  readonly dailyActivityTotals: DailyActivityTotalRepository;
  readonly skillProfiles: UserSkillProfileRepository;
  readonly movementConstraints: UserMovementConstraintRepository;
  readonly fatigueStates: UserFatigueStateRepository;
  readonly recommendations: RecommendationRepository;
  readonly analytics: AnalyticsRepository;
}
