import type { Instant } from '@trainkit/core';
import { RUN_PROGRESS_EVERY_SECONDS } from '../ingest-pipeline.js';
import type { IngestScope } from './ingest-scope.js';
import { countsToJson } from './run-stats.js';

/**
 * Records that a run is at work: its `progressed_at` (and, for a run of one call, its counts so far in `stats_json`,
 * so that `listRuns` shows them while it runs), at the first batch and then at most every
 * {@link RUN_PROGRESS_EVERY_SECONDS} seconds. A run left `running` whose progress stopped long ago was interrupted
 * (see `closeInterruptedRuns`). A continued run (`runId`) gets only `progressed_at`: its counts are added up when the
 * call ends.
 *
 * @internal
 */
export class RunProgress {
  readonly #scope: IngestScope;
  readonly #owned: boolean;
  #last: number | null = null;

  constructor(scope: IngestScope, owned: boolean) {
    this.#scope = scope;
    this.#owned = owned;
  }

  async record(): Promise<void> {
    const at = progressInstant(this.#scope);
    const time = Date.parse(at);
    if (this.#last !== null && time - this.#last < RUN_PROGRESS_EVERY_SECONDS * 1000) return;
    this.#last = time;
    const { storage, userId, run, tally } = this.#scope;
    await storage.ingestionRuns.update(userId, run.id, this.#owned ? { progressed_at: at, stats_json: countsToJson(tally.counts) } : { progressed_at: at });
  }
}

/**
 * The instant to record as a run's progress: now, but never before the run started (a clock set back would make the
 * row invalid).
 *
 * @internal
 */
export function progressInstant(scope: Pick<IngestScope, 'now' | 'run'>): Instant {
  const now = scope.now();
  return Date.parse(now) < Date.parse(scope.run.started_at) ? scope.run.started_at : now;
}
