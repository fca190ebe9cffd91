import { tableRuntime } from '../src/repositories/table-runtime.js';
const rt = tableRuntime('activity_instances', 'sqlite');
const N = 50000;
const rows = Array.from({ length: N }, (_, index) => { const begin = Date.UTC(2015,0,1) + index * 52*60000; const duration = 3000; return {
      id: `a${index}`, user_id: 'u', planned_session_id: null, source: 'provider', provider: 'garmin', activity_definition_id: null, discipline_id: null,
      title: `Run ${index}`, performed_start: new Date(begin).toISOString(), performed_end: new Date(begin + duration * 1000).toISOString(), timezone: null,
      utc_offset_minutes: 60, local_date: new Date(begin + 3600000).toISOString().slice(0, 10), duration_seconds: duration, distance_m: 8000.5, elevation_gain_m: 100,
      energy_kcal: 500, avg_hr_bpm: 140, max_hr_bpm: 180, avg_power_w: null, perceived_difficulty: 5, enjoyment_rating: 4, notes: null, visibility: 'private',
      ingestion_run_id: null, normalizer_id: 'garmin.activity', normalizer_version: '1.0.0', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' }; });
let fails = 0;
let t = performance.now();
for (const r of rows) if (!rt.fastValidate!(r)) fails++;
console.log('fast µs/row', ((performance.now() - t) * 1000 / N).toFixed(2), 'fails', fails);
const shape = (rt.definition.insertSchema as any)._zod.def.shape;
for (const key of Object.keys(shape)) {
  const s = shape[key];
  const v = (rows[0] as any)[key];
  t = performance.now();
  for (let i = 0; i < 20000; i++) s.safeParse(v);
  const us = (performance.now() - t) * 1000 / 20000;
  if (us > 0.3) console.log(key, us.toFixed(2));
}
