import type { Burst } from './fire-concurrently.js';

/** What a burst measured: throughput, latency percentiles, and the answers that went wrong. */
export interface LatencySummary {
  readonly requests: number;
  /** Requests answered per second of the burst's wall time. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Answers with a 5xx status. */
  readonly serverErrors: number;
  /** Requests without an answer (refused, reset, timed out). */
  readonly failed: number;
  /** Answers outside 2xx that are not 5xx (a 4xx): the scenario itself is wrong, not the server under load. */
  readonly rejected: number;
}

/** The `fraction` percentile of `values` by the nearest-rank method (p99 of 20 values is the largest). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** Summarizes a burst of requests. */
export function summarizeBurst(burst: Burst): LatencySummary {
  const latencies = burst.samples.map((sample) => sample.latencyMs);
  const statuses = burst.samples.map((sample) => sample.status);
  return {
    requests: burst.samples.length,
    perSecond: (burst.samples.length / burst.wallMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: Math.max(...latencies),
    serverErrors: statuses.filter((status) => status >= 500).length,
    failed: statuses.filter((status) => status === 0).length,
    rejected: statuses.filter((status) => status > 0 && status < 500 && (status < 200 || status > 299)).length,
  };
}
