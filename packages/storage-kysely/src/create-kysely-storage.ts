import {
  ConfigError,
  StorageError,
  type ActivityDefinitionId,
  type ActivityDefinitionInsert,
  type ActivityDefinitionRow,
  type ActivityInstanceLinkId,
  type ActivityInstanceLinkInsert,
  type ActivityInstanceLinkRow,
  type ActivityMuscleMapInsert,
  type ActivityMuscleMapKey,
  type ActivityMuscleMapRow,
  type DisciplineId,
  type DisciplineInsert,
  type DisciplineRow,
  type ExternalMetricStreamId,
  type ExternalMetricStreamInsert,
  type ExternalMetricStreamRow,
  type GoalCheckinId,
  type GoalCheckinInsert,
  type GoalCheckinRow,
  type MacroCycleId,
  type MacroCycleInsert,
  type MacroCycleRow,
  type MovementId,
  type MovementInsert,
  type MovementMuscleMapInsert,
  type MovementMuscleMapKey,
  type MovementMuscleMapRow,
  type MovementProgressionId,
  type MovementProgressionInsert,
  type MovementProgressionRow,
  type MovementRow,
  type MuscleId,
  type MuscleInsert,
  type MuscleRow,
  type ProgramDisciplineId,
  type ProgramDisciplineInsert,
  type ProgramDisciplineRow,
  type ProgramId,
  type ProgramInsert,
  type ProgramRow,
  type RecommendationId,
  type RecommendationInsert,
  type RecommendationRow,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserDisciplinePreferenceId,
  type UserDisciplinePreferenceInsert,
  type UserDisciplinePreferenceRow,
  type UserMovementConstraintId,
  type UserMovementConstraintInsert,
  type UserMovementConstraintRow,
  type UserSkillProfileId,
  type UserSkillProfileInsert,
  type UserSkillProfileRow,
} from '@trainkit/core';
import type { Kysely } from 'kysely';
import { KyselyAnalyticsRepository } from './analytics/kysely-analytics-repository.js';
import { openKyselyDatabase } from './connection/open-kysely-database.js';
import type { StorageDriver } from './connection/storage-driver.js';
import type { StorageDialect } from './connection/storage-dialect.js';
import { KyselyMigrations } from './migrations/kysely-migrations.js';
import { KyselyActivityInstanceRepository } from './repositories/kysely-activity-instance-repository.js';
import { KyselyActivityMergeDecisionRepository } from './repositories/kysely-activity-merge-decision-repository.js';
import { KyselyActivityStrengthSetRepository } from './repositories/kysely-activity-strength-set-repository.js';
import { KyselyDailyActivityTotalRepository } from './repositories/kysely-daily-activity-total-repository.js';
import { KyselyExternalActivityRecordRepository } from './repositories/kysely-external-activity-record-repository.js';
import { KyselyExternalRecordRevisionRepository } from './repositories/kysely-external-record-revision-repository.js';
import { KyselyGoalRepository } from './repositories/kysely-goal-repository.js';
import { KyselyIngestionFailureRepository } from './repositories/kysely-ingestion-failure-repository.js';
import { KyselyIngestionRunRepository } from './repositories/kysely-ingestion-run-repository.js';
import { KyselyMetricSampleRepository } from './repositories/kysely-metric-sample-repository.js';
import { KyselyPlannedSessionExerciseRepository } from './repositories/kysely-planned-session-exercise-repository.js';
import { KyselyPlannedSessionRepository } from './repositories/kysely-planned-session-repository.js';
import { KyselyProviderAccountRepository } from './repositories/kysely-provider-account-repository.js';
import { KyselyRecoverySignalRepository } from './repositories/kysely-recovery-signal-repository.js';
import { KyselyReferenceRepository } from './repositories/kysely-reference-repository.js';
import { KyselyUserBiometricRepository } from './repositories/kysely-user-biometric-repository.js';
import { KyselyUserFatigueStateRepository } from './repositories/kysely-user-fatigue-state-repository.js';
import { KyselyUserProfileRepository } from './repositories/kysely-user-profile-repository.js';
import { KyselyUserRepository } from './repositories/kysely-user-repository.js';
import { KyselyUserScopedRepository } from './repositories/kysely-user-scoped-repository.js';
import { KyselyUserSettingsRepository } from './repositories/kysely-user-settings-repository.js';
import { KyselyWebhookDeliveryRepository } from './repositories/kysely-webhook-delivery-repository.js';
import { StorageContext } from './repositories/storage-context.js';
import type { DynamicDatabase, TrainkitDatabase } from './trainkit-database.js';

/**
 * Options of {@link createKyselyStorage}: the driver of a dialect entry plus whether to migrate on open.
 *
 * @typeParam Native - The driver handle the storage exposes as `native`.
 *
 * @example
 * ```ts
 * import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
 *
 * const options: CreateKyselyStorageOptions = { driver: sqliteDriver({ path: './trainkit.db' }), migrate: true };
 * ```
 */
export interface CreateKyselyStorageOptions<Native = unknown> {
  /** How to reach the database: `sqliteDriver(…)`, `pgliteDriver(…)` or `postgresDriver(…)` from the dialect entries. */
  readonly driver: StorageDriver<Native>;
  /** Run every pending migration before returning (default `false`); a failure closes the storage and throws. */
  readonly migrate?: boolean;
}

/**
 * A trainkit storage on kysely: every repository of {@link TrainkitStorage}, transactions, migrations (with
 * `rollback`), and the typed kysely instance for queries of your own.
 *
 * @typeParam Native - The driver handle underneath (`native`); structural, see each dialect entry.
 *
 * @example
 * ```ts
 * const storage: KyselyStorage = await createPgliteStorage();
 * const rows = await storage.kysely.selectFrom('workout_logs').selectAll().execute();
 * ```
 */
export interface KyselyStorage<Native = unknown> extends TrainkitStorage {
  readonly migrations: KyselyMigrations;
  /** The kysely instance (errors already translated to trainkit's). Bypasses validation: read with it, write through the repositories. */
  readonly kysely: Kysely<TrainkitDatabase>;
  /** Where the data lives (password-free), for logs and messages. */
  readonly location: string;
  /**
   * The driver handle underneath (a better-sqlite3 database, PGlite instance or `pg` pool, typed structurally). Writing
   * through it bypasses validation and error translation.
   */
  readonly native: Native;
}

/**
 * Opens a trainkit storage through a {@link StorageDriver}. Usually you call the dialect entry's shortcut instead
 * (`createSqliteStorage`, `createPgliteStorage`, `createPostgresStorage`); this is the one they share, and the way to
 * pick the dialect at run time without loading the other drivers.
 *
 * - Every driver error is translated to trainkit's typed errors, the same on every dialect (foreign-key conflicts
 *   name the foreign key everywhere, SQLite included).
 * - Nothing is migrated unless `migrate: true`; otherwise call `storage.migrations.migrateToLatest()`.
 *
 * @param options - The driver, and whether to migrate.
 * @returns The storage. Call `close()` when done.
 * @throws {ConfigError} When `options.driver` is not a storage driver of a supported dialect.
 * @throws {MissingDependencyError} When the dialect's driver package (`better-sqlite3`, `pg`, `@electric-sql/pglite`)
 * is not installed.
 * @throws {StorageUnavailableError} When the database cannot be opened or reached (one-line reason).
 * @throws {StorageError} When `migrate: true` and a migration fails.
 *
 * @example
 * ```ts
 * import { createKyselyStorage } from '@trainkit/storage-kysely';
 * import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
 *
 * const storage = await createKyselyStorage({ driver: sqliteDriver({ path: './trainkit.db' }), migrate: true });
 * try {
 *   await storage.users.insert({ id: 'usr_01', created_at: '2025-03-01T08:00:00.000Z' });
 *   await storage.transaction(async (tx) => {
 *     await tx.activityInstances.insert(activity);
 *     await tx.activityStrengthSets.insertMany(sets);
 *   });
 * } finally {
 *   await storage.close();
 * }
 * ```
 */
export async function createKyselyStorage<Native = unknown>(options: CreateKyselyStorageOptions<Native>): Promise<KyselyStorage<Native>> {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('createKyselyStorage needs options: { driver, migrate? }');
  }
  const connection = await openKyselyDatabase<DynamicDatabase, Native>(options.driver);
  const root = new StorageContext(connection.db, connection.dialect, connection.family, connection.copyFromStdin);
  const migrations = new KyselyMigrations(connection.db);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    root.close('the storage is closed');
    await connection.close();
  };
  const storage: KyselyStorage<Native> = {
    ...createRepositories(root),
    dialect: connection.dialect satisfies StorageDialect,
    migrations,
    kysely: connection.db as unknown as Kysely<TrainkitDatabase>,
    location: connection.location,
    native: connection.native,
    async transaction<T>(work: (tx: TrainkitRepositories) => Promise<T>): Promise<T> {
      return root.db.transaction().execute(async (trx) => {
        const context = root.forTransaction(trx);
        try {
          return await work(createRepositories(context));
        } finally {
          context.close('the transaction has ended: use the storage, not the transaction, after transaction() settles');
        }
      });
    },
    close,
  };
  if (options.migrate) {
    const report = await migrations.migrateToLatest();
    if (!report.ok) {
      await close();
      throw new StorageError(
        `migrating ${connection.location} failed at ${report.error?.migration ?? '(setup)'}: ${report.error?.message ?? 'unknown error'}`,
      );
    }
  }
  return storage;
}

/** Every repository bound to one context (the storage, or one transaction). */
function createRepositories(context: StorageContext): TrainkitRepositories {
  return {
    users: new KyselyUserRepository(context),
    userProfiles: new KyselyUserProfileRepository(context),
    userSettings: new KyselyUserSettingsRepository(context),
    providerAccounts: new KyselyProviderAccountRepository(context),
    ingestionRuns: new KyselyIngestionRunRepository(context),
    externalActivityRecords: new KyselyExternalActivityRecordRepository(context),
    externalMetricStreams: new KyselyUserScopedRepository<ExternalMetricStreamRow, ExternalMetricStreamId, ExternalMetricStreamInsert>(
      context,
      'external_metric_streams',
    ),
    externalRecordRevisions: new KyselyExternalRecordRevisionRepository(context),
    ingestionFailures: new KyselyIngestionFailureRepository(context),
    webhookDeliveries: new KyselyWebhookDeliveryRepository(context),
    disciplines: new KyselyReferenceRepository<DisciplineRow, DisciplineId, DisciplineInsert>(context, 'disciplines'),
    muscles: new KyselyReferenceRepository<MuscleRow, MuscleId, MuscleInsert>(context, 'muscles'),
    movements: new KyselyReferenceRepository<MovementRow, MovementId, MovementInsert>(context, 'movements'),
    activityDefinitions: new KyselyReferenceRepository<ActivityDefinitionRow, ActivityDefinitionId, ActivityDefinitionInsert>(
      context,
      'activity_definitions',
    ),
    movementMuscleMap: new KyselyReferenceRepository<MovementMuscleMapRow, MovementMuscleMapKey, MovementMuscleMapInsert>(
      context,
      'movement_muscle_map',
    ),
    activityMuscleMap: new KyselyReferenceRepository<ActivityMuscleMapRow, ActivityMuscleMapKey, ActivityMuscleMapInsert>(
      context,
      'activity_muscle_map',
    ),
    movementProgressions: new KyselyReferenceRepository<MovementProgressionRow, MovementProgressionId, MovementProgressionInsert>(
      context,
      'movement_progressions',
    ),
    macroCycles: new KyselyUserScopedRepository<MacroCycleRow, MacroCycleId, MacroCycleInsert>(context, 'macro_cycles'),
    programs: new KyselyUserScopedRepository<ProgramRow, ProgramId, ProgramInsert>(context, 'programs'),
    programDisciplines: new KyselyUserScopedRepository<ProgramDisciplineRow, ProgramDisciplineId, ProgramDisciplineInsert>(
      context,
      'program_disciplines',
    ),
    goals: new KyselyGoalRepository(context),
    goalCheckins: new KyselyUserScopedRepository<GoalCheckinRow, GoalCheckinId, GoalCheckinInsert>(context, 'goal_checkins'),
    plannedSessions: new KyselyPlannedSessionRepository(context),
    plannedSessionExercises: new KyselyPlannedSessionExerciseRepository(context),
    activityInstances: new KyselyActivityInstanceRepository(context),
    activityInstanceLinks: new KyselyUserScopedRepository<ActivityInstanceLinkRow, ActivityInstanceLinkId, ActivityInstanceLinkInsert>(
      context,
      'activity_instance_links',
    ),
    activityStrengthSets: new KyselyActivityStrengthSetRepository(context),
    activityMergeDecisions: new KyselyActivityMergeDecisionRepository(context),
    metricSamples: new KyselyMetricSampleRepository(context),
    disciplinePreferences: new KyselyUserScopedRepository<
      UserDisciplinePreferenceRow,
      UserDisciplinePreferenceId,
      UserDisciplinePreferenceInsert
    >(context, 'user_discipline_preferences'),
    biometrics: new KyselyUserBiometricRepository(context),
    recoverySignals: new KyselyRecoverySignalRepository(context),
    dailyActivityTotals: new KyselyDailyActivityTotalRepository(context),
    skillProfiles: new KyselyUserScopedRepository<UserSkillProfileRow, UserSkillProfileId, UserSkillProfileInsert>(
      context,
      'user_skill_profiles',
    ),
    movementConstraints: new KyselyUserScopedRepository<UserMovementConstraintRow, UserMovementConstraintId, UserMovementConstraintInsert>(
      context,
      'user_movement_constraints',
    ),
    fatigueStates: new KyselyUserFatigueStateRepository(context),
    recommendations: new KyselyUserScopedRepository<RecommendationRow, RecommendationId, RecommendationInsert>(context, 'recommendations'),
    analytics: new KyselyAnalyticsRepository(context),
  };
}
