/**
 * `@trainkit/fatigue`: the pure fatigue engine. Session load by a recorded ladder (power, pace, heart rate, session
 * RPE, lifting sets, MET, duration), per-muscle and acute systemic impulse-decay state, PMC (CTL/ATL/TSB), ACWR,
 * monotony and strain, readiness from recovery signals, a forecast from planned sessions, exact per-session
 * explanations, and a versioned, hashed heuristics config. Every output carries its provenance.
 *
 * @packageDocumentation
 */

// Engine
export * from './engine-version.js';
export * from './engine/compute-fatigue.js';
export * from './engine/fatigue-report-schema.js';
export * from './engine/explain.js';
export { buildFatigueState } from './engine/fatigue-state.js';
export type { FatigueState } from './engine/fatigue-state.js';
export * from './engine/update-fatigue-state.js';
export { summarizeFatigueState } from './engine/summarize-fatigue-state.js';
export type { SummaryOptions } from './engine/summarize-fatigue-state.js';
export * from './engine/fatigue-daily-series.js';
export * from './engine/compute-session-doses.js';

// Inputs
export { FatigueInstantSchema } from './inputs/fatigue-instant-schema.js';
export { FatigueSetSchema } from './inputs/fatigue-set-schema.js';
export type { FatigueSet } from './inputs/fatigue-set-schema.js';
export {
  FatigueSessionSchema,
  FatigueSessionSourceSchema,
  HeartRateSegmentInputSchema,
} from './inputs/fatigue-session-schema.js';
export type { FatigueSession, FatigueSessionInput } from './inputs/fatigue-session-schema.js';
export { fatigueSessionIssues } from './inputs/fatigue-session-issues.js';
export * from './inputs/fatigue-profile-schema.js';
export * from './inputs/recovery-signal-schema.js';
export * from './inputs/muscle-maps-schema.js';
export * from './inputs/compute-fatigue-input-schema.js';

// Config
export * from './config/heuristics-enums.js';
export * from './config/slug-schema.js';
export * from './config/muscle-map-entry-schema.js';
export * from './config/heuristics-config-schema.js';
export * from './config/canonical-json.js';
export * from './config/sha256-hex.js';
export * from './config/parse-heuristics-config.js';
export * from './config/resolve-heuristics-config.js';
export * from './config/default-heuristics-config.js';

// Session load
export * from './load/session-load-schema.js';
export * from './load/compute-session-load.js';
export * from './load/age-on-date.js';
export * from './load/estimate-max-heart-rate.js';
export * from './load/karvonen-heart-rate.js';
export * from './load/banister-trimp.js';
export * from './load/trimp-100.js';
export * from './load/edwards-trimp.js';
export * from './load/zonal-trimp.js';
export * from './load/lucia-trimp.js';
export * from './load/log-strain-score.js';
export * from './load/normalized-power.js';
export * from './load/training-stress-score.js';
export * from './load/running-training-stress-score.js';
export * from './load/session-rpe-load.js';
export * from './load/intensity-from-rpe.js';
export * from './load/session-rpe-load-units.js';
export { effortMultiplier } from './load/effort-multiplier.js';
export type { SetEffort } from './load/effort-multiplier.js';
export * from './load/lifting-set-load-units.js';
export * from './load/met-load-units.js';
export * from './load/met-minutes.js';
export * from './load/met-energy-kcal.js';
export * from './load/duration-load-units.js';

// Lifting metrics
export * from './lifting/volume-load-kg.js';
export * from './lifting/estimate-one-rep-max.js';
export * from './lifting/effective-reps.js';
export * from './lifting/rir-from-rpe.js';
export * from './lifting/rpe-from-rir.js';

// Continuous channels
export * from './state/recovery-tau-hours.js';
export * from './state/impulse-response.js';
export * from './state/spread-dose-response.js';
export * from './state/uniform-spread-factor.js';
export * from './state/fatigue-percent.js';
export * from './state/hours-to-recovery.js';

// PMC and Banister
export * from './pmc/pmc-decay.js';
export * from './pmc/pmc-series.js';
export * from './pmc/banister-response.js';
export * from './pmc/banister-daily-series.js';

// Descriptive statistics
export * from './stats/ewma-acwr.js';
export * from './stats/rolling-acwr.js';
export * from './stats/training-monotony.js';

// Readiness
export * from './readiness/compute-readiness.js';

// Dedup
export { dedupeSessions } from './dedup/dedupe-sessions.js';
export type { DedupCandidate, DedupOptions, DuplicateExclusion } from './dedup/dedupe-sessions.js';

// Time and units
export * from './time/time-zone-name-schema.js';
export * from './time/local-day-length-hours.js';
export * from './time/attribute-load-to-local-days.js';
export * from './time/pace-to-speed.js';
export * from './time/speed-to-pace.js';
