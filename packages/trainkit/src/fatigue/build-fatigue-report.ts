import type { TrainkitRepositories } from '@trainkit/core';
import { computeFatigue } from '@trainkit/fatigue';
import { attributeFatigueReport } from './attribute-fatigue-report.js';
import type { FatigueReportOptions } from './fatigue-report-options.js';
import { ingestionRunsOf } from './ingestion-runs-of.js';
import { loadFatigueInput, type HeuristicsSetup } from './load-fatigue-input.js';
import { relabelEngineError } from './relabel-engine-error.js';
import type { FatigueAsOf } from './resolve-as-of.js';
import { TRAINKIT_FATIGUE_REPORT_FORMAT, type TrainkitFatigueReport } from './trainkit-fatigue-report-schema.js';

/**
 * Internal: loads the input (`loadFatigueInput`), runs `computeFatigue`, and adds the facade's provenance
 * (`provenance.inputs`, with the ingestion runs of the data the engine used: of each activity used, of every raw
 * record merged into it, and of the recovery signals given to readiness) and the attribution.
 * A bad stored value is a `ValidationError` naming its row and column.
 */
export async function buildFatigueReport(
  repositories: TrainkitRepositories,
  options: FatigueReportOptions & { readonly asOf: FatigueAsOf; readonly heuristics: HeuristicsSetup },
): Promise<TrainkitFatigueReport> {
  const loaded = await loadFatigueInput(repositories, options);
  let report;
  try {
    report = computeFatigue(loaded.input);
  } catch (error) {
    throw relabelEngineError(error, loaded.origins, loaded.userId);
  }
  const used = new Set(report.provenance.sessions.used);
  const runs = new Set<string>([
    ...(await ingestionRunsOf(repositories, loaded.userId, loaded.activities.filter((activity) => used.has(activity.id)))),
    ...loaded.signalRunIds,
  ]);
  return {
    format: TRAINKIT_FATIGUE_REPORT_FORMAT,
    user_id: loaded.userId,
    ...report,
    provenance: { ...report.provenance, inputs: { ...loaded.sources, ingestion_run_ids: [...runs].sort() } },
    attribution: options.include?.attribution === false ? null : attributeFatigueReport(report),
  };
}
