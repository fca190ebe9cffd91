import { startPostgres } from '../../../test/setup/start-postgres.js';
import { createKyselyStorage } from '../src/index.js';
import { createTestDatabase } from '../src/testing/index.js';
import { tableRuntime } from '../src/repositories/table-runtime.js';
import { validateRows } from '../src/repositories/validate-rows.js';
import { insertValidatedRows } from '../src/repositories/row-operations.js';
import { StorageContext } from '../src/repositories/storage-context.js';
const server = await startPostgres();
try {
  const N = 30000;
  const mk = (p: string) => Array.from({ length: N }, (_, index) => { const begin = Date.UTC(2015,0,1) + index * 52*60000; const duration = 3000; return {
      id: `${p}${index}`, user_id: 'u', planned_session_id: null, source: 'provider', provider: 'garmin', activity_definition_id: null, discipline_id: null,
      title: `Run ${index}`, performed_start: new Date(begin).toISOString(), performed_end: new Date(begin + duration * 1000).toISOString(), timezone: null,
      utc_offset_minutes: 60, local_date: new Date(begin + 3600000).toISOString().slice(0, 10), duration_seconds: duration, distance_m: 8000.5, elevation_gain_m: 100,
      energy_kcal: 500, avg_hr_bpm: 140, max_hr_bpm: 180, avg_power_w: null, perceived_difficulty: 5, enjoyment_rating: 4, notes: null, visibility: 'private',
      ingestion_run_id: null, normalizer_id: 'garmin.activity', normalizer_version: '1.0.0', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' }; });
  const db = await createTestDatabase(server.url!, 'tk_parts');
  const s = await createKyselyStorage({ dialect: 'postgres', connectionString: db.url, migrate: true });
  await s.users.insert({ id: 'u', created_at: '2025-01-01T00:00:00.000Z' } as never);
  const rt = tableRuntime('activity_instances', 'postgres');
  const rows = mk('a');
  let t = performance.now();
  const valid = validateRows(rt, rows);
  console.log('validate ms', (performance.now() - t).toFixed(0));
  const ctx = new StorageContext(s.kysely as never, 'postgres', 'postgres');
  t = performance.now();
  await s.kysely.transaction().execute(async (trx) => { await insertValidatedRows(ctx.forTransaction(trx as never), rt, valid); });
  console.log('unnest insert ms', (performance.now() - t).toFixed(0));
  t = performance.now();
  await s.activityInstances.insertMany(mk('b') as never);
  console.log('repo insertMany (pipelined) ms', (performance.now() - t).toFixed(0));
  await s.close(); await db.drop();
} finally { await server.stop(); }
const pgmod = (await import('pg')).default as any;
const rt2 = tableRuntime('activity_instances', 'postgres');
const rows2 = Array.from({ length: 5000 }, (_, i) => validateRows(rt2, [ { id: `x${i}`, user_id: 'u', source: 'manual', performed_start: '2025-01-01T00:00:00.000Z', utc_offset_minutes: 0, local_date: '2025-01-01', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z', title: 'Run', duration_seconds: 3000 } ])[0]!);
const arrays: unknown[][] = rt2.codec.columns.map(() => []);
for (const r of rows2) { const v: unknown[] = []; rt2.codec.encodeValuesInto(r, v); v.forEach((x, c) => arrays[c]!.push(x)); }
let t2 = performance.now();
for (let k = 0; k < 6; k++) for (const a of arrays) pgmod.types && (await import('pg/lib/utils.js')).prepareValue(a);
console.log('pg prepareValue for 30k rows ms', (performance.now() - t2).toFixed(0));
