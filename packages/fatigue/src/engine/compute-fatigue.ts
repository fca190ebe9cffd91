import type { ComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import { buildStateFromResolved } from './fatigue-state.js';
import type { FatigueReport } from './fatigue-report-schema.js';
import { resolveEngineInput } from './resolve-engine-input.js';
import { summarizeParsed } from './summarize-fatigue-state.js';

/**
 * Computes the fatigue report (see {@link FatigueReportSchema}) from sessions, planned sessions, recovery signals,
 * profile, heuristics config, `asOf` and muscle maps. Pure and deterministic: same input, same output, bit for bit,
 * whatever the order of the sessions. Sessions ending after `asOf` are ignored; planned sessions feed only the
 * forecast. Invalid input is a `ValidationError` naming field and rule (`sessions.3.avg_hr_bpm`); an invalid config
 * a `ConfigError`. Over valid input it never throws and never returns NaN or Infinity.
 *
 * @example
 * ```ts
 * const report = computeFatigue({
 *   sessions: [{ id: 'run1', activity: 'running', started_at: '2024-06-11T06:00:00Z', duration_seconds: 3600,
 *     avg_hr_bpm: 150 }],
 *   profile: { time_zone: 'Europe/Berlin', birth_date: '1989-06-15', sex: 'male', resting_hr_bpm: 60 },
 *   asOf: '2024-06-12T07:00:00Z',
 * });
 * report.muscles.quadriceps?.fatigue_percent;
 * report.provenance.methods.run1; // 'hr: hr:trimp100 (hrMax=tanaka(age=34)=184.2, ...)'
 * ```
 */
export function computeFatigue(input: ComputeFatigueInput): FatigueReport {
  const resolved = resolveEngineInput(input);
  const state = buildStateFromResolved(resolved);
  return summarizeParsed(
    state,
    resolved.parsed.plannedSessions,
    resolved.parsed.recoverySignals,
    resolved.parsed.includeMuscleSeries === true,
  );
}
