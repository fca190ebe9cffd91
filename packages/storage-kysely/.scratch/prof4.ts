import { tableRuntime } from '../src/repositories/table-runtime.js';
import { localDayOf } from '../../core/src/index.js';
const rt = tableRuntime('activity_instances', 'sqlite');
const N = 100000;
const rows = Array.from({ length: N }, (_, index) => { const begin = Date.UTC(2015,0,1) + index * 52*60000; const duration = 3000; return {
      id: `a${index}`, user_id: 'u', planned_session_id: null, source: 'provider', provider: 'garmin', activity_definition_id: null, discipline_id: null,
      title: `Run ${index}`, performed_start: new Date(begin).toISOString(), performed_end: new Date(begin + duration * 1000).toISOString(), timezone: null,
      utc_offset_minutes: 60, local_date: new Date(begin + 3600000).toISOString().slice(0, 10), duration_seconds: duration, distance_m: 8000.5, elevation_gain_m: 100,
      energy_kcal: 500, avg_hr_bpm: 140, max_hr_bpm: 180, avg_power_w: null, perceived_difficulty: 5, enjoyment_rating: 4, notes: null, visibility: 'private',
      ingestion_run_id: null, normalizer_id: 'garmin.activity', normalizer_version: '1.0.0', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' }; });
for (let k = 0; k < 3; k++) {
let t = performance.now();
for (const r of rows) rt.fastValidate!(r);
console.log('fast µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
}
const check = ((rt.definition.insertSchema as any)._zod.def.checks[0])._zod;
let t = performance.now();
for (const r of rows) { const p = { value: r, issues: [] }; check.check(p); }
console.log('superRefine µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
t = performance.now();
for (const r of rows) localDayOf(r.performed_start, { timeZone: null, utcOffsetMinutes: 60 });
console.log('localDayOf µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
const shape = (rt.definition.insertSchema as any)._zod.def.shape;
t = performance.now();
const prov = shape.provider;
for (const r of rows) prov.safeParse(r.provider);
console.log('provider zod µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
