import type { RowFilter, TableRow, TrainkitRepositories, UserId } from '@trainkit/core';
import type { ReferenceTableName } from '../fixtures/reference-fixtures.js';
import type { UserTableName } from '../fixtures/user-fixtures.js';

/**
 * How the contract writes and reads the rows of one user table through the ports. `get`, `find` and `list` act as
 * `userId`; the key is taken from `row`.
 */
export interface UserTableAccess<N extends UserTableName> {
  /** Repository property of {@link TrainkitRepositories} that owns the table, for messages. */
  readonly repository: keyof TrainkitRepositories;
  /** True when the table is keyed by the user itself (`users`, `user_profile`, `user_settings`): no foreign id to probe. */
  readonly keyedByUser: boolean;
  /** Writes one row; returns what the repository returned. */
  insert(repos: TrainkitRepositories, row: TableRow<N>): Promise<TableRow<N>>;
  /** Writes rows, all or none (the repository's batch insert). */
  insertMany(repos: TrainkitRepositories, rows: readonly TableRow<N>[]): Promise<void>;
  /** Reads the row with `row`'s key as `userId`; throws `NotFoundError` when `userId` has no such row. */
  get(repos: TrainkitRepositories, userId: UserId, row: TableRow<N>): Promise<TableRow<N>>;
  /** Like `get` but `undefined` when missing. */
  find(repos: TrainkitRepositories, userId: UserId, row: TableRow<N>): Promise<TableRow<N> | undefined>;
  /** Every row of `userId`. */
  list(repos: TrainkitRepositories, userId: UserId): Promise<TableRow<N>[]>;
  /** The repository's `deleteWhere` (absent for tables keyed by the user, whose repositories have none). */
  readonly deleteWhere?: (repos: TrainkitRepositories, userId: UserId, where: RowFilter<TableRow<N>>) => Promise<number>;
}

/** How the contract writes and reads the rows of one global reference table. */
export interface ReferenceTableAccess<N extends ReferenceTableName> {
  readonly repository: keyof TrainkitRepositories;
  upsertMany(repos: TrainkitRepositories, rows: readonly TableRow<N>[]): Promise<number>;
  get(repos: TrainkitRepositories, row: TableRow<N>): Promise<TableRow<N>>;
  find(repos: TrainkitRepositories, row: TableRow<N>): Promise<TableRow<N> | undefined>;
  list(repos: TrainkitRepositories): Promise<TableRow<N>[]>;
}

async function each<T>(rows: readonly T[], write: (row: T) => Promise<unknown>): Promise<void> {
  for (const row of rows) await write(row);
}

/**
 * Every user table mapped to its repository. The mapped type makes a table missing here a compile error, so a new
 * table in the registry cannot be left out of the contract.
 */
export const USER_TABLE_ACCESS: { readonly [N in UserTableName]: UserTableAccess<N> } = {
  users: {
    repository: 'users',
    keyedByUser: true,
    insert: (repos, row) => repos.users.insert(row),
    insertMany: (repos, rows) => each(rows, (row) => repos.users.insert(row)),
    get: (repos, userId) => repos.users.get(userId),
    find: (repos, userId) => repos.users.find(userId),
    list: async (repos, userId) => (await repos.users.list({ where: { id: userId } })),
  },
  user_profile: {
    repository: 'userProfiles',
    keyedByUser: true,
    insert: (repos, row) => repos.userProfiles.upsert(row),
    insertMany: (repos, rows) => each(rows, (row) => repos.userProfiles.upsert(row)),
    get: (repos, userId) => repos.userProfiles.get(userId),
    find: (repos, userId) => repos.userProfiles.find(userId),
    list: async (repos, userId) => {
      const row = await repos.userProfiles.find(userId);
      return row ? [row] : [];
    },
  },
  user_settings: {
    repository: 'userSettings',
    keyedByUser: true,
    insert: (repos, row) => repos.userSettings.upsert(row),
    insertMany: (repos, rows) => each(rows, (row) => repos.userSettings.upsert(row)),
    get: (repos, userId) => repos.userSettings.get(userId),
    find: (repos, userId) => repos.userSettings.find(userId),
    list: async (repos, userId) => {
      const row = await repos.userSettings.find(userId);
      return row ? [row] : [];
    },
  },
  external_provider_accounts: {
    repository: 'providerAccounts',
    keyedByUser: false,
    insert: (repos, row) => repos.providerAccounts.insert(row),
    insertMany: async (repos, rows) => void (await repos.providerAccounts.insertMany(rows)),
    get: (repos, userId, row) => repos.providerAccounts.get(userId, row.id),
    find: (repos, userId, row) => repos.providerAccounts.find(userId, row.id),
    list: (repos, userId) => repos.providerAccounts.list(userId),
    deleteWhere: (repos, userId, where) => repos.providerAccounts.deleteWhere(userId, where),
  },
  external_ingestion_runs: {
    repository: 'ingestionRuns',
    keyedByUser: false,
    insert: (repos, row) => repos.ingestionRuns.insert(row),
    insertMany: async (repos, rows) => void (await repos.ingestionRuns.insertMany(rows)),
    get: (repos, userId, row) => repos.ingestionRuns.get(userId, row.id),
    find: (repos, userId, row) => repos.ingestionRuns.find(userId, row.id),
    list: (repos, userId) => repos.ingestionRuns.list(userId),
    deleteWhere: (repos, userId, where) => repos.ingestionRuns.deleteWhere(userId, where),
  },
  external_activity_records: {
    repository: 'externalActivityRecords',
    keyedByUser: false,
    insert: (repos, row) => repos.externalActivityRecords.insert(row),
    insertMany: async (repos, rows) => void (await repos.externalActivityRecords.insertMany(rows)),
    get: (repos, userId, row) => repos.externalActivityRecords.get(userId, row.id),
    find: (repos, userId, row) => repos.externalActivityRecords.find(userId, row.id),
    list: (repos, userId) => repos.externalActivityRecords.list(userId),
    deleteWhere: (repos, userId, where) => repos.externalActivityRecords.deleteWhere(userId, where),
  },
  external_metric_streams: {
    repository: 'externalMetricStreams',
    keyedByUser: false,
    insert: (repos, row) => repos.externalMetricStreams.insert(row),
    insertMany: async (repos, rows) => void (await repos.externalMetricStreams.insertMany(rows)),
    get: (repos, userId, row) => repos.externalMetricStreams.get(userId, row.id),
    find: (repos, userId, row) => repos.externalMetricStreams.find(userId, row.id),
    list: (repos, userId) => repos.externalMetricStreams.list(userId),
    deleteWhere: (repos, userId, where) => repos.externalMetricStreams.deleteWhere(userId, where),
  },
  external_record_revisions: {
    repository: 'externalRecordRevisions',
    keyedByUser: false,
    insert: (repos, row) => repos.externalRecordRevisions.insert(row),
    insertMany: async (repos, rows) => void (await repos.externalRecordRevisions.insertMany(rows)),
    get: (repos, userId, row) => repos.externalRecordRevisions.get(userId, row.id),
    find: (repos, userId, row) => repos.externalRecordRevisions.find(userId, row.id),
    list: (repos, userId) => repos.externalRecordRevisions.list(userId),
    deleteWhere: (repos, userId, where) => repos.externalRecordRevisions.deleteWhere(userId, where),
  },
  ingestion_failures: {
    repository: 'ingestionFailures',
    keyedByUser: false,
    insert: (repos, row) => repos.ingestionFailures.insert(row),
    insertMany: async (repos, rows) => void (await repos.ingestionFailures.insertMany(rows)),
    get: (repos, userId, row) => repos.ingestionFailures.get(userId, row.id),
    find: (repos, userId, row) => repos.ingestionFailures.find(userId, row.id),
    list: (repos, userId) => repos.ingestionFailures.list(userId),
    deleteWhere: (repos, userId, where) => repos.ingestionFailures.deleteWhere(userId, where),
  },
  provider_webhook_deliveries: {
    repository: 'webhookDeliveries',
    keyedByUser: false,
    insert: (repos, row) => repos.webhookDeliveries.insert(row),
    insertMany: async (repos, rows) => void (await repos.webhookDeliveries.insertMany(rows)),
    get: (repos, userId, row) => repos.webhookDeliveries.get(userId, row.id),
    find: (repos, userId, row) => repos.webhookDeliveries.find(userId, row.id),
    list: (repos, userId) => repos.webhookDeliveries.list(userId),
    deleteWhere: (repos, userId, where) => repos.webhookDeliveries.deleteWhere(userId, where),
  },
  macro_cycles: {
    repository: 'macroCycles',
    keyedByUser: false,
    insert: (repos, row) => repos.macroCycles.insert(row),
    insertMany: async (repos, rows) => void (await repos.macroCycles.insertMany(rows)),
    get: (repos, userId, row) => repos.macroCycles.get(userId, row.id),
    find: (repos, userId, row) => repos.macroCycles.find(userId, row.id),
    list: (repos, userId) => repos.macroCycles.list(userId),
    deleteWhere: (repos, userId, where) => repos.macroCycles.deleteWhere(userId, where),
  },
  programs: {
    repository: 'programs',
    keyedByUser: false,
    insert: (repos, row) => repos.programs.insert(row),
    insertMany: async (repos, rows) => void (await repos.programs.insertMany(rows)),
    get: (repos, userId, row) => repos.programs.get(userId, row.id),
    find: (repos, userId, row) => repos.programs.find(userId, row.id),
    list: (repos, userId) => repos.programs.list(userId),
    deleteWhere: (repos, userId, where) => repos.programs.deleteWhere(userId, where),
  },
  program_disciplines: {
    repository: 'programDisciplines',
    keyedByUser: false,
    insert: (repos, row) => repos.programDisciplines.insert(row),
    insertMany: async (repos, rows) => void (await repos.programDisciplines.insertMany(rows)),
    get: (repos, userId, row) => repos.programDisciplines.get(userId, row.id),
    find: (repos, userId, row) => repos.programDisciplines.find(userId, row.id),
    list: (repos, userId) => repos.programDisciplines.list(userId),
    deleteWhere: (repos, userId, where) => repos.programDisciplines.deleteWhere(userId, where),
  },
  goals: {
    repository: 'goals',
    keyedByUser: false,
    insert: (repos, row) => repos.goals.insert(row),
    insertMany: async (repos, rows) => void (await repos.goals.insertMany(rows)),
    get: (repos, userId, row) => repos.goals.get(userId, row.id),
    find: (repos, userId, row) => repos.goals.find(userId, row.id),
    list: (repos, userId) => repos.goals.list(userId),
    deleteWhere: (repos, userId, where) => repos.goals.deleteWhere(userId, where),
  },
  goal_checkins: {
    repository: 'goalCheckins',
    keyedByUser: false,
    insert: (repos, row) => repos.goalCheckins.insert(row),
    insertMany: async (repos, rows) => void (await repos.goalCheckins.insertMany(rows)),
    get: (repos, userId, row) => repos.goalCheckins.get(userId, row.id),
    find: (repos, userId, row) => repos.goalCheckins.find(userId, row.id),
    list: (repos, userId) => repos.goalCheckins.list(userId),
    deleteWhere: (repos, userId, where) => repos.goalCheckins.deleteWhere(userId, where),
  },
  planned_sessions: {
    repository: 'plannedSessions',
    keyedByUser: false,
    insert: (repos, row) => repos.plannedSessions.insert(row),
    insertMany: async (repos, rows) => void (await repos.plannedSessions.insertMany(rows)),
    get: (repos, userId, row) => repos.plannedSessions.get(userId, row.id),
    find: (repos, userId, row) => repos.plannedSessions.find(userId, row.id),
    list: (repos, userId) => repos.plannedSessions.list(userId),
    deleteWhere: (repos, userId, where) => repos.plannedSessions.deleteWhere(userId, where),
  },
  planned_session_exercises: {
    repository: 'plannedSessionExercises',
    keyedByUser: false,
    insert: (repos, row) => repos.plannedSessionExercises.insert(row),
    insertMany: async (repos, rows) => void (await repos.plannedSessionExercises.insertMany(rows)),
    get: (repos, userId, row) => repos.plannedSessionExercises.get(userId, row.id),
    find: (repos, userId, row) => repos.plannedSessionExercises.find(userId, row.id),
    list: (repos, userId) => repos.plannedSessionExercises.list(userId),
    deleteWhere: (repos, userId, where) => repos.plannedSessionExercises.deleteWhere(userId, where),
  },
  activity_instances: {
    repository: 'activityInstances',
    keyedByUser: false,
    insert: (repos, row) => repos.activityInstances.insert(row),
    insertMany: async (repos, rows) => void (await repos.activityInstances.insertMany(rows)),
    get: (repos, userId, row) => repos.activityInstances.get(userId, row.id),
    find: (repos, userId, row) => repos.activityInstances.find(userId, row.id),
    list: (repos, userId) => repos.activityInstances.list(userId),
    deleteWhere: (repos, userId, where) => repos.activityInstances.deleteWhere(userId, where),
  },
  activity_instance_links: {
    repository: 'activityInstanceLinks',
    keyedByUser: false,
    insert: (repos, row) => repos.activityInstanceLinks.insert(row),
    insertMany: async (repos, rows) => void (await repos.activityInstanceLinks.insertMany(rows)),
    get: (repos, userId, row) => repos.activityInstanceLinks.get(userId, row.id),
    find: (repos, userId, row) => repos.activityInstanceLinks.find(userId, row.id),
    list: (repos, userId) => repos.activityInstanceLinks.list(userId),
    deleteWhere: (repos, userId, where) => repos.activityInstanceLinks.deleteWhere(userId, where),
  },
  activity_strength_sets: {
    repository: 'activityStrengthSets',
    keyedByUser: false,
    insert: (repos, row) => repos.activityStrengthSets.insert(row),
    insertMany: async (repos, rows) => void (await repos.activityStrengthSets.insertMany(rows)),
    get: (repos, userId, row) => repos.activityStrengthSets.get(userId, row.id),
    find: (repos, userId, row) => repos.activityStrengthSets.find(userId, row.id),
    list: (repos, userId) => repos.activityStrengthSets.list(userId),
    deleteWhere: (repos, userId, where) => repos.activityStrengthSets.deleteWhere(userId, where),
  },
  activity_merge_decisions: {
    repository: 'activityMergeDecisions',
    keyedByUser: false,
    insert: (repos, row) => repos.activityMergeDecisions.insert(row),
    insertMany: async (repos, rows) => void (await repos.activityMergeDecisions.insertMany(rows)),
    get: (repos, userId, row) => repos.activityMergeDecisions.get(userId, row.id),
    find: (repos, userId, row) => repos.activityMergeDecisions.find(userId, row.id),
    list: (repos, userId) => repos.activityMergeDecisions.list(userId),
    deleteWhere: (repos, userId, where) => repos.activityMergeDecisions.deleteWhere(userId, where),
  },
  metric_samples: {
    repository: 'metricSamples',
    keyedByUser: false,
    insert: (repos, row) => repos.metricSamples.insert(row),
    insertMany: async (repos, rows) => void (await repos.metricSamples.insertMany(rows)),
    get: (repos, userId, row) => repos.metricSamples.get(userId, row.id),
    find: (repos, userId, row) => repos.metricSamples.find(userId, row.id),
    list: (repos, userId) => repos.metricSamples.list(userId),
    deleteWhere: (repos, userId, where) => repos.metricSamples.deleteWhere(userId, where),
  },
  user_discipline_preferences: {
    repository: 'disciplinePreferences',
    keyedByUser: false,
    insert: (repos, row) => repos.disciplinePreferences.insert(row),
    insertMany: async (repos, rows) => void (await repos.disciplinePreferences.insertMany(rows)),
    get: (repos, userId, row) => repos.disciplinePreferences.get(userId, row.id),
    find: (repos, userId, row) => repos.disciplinePreferences.find(userId, row.id),
    list: (repos, userId) => repos.disciplinePreferences.list(userId),
    deleteWhere: (repos, userId, where) => repos.disciplinePreferences.deleteWhere(userId, where),
  },
  user_biometrics_history: {
    repository: 'biometrics',
    keyedByUser: false,
    insert: (repos, row) => repos.biometrics.insert(row),
    insertMany: async (repos, rows) => void (await repos.biometrics.insertMany(rows)),
    get: (repos, userId, row) => repos.biometrics.get(userId, row.id),
    find: (repos, userId, row) => repos.biometrics.find(userId, row.id),
    list: (repos, userId) => repos.biometrics.list(userId),
    deleteWhere: (repos, userId, where) => repos.biometrics.deleteWhere(userId, where),
  },
  recovery_signals: {
    repository: 'recoverySignals',
    keyedByUser: false,
    insert: (repos, row) => repos.recoverySignals.insert(row),
    insertMany: async (repos, rows) => void (await repos.recoverySignals.insertMany(rows)),
    get: (repos, userId, row) => repos.recoverySignals.get(userId, row.id),
    find: (repos, userId, row) => repos.recoverySignals.find(userId, row.id),
    list: (repos, userId) => repos.recoverySignals.list(userId),
    deleteWhere: (repos, userId, where) => repos.recoverySignals.deleteWhere(userId, where),
  },
  daily_activity_totals: {
    repository: 'dailyActivityTotals',
    keyedByUser: false,
    insert: (repos, row) => repos.dailyActivityTotals.insert(row),
    insertMany: async (repos, rows) => void (await repos.dailyActivityTotals.insertMany(rows)),
    get: (repos, userId, row) => repos.dailyActivityTotals.get(userId, row.id),
    find: (repos, userId, row) => repos.dailyActivityTotals.find(userId, row.id),
    list: (repos, userId) => repos.dailyActivityTotals.list(userId),
    deleteWhere: (repos, userId, where) => repos.dailyActivityTotals.deleteWhere(userId, where),
  },
  user_skill_profiles: {
    repository: 'skillProfiles',
    keyedByUser: false,
    insert: (repos, row) => repos.skillProfiles.insert(row),
    insertMany: async (repos, rows) => void (await repos.skillProfiles.insertMany(rows)),
    get: (repos, userId, row) => repos.skillProfiles.get(userId, row.id),
    find: (repos, userId, row) => repos.skillProfiles.find(userId, row.id),
    list: (repos, userId) => repos.skillProfiles.list(userId),
    deleteWhere: (repos, userId, where) => repos.skillProfiles.deleteWhere(userId, where),
  },
  user_movement_constraints: {
    repository: 'movementConstraints',
    keyedByUser: false,
    insert: (repos, row) => repos.movementConstraints.insert(row),
    insertMany: async (repos, rows) => void (await repos.movementConstraints.insertMany(rows)),
    get: (repos, userId, row) => repos.movementConstraints.get(userId, row.id),
    find: (repos, userId, row) => repos.movementConstraints.find(userId, row.id),
    list: (repos, userId) => repos.movementConstraints.list(userId),
    deleteWhere: (repos, userId, where) => repos.movementConstraints.deleteWhere(userId, where),
  },
  user_fatigue_state: {
    repository: 'fatigueStates',
    keyedByUser: false,
    insert: (repos, row) => repos.fatigueStates.insert(row),
    insertMany: async (repos, rows) => void (await repos.fatigueStates.insertMany(rows)),
    get: (repos, userId, row) => repos.fatigueStates.get(userId, row.id),
    find: (repos, userId, row) => repos.fatigueStates.find(userId, row.id),
    list: (repos, userId) => repos.fatigueStates.list(userId),
    deleteWhere: (repos, userId, where) => repos.fatigueStates.deleteWhere(userId, where),
  },
  recommendations: {
    repository: 'recommendations',
    keyedByUser: false,
    insert: (repos, row) => repos.recommendations.insert(row),
    insertMany: async (repos, rows) => void (await repos.recommendations.insertMany(rows)),
    get: (repos, userId, row) => repos.recommendations.get(userId, row.id),
    find: (repos, userId, row) => repos.recommendations.find(userId, row.id),
    list: (repos, userId) => repos.recommendations.list(userId),
    deleteWhere: (repos, userId, where) => repos.recommendations.deleteWhere(userId, where),
  },
};

/** Every reference table mapped to its repository (a missing table is a compile error). */
export const REFERENCE_TABLE_ACCESS: { readonly [N in ReferenceTableName]: ReferenceTableAccess<N> } = {
  disciplines: {
    repository: 'disciplines',
    upsertMany: (repos, rows) => repos.disciplines.upsertMany(rows),
    get: (repos, row) => repos.disciplines.get(row.id),
    find: (repos, row) => repos.disciplines.find(row.id),
    list: (repos) => repos.disciplines.list(),
  },
  muscles: {
    repository: 'muscles',
    upsertMany: (repos, rows) => repos.muscles.upsertMany(rows),
    get: (repos, row) => repos.muscles.get(row.id),
    find: (repos, row) => repos.muscles.find(row.id),
    list: (repos) => repos.muscles.list(),
  },
  movements: {
    repository: 'movements',
    upsertMany: (repos, rows) => repos.movements.upsertMany(rows),
    get: (repos, row) => repos.movements.get(row.id),
    find: (repos, row) => repos.movements.find(row.id),
    list: (repos) => repos.movements.list(),
  },
  activity_definitions: {
    repository: 'activityDefinitions',
    upsertMany: (repos, rows) => repos.activityDefinitions.upsertMany(rows),
    get: (repos, row) => repos.activityDefinitions.get(row.id),
    find: (repos, row) => repos.activityDefinitions.find(row.id),
    list: (repos) => repos.activityDefinitions.list(),
  },
  movement_muscle_map: {
    repository: 'movementMuscleMap',
    upsertMany: (repos, rows) => repos.movementMuscleMap.upsertMany(rows),
    get: (repos, row) => repos.movementMuscleMap.get({ movement_id: row.movement_id, muscle_id: row.muscle_id }),
    find: (repos, row) => repos.movementMuscleMap.find({ movement_id: row.movement_id, muscle_id: row.muscle_id }),
    list: (repos) => repos.movementMuscleMap.list(),
  },
  activity_muscle_map: {
    repository: 'activityMuscleMap',
    upsertMany: (repos, rows) => repos.activityMuscleMap.upsertMany(rows),
    get: (repos, row) =>
      repos.activityMuscleMap.get({ activity_definition_id: row.activity_definition_id, muscle_id: row.muscle_id }),
    find: (repos, row) =>
      repos.activityMuscleMap.find({ activity_definition_id: row.activity_definition_id, muscle_id: row.muscle_id }),
    list: (repos) => repos.activityMuscleMap.list(),
  },
  movement_progressions: {
    repository: 'movementProgressions',
    upsertMany: (repos, rows) => repos.movementProgressions.upsertMany(rows),
    get: (repos, row) => repos.movementProgressions.get(row.id),
    find: (repos, row) => repos.movementProgressions.find(row.id),
    list: (repos) => repos.movementProgressions.list(),
  },
};
