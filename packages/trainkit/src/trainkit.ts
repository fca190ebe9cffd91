import type { Connections } from '@trainkit/connect';
import type { TrainkitStorage } from '@trainkit/core';
import type { HeuristicsConfig } from '@trainkit/fatigue';
import type { IngestPipeline } from '@trainkit/ingest';
import type { TrainkitBiometrics } from './biometrics/trainkit-biometrics.js';
import type { SeedCatalogReport } from './catalog/seed-catalog.js';
import type { TrainkitGoals } from './goals/trainkit-goals.js';
import type { TrainkitSkills } from './skills/trainkit-skills.js';
import type { FatigueInputBundle } from './fatigue/fatigue-input-bundle.js';
import type { FatigueReportOptions, FatigueStateRefreshOptions } from './fatigue/fatigue-report-options.js';
import type { FatigueStateRefresh } from './fatigue/fatigue-state-refresh-schema.js';
import type { PmcSeries, PmcSeriesOptions } from './fatigue/pmc-series-schema.js';
import type { TrainkitFatigueReport } from './fatigue/trainkit-fatigue-report-schema.js';
import type { TrainkitLog } from './log/trainkit-log.js';
import type { TrainkitPlan } from './plan/trainkit-plan.js';
import type { TrainkitUsers } from './users/trainkit-users.js';

/**
 * Fatigue from stored data: reports, the engine input behind them, and the cached daily state.
 *
 * @example
 * ```ts
 * const report = await trainkit.fatigue.report({ userId: 'u1', asOf: '2024-06-12' });
 * const refresh = await trainkit.fatigue.refreshState({ userId: 'u1' });
 * ```
 */
export interface TrainkitFatigue {
  /**
   * The fatigue report of a user at an instant (see `TrainkitFatigueReportSchema`): fitness (CTL), fatigue (ATL),
   * form (TSB), ACWR, monotony and strain, readiness, per-muscle and systemic fatigue with hours to 90 % recovered,
   * the forecast from planned sessions, and where every number came from. A stored value the engine cannot read
   * (only possible for rows written by an older version or by hand) is skipped and listed in
   * `provenance.inputs.skipped`, never a thrown error. Throws `NotFoundError` for an unknown user and
   * `ValidationError` for a malformed `userId` or `asOf`.
   */
  report(options: FatigueReportOptions): Promise<TrainkitFatigueReport>;
  /** The engine input the report is computed from, with its sources (see {@link FatigueInputBundle}). */
  input(options: FatigueReportOptions): Promise<FatigueInputBundle>;
  /**
   * Brings `user_fatigue_state` up to date for a user: one row per local day and muscle plus one systemic row per
   * day, from the day before the first activity to `asOf`. Incremental after new data (only the days and muscles
   * the engine reports as affected are rewritten); a full recompute when there is no usable previous run or known
   * data changed. See `FatigueStateRefreshSchema` for the report it returns.
   */
  refreshState(options: FatigueStateRefreshOptions): Promise<FatigueStateRefresh>;
  /**
   * The PMC series of a user: one point `{ date, load, ctl, atl, tsb }` per local day from `from` to `to`
   * (inclusive), computed by the same engine, heuristics and input as the report at the end of `to`, so each point
   * equals the `pmc.days` entry of a report at the end of that day (a session crossing midnight into a later day
   * counts in the series but not yet in a report at the end of its first day). Provenance as in the report (see
   * `PmcSeriesSchema`). Throws `ValidationError` for malformed days, `to` before `from` or a range over
   * `MAX_PMC_SERIES_DAYS`, `NotFoundError` for an unknown user.
   */
  pmc(options: PmcSeriesOptions): Promise<PmcSeries>;
}

/**
 * The facade: one object that wires the catalog, the fatigue engine and a storage together. Create it with
 * {@link createTrainkit}.
 *
 * @example
 * ```ts
 * const trainkit: Trainkit = createTrainkit({ storage });
 * await trainkit.seedCatalog();
 * await trainkit.users.create({ id: 'athlete_1', timeZone: 'Europe/Berlin' });
 * await trainkit.log.cardio({ userId: 'athlete_1', activity: 'running', durationSeconds: 2700, distanceM: 10_000 });
 * const report = await trainkit.fatigue.report({ userId: 'athlete_1' });
 * ```
 */
export interface Trainkit {
  /** The storage it was created with. */
  readonly storage: TrainkitStorage;
  /** The validated heuristics config every fatigue computation starts from (before per-user overrides). */
  readonly heuristics: HeuristicsConfig;
  /** Upserts the reference catalog into the storage (idempotent); see `seedCatalog`. */
  seedCatalog(): Promise<SeedCatalogReport>;
  /** Users and their profiles (ids are plain strings, validated). */
  readonly users: TrainkitUsers;
  /** Manual logging: one call validates, resolves the activity, writes in one transaction, returns the rows. */
  readonly log: TrainkitLog;
  /** Fatigue from stored data. */
  readonly fatigue: TrainkitFatigue;
  /**
   * The ingestion pipeline (`@trainkit/ingest`) bound to this facade's storage, clock and ids: provider payloads and
   * files into the raw lake and one deduplicated history, with runs, failures, unmerge and replay.
   */
  readonly ingest: IngestPipeline;
  /**
   * What a user can do (`user_skill_profiles`) and refuses to do (`user_movement_constraints`), and scaling a
   * prescribed movement to the closest doable variant over the stored progression graph, with the path explained.
   */
  readonly skills: TrainkitSkills;
  /**
   * A user's body over time (`@trainkit/biometrics`): manual entries, values per day by source priority, smoothed
   * trends with weekly change, and the physiology the fatigue engine reads (body mass, VO2max, resting and maximum
   * heart rate) with the stored row of each value.
   */
  readonly biometrics: TrainkitBiometrics;
  /**
   * Goals (`@trainkit/goals`): 12-month macro cycles holding 12-week blocks, versioned goals with valid and record
   * time ("the goal on X as known on Y"), check-ins and progress with a projection; every write in one transaction,
   * keeping the block's `goal_1/2/3` snapshot current.
   */
  readonly goals: TrainkitGoals;
  /**
   * Adaptive planning (`@trainkit/planning`): recommendations for upcoming planned sessions from the fatigue report,
   * the goal revisions in force, skills, constraints and equipment, stored in `recommendations` with their
   * provenance and never rewritten; adherence of performed to planned sessions per week and per block.
   */
  readonly plan: TrainkitPlan;
  /**
   * Connected provider accounts (`@trainkit/connect`) over this facade's storage, clock and ids, feeding
   * `trainkit.ingest`: the OAuth flow, incremental syncs that survive rate limits and restarts, disconnection,
   * token-key rotation and framework-free webhook handlers. Needs the `connect` option of `createTrainkit`;
   * without it, reading this property throws a `ConfigError` saying so.
   */
  readonly connections: Connections;
}
