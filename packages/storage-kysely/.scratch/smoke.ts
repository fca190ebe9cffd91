import { createKyselyStorage } from '../src/index.js';
for (const opts of [{ dialect: 'sqlite' as const, path: ':memory:' }, { dialect: 'pglite' as const }]) {
  const s = await createKyselyStorage({ ...opts, migrate: true });
  console.log(opts.dialect, await s.migrations.status());
  const now = '2025-03-04T18:10:00.000Z';
  await s.users.insert({ id: 'usr_1', created_at: now } as never);
  const a = await s.activityInstances.insert({ id: 'act_1', user_id: 'usr_1', source: 'manual', performed_start: '2025-03-04T17:00:00.000Z', performed_end: '2025-03-04T18:05:00.000Z', timezone: 'Europe/Berlin', utc_offset_minutes: 60, local_date: '2025-03-04', duration_seconds: 3900, notes: 'Jane’s Apple Watch', created_at: now, updated_at: now } as never);
  console.log(a);
  console.log(await s.analytics.weeklyDurationByDiscipline('usr_1' as never, { from: '2025-03-01', to: '2025-03-31' }));
  try { await s.activityInstances.insert({ ...a, id: 'act_2', planned_session_id: 'nope' } as never) } catch (e) { console.log(String(e)) }
  try { await s.activityInstances.insert(a as never) } catch (e) { console.log(String(e)) }
  console.log(await s.migrations.migrateDownAll());
  await s.close();
}
