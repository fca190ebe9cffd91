import type { IdFactory, TrainkitStorage } from '@trainkit/core';
import type { HeuristicsConfig, HeuristicsConfigInput } from '@trainkit/fatigue';
import type { MergePolicyInput } from '@trainkit/ingest';
import type { ConnectOptions } from './connections/connect-options.js';

/**
 * Options of {@link createTrainkit}.
 *
 * @example
 * ```ts
 * const options: CreateTrainkitOptions = {
 *   storage: await createSqliteStorage({ path: './trainkit.db', migrate: true }),
 *   clock: () => new Date('2024-06-12T07:00:00Z'),
 * };
 * ```
 */
export interface CreateTrainkitOptions {
  /** Any `TrainkitStorage` (e.g. `createSqliteStorage(...)` or `createPostgresStorage(...)`); the facade uses only its ports. */
  readonly storage: TrainkitStorage;
  /** The current time, used only as the default `asOf` / `start` and for `created_at` of rows written; default `new Date()`. */
  readonly clock?: () => Date;
  /**
   * Ids of new rows; default time-ordered UUIDs (version 7, `createTimeOrderedIdFactory` on `clock`), so that bulk writes land at
   * the end of every index keyed by id. `createRandomIdFactory` gives random UUIDs (version 4) instead.
   */
  readonly ids?: IdFactory;
  /**
   * The fatigue heuristics config; default {@link catalogHeuristicsConfig} (the engine's config extended with
   * every catalog activity). Validated at once (`ConfigError`). A user's `user_settings.fatigue_overrides_json` is
   * applied on top of it per report.
   */
  readonly heuristics?: HeuristicsConfig | HeuristicsConfigInput;
  /**
   * How `trainkit.ingest` merges records of one real-world session from several providers: start tolerance, minimal
   * overlap and per-field source priority; default `DEFAULT_MERGE_POLICY` of `@trainkit/ingest`. Validated at once
   * (`ConfigError`).
   */
  readonly mergePolicy?: MergePolicyInput;
  /**
   * Connected provider accounts (`@trainkit/connect`): the OAuth client of each provider and the token vault's key.
   * Without it, `trainkit.connections` throws a `ConfigError`. Validated at once (`ConfigError`, `TokenVaultError`).
   */
  readonly connect?: ConnectOptions;
}
