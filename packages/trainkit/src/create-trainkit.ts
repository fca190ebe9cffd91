import { createTimeOrderedIdFactory, toInstant } from '@trainkit/core';
import { parseHeuristicsConfig } from '@trainkit/fatigue';
import { PLANNING_HEURISTICS } from '@trainkit/planning';
import { createIngestPipeline } from '@trainkit/ingest';
import { createBiometricsApi } from './biometrics/create-biometrics-api.js';
import { catalogHeuristicsConfig } from './catalog/catalog-heuristics-config.js';
import { connectionsNotConfigured, createTrainkitConnections } from './connections/create-trainkit-connections.js';
import { seedCatalog } from './catalog/seed-catalog.js';
import type { CreateTrainkitOptions } from './create-trainkit-options.js';
import { buildFatigueReport } from './fatigue/build-fatigue-report.js';
import { buildPmcSeries } from './fatigue/build-pmc-series.js';
import { loadFatigueInput, type HeuristicsSetup } from './fatigue/load-fatigue-input.js';
import { refreshFatigueState } from './fatigue/refresh-fatigue-state.js';
import { createGoalsApi } from './goals/create-goals-api.js';
import { writeManualLog } from './log/write-manual-log.js';
import { createPlanApi } from './plan/create-plan-api.js';
import { createSkillsApi } from './skills/create-skills-api.js';
import { createUsersApi } from './users/create-users-api.js';
import type { Trainkit } from './trainkit.js';

/**
 * Creates the facade over a storage. Nothing is read or written until a method is called; the heuristics config is
 * validated at once (`ConfigError`). The clock is read only when a call gives no `asOf` or `start`, and for
 * `created_at` of the rows the facade writes; the engines themselves stay pure.
 *
 * @param options - The storage, and optionally a clock, an id factory, a heuristics config and a merge policy.
 * @returns The {@link Trainkit} facade.
 * @throws {ConfigError} When `options.heuristics` is not a valid heuristics config or `options.mergePolicy` not a
 * valid merge policy, or `options.connect` has no usable encryption key (`TokenVaultError`).
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage({ path: './trainkit.db', migrate: true });
 * const trainkit = createTrainkit({ storage });
 * await trainkit.users.create({ id: 'athlete_1', timeZone: 'Europe/Berlin' });
 * await trainkit.log.cardio({ userId: 'athlete_1', activity: 'running', start: '2024-06-10T06:30:00Z', durationSeconds: 2700 });
 * await trainkit.ingest.ingestPayload({ userId: 'athlete_1', provider: 'strava', resource: 'activities', payload: '[]' });
 * const report = await trainkit.fatigue.report({ userId: 'athlete_1', asOf: '2024-06-11T07:00:00.000Z' });
 * report.muscles.quadriceps?.fatigue_percent;
 * report.provenance.inputs.ingestion_run_ids; // the runs whose data the report used
 * ```
 */
export function createTrainkit(options: CreateTrainkitOptions): Trainkit {
  const { storage } = options;
  const clock = options.clock ?? (() => new Date());
  const ids = options.ids ?? createTimeOrderedIdFactory(() => clock().getTime());
  const heuristics: HeuristicsSetup =
    options.heuristics === undefined
      ? { config: catalogHeuristicsConfig(), source: 'catalog_default' }
      : { config: parseHeuristicsConfig(options.heuristics), source: 'option' };
  const now = () => toInstant(clock());
  const logDependencies = { storage, ids, now };
  const ingest = createIngestPipeline({
    storage,
    clock,
    ids: () => ids(),
    ...(options.mergePolicy === undefined ? {} : { mergePolicy: options.mergePolicy }),
  });
  const connections =
    options.connect === undefined ? undefined : createTrainkitConnections({ storage, pipeline: ingest, clock, ids, connect: options.connect });
  const trainkit: Omit<Trainkit, 'connections'> = {
    storage,
    heuristics: heuristics.config,
    seedCatalog: () => seedCatalog(storage),
    users: createUsersApi(storage, now),
    log: {
      strength: (input, options) => writeManualLog(logDependencies, 'strength', input, options),
      cardio: (input, options) => writeManualLog(logDependencies, 'cardio', input, options),
      sport: (input, options) => writeManualLog(logDependencies, 'sport', input, options),
      hobby: (input, options) => writeManualLog(logDependencies, 'hobby', input, options),
    },
    fatigue: {
      report: (call) => buildFatigueReport(storage, { ...call, asOf: call.asOf ?? now(), heuristics }),
      input: async (call) => {
        const loaded = await loadFatigueInput(storage, { ...call, asOf: call.asOf ?? now(), heuristics });
        return { input: loaded.input, sources: loaded.sources };
      },
      refreshState: (call) => refreshFatigueState(storage, { ...call, asOf: call.asOf ?? now(), heuristics, ids, now: clock }),
      pmc: (call) => buildPmcSeries(storage, { ...call, heuristics }),
    },
    ingest,
    goals: createGoalsApi({ storage, ids, now }),
    skills: createSkillsApi(storage, { ids, now }),
    biometrics: createBiometricsApi(storage, { ids, now }),
    plan: createPlanApi(storage, { heuristics, planningHeuristics: PLANNING_HEURISTICS, ids, now }),
  };
  // Not enumerable: spreading or printing the facade must not throw when connect is not configured.
  return Object.defineProperty(trainkit, 'connections', {
    enumerable: false,
    get: () => {
      if (connections === undefined) throw connectionsNotConfigured();
      return connections;
    },
  }) as Trainkit;
}
