import { compile } from 'zod/v4/core';
import { MetricSampleInsertSchema, ActivityInstanceInsertSchema, TABLES } from '../../core/src/index.js';
const N = 200_000;
const base = Date.UTC(2015, 0, 1);
const samples = Array.from({ length: N }, (_, i) => ({ id: `ms_${i}`, user_id: 'usr_1', activity_instance_id: null, metric_type: 'heart_rate_bpm', recorded_at: new Date(base + i * 1000).toISOString(), value: 120 + (i % 40), unit: 'bpm' }));
for (const [name, schema] of [['plain', MetricSampleInsertSchema], ['compiled', compile(MetricSampleInsertSchema)]] as const) {
  let t = performance.now();
  for (const s of samples) schema.parse(s);
  console.log(name, 'metric sample µs/row', ((performance.now() - t) * 1000 / N).toFixed(2));
}
const acts = Array.from({ length: 50_000 }, (_, i) => { const start = new Date(base + i * 3600_000); return { id: `act_${i}`, user_id: 'usr_1', source: 'manual', performed_start: start.toISOString(), performed_end: new Date(+start + 3600_000).toISOString(), timezone: null, utc_offset_minutes: 60, local_date: new Date(+start + 3600_000).toISOString().slice(0,10), duration_seconds: 3600, created_at: start.toISOString(), updated_at: start.toISOString() }; });
for (const [name, schema] of [['plain', ActivityInstanceInsertSchema], ['compiled', compile(ActivityInstanceInsertSchema)]] as const) {
  let t = performance.now();
  for (const a of acts) schema.parse(a);
  console.log(name, 'activity µs/row', ((performance.now() - t) * 1000 / acts.length).toFixed(2));
}
for (const t of TABLES) {
  try { compile(t.insertSchema as never, { strict: true }); console.log('OK', t.name); } catch (e) { console.log('NO', t.name, (e as Error).message); }
}
