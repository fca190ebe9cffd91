import type { HeuristicsConfig, HeuristicsConfigInput } from './heuristics-config-schema.js';
import { parseHeuristicsConfig } from './parse-heuristics-config.js';

const DEFAULT_HEURISTICS_CONFIG_SOURCE = {
  id: 'fatigue-heuristics',
  version: '0.1.0',
  // L/SRC: GoldenCheetah PMCData.cpp (42/7 days, α = 1 − e^(−1/τ), TSB of yesterday, ramp over 7 days).
  pmc: {
    ctl_days: 42,
    atl_days: 7,
    alpha: 'exp',
    tsb: 'yesterday',
    ramp_days: 7,
    seed: { ctl: 0, atl: 0 },
    warming_up_tau_multiple: 3,
  },
  // L: Williams 2017 (EWMA λ = 2/(N+1)); zero seed and the 28-day coverage rule are H.
  acwr: { method: 'ewma', acute_n: 7, chronic_n: 28, seed: 'zero', min_coverage_days: 28, min_chronic: 1e-6 },
  // L: Foster 1998 (SD type unspecified there -> H: population).
  monotony: { window_days: 7, sd: 'population' },
  // SRC: GoldenCheetah buckets by the local start date.
  day_boundary: { tz_source: 'session_then_profile', policy: 'start_date' },
  load: {
    ladder: ['power', 'pace', 'hr', 'srpe', 'lifting_sets', 'met', 'duration'],
    // H: heart rate under-reads resistance training (Foster 2001), so strength prefers RPE and sets.
    ladder_by_category: { strength: ['srpe', 'lifting_sets', 'hr', 'met', 'duration'] },
    power: { np_padding: 'zero_ring_buffer' }, // SRC: GoldenCheetah Coggan.cpp
    hr: {
      trimp: { male: [0.64, 1.92], female: [0.86, 1.67], unspecified: 'mean_of_curves' }, // L: Morton 1990 / H
      normalise: 'trimp100_lthr', // SRC: GoldenCheetah TRIMP100Points
      lthr_fallback_hrr_fraction: 0.85, // H
      hr_max_estimator: { default: 'tanaka', female: 'tanaka' }, // L: Tanaka 2001
      resting_hr_default: 60, // H
      min_reserve_bpm: 20, // H: below this HR reserve TRIMP is meaningless
    },
    srpe: {
      // H; '0' (rest) added to the §5.3 table so every CR-10 rating maps.
      if_by_rpe: {
        '0': 0,
        '1': 0.5,
        '2': 0.55,
        '3': 0.65,
        '4': 0.75,
        '5': 0.8,
        '6': 0.85,
        '7': 0.9,
        '8': 0.95,
        '9': 1.0,
        '10': 1.05,
      },
    },
    lifting_sets: {
      per_hard_set_lu: 4.5,
      systemic_factor: { compound_lower: 1.5, compound_upper: 1.0, isolation: 0.5 },
      heavy_compound_max_rir: 2, // H: a compound set this close to failure makes the session "heavy compound"
    },
    met: { threshold_met: 10, threshold_from_vo2max: true }, // H: MET_thr = 0.8·VO2max/3.5 when VO2max is known
    duration_only: {
      // H: hobby 0.6 and cardio 0.7 from §5.3; the other categories are our own.
      default_if: { strength: 0.65, cardio: 0.7, mobility: 0.4, sport: 0.7, hobby: 0.6, recovery: 0.3, other: 0.6 },
    },
  },
  muscles: {
    taxonomy: 'canonical-v1',
    role_weights: { primary: 1.0, secondary: 0.5, stabilizer: 0.2 }, // L: Pelland 2024 (0.5) / H (0.2)
    rir_multiplier: { '0': 1.2, '1': 1.0, '2': 0.9, '3': 0.8, '4': 0.6, '5+': 0.4, unknown: 0.8 }, // L-anchored / H
    // L-anchored (Thomas 2018, Radaelli 2012) / H; 'default' for muscles not listed.
    recovery_hours_90: {
      quadriceps: 72,
      glutes: 72,
      hamstrings: 72,
      lower_back: 72,
      adductors: 72,
      chest: 60,
      lats: 60,
      middle_back: 60,
      traps: 60,
      shoulders: 48,
      triceps: 48,
      biceps: 48,
      abdominals: 36,
      forearms: 36,
      calves: 36,
      default: 48,
    },
    capacity_hse: { default: 8, quadriceps: 10, glutes: 10, hamstrings: 10, chest: 10, lats: 10, middle_back: 10 }, // H
  },
  systemic: {
    acute: { recovery_hours_90: 48, display_cap: { min_lu: 100, ctl_multiplier: 1.5 } }, // L-anchored (Thomas 2018) / H
  },
  impulse: { placement: 'end' },
  // All magnitudes, CNS factors and hse_per_100_lu values are H; MET values are L (Compendium 2011/2024).
  activities: {
    running: {
      category: 'cardio',
      systemic_weight: 1.0,
      cns_factor: 0.9,
      hse_per_100_lu: 6,
      muscles: [
        { muscle: 'quadriceps', role: 'primary', magnitude: 0.9 },
        { muscle: 'calves', role: 'primary', magnitude: 0.9 },
        { muscle: 'glutes', role: 'primary', magnitude: 0.7 },
        { muscle: 'hamstrings', role: 'secondary', magnitude: 0.7 },
      ],
    },
    cycling: {
      category: 'cardio',
      systemic_weight: 1.0,
      cns_factor: 0.8,
      hse_per_100_lu: 4,
      muscles: [
        { muscle: 'quadriceps', role: 'primary', magnitude: 1.0 },
        { muscle: 'glutes', role: 'primary', magnitude: 0.7 },
        { muscle: 'calves', role: 'secondary', magnitude: 0.5 },
        { muscle: 'hamstrings', role: 'secondary', magnitude: 0.4 },
      ],
    },
    hiking: {
      category: 'hobby',
      systemic_weight: 1.0,
      cns_factor: 0.4,
      hse_per_100_lu: 4,
      met: 6.0,
      eccentric_per_descent_km: { quadriceps: 0.5 },
      muscles: [
        { muscle: 'quadriceps', role: 'primary', magnitude: 1.0 },
        { muscle: 'glutes', role: 'primary', magnitude: 0.8 },
        { muscle: 'calves', role: 'primary', magnitude: 0.8 },
        { muscle: 'hamstrings', role: 'secondary', magnitude: 0.6 },
      ],
    },
    tennis: {
      category: 'sport',
      systemic_weight: 1.0,
      cns_factor: 0.8,
      hse_per_100_lu: 4,
      met: 8.0,
      muscles: [
        { muscle: 'forearms', role: 'primary', magnitude: 0.8 },
        { muscle: 'shoulders', role: 'primary', magnitude: 0.7 },
        { muscle: 'calves', role: 'primary', magnitude: 0.8 },
        { muscle: 'quadriceps', role: 'secondary', magnitude: 0.6 },
        { muscle: 'glutes', role: 'secondary', magnitude: 0.5 },
        { muscle: 'abdominals', role: 'secondary', magnitude: 0.6 },
      ],
    },
    climbing: {
      category: 'sport',
      systemic_weight: 0.8,
      cns_factor: 1.0,
      hse_per_100_lu: 8,
      met: 7.5,
      muscles: [
        { muscle: 'forearms', role: 'primary', magnitude: 1.0 },
        { muscle: 'lats', role: 'primary', magnitude: 0.9 },
        { muscle: 'biceps', role: 'primary', magnitude: 0.7 },
        { muscle: 'middle_back', role: 'secondary', magnitude: 0.6 },
        { muscle: 'shoulders', role: 'secondary', magnitude: 0.5 },
        { muscle: 'abdominals', role: 'stabilizer', magnitude: 0.5 },
      ],
    },
    lifting: { category: 'strength', systemic_weight: 1.0, cns_factor: 1.0, heavy_compound_cns_factor: 1.2 },
  },
  // H: unknown activities count systemically at full weight but reach no muscle.
  default_activity: { systemic_weight: 1.0, cns_factor: 0.8, hse_per_100_lu: 0 },
  // Published dedup heuristics: start within ±5 min (pacelore), overlap of the longer session >= 80 %.
  dedup: { max_start_diff_seconds: 300, min_overlap_ratio: 0.8 },
  // H: WHOOP-like bands, Oura-like 2-week minimum baseline, ln(RMSSD) for HRV.
  readiness: {
    baseline_days: 28,
    min_baseline_days: 7,
    weights: { hrv: 0.4, resting_hr: 0.3, sleep: 0.3 },
    score_per_sd: 25,
    sleep_target_hours: 8,
    sd_floor: { ln_hrv: 0.05, resting_hr_bpm: 1 },
    bands: { high_min: 67, low_max: 33 },
  },
  forecast: { days: 14 },
} satisfies HeuristicsConfigInput;

/**
 * The v0 heuristics config of fatigue.md §5.3 (`fatigue-heuristics@0.1.0`), in snake_case, validated and hashed.
 * Every value is tagged in the source as literature-anchored (L), vendor/source-read (SRC) or our heuristic (H).
 * Override per user with {@link resolveHeuristicsConfig}.
 *
 * @example
 * ```ts
 * DEFAULT_HEURISTICS_CONFIG.pmc.ctl_days; // 42
 * DEFAULT_HEURISTICS_CONFIG.muscles.recovery_hours_90.quadriceps; // 72
 * ```
 */
export const DEFAULT_HEURISTICS_CONFIG: HeuristicsConfig = /* @__PURE__ */ parseHeuristicsConfig(
  DEFAULT_HEURISTICS_CONFIG_SOURCE,
);
