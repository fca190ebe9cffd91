import { createKyselyStorage } from '../src/index.js';
const s = await createKyselyStorage({ dialect: 'pglite', migrate: true });
await s.disciplines.upsertMany([{ id: 'running', slug: 'running', name: 'Running' }] as never);
await s.activityDefinitions.upsertMany([{ id: 'trail_running', slug: 'trail_running', name: 'Trail running', category: 'cardio', discipline_id: 'running', default_metric_type: 'distance' }] as never);
try { await s.disciplines.delete('running' as never) } catch (e) { console.log(e, (e as Error).cause) }
