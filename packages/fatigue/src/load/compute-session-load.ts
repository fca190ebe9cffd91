import type { ActivityCategory } from '@trainkit/core';
import type { ActivityHeuristics, HeuristicsConfig } from '../config/heuristics-config-schema.js';
import type { LoadMethod, SystemicClass } from '../config/heuristics-enums.js';
import type { FatigueProfile } from '../inputs/fatigue-profile-schema.js';
import type { FatigueSession } from '../inputs/fatigue-session-schema.js';
import { ageOnDate } from './age-on-date.js';
import { banisterTrimp, type HeartRateSegment } from './banister-trimp.js';
import { durationLoadUnits } from './duration-load-units.js';
import { multiplierForRir, setRir } from './effort-multiplier.js';
import { estimateMaxHeartRate } from './estimate-max-heart-rate.js';
import { intensityFromRpe } from './intensity-from-rpe.js';
import { karvonenHeartRate } from './karvonen-heart-rate.js';
import { metLoadUnits } from './met-load-units.js';
import { normalizedPower } from './normalized-power.js';
import { runningTrainingStressScore } from './running-training-stress-score.js';
import { sessionRpeLoad } from './session-rpe-load.js';
import { sessionRpeLoadUnits } from './session-rpe-load-units.js';
import type { SessionLoad } from './session-load-schema.js';
import { trainingStressScore } from './training-stress-score.js';
import { trimp100 } from './trimp-100.js';

/**
 * What the load ladder needs besides the session: config, profile, the resolved activity heuristics and category,
 * the session's local date (age is evaluated there) and the systemic class of each movement.
 *
 * @example
 * ```ts
 * const context: SessionLoadContext = {
 *   config: DEFAULT_HEURISTICS_CONFIG, profile: { time_zone: 'UTC' },
 *   activity: DEFAULT_HEURISTICS_CONFIG.activities.running!, category: 'cardio',
 *   localDate: '2024-06-10', systemicClassOf: () => 'compound_upper',
 * };
 * ```
 */
export interface SessionLoadContext {
  /** Validated heuristics. */
  readonly config: HeuristicsConfig;
  /** Validated profile. */
  readonly profile: FatigueProfile;
  /** Heuristics of the session's activity (the config's `default_activity` when unknown). */
  readonly activity: ActivityHeuristics;
  /** The session's category (session, else activity, else `other`). */
  readonly category: ActivityCategory;
  /** Local date (`YYYY-MM-DD`) of the session start, for age-based estimates (a function: computed only when needed). */
  readonly localDate: string | (() => string);
  /** Systemic class of a movement id. */
  readonly systemicClassOf: (movementId: string) => SystemicClass;
}

type Inputs = Record<string, number | string | boolean | null>;

interface RungResult {
  readonly luRaw: number;
  readonly confidence: SessionLoad['confidence'];
  readonly detail: string;
  readonly inputs: Inputs;
}

function format(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function activeSeconds(session: FatigueSession): number {
  return session.moving_time_seconds ?? session.duration_seconds;
}

function powerRung(session: FatigueSession, context: SessionLoadContext, warnings: string[]): RungResult | null {
  const samples = session.power_samples_w;
  const padding = context.config.load.power.np_padding;
  let np: number | null = session.normalized_power_w ?? null;
  let npSource = 'given';
  if (np === null && samples != null && samples.length > 0) {
    np = normalizedPower(samples, { sampleIntervalSeconds: session.power_sample_interval_seconds ?? 1, padding });
    npSource = `samples(${padding})`;
  }
  if (np === null && session.avg_power_w != null) {
    np = session.avg_power_w;
    npSource = 'average';
  }
  if (np === null) return null;
  const ftp = context.profile.ftp_w;
  if (ftp == null) {
    warnings.push('power.no_ftp');
    return null;
  }
  if (npSource === 'average') warnings.push('power.np_from_average');
  const seconds = activeSeconds(session);
  const luRaw = trainingStressScore({ durationSeconds: seconds, normalizedPowerWatts: np, ftpWatts: ftp });
  return {
    luRaw,
    confidence: 'high',
    detail: `power:tss (np=${format(np)}W ${npSource}, ftp=${format(ftp)}W, seconds=${format(seconds)})`,
    inputs: { np_w: np, np_source: npSource, ftp_w: ftp, seconds },
  };
}

function paceRung(session: FatigueSession, context: SessionLoadContext, warnings: string[]): RungResult | null {
  const speed = session.ngp_m_per_s;
  if (speed == null || !(speed > 0)) return null;
  const threshold = context.profile.threshold_speed_m_per_s;
  if (threshold == null) {
    warnings.push('pace.no_threshold');
    return null;
  }
  const seconds = activeSeconds(session);
  const luRaw = runningTrainingStressScore({ durationSeconds: seconds, ngpSpeed: speed, thresholdSpeed: threshold });
  return {
    luRaw,
    confidence: 'high',
    detail: `pace:rtss (ngp=${format(speed)}m/s, threshold=${format(threshold)}m/s, seconds=${format(seconds)})`,
    inputs: { ngp_m_per_s: speed, threshold_speed_m_per_s: threshold, seconds },
  };
}

function heartRateRung(session: FatigueSession, context: SessionLoadContext, warnings: string[]): RungResult | null {
  const segments: HeartRateSegment[] = [];
  let segmentSource: string;
  if (session.hr_segments != null && session.hr_segments.length > 0) {
    for (const segment of session.hr_segments) {
      segments.push({ durationSeconds: segment.duration_seconds, heartRateBpm: segment.avg_hr_bpm });
    }
    segmentSource = `segments(${session.hr_segments.length})`;
  } else if (session.avg_hr_bpm != null) {
    segments.push({ durationSeconds: activeSeconds(session), heartRateBpm: session.avg_hr_bpm });
    segmentSource = 'average';
  } else {
    return null;
  }

  const hr = context.config.load.hr;
  const profile = context.profile;
  const female = profile.sex === 'female';
  let maxHr: number;
  let maxSource: string;
  let confidence: SessionLoad['confidence'] = 'high';
  if (profile.max_hr_bpm != null) {
    maxHr = profile.max_hr_bpm;
    maxSource = 'profile';
  } else if (profile.birth_date != null) {
    const age = ageOnDate(
      profile.birth_date,
      typeof context.localDate === 'string' ? context.localDate : context.localDate(),
    );
    const formula = female ? hr.hr_max_estimator.female : hr.hr_max_estimator.default;
    maxHr = estimateMaxHeartRate(age, formula);
    maxSource = `${formula}(age=${age})`;
    confidence = 'medium';
    warnings.push(`hr.max_estimated:${formula}`);
  } else {
    warnings.push('hr.max_unknown');
    return null;
  }
  let restHr: number;
  let restSource: string;
  if (profile.resting_hr_bpm != null) {
    restHr = profile.resting_hr_bpm;
    restSource = 'profile';
  } else {
    restHr = hr.resting_hr_default;
    restSource = 'default';
    warnings.push('hr.rest_default');
  }
  if (maxHr - restHr < hr.min_reserve_bpm) {
    warnings.push('hr.reserve_too_small');
    return null;
  }
  let thresholdHr: number;
  let thresholdSource: string;
  if (profile.lthr_bpm != null && profile.lthr_bpm > restHr) {
    thresholdHr = profile.lthr_bpm;
    thresholdSource = 'profile';
  } else {
    thresholdHr = karvonenHeartRate(restHr, maxHr, hr.lthr_fallback_hrr_fraction);
    thresholdSource = `hrr_fraction(${format(hr.lthr_fallback_hrr_fraction)})`;
    warnings.push('hr.lthr_estimated');
  }
  if (segments.some((segment) => segment.heartRateBpm > maxHr)) warnings.push('hr.above_max');

  let curves: Array<readonly [number, number]>;
  let curveName: string;
  if (profile.sex === 'male') {
    curves = [hr.trimp.male];
    curveName = 'male';
  } else if (female) {
    curves = [hr.trimp.female];
    curveName = 'female';
  } else if (hr.trimp.unspecified === 'mean_of_curves') {
    curves = [hr.trimp.male, hr.trimp.female];
    curveName = 'mean_of_curves';
  } else {
    curves = [hr.trimp[hr.trimp.unspecified]];
    curveName = hr.trimp.unspecified;
  }
  let luSum = 0;
  let trimpSum = 0;
  for (const coefficients of curves) {
    const params = { restingHeartRate: restHr, maxHeartRate: maxHr, thresholdHeartRate: thresholdHr, coefficients };
    const trimp = banisterTrimp(segments, params);
    trimpSum += trimp;
    luSum += trimp100(trimp, params) ?? 0;
  }
  const luRaw = luSum / curves.length;
  const trimp = trimpSum / curves.length;
  return {
    luRaw,
    confidence,
    detail:
      `hr:trimp100 (hrMax=${maxSource}=${format(maxHr)}, hrRest=${restSource}=${format(restHr)}, ` +
      `lthr=${thresholdSource}=${format(thresholdHr)}, curve=${curveName}, hr=${segmentSource}, trimp=${format(trimp)})`,
    inputs: {
      hr_max_bpm: maxHr,
      hr_max_source: maxSource,
      hr_rest_bpm: restHr,
      hr_rest_source: restSource,
      lthr_bpm: thresholdHr,
      lthr_source: thresholdSource,
      curve: curveName,
      hr_source: segmentSource,
      trimp,
    },
  };
}

function sessionRpeRung(session: FatigueSession, context: SessionLoadContext): RungResult | null {
  if (session.rpe == null) return null;
  const seconds = activeSeconds(session);
  const table = context.config.load.srpe.if_by_rpe;
  const intensity = intensityFromRpe(session.rpe, table);
  const luRaw = sessionRpeLoadUnits(session.rpe, seconds, table);
  return {
    luRaw,
    confidence: 'medium',
    detail: `srpe:if_table (rpe=${format(session.rpe)}, minutes=${format(seconds / 60)}, if=${format(intensity)})`,
    inputs: { rpe: session.rpe, seconds, intensity_factor: intensity },
  };
}

function liftingSetsRung(session: FatigueSession, context: SessionLoadContext, warnings: string[]): RungResult | null {
  const sets = session.sets;
  if (sets == null) return null;
  const rirTable = context.config.muscles.rir_multiplier;
  const settings = context.config.load.lifting_sets;
  let counted = 0;
  let unknownEffort = 0;
  let luRaw = 0;
  for (const set of sets) {
    if (set.warmup === true) continue;
    counted += 1;
    const rir = setRir(set);
    if (Number.isNaN(rir)) unknownEffort += 1;
    // Same per-set term as liftingSetLoadUnits.
    luRaw +=
      settings.per_hard_set_lu *
      settings.systemic_factor[context.systemicClassOf(set.movement_id)] *
      multiplierForRir(rir, rirTable);
  }
  if (counted === 0) return null;
  if (unknownEffort > 0) warnings.push('lifting.effort_unknown');
  const unknownNote = unknownEffort > 0 ? `, rir unknown on ${unknownEffort} sets -> ${format(rirTable.unknown)}` : '';
  return {
    luRaw,
    confidence: 'medium',
    detail: `lifting_sets:per_set (sets=${counted}, per_hard_set_lu=${format(settings.per_hard_set_lu)}${unknownNote})`,
    inputs: { sets: counted, effort_unknown_sets: unknownEffort, per_hard_set_lu: settings.per_hard_set_lu },
  };
}

function metRung(session: FatigueSession, context: SessionLoadContext): RungResult | null {
  const met = session.met ?? context.activity.met ?? null;
  if (met === null) return null;
  const settings = context.config.load.met;
  const vo2max = context.profile.vo2max_ml_per_kg_min;
  const personal = settings.threshold_from_vo2max && vo2max != null;
  const threshold = personal ? (0.8 * vo2max) / 3.5 : settings.threshold_met;
  const seconds = activeSeconds(session);
  const luRaw = metLoadUnits(met, seconds, threshold);
  const metSource = session.met != null ? 'session' : 'activity';
  return {
    luRaw,
    confidence: 'medium',
    detail:
      `met:squared (met=${format(met)} ${metSource}, threshold=${format(threshold)} ` +
      `${personal ? 'vo2max' : 'config'}, minutes=${format(seconds / 60)})`,
    inputs: { met, met_source: metSource, threshold_met: threshold, seconds },
  };
}

function durationRung(session: FatigueSession, context: SessionLoadContext, warnings: string[]): RungResult {
  const intensity = context.config.load.duration_only.default_if[context.category];
  const seconds = activeSeconds(session);
  warnings.push('load.duration_only');
  return {
    luRaw: durationLoadUnits(seconds, intensity),
    confidence: 'low',
    detail: `duration:default_if (category=${context.category}, if=${format(intensity)}, minutes=${format(seconds / 60)})`,
    inputs: { category: context.category, intensity_factor: intensity, seconds },
  };
}

function applyRung(
  method: LoadMethod,
  session: FatigueSession,
  context: SessionLoadContext,
  warnings: string[],
): RungResult | null {
  switch (method) {
    case 'power':
      return powerRung(session, context, warnings);
    case 'pace':
      return paceRung(session, context, warnings);
    case 'hr':
      return heartRateRung(session, context, warnings);
    case 'srpe':
      return sessionRpeRung(session, context);
    case 'lifting_sets':
      return liftingSetsRung(session, context, warnings);
    case 'met':
      return metRung(session, context);
    case 'duration':
      return durationRung(session, context, warnings);
  }
}

/**
 * The load of one session by the recorded ladder (fatigue.md §5.2 step 3): the first rung of the category's ladder
 * (`load.ladder_by_category`, else `load.ladder`) whose inputs are present gives `lu_raw`; `lu = lu_raw ·
 * systemic_weight`. The method, its inputs and any fallbacks (estimated HRmax, default resting HR, ...) are
 * recorded; warnings name what was estimated or missing. Total: never throws, never returns NaN.
 *
 * @example
 * ```ts
 * const { load } = computeSessionLoad(session, context);
 * load.method; // 'hr'
 * load.detail; // 'hr:trimp100 (hrMax=profile=190, hrRest=profile=60, lthr=profile=172, ...)'
 * ```
 */
export function computeSessionLoad(
  session: FatigueSession,
  context: SessionLoadContext,
): { load: SessionLoad; warnings: string[] } {
  const warnings: string[] = [];
  const ladder = context.config.load.ladder_by_category[context.category] ?? context.config.load.ladder;
  let method: LoadMethod = 'duration';
  let result: RungResult | null = null;
  for (const rung of ladder) {
    result = applyRung(rung, session, context, warnings);
    if (result !== null) {
      method = rung;
      break;
    }
  }
  // The schema guarantees 'duration' is on every ladder; this keeps the function total for hand-built configs.
  if (result === null) result = durationRung(session, context, warnings);
  const systemicWeight = context.activity.systemic_weight;
  const luRaw = Number.isFinite(result.luRaw) ? Math.max(0, result.luRaw) : 0;
  return {
    load: {
      method,
      lu: luRaw * systemicWeight,
      lu_raw: luRaw,
      systemic_weight: systemicWeight,
      confidence: result.confidence,
      detail: result.detail,
      inputs: result.inputs,
      srpe_au: session.rpe == null ? null : sessionRpeLoad(session.rpe, activeSeconds(session)),
    },
    warnings,
  };
}
