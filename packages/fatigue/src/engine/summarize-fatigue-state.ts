import { toValidationIssues, ValidationError, type Instant } from '@trainkit/core';
import { z } from 'zod';
import { FATIGUE_ENGINE } from '../engine-version.js';
import { FatigueSessionSchema, type FatigueSession, type FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { RecoverySignalSchema, type RecoverySignal } from '../inputs/recovery-signal-schema.js';
import { pmcDecay } from '../pmc/pmc-decay.js';
import { computeReadiness } from '../readiness/compute-readiness.js';
import { fatiguePercent } from '../state/fatigue-percent.js';
import { hoursToRecovery } from '../state/hours-to-recovery.js';
import { ewmaAcwr } from '../stats/ewma-acwr.js';
import { rollingAcwr } from '../stats/rolling-acwr.js';
import { trainingMonotony } from '../stats/training-monotony.js';
import { dayNumberToLocalDate } from '../time/day-number.js';
import type { EngineContext } from './engine-context.js';
import type { FatigueReport, ReportSession } from './fatigue-report-schema.js';
import { prepareAll, type FatigueState } from './fatigue-state.js';
import type { PreparedSession } from './prepare-session.js';
import { collapseSameIds, INPUT_SUBJECT } from './resolve-engine-input.js';

const SummaryOptionsSchema = z.strictObject({
  plannedSessions: z.array(FatigueSessionSchema).max(10_000).nullish(),
  recoverySignals: z.array(RecoverySignalSchema).max(100_000).nullish(),
  includeMuscleSeries: z.boolean().nullish(),
});

/**
 * What a report adds to a state: planned sessions (forecast), recovery signals (readiness) and whether to include
 * the per-day per-muscle series.
 *
 * @example
 * ```ts
 * const options: SummaryOptions = { plannedSessions: [], recoverySignals: [], includeMuscleSeries: false };
 * ```
 */
export interface SummaryOptions {
  /** Planned sessions for the forecast (the forecast is null without them). */
  readonly plannedSessions?: readonly FatigueSessionInput[] | null;
  /** Recovery signals for readiness. */
  readonly recoverySignals?: readonly z.input<typeof RecoverySignalSchema>[] | null;
  /** Include `muscle_series`. */
  readonly includeMuscleSeries?: boolean | null;
}

function instant(epochMs: number): Instant {
  return new Date(epochMs).toISOString() as Instant;
}

/** Internal: the report record of a prepared session. */
export function reportSession(session: PreparedSession, context: EngineContext): ReportSession {
  const doses: Record<string, number> = {};
  for (let entry = 0; entry < session.muscleIndex.length; entry += 1) {
    doses[context.registry.slugs[session.muscleIndex[entry]!]!] = session.muscleDose[entry]!;
  }
  const endedAt = instant(session.endMs);
  return {
    id: session.id,
    activity: session.activity,
    category: session.category,
    started_at: session.session.started_at,
    ended_at: endedAt,
    impulse_at: session.impulseMs === session.endMs ? endedAt : instant(session.impulseMs),
    local_date: dayNumberToLocalDate(session.localDay),
    pmc_days: session.pmcShares.map((share) => ({
      date: dayNumberToLocalDate(share.day),
      share: share.share,
      lu: session.load.lu * share.share,
    })),
    load: session.load,
    cns_factor: session.cnsFactor,
    systemic_acute_dose_lu: session.acuteDose,
    muscle_doses_hse: doses,
    warnings: session.warnings as string[],
  };
}

interface ForecastResult {
  readonly forecast: FatigueReport['forecast'];
  readonly used: string[];
  readonly ignored: Array<{ id: string; reason: string }>;
}

function buildForecast(state: FatigueState, planned: readonly FatigueSession[] | null | undefined): ForecastResult {
  if (planned == null) return { forecast: null, used: [], ignored: [] };
  const internal = state.internal;
  const context = internal.context;
  const config = context.config;
  const registry = context.registry;
  const buffers = internal.buffers;
  const { unique } = collapseSameIds(planned, 'plannedSessions');
  const asOfDay = internal.asOfDay;
  const lastDay = asOfDay + config.forecast.days;
  const used: PreparedSession[] = [];
  const ignored: Array<{ id: string; reason: string }> = [];
  for (const session of prepareAll(unique, context)) {
    if (session.endMs <= internal.asOfMs) ignored.push({ id: session.id, reason: 'ended_before_as_of' });
    else if (session.pmcShares[0]!.day > lastDay) ignored.push({ id: session.id, reason: 'beyond_horizon' });
    else used.push(session);
  }
  used.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  ignored.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const pmc = config.pmc;
  const ctlDecay = pmcDecay(pmc.ctl_days, pmc.alpha);
  const atlDecay = pmcDecay(pmc.atl_days, pmc.alpha);
  const performedIndex = (day: number) => day - buffers.startDay;
  const performedCtl = (day: number) => {
    const index = performedIndex(day);
    return index >= 0 && index < buffers.length ? buffers.ctl[index]! : pmc.seed.ctl;
  };
  const performedAtl = (day: number) => {
    const index = performedIndex(day);
    return index >= 0 && index < buffers.length ? buffers.atl[index]! : pmc.seed.atl;
  };
  const horizon = lastDay - asOfDay + 1;
  const plannedLoad = new Float64Array(horizon);
  for (const session of used) {
    for (const share of session.pmcShares) {
      const index = share.day - asOfDay;
      if (index >= 0 && index < horizon) plannedLoad[index] = plannedLoad[index]! + session.load.lu * share.share;
    }
  }
  const forecastCtl = new Float64Array(horizon);
  let previousCtl = performedCtl(asOfDay - 1);
  let previousAtl = performedAtl(asOfDay - 1);
  const days: NonNullable<FatigueReport['forecast']>['days'] = [];
  for (let index = 0; index < horizon; index += 1) {
    const day = asOfDay + index;
    const performedIdx = performedIndex(day);
    const loadPerformed = performedIdx >= 0 && performedIdx < buffers.length ? buffers.dailyLoad[performedIdx]! : 0;
    const load = loadPerformed + plannedLoad[index]!;
    const ctl = load * (1 - ctlDecay) + previousCtl * ctlDecay;
    const atl = load * (1 - atlDecay) + previousAtl * atlDecay;
    const tsb = pmc.tsb === 'yesterday' ? previousCtl - previousAtl : ctl - atl;
    forecastCtl[index] = ctl;
    const rampBase = index >= pmc.ramp_days ? forecastCtl[index - pmc.ramp_days]! : performedCtl(day - pmc.ramp_days);
    previousCtl = ctl;
    previousAtl = atl;

    const sample = context.profileClock.startOfDay(day + 1);
    const elapsedSinceAsOf = sample - internal.asOfMs;
    const values = new Float64Array(registry.slugs.length);
    for (let muscle = 0; muscle < values.length; muscle += 1) {
      values[muscle] = internal.current.muscles[muscle]! * Math.exp(-elapsedSinceAsOf * registry.inverseTauMs[muscle]!);
    }
    let acute = internal.current.acute * Math.exp(-elapsedSinceAsOf * context.acuteInverseTauMs);
    for (const session of used) {
      const elapsed = sample - session.impulseMs;
      if (elapsed < 0) continue;
      for (let entry = 0; entry < session.muscleIndex.length; entry += 1) {
        const muscle = session.muscleIndex[entry]!;
        values[muscle] = values[muscle]! + session.muscleImpulse[entry]! * Math.exp(-elapsed * registry.inverseTauMs[muscle]!);
      }
      acute += session.acuteImpulse * Math.exp(-elapsed * context.acuteInverseTauMs);
    }
    const muscles: Record<string, { value_hse: number; fatigue_percent: number }> = {};
    registry.slugs.forEach((slug, muscle) => {
      muscles[slug] = { value_hse: values[muscle]!, fatigue_percent: fatiguePercent(values[muscle]!, registry.capacity[muscle]!) };
    });
    days.push({
      date: dayNumberToLocalDate(day),
      load_performed: loadPerformed,
      load_planned: plannedLoad[index]!,
      load,
      ctl,
      atl,
      tsb,
      ramp: ctl - rampBase,
      systemic_acute_lu: acute,
      muscles,
    });
  }
  return {
    forecast: {
      from_date: dayNumberToLocalDate(asOfDay),
      to_date: dayNumberToLocalDate(lastDay),
      sessions: used.map((session) => reportSession(session, context)),
      days,
    },
    used: used.map((session) => session.id),
    ignored,
  };
}

/**
 * Internal: the provenance of a state: engine, heuristics, maps, conventions, sessions used / ignored / excluded,
 * the method per used session and the distinct warnings (those of the used sessions plus `extraWarnings`).
 */
export function stateProvenance(
  state: FatigueState,
  extraWarnings: ReadonlySet<string> = new Set(),
  planned: FatigueReport['provenance']['planned_sessions'] = { used: [], ignored: [] },
): FatigueReport['provenance'] {
  const internal = state.internal;
  const context = internal.context;
  const config = context.config;
  const warnings = new Set(extraWarnings);
  const methods: Record<string, string> = {};
  for (const session of internal.kept) {
    methods[session.id] = session.load.detail;
    for (const warning of session.warnings) warnings.add(warning);
  }
  const excluded = [...internal.sameIdDuplicates, ...internal.excluded.values()].sort(
    (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return {
    engine: FATIGUE_ENGINE,
    heuristics: { id: config.id, version: config.version, sha256: config.sha256 },
    muscle_maps_sha256: context.muscleMapsSha256,
    as_of: state.asOf,
    conventions: {
      pmc_alpha: config.pmc.alpha,
      tsb: config.pmc.tsb,
      day_boundary: config.day_boundary.policy,
      time_zone_source: config.day_boundary.tz_source,
      profile_time_zone: context.profile.time_zone,
      acwr_method: config.acwr.method,
      acwr_seed: config.acwr.seed,
      monotony_sd: config.monotony.sd,
      impulse_placement: config.impulse.placement,
    },
    sessions: {
      used: internal.kept.map((session) => session.id),
      ignored_after_as_of: [...internal.pendingIds],
      excluded_duplicates: excluded,
    },
    planned_sessions: planned,
    methods,
    warnings: [...warnings].sort(),
  };
}

/** Internal: the report of a state, with already validated planned sessions and recovery signals. */
export function summarizeParsed(
  state: FatigueState,
  planned: readonly FatigueSession[] | null | undefined,
  signals: readonly RecoverySignal[] | null | undefined,
  includeMuscleSeries: boolean,
): FatigueReport {
  const internal = state.internal;
  const context = internal.context;
  const config = context.config;
  const registry = context.registry;
  const buffers = internal.buffers;
  const asOfDay = internal.asOfDay;
  const asOfIndex = asOfDay - buffers.startDay;
  const warnings = new Set<string>();

  // PMC rows.
  const pmc = config.pmc;
  const days: FatigueReport['pmc']['days'] = [];
  for (let index = 0; index < buffers.length; index += 1) {
    const ctl = buffers.ctl[index]!;
    const atl = buffers.atl[index]!;
    const previousCtl = index > 0 ? buffers.ctl[index - 1]! : pmc.seed.ctl;
    const previousAtl = index > 0 ? buffers.atl[index - 1]! : pmc.seed.atl;
    days.push({
      date: dayNumberToLocalDate(buffers.startDay + index),
      load: buffers.dailyLoad[index]!,
      ctl,
      atl,
      tsb: pmc.tsb === 'yesterday' ? previousCtl - previousAtl : ctl - atl,
      ramp: ctl - (index >= pmc.ramp_days ? buffers.ctl[index - pmc.ramp_days]! : pmc.seed.ctl),
    });
  }
  const today = days[asOfIndex]!;

  // History and coverage.
  let firstSessionDay = Number.POSITIVE_INFINITY;
  for (const session of internal.kept) firstSessionDay = Math.min(firstSessionDay, session.pmcShares[0]!.day);
  const historyStart =
    internal.historyStartDay ?? (Number.isFinite(firstSessionDay) ? firstSessionDay : null);
  const historyDays = historyStart !== null && historyStart <= asOfDay ? asOfDay - historyStart + 1 : 0;
  const tracked = (day: number) => historyStart !== null && day >= historyStart && !internal.untrackedDays.has(day);
  const pmcWarmingUp = historyDays < pmc.warming_up_tau_multiple * pmc.ctl_days;
  if (pmcWarmingUp) warnings.add('pmc.warming_up');

  // ACWR over the history.
  const acwrConfig = config.acwr;
  const acwrDays: FatigueReport['acwr']['days'] = [];
  let acwrNow: { acute: number | null; chronic: number | null; ratio: number | null } = { acute: null, chronic: null, ratio: null };
  let nullReason: FatigueReport['acwr']['null_reason'] = 'no_history';
  if (historyStart !== null && historyStart <= asOfDay) {
    const from = historyStart - buffers.startDay;
    const loads = buffers.dailyLoad.subarray(from, buffers.length);
    let acute: ArrayLike<number | null>;
    let chronic: ArrayLike<number | null>;
    let ratio: ArrayLike<number | null>;
    if (acwrConfig.method === 'ewma') {
      ({ acute, chronic, ratio } = ewmaAcwr(loads, {
        acuteN: acwrConfig.acute_n,
        chronicN: acwrConfig.chronic_n,
        seed: acwrConfig.seed,
        minChronic: acwrConfig.min_chronic,
      }));
    } else {
      ({ acute, chronic, ratio } = rollingAcwr(loads, {
        acuteDays: acwrConfig.acute_n,
        chronicDays: acwrConfig.chronic_n,
        coupling: acwrConfig.method === 'rolling_coupled' ? 'coupled' : 'uncoupled',
        tracked: Array.from({ length: loads.length }, (_, index) => tracked(historyStart + index)),
        minChronic: acwrConfig.min_chronic,
      }));
    }
    for (let index = 0; index < loads.length; index += 1) {
      acwrDays.push({
        date: dayNumberToLocalDate(historyStart + index),
        acute: acute[index] ?? null,
        chronic: chronic[index] ?? null,
        ratio: ratio[index] ?? null,
      });
    }
    const nowIndex = asOfDay - historyStart;
    acwrNow = acwrDays[nowIndex]!;
    if (acwrNow.ratio !== null) nullReason = null;
    else if (acwrConfig.method !== 'ewma' && nowIndex < acwrConfig.chronic_n - 1) nullReason = 'insufficient_window';
    else if (acwrNow.acute === null || acwrNow.chronic === null) nullReason = 'no_tracked_days';
    else nullReason = 'low_chronic';
  }
  let trackedInWindow = 0;
  for (let day = asOfDay - acwrConfig.chronic_n + 1; day <= asOfDay; day += 1) if (tracked(day)) trackedInWindow += 1;
  let trackedTotal = 0;
  if (historyStart !== null) for (let day = historyStart; day <= asOfDay; day += 1) if (tracked(day)) trackedTotal += 1;
  const acwrWarmingUp = trackedTotal < acwrConfig.min_coverage_days;
  if (acwrWarmingUp) warnings.add('acwr.warming_up');
  if (trackedInWindow < acwrConfig.chronic_n && historyStart !== null) warnings.add('acwr.reduced_coverage');

  // Monotony and strain over the window ending today.
  const window = config.monotony.window_days;
  const windowLoads: number[] = [];
  let complete = true;
  for (let day = asOfDay - window + 1; day <= asOfDay; day += 1) {
    if (!tracked(day)) complete = false;
    const index = day - buffers.startDay;
    windowLoads.push(index >= 0 && index < buffers.length ? buffers.dailyLoad[index]! : 0);
  }
  const monotonyResult = trainingMonotony(windowLoads, { sd: config.monotony.sd });
  const monotonyReason = complete ? monotonyResult.reason : 'incomplete_coverage';
  if (!complete) warnings.add('monotony.incomplete_coverage');

  // Current per-muscle and systemic state.
  const muscles: FatigueReport['muscles'] = {};
  registry.slugs.forEach((slug, muscle) => {
    const value = internal.current.muscles[muscle]!;
    const capacity = registry.capacity[muscle]!;
    const percent = fatiguePercent(value, capacity);
    muscles[slug] = {
      value_hse: value,
      fatigue_percent: percent,
      recovered_percent: 100 - percent,
      hours_to_90_percent_recovered: hoursToRecovery({ value, tauHours: registry.tauHours[muscle]!, capacity }),
      tau_hours: registry.tauHours[muscle]!,
      recovery_hours_90: registry.recoveryHours90[muscle]!,
      capacity_hse: capacity,
      configured: registry.configured[muscle]!,
    };
  });
  const cap = Math.max(config.systemic.acute.display_cap.min_lu, config.systemic.acute.display_cap.ctl_multiplier * today.ctl);
  const acute = internal.current.acute;

  const forecast = buildForecast(state, planned);
  const readiness = computeReadiness(signals ?? [], { date: state.asOfDate, config });
  if (readiness.status !== 'ok' && signals != null && signals.length > 0) warnings.add(`readiness.${readiness.status}`);

  const sessions = internal.kept.map((session) => reportSession(session, context));

  let muscleSeries: FatigueReport['muscle_series'] = null;
  if (includeMuscleSeries) {
    const end = Math.min(buffers.length, asOfIndex + 1);
    const seriesByMuscle: Record<string, number[]> = {};
    registry.slugs.forEach((slug, muscle) => {
      seriesByMuscle[slug] = Array.from(buffers.muscleSeries[muscle]!.subarray(0, end));
    });
    muscleSeries = {
      dates: days.slice(0, end).map((day) => day.date),
      muscles: seriesByMuscle,
      systemic_acute_lu: Array.from(buffers.acuteSeries.subarray(0, end)),
    };
  }

  return {
    as_of: state.asOf,
    as_of_date: state.asOfDate,
    systemic: {
      value_lu: acute,
      percent: fatiguePercent(acute, cap),
      display_cap_lu: cap,
      tau_hours: context.acuteTauHours,
      recovery_hours_90: config.systemic.acute.recovery_hours_90,
      hours_to_90_percent_recovered: hoursToRecovery({ value: acute, tauHours: context.acuteTauHours, capacity: cap }),
    },
    muscles,
    pmc: {
      convention: {
        alpha: pmc.alpha,
        tsb: pmc.tsb,
        ctl_days: pmc.ctl_days,
        atl_days: pmc.atl_days,
        ramp_days: pmc.ramp_days,
        seed_ctl: pmc.seed.ctl,
        seed_atl: pmc.seed.atl,
      },
      load: today.load,
      ctl: today.ctl,
      atl: today.atl,
      tsb: today.tsb,
      ramp: today.ramp,
      history_days: historyDays,
      warming_up: pmcWarmingUp,
      days,
    },
    acwr: {
      method: acwrConfig.method,
      acute_n: acwrConfig.acute_n,
      chronic_n: acwrConfig.chronic_n,
      seed: acwrConfig.seed,
      date: state.asOfDate,
      acute: acwrNow.acute,
      chronic: acwrNow.chronic,
      ratio: acwrNow.ratio,
      null_reason: nullReason,
      coverage: {
        tracked_days: trackedInWindow,
        window_days: acwrConfig.chronic_n,
        fraction: trackedInWindow / acwrConfig.chronic_n,
      },
      warming_up: acwrWarmingUp,
      days: acwrDays,
    },
    monotony: {
      window_days: window,
      sd_convention: config.monotony.sd,
      from_date: dayNumberToLocalDate(asOfDay - window + 1),
      to_date: state.asOfDate,
      total_load: monotonyResult.total,
      mean: monotonyResult.mean,
      sd: monotonyResult.sd,
      monotony: monotonyReason === null ? monotonyResult.monotony : null,
      strain: monotonyReason === null ? monotonyResult.strain : null,
      null_reason: monotonyReason,
    },
    readiness,
    forecast: forecast.forecast,
    sessions,
    muscle_series: muscleSeries,
    provenance: stateProvenance(state, warnings, { used: forecast.used, ignored: forecast.ignored }),
  };
}

/**
 * The full report of a state (see {@link FatigueReportSchema}), optionally with a forecast from planned sessions and
 * readiness from recovery signals. Planned sessions never enter the performed values. Validates its options at the
 * boundary (`plannedSessions.2.rpe`, ...).
 *
 * @example
 * ```ts
 * const report = summarizeFatigueState(state, { plannedSessions: tomorrowsPlan, recoverySignals });
 * report.forecast?.days[1]?.muscles.quadriceps?.fatigue_percent;
 * ```
 */
export function summarizeFatigueState(state: FatigueState, options: SummaryOptions = {}): FatigueReport {
  const parsed = SummaryOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ValidationError(INPUT_SUBJECT, toValidationIssues(parsed.error.issues), { cause: parsed.error });
  }
  return summarizeParsed(
    state,
    parsed.data.plannedSessions,
    parsed.data.recoverySignals,
    parsed.data.includeMuscleSeries === true,
  );
}
