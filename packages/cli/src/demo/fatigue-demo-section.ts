import { createTrainkit } from 'trainkit';
import { formatNumber } from '../format/format-quantity.js';
import { fatiguedMuscles } from '../report/fatigued-muscles.js';
import { formatMuscleBars } from '../report/format-muscle-bars.js';
import type { DemoReportSection } from './demo-report-section.js';

const MUSCLES_SHOWN = 6;

function fixed(value: number | null, decimals = 1): string {
  return value === null ? 'n/a' : formatNumber(value, decimals, decimals);
}

/**
 * The demo's fatigue section: the athlete's fitness, fatigue, form, ACWR and readiness now, the systemic fatigue,
 * the most fatigued muscles (as a bar chart when the terminal fits one, or with `--bars`), and where the numbers
 * came from. Its JSON (`fatigue` in `trainkit demo --json`) holds the same summary; `trainkit fatigue --json`
 * prints the full report.
 *
 * @example
 * ```ts
 * const demoCommand = createDemoCommand({ sections: [fatigueDemoSection] });
 * ```
 */
export const fatigueDemoSection: DemoReportSection = {
  key: 'fatigue',
  title: 'Fatigue now',
  build: async ({ storage, userId, now, display }) => {
    const trainkit = createTrainkit({ storage, clock: () => new Date(now) });
    const report = await trainkit.fatigue.report({ userId, asOf: now, include: { attribution: false } });
    const muscles = fatiguedMuscles(report).slice(0, MUSCLES_SHOWN);
    const { pmc, acwr, readiness, systemic, provenance } = report;
    const json = {
      as_of: report.as_of,
      fitness_ctl: pmc.ctl,
      fatigue_atl: pmc.atl,
      form_tsb: pmc.tsb,
      acwr: acwr.ratio,
      readiness: readiness.score,
      systemic_percent: systemic.percent,
      muscles: muscles.map((muscle) => ({
        muscle: muscle.slug,
        fatigue_percent: muscle.percent,
        hours_to_90_percent_recovered: muscle.hours,
      })),
      provenance: {
        engine: provenance.engine,
        heuristics: provenance.heuristics,
        sessions_used: provenance.sessions.used.length,
        duplicates_excluded: provenance.sessions.excluded_duplicates.length,
        planned_sessions: provenance.planned_sessions.used.length,
        ingestion_run_ids: provenance.inputs.ingestion_run_ids,
      },
    };
    const lines = [
      `Fitness ${fixed(pmc.ctl)}  Fatigue ${fixed(pmc.atl)}  Form ${fixed(pmc.tsb)}  ACWR ${fixed(acwr.ratio, 2)}  ` +
        `Readiness ${readiness.score === null ? 'n/a' : `${fixed(readiness.score, 0)}/100`}`,
      `Systemic ${fixed(systemic.percent)} % fatigued` +
        (systemic.hours_to_90_percent_recovered > 0 ? `, 90 % recovered in ${fixed(systemic.hours_to_90_percent_recovered)} h` : ''),
    ];
    if (display.bars) lines.push(formatMuscleBars(report, { width: display.columns, limit: MUSCLES_SHOWN }).trimEnd());
    else {
      lines.push(
        muscles.length === 0
          ? 'No muscle carries fatigue'
          : `Most fatigued: ${muscles.map((muscle) => `${muscle.slug} ${fixed(muscle.percent, 0)} %`).join(', ')}`,
      );
    }
    const runs = provenance.inputs.ingestion_run_ids.length;
    lines.push(
      `From ${provenance.sessions.used.length} sessions (${provenance.sessions.excluded_duplicates.length} duplicates excluded)` +
        `${runs > 0 ? ` and the provider data of ${runs} ingestion run${runs === 1 ? '' : 's'}` : ''}, ` +
        `${provenance.planned_sessions.used.length} planned ahead; heuristics ${provenance.heuristics.id}@${provenance.heuristics.version} ` +
        `(sha256 ${provenance.heuristics.sha256.slice(0, 12)}), ${provenance.engine}`,
      `Every number with its sessions: trainkit fatigue --user ${userId} --json`,
    );
    return { json, text: `${lines.join('\n')}\n` };
  },
};
