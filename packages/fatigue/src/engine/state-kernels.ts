import { pmcDecay } from '../pmc/pmc-decay.js';
import type { DayShare } from '../time/day-shares.js';
import type { EngineContext } from './engine-context.js';
import type { PreparedSession } from './prepare-session.js';

/** Internal: one session's share of one PMC day. */
export interface PmcEntry {
  readonly session: PreparedSession;
  readonly share: DayShare;
}

/** Internal: the mutable series of a state under construction (never mutated once the state is returned). */
export interface SeriesBuffers {
  startDay: number;
  length: number;
  /** End of local day k (first instant of day k + 1) in the profile zone, epoch ms. */
  sampleMs: Float64Array;
  pmcBuckets: Array<PmcEntry[] | undefined>;
  impulseBuckets: Array<PreparedSession[] | undefined>;
  dailyLoad: Float64Array;
  ctl: Float64Array;
  atl: Float64Array;
  muscleSeries: Float64Array[];
  acuteSeries: Float64Array;
}

/** Internal: compares sessions by start, then id (the canonical summation order). */
export function compareSessions(a: PreparedSession, b: PreparedSession): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Internal: allocates buffers for `length` days from `startDay` (capacity rounded up). */
export function allocateBuffers(context: EngineContext, startDay: number, length: number): SeriesBuffers {
  const capacity = Math.max(16, length);
  const muscles = context.registry.slugs.length;
  const buffers: SeriesBuffers = {
    startDay,
    length: 0,
    sampleMs: new Float64Array(capacity),
    pmcBuckets: [],
    impulseBuckets: [],
    dailyLoad: new Float64Array(capacity),
    ctl: new Float64Array(capacity),
    atl: new Float64Array(capacity),
    muscleSeries: Array.from({ length: muscles }, () => new Float64Array(capacity)),
    acuteSeries: new Float64Array(capacity),
  };
  extendAxis(buffers, context, length);
  return buffers;
}

function grow(array: Float64Array, capacity: number): Float64Array {
  const grown = new Float64Array(capacity);
  grown.set(array);
  return grown;
}

/** Internal: a deep-enough copy for copy-on-write updates (typed arrays copied, bucket arrays shared until touched). */
export function cloneBuffers(source: SeriesBuffers, extraDays: number): SeriesBuffers {
  const capacity = Math.max(source.sampleMs.length, source.length + extraDays);
  const copy = (array: Float64Array) => {
    const copied = new Float64Array(capacity);
    copied.set(array.subarray(0, source.length));
    return copied;
  };
  return {
    startDay: source.startDay,
    length: source.length,
    sampleMs: copy(source.sampleMs),
    pmcBuckets: source.pmcBuckets.slice(),
    impulseBuckets: source.impulseBuckets.slice(),
    dailyLoad: copy(source.dailyLoad),
    ctl: copy(source.ctl),
    atl: copy(source.atl),
    muscleSeries: source.muscleSeries.map(copy),
    acuteSeries: copy(source.acuteSeries),
  };
}

/** Internal: extends the axis to `length` days (new days empty, series not yet computed). */
export function extendAxis(buffers: SeriesBuffers, context: EngineContext, length: number): void {
  if (length <= buffers.length) return;
  if (length > buffers.sampleMs.length) {
    const capacity = Math.max(length, Math.ceil(buffers.sampleMs.length * 1.5));
    buffers.sampleMs = grow(buffers.sampleMs, capacity);
    buffers.dailyLoad = grow(buffers.dailyLoad, capacity);
    buffers.ctl = grow(buffers.ctl, capacity);
    buffers.atl = grow(buffers.atl, capacity);
    buffers.muscleSeries = buffers.muscleSeries.map((series) => grow(series, capacity));
    buffers.acuteSeries = grow(buffers.acuteSeries, capacity);
  }
  const clock = context.profileClock;
  for (let day = buffers.length; day < length; day += 1) {
    buffers.sampleMs[day] = clock.startOfDay(buffers.startDay + day + 1);
    buffers.dailyLoad[day] = 0;
    buffers.pmcBuckets.push(undefined);
    buffers.impulseBuckets.push(undefined);
  }
  buffers.length = length;
}

/** Internal: inserts a session into a sorted bucket array (copy-on-write). */
function insertSorted<T>(bucket: readonly T[] | undefined, item: T, compare: (a: T, b: T) => number): T[] {
  const next = bucket === undefined ? [] : bucket.slice();
  let low = 0;
  let high = next.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(next[middle]!, item) < 0) low = middle + 1;
    else high = middle;
  }
  next.splice(low, 0, item);
  return next;
}

const comparePmcEntries = (a: PmcEntry, b: PmcEntry) => compareSessions(a.session, b.session);

/**
 * Internal: adds (or removes) a kept session to the buckets, copy-on-write. Returns the first PMC day index and the
 * impulse day index it touches.
 */
export function placeSession(
  buffers: SeriesBuffers,
  session: PreparedSession,
  mode: 'add' | 'remove',
): { pmcDay: number; impulseDay: number } {
  let firstPmcDay = Number.POSITIVE_INFINITY;
  for (const share of session.pmcShares) {
    const day = share.day - buffers.startDay;
    firstPmcDay = Math.min(firstPmcDay, day);
    const bucket = buffers.pmcBuckets[day];
    buffers.pmcBuckets[day] =
      mode === 'add'
        ? insertSorted(bucket, { session, share }, comparePmcEntries)
        : (bucket ?? []).filter((entry) => entry.session !== session);
  }
  const day = session.impulseDay - buffers.startDay;
  const bucket = buffers.impulseBuckets[day];
  buffers.impulseBuckets[day] =
    mode === 'add' ? insertSorted(bucket, session, compareSessions) : (bucket ?? []).filter((entry) => entry !== session);
  return { pmcDay: firstPmcDay, impulseDay: day };
}

/** Internal: recomputes daily loads of the given days from their buckets (canonical order). */
export function recomputeDailyLoads(buffers: SeriesBuffers, days: Iterable<number>): void {
  for (const day of days) {
    let total = 0;
    for (const entry of buffers.pmcBuckets[day] ?? []) total += entry.session.load.lu * entry.share.share;
    buffers.dailyLoad[day] = total;
  }
}

/** Internal: the PMC recursion from day `from` to the end of the axis (GoldenCheetah `PMCData.cpp`). */
export function recomputePmc(buffers: SeriesBuffers, context: EngineContext, from: number): void {
  const pmc = context.config.pmc;
  const ctlDecay = pmcDecay(pmc.ctl_days, pmc.alpha);
  const atlDecay = pmcDecay(pmc.atl_days, pmc.alpha);
  const ctlAlpha = 1 - ctlDecay;
  const atlAlpha = 1 - atlDecay;
  let previousCtl = from > 0 ? buffers.ctl[from - 1]! : pmc.seed.ctl;
  let previousAtl = from > 0 ? buffers.atl[from - 1]! : pmc.seed.atl;
  const { dailyLoad, ctl, atl } = buffers;
  for (let day = Math.max(0, from); day < buffers.length; day += 1) {
    const load = dailyLoad[day]!;
    previousCtl = load * ctlAlpha + previousCtl * ctlDecay;
    previousAtl = load * atlAlpha + previousAtl * atlDecay;
    ctl[day] = previousCtl;
    atl[day] = previousAtl;
  }
}

/**
 * Internal: the per-muscle and acute systemic series from day `from` to the end of the axis:
 * `S_k = S_{k−1}·e^(−Δ/τ) + Σ_{impulses in (s_{k−1}, s_k]} dᵢ·e^(−(s_k − tᵢ)/τ)` at the end of each local day.
 */
export function recomputeSeries(buffers: SeriesBuffers, context: EngineContext, from: number): void {
  const registry = context.registry;
  const muscles = registry.slugs.length;
  const inverseTau = registry.inverseTauMs;
  const { sampleMs, muscleSeries, acuteSeries } = buffers;
  const acuteInverseTau = context.acuteInverseTauMs;
  const decay = new Float64Array(muscles);
  let decayStep = Number.NaN;
  let acuteDecay = 0;
  for (let day = Math.max(0, from); day < buffers.length; day += 1) {
    const sample = sampleMs[day]!;
    if (day > 0) {
      const step = sample - sampleMs[day - 1]!;
      if (step !== decayStep) {
        decayStep = step;
        for (let muscle = 0; muscle < muscles; muscle += 1) decay[muscle] = Math.exp(-step * inverseTau[muscle]!);
        acuteDecay = Math.exp(-step * acuteInverseTau);
      }
      for (let muscle = 0; muscle < muscles; muscle += 1) {
        const series = muscleSeries[muscle]!;
        series[day] = series[day - 1]! * decay[muscle]!;
      }
      acuteSeries[day] = acuteSeries[day - 1]! * acuteDecay;
    } else {
      for (let muscle = 0; muscle < muscles; muscle += 1) muscleSeries[muscle]![0] = 0;
      acuteSeries[0] = 0;
    }
    const bucket = buffers.impulseBuckets[day];
    if (bucket === undefined) continue;
    for (const session of bucket) {
      const elapsed = sample - session.impulseMs;
      const indices = session.muscleIndex;
      const impulses = session.muscleImpulse;
      for (let entry = 0; entry < indices.length; entry += 1) {
        const muscle = indices[entry]!;
        const series = muscleSeries[muscle]!;
        series[day] = series[day]! + impulses[entry]! * Math.exp(-elapsed * inverseTau[muscle]!);
      }
      acuteSeries[day] = acuteSeries[day]! + session.acuteImpulse * Math.exp(-elapsed * acuteInverseTau);
    }
  }
}

/** Below this exponent `Math.exp` returns exactly 0, so older impulses add exactly nothing. */
const EXP_UNDERFLOW = -746;
/** Longest session (validation bound): an impulse is at most this long after its session's start. */
const MAX_SESSION_MS = 14 * 86_400_000;

/**
 * Internal: the continuous channels at an instant, by direct summation over the kept sessions in canonical order
 * (the same order {@link explain} uses, so its contributions sum to these values exactly). Sessions so old that
 * every kernel has underflowed to exactly 0 are skipped: adding 0 changes no bit.
 */
export function stateAt(
  kept: readonly PreparedSession[],
  context: EngineContext,
  atMs: number,
): { muscles: Float64Array; acute: number } {
  const registry = context.registry;
  const muscles = new Float64Array(registry.slugs.length);
  let slowest = context.acuteInverseTauMs;
  for (const inverse of registry.inverseTauMs) slowest = Math.min(slowest, inverse);
  const cutoffMs = atMs + EXP_UNDERFLOW / slowest - MAX_SESSION_MS;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (kept[middle]!.startMs < cutoffMs) low = middle + 1;
    else high = middle;
  }
  let acute = 0;
  for (let position = low; position < kept.length; position += 1) {
    const session = kept[position]!;
    const elapsed = atMs - session.impulseMs;
    if (elapsed < 0) continue;
    const indices = session.muscleIndex;
    const impulses = session.muscleImpulse;
    for (let entry = 0; entry < indices.length; entry += 1) {
      const muscle = indices[entry]!;
      muscles[muscle] = muscles[muscle]! + impulses[entry]! * Math.exp(-elapsed * registry.inverseTauMs[muscle]!);
    }
    acute += session.acuteImpulse * Math.exp(-elapsed * context.acuteInverseTauMs);
  }
  return { muscles, acute };
}
