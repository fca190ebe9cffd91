/**
 * The program of the PostgreSQL consumer (test/packaging): copied into a fresh npm project that installed the packed
 * tarballs, type-checked there as ESM (`main.ts`) and as CommonJS (`main.cts`), and run with `import` and `require()`.
 * Usage: `node main.js <connection string> <user id>`; prints one JSON line.
 * It imports only the packages a PostgreSQL host installs: `trainkit` and `@trainkit/storage-kysely/postgres`.
 */
import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
import { createTrainkit, TRAINKIT_FATIGUE_REPORT_FORMAT } from 'trainkit';

async function main(connectionString: string, userId: string): Promise<void> {
  const storage = await createPostgresStorage({ connectionString, migrate: true });
  try {
    const trainkit = createTrainkit({ storage });
    await trainkit.users.create({ id: userId, timeZone: 'Europe/Berlin', maxHeartRateBpm: 188 });
    const run = await trainkit.log.cardio({
      userId, activity: 'running', start: '2024-06-12T06:30:00Z', durationSeconds: 2700, distanceM: 10_000,
    });
    const report = await trainkit.fatigue.report({ userId, asOf: '2024-06-12' });
    console.log(JSON.stringify({
      dialect: 'postgres',
      moduleFormat: typeof require === 'function' && typeof module === 'object' ? 'commonjs' : 'esm',
      userId: report.user_id,
      disciplineId: run.activityInstance.discipline_id,
      formatMatches: report.format === TRAINKIT_FATIGUE_REPORT_FORMAT,
      ctl: report.pmc.ctl,
    }));
  } finally {
    await storage.close();
  }
}

const [connectionString, userId] = process.argv.slice(2);
if (!connectionString || !userId) throw new Error('usage: main <connection string> <user id>');
main(connectionString, userId).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
