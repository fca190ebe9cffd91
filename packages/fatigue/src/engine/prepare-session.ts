import type { ActivityCategory } from '@trainkit/core';
import type { DedupCandidate } from '../dedup/dedupe-sessions.js';
import type { FatigueSession } from '../inputs/fatigue-session-schema.js';
import { computeSessionLoad } from '../load/compute-session-load.js';
import { multiplierForRir, setRir } from '../load/effort-multiplier.js';
import type { SessionLoad } from '../load/session-load-schema.js';
import { uniformSpreadFactor } from '../state/uniform-spread-factor.js';
import { dayNumberToLocalDate, HOUR_MS } from '../time/day-number.js';
import { dayShares, type DayShare } from '../time/day-shares.js';
import { fixedOffsetClock, ianaZoneClock, type ZoneClock } from '../time/zone-clock.js';
import { activityEntry, type EngineContext } from './engine-context.js';

/** Internal: a validated session with everything the engine derives from it alone. */
export interface PreparedSession extends DedupCandidate {
  readonly session: FatigueSession;
  readonly activity: string;
  readonly category: ActivityCategory;
  /** Local start day (session zone, or profile zone per config): the report's `local_date`, and the day of age. */
  readonly localDay: number;
  /**
   * PMC day shares (start date, or pro rata), by the PMC day rule of `dayShares`: session-zone dates, never later
   * than the profile-zone date of the part's end, so a session ended by `asOf` never lands after `asOf`'s day.
   */
  readonly pmcShares: readonly DayShare[];
  /** When the dose enters the continuous channels. */
  readonly impulseMs: number;
  /** Local day of the start in the profile zone. */
  readonly profileStartDay: number;
  /** Profile-zone day whose end-of-day sample is the first at or after the impulse. */
  readonly impulseDay: number;
  readonly load: SessionLoad;
  readonly cnsFactor: number;
  /** Acute systemic dose in LU (`lu · cnsFactor`). */
  readonly acuteDose: number;
  /** Acute dose as an impulse at `impulseMs` (differs from `acuteDose` only with uniform placement). */
  readonly acuteImpulse: number;
  readonly muscleIndex: readonly number[];
  /** Dose per muscle in HSE. */
  readonly muscleDose: readonly number[];
  /** Dose per muscle as an impulse at `impulseMs`. */
  readonly muscleImpulse: readonly number[];
  readonly warnings: readonly string[];
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

function sessionClock(session: FatigueSession, context: EngineContext): ZoneClock {
  if (context.config.day_boundary.tz_source === 'session_then_profile') {
    if (session.time_zone != null) return ianaZoneClock(session.time_zone);
    if (session.utc_offset_minutes != null) return fixedOffsetClock(session.utc_offset_minutes);
  }
  return context.profileClock;
}

/** Internal: derives load, doses, days and impulse of one validated session. Total. */
export function prepareSession(session: FatigueSession, context: EngineContext, scratch: Float64Array): PreparedSession {
  const config = context.config;
  const registry = context.registry;
  const warnings: string[] = [];
  const startMs = Date.parse(session.started_at);
  const endMs = startMs + Math.round(session.duration_seconds * 1000);
  const clock = sessionClock(session, context);
  const localDay = clock.dayOf(startMs);
  const activity = activityEntry(context, session.activity);
  if (!activity.known) warnings.push(`activity.unknown:${session.activity}`);
  const category = session.category ?? activity.category ?? 'other';
  const computed = computeSessionLoad(session, {
    config,
    profile: context.profile,
    activity: activity.heuristics,
    category,
    localDate: () => dayNumberToLocalDate(localDay),
    systemicClassOf: context.systemicClassOf,
  });
  warnings.push(...computed.warnings);
  const load = computed.load;
  Object.freeze(load.inputs);
  Object.freeze(load);

  // Muscle doses: lifting sets through the movement map, otherwise the activity map.
  const sets = session.sets ?? [];
  let hasWorkSets = false;
  let heavyCompound = false;
  const heavyMaxRir = config.load.lifting_sets.heavy_compound_max_rir;
  const rirTable = config.muscles.rir_multiplier;
  for (let position = 0; position < sets.length; position += 1) {
    const set = sets[position]!;
    if (set.warmup === true) continue;
    hasWorkSets = true;
    const movement = context.movements.get(set.movement_id);
    if (movement === undefined) {
      warnings.push(`movement.unknown:${set.movement_id}`);
      continue;
    }
    const rir = setRir(set);
    if (movement.systemicClass !== 'isolation' && rir <= heavyMaxRir) heavyCompound = true;
    const multiplier = multiplierForRir(rir, rirTable);
    const indices = movement.muscleIndex;
    const weights = movement.weight;
    for (let entry = 0; entry < indices.length; entry += 1) {
      scratch[indices[entry]!]! += weights[entry]! * multiplier;
    }
  }
  if (!hasWorkSets) {
    const perHundred = activity.heuristics.hse_per_100_lu ?? 0;
    if (perHundred > 0) {
      const base = (load.lu_raw / 100) * perHundred;
      const descentKm = (session.descent_m ?? 0) / 1000;
      for (let entry = 0; entry < activity.muscleIndex.length; entry += 1) {
        scratch[activity.muscleIndex[entry]!]! +=
          base * activity.weight[entry]! * (1 + activity.eccentricPerKm[entry]! * descentKm);
      }
    }
  }
  const muscleIndex: number[] = [];
  const muscleDose: number[] = [];
  for (let muscle = 0; muscle < scratch.length; muscle += 1) {
    const dose = scratch[muscle]!;
    if (dose === 0) continue;
    scratch[muscle] = 0;
    muscleIndex.push(muscle);
    muscleDose.push(dose);
    if (!registry.configured[muscle]) warnings.push(`muscle.unknown:${registry.slugs[muscle]!}`);
  }
  const dosed = muscleIndex.length;

  const cnsFactor =
    heavyCompound && activity.heuristics.heavy_compound_cns_factor !== undefined
      ? activity.heuristics.heavy_compound_cns_factor
      : activity.heuristics.cns_factor;
  const acuteDose = load.lu * cnsFactor;
  const placement = config.impulse.placement;
  const impulseMs = placement === 'midpoint' ? Math.floor((startMs + endMs) / 2) : endMs;
  let muscleImpulse: readonly number[] = muscleDose;
  let acuteImpulse = acuteDose;
  if (placement === 'uniform' && endMs > startMs) {
    const hours = (endMs - startMs) / HOUR_MS;
    const spread: number[] = [];
    for (let entry = 0; entry < dosed; entry += 1) {
      spread.push(muscleDose[entry]! * uniformSpreadFactor(hours, registry.tauHours[muscleIndex[entry]!]!));
    }
    muscleImpulse = spread;
    acuteImpulse = acuteDose * uniformSpreadFactor(hours, context.acuteTauHours);
  }

  return {
    id: session.id,
    startMs,
    endMs,
    family: activity.family,
    provider: session.source?.provider ?? null,
    externalId: session.source?.external_id ?? null,
    priority: session.source?.priority ?? 0,
    methodRank: context.methodRank.get(load.method) ?? 0,
    session,
    activity: session.activity,
    category,
    localDay,
    pmcShares: dayShares(startMs, endMs, clock, config.day_boundary.policy, context.profileClock),
    impulseMs,
    profileStartDay: context.profileClock.dayOf(startMs),
    impulseDay: context.profileClock.dayOf(impulseMs - 1),
    load,
    cnsFactor,
    acuteDose,
    acuteImpulse,
    muscleIndex,
    muscleDose,
    muscleImpulse,
    warnings: warnings.length === 0 ? NO_WARNINGS : Object.freeze([...new Set(warnings)].sort()),
  };
}
