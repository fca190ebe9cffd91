import type { IdFactory, Instant, TrainkitStorage } from '@trainkit/core';

/** Internal: what the goals part of the facade needs. */
export interface GoalsDependencies {
  readonly storage: TrainkitStorage;
  readonly ids: IdFactory;
  readonly now: () => Instant;
}
