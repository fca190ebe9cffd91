/**
 * trainkit from code: open storage (SQLite by default; pass `postgres://...` or `pglite:memory` as the first argument),
 * bring the schema up to date, seed the reference catalog, log a strength session and a run by hand, and print the
 * week's load by discipline.
 *
 *   pnpm --filter @trainkit/example-quickstart start [database]
 */
import {
  buildCardioLog,
  buildStrengthLog,
  createRandomIdFactory,
  localDayOf,
  toInstant,
  UserIdSchema,
  weekStartOf,
  type ManualLog,
  type TrainkitStorage,
} from '@trainkit/core';
import { createKyselyStorage, parseDatabaseTarget, type DatabaseTarget, type StorageDriver } from '@trainkit/storage-kysely';
import { pgliteDriver } from '@trainkit/storage-kysely/pglite';
import { postgresDriver } from '@trainkit/storage-kysely/postgres';
import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
import { seedCatalog } from 'trainkit';

const timeZone = 'Europe/Berlin';
const userId = UserIdSchema.parse('quickstart_user');
const now = new Date();
const ids = createRandomIdFactory();

// 1. Storage, migrated on open (`migrate: true` runs pending migrations; `trainkit db migrate` does the same). Each
//    dialect's driver loads only when its storage opens; an app on one dialect imports just that entry.
function driverFor(target: DatabaseTarget): StorageDriver {
  if (target.dialect === 'sqlite') return sqliteDriver(target);
  if (target.dialect === 'pglite') return pgliteDriver(target);
  return postgresDriver(target);
}
const storage = await createKyselyStorage({ driver: driverFor(parseDatabaseTarget(process.argv[2] ?? './trainkit.db')), migrate: true });

try {
  // 2. Reference data: disciplines, muscles, movements, activity definitions. Ids derive from slugs, so this is idempotent.
  await seedCatalog(storage);
  if (!(await storage.users.find(userId))) await storage.users.insert({ id: userId, display_name: 'Quickstart', created_at: toInstant(now) });

  // 3. Manual logs: the builders validate (a ValidationError names the field and rule) and return canonical rows.
  const context = { ids, createdAt: toInstant(now) };
  const squats = buildStrengthLog(
    {
      userId,
      activityDefinitionId: 'act_strength_training',
      disciplineId: 'dis_general_fitness',
      start: toInstant(now.getTime() - 2 * 3_600_000),
      durationSeconds: 3600,
      timeZone,
      sets: [1, 2, 3, 4, 5].map(() => ({ movementId: 'mov_back_squat', reps: 5, loadKg: 100, rpe: 8 })),
    },
    context,
  );
  const run = buildCardioLog(
    {
      userId,
      activityDefinitionId: 'act_running',
      disciplineId: 'dis_running',
      start: toInstant(now.getTime() - 26 * 3_600_000),
      durationSeconds: 45 * 60,
      distanceM: 10_000,
      avgHeartRateBpm: 150,
      rpe: 6,
      timeZone,
    },
    context,
  );
  for (const log of [squats, run]) await save(storage, log);

  // 4. This week's load by discipline, computed in the database.
  const today = localDayOf(toInstant(now), { timeZone });
  const durations = await storage.analytics.weeklyDurationByDiscipline(userId, { from: weekStartOf(today), to: today });
  const volumes = await storage.analytics.weeklyVolumeByDiscipline(userId, { from: weekStartOf(today), to: today });
  console.log(`Week of ${weekStartOf(today)} for ${userId}:`);
  for (const row of durations) {
    const volume = volumes.find((candidate) => candidate.discipline_id === row.discipline_id);
    console.log(
      `  ${row.discipline_id ?? '(none)'}: ${row.activity_count} sessions, ${Math.round(row.duration_seconds / 60)} min, ` +
        `${volume?.tonnage_kg ?? 0} kg lifted, ${((volume?.distance_m ?? 0) / 1000).toFixed(1)} km`,
    );
  }
} finally {
  await storage.close();
}

/** Writes one manual log, the activity and its sets together. */
async function save(target: TrainkitStorage, log: ManualLog): Promise<void> {
  await target.transaction(async (tx) => {
    await tx.activityInstances.insert(log.activityInstance);
    if (log.strengthSets.length > 0) await tx.activityStrengthSets.insertMany(log.strengthSets);
  });
}
