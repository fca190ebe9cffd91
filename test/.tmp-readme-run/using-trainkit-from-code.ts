import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit } from 'trainkit';

const storage = await createSqliteStorage({ path: './trainkit.db', migrate: true });
const trainkit = createTrainkit({ storage });
await trainkit.seedCatalog();

await trainkit.users.create({ id: 'athlete_1', displayName: 'Ada', timeZone: 'Europe/Berlin' });

// One call per session: validated (a ValidationError names the field), the activity resolved by slug and its
// discipline derived, everything written in one transaction; it returns the stored rows.
await trainkit.log.strength({
  userId: 'athlete_1',
  start: '2024-06-10T18:00:00+02:00',
  durationSeconds: 3600,
  sets: [1, 2, 3, 4, 5].map(() => ({ movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 })),
});
await trainkit.log.cardio({ userId: 'athlete_1', activity: 'running', start: '2024-06-11T07:00:00+02:00', durationSeconds: 2700, distanceM: 10_000 });

const weeks = await storage.analytics.weeklyVolumeByDiscipline('athlete_1', { from: '2024-06-10', to: '2024-06-16' });
const report = await trainkit.fatigue.report({ userId: 'athlete_1', asOf: '2024-06-12' });
console.log(weeks, report.pmc.ctl, report.muscles.quadriceps?.fatigue_percent, report.provenance.heuristics.sha256);
await storage.close();
