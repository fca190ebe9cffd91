import { fireConcurrently } from './fire-concurrently.js';
import { summarizeBurst, type LatencySummary } from './latency-summary.js';

/**
 * The baseline of a scenario: `concurrency` `GET /health` at once on the same server, in the same run (one burst to
 * warm up, one measured). Health does no database work, so a scenario's p50 over this p50 is what its own work
 * costs beyond HTTP, routing and the client at that concurrency.
 */
export async function measureHealthBaseline(base: string, concurrency: number): Promise<LatencySummary> {
  await fireConcurrently(concurrency, () => [`${base}/health`, {}]);
  return summarizeBurst(await fireConcurrently(concurrency, () => [`${base}/health`, {}]));
}
