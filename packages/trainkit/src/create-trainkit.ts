import { createRandomIdFactory, toInstant } from '@trainkit/core';
import { parseHeuristicsConfig } from '@trainkit/fatigue';
import { catalogHeuristicsConfig } from './catalog/catalog-heuristics-config.js';
import { seedCatalog } from './catalog/seed-catalog.js';
import type { CreateTrainkitOptions } from './create-trainkit-options.js';
import { buildFatigueReport } from './fatigue/build-fatigue-report.js';
import { loadFatigueInput, type HeuristicsSetup } from './fatigue/load-fatigue-input.js';
import { refreshFatigueState } from './fatigue/refresh-fatigue-state.js';
import type { Trainkit } from './trainkit.js';

/**
 * Creates the facade over a storage. Nothing is read or written until a method is called; the heuristics config is
 * validated at once (`ConfigError`). The clock is read only when a call gives no `asOf`, and for `created_at` of the
 * rows `refreshState` writes; the engines themselves stay pure.
 *
 * @param options - The storage, and optionally a clock, an id factory and a heuristics config.
 * @returns The {@link Trainkit} facade.
 * @throws {ConfigError} When `options.heuristics` is not a valid heuristics config.
 *
 * @example
 * ```ts
 * const storage = await createKyselyStorage({ ...parseDatabaseTarget('./trainkit.db'), migrate: true });
 * const trainkit = createTrainkit({ storage });
 * await trainkit.seedCatalog();
 * const report = await trainkit.fatigue.report({ userId: 'athlete_1', asOf: '2024-06-11T07:00:00.000Z' });
 * report.muscles.quadriceps?.fatigue_percent;
 * ```
 */
export function createTrainkit(options: CreateTrainkitOptions): Trainkit {
  const { storage } = options;
  const clock = options.clock ?? (() => new Date());
  const ids = options.ids ?? createRandomIdFactory();
  const heuristics: HeuristicsSetup =
    options.heuristics === undefined
      ? { config: catalogHeuristicsConfig(), source: 'catalog_default' }
      : { config: parseHeuristicsConfig(options.heuristics), source: 'option' };
  const now = () => toInstant(clock());
  return {
    storage,
    heuristics: heuristics.config,
    seedCatalog: () => seedCatalog(storage),
    fatigue: {
      report: (call) => buildFatigueReport(storage, { ...call, asOf: call.asOf ?? now(), heuristics }),
      input: async (call) => {
        const loaded = await loadFatigueInput(storage, { ...call, asOf: call.asOf ?? now(), heuristics });
        return { input: loaded.input, sources: loaded.sources };
      },
      refreshState: (call) => refreshFatigueState(storage, { ...call, asOf: call.asOf ?? now(), heuristics, ids, now: clock }),
    },
  };
}
