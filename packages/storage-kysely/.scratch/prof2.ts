import { createKyselyStorage } from '../src/index.js';
import { tableRuntime } from '../src/repositories/table-runtime.js';
import { validateRows } from '../src/repositories/validate-rows.js';
import { insertValidatedRows } from '../src/repositories/row-operations.js';
import { StorageContext } from '../src/repositories/storage-context.js';
import { mkdtempSync } from 'node:fs'; import { join } from 'node:path'; import { tmpdir } from 'node:os';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const N = 20000;
const mk = (p: string) => Array.from({ length: N }, (_, index) => { const begin = Date.UTC(2015,0,1) + index * 52*60000; const duration = 3000; return {
      id: `${p}${index}`, user_id: 'u', planned_session_id: null, source: 'provider', provider: 'garmin', activity_definition_id: null, discipline_id: null,
      title: `Run ${index}`, performed_start: new Date(begin).toISOString(), performed_end: new Date(begin + duration * 1000).toISOString(), timezone: null,
      utc_offset_minutes: 60, local_date: new Date(begin + 3600000).toISOString().slice(0, 10), duration_seconds: duration, distance_m: 8000.5, elevation_gain_m: 100,
      energy_kcal: 500, avg_hr_bpm: 140, max_hr_bpm: 180, avg_power_w: null, perceived_difficulty: 5, enjoyment_rating: 4, notes: null, visibility: 'private',
      ingestion_run_id: null, normalizer_id: 'garmin.activity', normalizer_version: '1.0.0', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' }; });
const rt = tableRuntime('activity_instances', 'sqlite');
for (let round = 0; round < 2; round++) {
  const s = await createKyselyStorage({ dialect: 'sqlite', path: join(dir, `x${round}.db`), migrate: true });
  await s.users.insert({ id: 'u', created_at: '2025-01-01T00:00:00.000Z' } as never);
  const rows = mk('a');
  let t = performance.now();
  const valid = validateRows(rt, rows);
  console.log('validate µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
  t = performance.now();
  for (const r of rows) rt.definition.insertSchema.parse(r);
  console.log('zod µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
  const ctx = new StorageContext(s.kysely as never, 'sqlite', 'sqlite');
  t = performance.now();
  await s.kysely.transaction().execute(async (trx) => { await insertValidatedRows(ctx.forTransaction(trx as never), rt, valid); });
  console.log('insert µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
  const db = (s.native as any).database;
  const rows2 = mk('r');
  const cols = rt.codec.columns;
  const st = db.prepare(`insert into activity_instances (${cols.join(',')}) values (${cols.map(()=>'?').join(',')})`);
  t = performance.now();
  const v = new Array(cols.length);
  db.transaction(() => { for (const r of rows2) { for (let c=0;c<cols.length;c++) v[c]=(r as any)[cols[c]!]; st.run(v); } })();
  console.log('raw loop µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
  await s.close();
}
