// A worker process for the queue tests on PostgreSQL: works `replay` jobs through createPgBossQueue with short
// expiry, recording every attempt (job id, pid) in `job_attempts` and the job's effect once in `job_effects`
// (primary key: a retried job's effect is not doubled). A job whose data names `userId: 'slow'` sleeps on its first
// attempt, so the test can SIGKILL the worker mid-job. Prints `ready` once working.
//   node --conditions=source --import tsx src/jobs/test-support/counting-worker.ts   (DATABASE_URL set)
import pg from 'pg';
import { createPgBossQueue } from '../pg-boss-queue.js';

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const queue = await createPgBossQueue({
  connectionString: url,
  concurrency: 1,
  retryLimit: 3,
  retryDelaySeconds: 0,
  expireInSeconds: 2,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
});
await queue.work('replay', async ({ userId }, job) => {
  const previous = await pool.query<{ n: string }>('SELECT count(*) AS n FROM job_attempts WHERE job_id = $1', [job.id]);
  await pool.query('INSERT INTO job_attempts (job_id, pid) VALUES ($1, $2)', [job.id, process.pid]);
  if (userId === 'slow' && previous.rows[0]!.n === '0') await new Promise((resolve) => setTimeout(resolve, 30_000));
  await pool.query('INSERT INTO job_effects (job_id, pid) VALUES ($1, $2) ON CONFLICT (job_id) DO NOTHING', [job.id, process.pid]);
  return { pid: process.pid };
});
console.log('ready');
process.on('SIGTERM', () => void queue.stop().finally(() => pool.end()).finally(() => process.exit(0)));
