import { startPostgres } from '../../../test/setup/start-postgres.js';
import { createKyselyStorage } from '../src/index.js';
import { createTestDatabase } from '../src/testing/index.js';
const server = await startPostgres();
try {
  const N = 100000;
  const cols = ['id','user_id','external_metric_stream_id','activity_instance_id','metric_type','recorded_at','value','unit'];
  const rows = (p: string) => Array.from({ length: N }, (_, i) => [`${p}${i}`, 'u', null, null, 'heart_rate_bpm', new Date(1.4e12 + i * 1000).toISOString(), 120.5, 'bpm']);
  for (const size of [100, 250, 500, 1000, 2000, 8191, -1]) {
    const db = await createTestDatabase(server.url!, 'tk_batch');
    const s = await createKyselyStorage({ dialect: 'postgres', connectionString: db.url, migrate: true });
    await s.users.insert({ id: 'u', created_at: '2025-01-01T00:00:00.000Z' } as never);
    const pool = (s.native as any).pool;
    const client = await pool.connect();
    const data = rows('r');
    const t = performance.now();
    await client.query('begin');
    if (size > 0) {
      let text = '';
      for (let start = 0; start < N; start += size) {
        const batch = data.slice(start, start + size);
        const tuples: string[] = []; let p = 0;
        for (let r = 0; r < batch.length; r++) tuples.push(`(${cols.map(() => `$${++p}`).join(',')})`);
        text = `insert into metric_samples (${cols.join(',')}) values ${tuples.join(',')}`;
        await client.query(text, batch.flat());
      }
    } else {
      const types = ['text','text','text','text','text','timestamptz','float8','text'];
      for (let start = 0; start < N; start += 5000) {
        const batch = data.slice(start, start + 5000);
        const arrays = cols.map((_, c) => batch.map((row) => row[c]));
        await client.query(`insert into metric_samples (${cols.join(',')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(',')})`, arrays);
      }
    }
    await client.query('commit');
    console.log(size === -1 ? 'unnest 5000' : `batch ${size}`, Math.round(N / ((performance.now() - t) / 1000)), 'rows/s');
    client.release();
    await s.close(); await db.drop();
  }
} finally { await server.stop(); }
