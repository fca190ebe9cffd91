/**
 * Property tests of the engine for the invariants of fatigue.md §3 (P1–P9, P15, no NaN or Infinity), seeded.
 */
import { TRAINKIT_BOUNDS } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FatigueReportSchema, type FatigueReport } from './fatigue-report-schema.js';
import { computeFatigue } from './compute-fatigue.js';
import { explain } from './explain.js';
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import type { FatigueProfile } from '../inputs/fatigue-profile-schema.js';
import {
  asOfArbitrary,
  ORIGIN_MS,
  profileArbitrary,
  PROPERTY_MAPS,
  sessionFromSeed,
  sessionSeedArbitrary,
  sessionsArbitrary,
  SPAN_MINUTES,
} from '../test-support/arbitraries.js';
import { near, numbersIn } from '../test-support/fixtures.js';
import { localDateToDayNumber } from '../time/day-number.js';
import { ianaZoneClock } from '../time/zone-clock.js';

const SEED = 20_240_612;
const RUNS = 120;

function report(sessions: readonly FatigueSessionInput[], profile: FatigueProfile, asOf: string, extra: object = {}): FatigueReport {
  return computeFatigue({ sessions, profile, asOf, muscleMaps: PROPERTY_MAPS, includeMuscleSeries: true, ...extra });
}

function channels(result: FatigueReport): Record<string, number> {
  const values: Record<string, number> = {
    systemic: result.systemic.value_lu,
    ctl: result.pmc.ctl,
    atl: result.pmc.atl,
    load: result.pmc.load,
  };
  for (const [muscle, state] of Object.entries(result.muscles)) values[`muscle.${muscle}`] = state.value_hse;
  return values;
}

function withoutProvenanceSessions(result: FatigueReport) {
  return { ...result, provenance: { ...result.provenance, sessions: null } };
}

const sessionEnd = (session: FatigueSessionInput) =>
  Date.parse(session.started_at) + Math.round(session.duration_seconds * 1000);

describe('fatigue engine invariants (fatigue.md §3)', () => {
  it('P1 zero in, zero out; every output finite (no NaN or Infinity for any valid input)', () => {
    fc.assert(
      fc.property(profileArbitrary, asOfArbitrary, (profile, asOf) => {
        const result = report([], profile, asOf);
        for (const value of Object.values(channels(result))) expect(value).toBe(0);
        expect(result.pmc.days.every((day) => day.ctl === 0 && day.atl === 0 && day.tsb === 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 40 },
    );
    fc.assert(
      fc.property(sessionsArbitrary(12), profileArbitrary, asOfArbitrary, (sessions, profile, asOf) => {
        const result = report(sessions, profile, asOf);
        FatigueReportSchema.parse(result);
        for (const [path, value] of numbersIn(result)) {
          if (!Number.isFinite(value)) throw new Error(`${path} = ${value}`);
        }
        for (const value of Object.values(channels(result))) expect(value).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('no NaN or Infinity at the extremes of every input range', () => {
    const extreme = fc.record({
      duration: fc.constantFrom(0, 1, 14 * 86_400),
      hr: fc.constantFrom(TRAINKIT_BOUNDS.heartRateBpm.min, TRAINKIT_BOUNDS.heartRateBpm.max),
      power: fc.constantFrom(0, TRAINKIT_BOUNDS.powerW.max),
      rpe: fc.constantFrom(0, 10),
      met: fc.constantFrom(0.5, 30),
      rir: fc.constantFrom(TRAINKIT_BOUNDS.rir.min, TRAINKIT_BOUNDS.rir.max),
      descent: fc.constantFrom(0, 20_000),
      speed: fc.constantFrom(0, 15),
    });
    fc.assert(
      fc.property(extreme, profileArbitrary, (value, profile) => {
        const start = '2024-03-01T00:00:00.000Z';
        const common = { started_at: start, duration_seconds: value.duration };
        const sessions: FatigueSessionInput[] = [
          { id: 'a', activity: 'running', ...common, avg_hr_bpm: value.hr, hr_segments: [{ duration_seconds: value.duration, avg_hr_bpm: value.hr }] },
          { id: 'b', activity: 'cycling', ...common, normalized_power_w: value.power, power_samples_w: [value.power] },
          { id: 'c', activity: 'hiking', ...common, met: value.met, descent_m: value.descent },
          { id: 'd', activity: 'lifting', ...common, rpe: value.rpe, sets: [{ movement_id: 'squat', rir: value.rir, load_kg: TRAINKIT_BOUNDS.loadKg.max, reps: TRAINKIT_BOUNDS.reps.max }] },
          { id: 'e', activity: 'running', ...common, ngp_m_per_s: value.speed },
          { id: 'f', activity: 'climbing', ...common, moving_time_seconds: value.duration },
        ];
        const result = report(sessions, profile, '2024-03-20T00:00:00.000Z', {
          plannedSessions: [{ id: 'p', activity: 'tennis', started_at: '2024-03-21T00:00:00.000Z', duration_seconds: value.duration }],
          recoverySignals: [{ date: '2024-03-20', hrv_rmssd_ms: 500, resting_hr_bpm: 250, sleep_duration_seconds: 0 }],
        });
        FatigueReportSchema.parse(result);
        for (const [path, number] of numbersIn(result)) if (!Number.isFinite(number)) throw new Error(`${path} = ${number}`);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('P2 monotone decay without load: F(t+Δ) = F(t)·e^(−Δ/τ), and ATL < 1e-3·peak after 60 days', () => {
    fc.assert(
      fc.property(sessionsArbitrary(8), fc.integer({ min: 1, max: 240 }), (sessions, hours) => {
        const last = Math.max(ORIGIN_MS + SPAN_MINUTES * 60_000, ...sessions.map(sessionEnd));
        const first = report(sessions, { time_zone: 'UTC' }, new Date(last).toISOString());
        const later = report(sessions, { time_zone: 'UTC' }, new Date(last + hours * 3_600_000).toISOString());
        for (const [muscle, state] of Object.entries(first.muscles)) {
          const expected = state.value_hse * Math.exp(-hours / state.tau_hours);
          expect(near(later.muscles[muscle]!.value_hse, expected)).toBe(true);
          expect(later.muscles[muscle]!.value_hse).toBeLessThanOrEqual(state.value_hse);
        }
        expect(near(later.systemic.value_lu, first.systemic.value_lu * Math.exp(-hours / first.systemic.tau_hours))).toBe(true);
        const far = report(sessions, { time_zone: 'UTC' }, new Date(last + 60 * 86_400_000).toISOString());
        const peak = Math.max(0, ...far.pmc.days.map((day) => day.atl));
        expect(far.pmc.atl).toBeLessThanOrEqual(1e-3 * peak + 1e-12);
        for (let index = 1; index < far.pmc.days.length; index += 1) {
          const day = far.pmc.days[index]!;
          if (day.load === 0) expect(day.atl).toBeLessThanOrEqual(far.pmc.days[index - 1]!.atl);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('P3 bounds: fatigue % in [0, 100), CTL/ATL/EWMA in [0, max load], the geometric bound for repeated doses', () => {
    fc.assert(
      fc.property(sessionsArbitrary(12), asOfArbitrary, (sessions, asOf) => {
        const result = report(sessions, { time_zone: 'UTC' }, asOf);
        for (const state of Object.values(result.muscles)) {
          expect(state.fatigue_percent).toBeGreaterThanOrEqual(0);
          expect(state.fatigue_percent).toBeLessThan(100);
        }
        const maxLoad = Math.max(0, ...result.pmc.days.map((day) => day.load));
        for (const day of result.pmc.days) {
          for (const value of [day.ctl, day.atl]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(maxLoad * (1 + 1e-12));
          }
        }
        for (const day of result.acwr.days) {
          for (const value of [day.acute, day.chronic]) {
            expect(value!).toBeGreaterThanOrEqual(0);
            expect(value!).toBeLessThanOrEqual(maxLoad * (1 + 1e-12));
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 96 }), fc.integer({ min: 0, max: 200 }), (count, spacingHours, extraHours) => {
        const sessions = Array.from({ length: count }, (_, index) => ({
          id: `r${index}`,
          activity: 'lifting',
          started_at: new Date(ORIGIN_MS + index * spacingHours * 3_600_000).toISOString(),
          duration_seconds: 0,
          rpe: 7,
          sets: [{ movement_id: 'squat', rir: 2 }, { movement_id: 'squat', rir: 2 }, { movement_id: 'squat', rir: 2 }],
          source: { provider: 'manual', external_id: `r${index}` },
        }));
        const asOf = new Date(ORIGIN_MS + ((count - 1) * spacingHours + (extraHours % (spacingHours + 1))) * 3_600_000).toISOString();
        const quadriceps = report(sessions, { time_zone: 'UTC' }, asOf).muscles.quadriceps!;
        const bound = 2.7 / (1 - Math.exp(-spacingHours / quadriceps.tau_hours));
        expect(quadriceps.value_hse).toBeLessThanOrEqual(bound * (1 + 1e-12));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P4 causality: later sessions are ignored; adding a session never lowers a channel and leaves earlier days unchanged', () => {
    fc.assert(
      fc.property(sessionsArbitrary(8), sessionSeedArbitrary, asOfArbitrary, (sessions, seed, asOf) => {
        const extra = sessionFromSeed(seed, 'extra');
        const before = report(sessions, { time_zone: 'Europe/Berlin' }, asOf);
        const after = report([...sessions, extra], { time_zone: 'Europe/Berlin' }, asOf);
        if (sessionEnd(extra) > Date.parse(asOf)) {
          expect(after.provenance.sessions.ignored_after_as_of).toContain('extra');
          expect({ ...after, provenance: null }).toEqual({ ...before, provenance: null });
          return;
        }
        const beforeChannels = channels(before);
        for (const [key, value] of Object.entries(channels(after))) {
          if (key === 'load' && extra.started_at.slice(0, 10) !== asOf.slice(0, 10)) continue;
          expect(value).toBeGreaterThanOrEqual((beforeChannels[key] ?? 0) * (1 - 1e-12));
        }
        // Daily values strictly before the new session are bit-for-bit unchanged.
        const startDay = Date.parse(extra.started_at);
        const afterByDate = new Map(after.pmc.days.map((day) => [day.date, day]));
        for (const day of before.pmc.days) {
          if (Date.parse(`${day.date}T00:00:00Z`) + 2 * 86_400_000 <= startDay) expect(afterByDate.get(day.date)).toEqual(day);
        }
        const beforeSeries = before.muscle_series!;
        const afterSeries = after.muscle_series!;
        beforeSeries.dates.forEach((date, index) => {
          if (Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000 > startDay) return;
          const afterIndex = afterSeries.dates.indexOf(date);
          for (const [muscle, values] of Object.entries(beforeSeries.muscles)) {
            expect(afterSeries.muscles[muscle]![afterIndex]).toBe(values[index]);
          }
          expect(afterSeries.systemic_acute_lu[afterIndex]).toBe(beforeSeries.systemic_acute_lu[index]);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P5 superposition: state(A ∪ B) = state(A) + state(B), and explain sums to the state', () => {
    fc.assert(
      fc.property(sessionsArbitrary(6), sessionsArbitrary(6), asOfArbitrary, (a, b, asOf) => {
        const renamed = b.map((session, index) => ({ ...session, id: `b${index}`, source: { provider: 'manual', external_id: `b${index}` } }));
        const both = channels(report([...a, ...renamed], { time_zone: 'UTC' }, asOf));
        const onlyA = channels(report(a, { time_zone: 'UTC' }, asOf));
        const onlyB = channels(report(renamed, { time_zone: 'UTC' }, asOf));
        for (const [key, value] of Object.entries(both)) {
          expect(near(value, (onlyA[key] ?? 0) + (onlyB[key] ?? 0))).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    fc.assert(
      fc.property(sessionsArbitrary(10), asOfArbitrary, (sessions, asOf) => {
        const result = report(sessions, { time_zone: 'Europe/Berlin' }, asOf);
        for (const muscle of Object.keys(result.muscles)) {
          const why = explain(result, 'muscle', muscle);
          expect(why.total).toBe(result.muscles[muscle]!.value_hse);
        }
        expect(explain(result, 'systemic_acute').total).toBe(result.systemic.value_lu);
        for (const channel of ['ctl', 'atl', 'tsb'] as const) {
          const why = explain(result, channel);
          expect(near(why.total, why.reported!)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P6 time shift: shifting every timestamp and asOf by whole days shifts the daily series and keeps the state', () => {
    fc.assert(
      fc.property(fc.array(sessionSeedArbitrary, { maxLength: 8 }), asOfArbitrary, fc.integer({ min: -400, max: 400 }), (seeds, asOf, days) => {
        const shiftMs = days * 86_400_000;
        const profile = { time_zone: 'Etc/GMT-2' };
        const original = report(seeds.map((seed, index) => sessionFromSeed({ ...seed, zone: 'none' }, `s${index}`)), profile, asOf);
        const shifted = report(
          seeds.map((seed, index) => sessionFromSeed({ ...seed, zone: 'none' }, `s${index}`, shiftMs)),
          profile,
          new Date(Date.parse(asOf) + shiftMs).toISOString(),
        );
        const a = channels(original);
        const b = channels(shifted);
        for (const key of Object.keys(a)) expect(near(a[key]!, b[key]!)).toBe(true);
        expect(shifted.pmc.days.length).toBe(original.pmc.days.length);
        original.pmc.days.forEach((day, index) => {
          const moved = shifted.pmc.days[index]!;
          expect(Date.parse(moved.date) - Date.parse(day.date)).toBe(shiftMs);
          expect(moved.ctl).toBe(day.ctl);
          expect(moved.load).toBe(day.load);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P7 permutation invariance: any order of the sessions gives a bit-for-bit identical report', () => {
    const withCopies = sessionsArbitrary(10).map((sessions) => [
      ...sessions,
      ...sessions.slice(0, 4).map((session, index) => ({
        ...session,
        id: `copy${index}`,
        started_at: new Date(Date.parse(session.started_at) + index * 30_000).toISOString(),
        source: { provider: index % 2 === 0 ? 'strava' : 'garmin', external_id: `x${index}`, priority: index - 2 },
      })),
    ]);
    fc.assert(
      fc.property(
        withCopies.chain((sessions) => fc.tuple(fc.constant(sessions), fc.shuffledSubarray(sessions, { minLength: sessions.length }))),
        profileArbitrary,
        asOfArbitrary,
        ([sessions, shuffled], profile, asOf) => {
          expect(report(shuffled, profile, asOf)).toEqual(report(sessions, profile, asOf));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P8 same-day sessions in either order give the same daily load and PMC', () => {
    fc.assert(
      fc.property(sessionSeedArbitrary, sessionSeedArbitrary, fc.integer({ min: 0, max: 1439 }), (first, second, minute) => {
        const day = { ...first, startMinute: 30 * 1440 + (minute % 600) };
        const other = { ...second, startMinute: 30 * 1440 + 600 + (minute % 700) };
        const a = sessionFromSeed(day, 'x');
        const b = sessionFromSeed(other, 'y');
        const asOf = new Date(ORIGIN_MS + 40 * 86_400_000).toISOString();
        const forward = report([a, b], { time_zone: 'UTC' }, asOf);
        const backward = report([b, a], { time_zone: 'UTC' }, asOf);
        expect(backward.pmc).toEqual(forward.pmc);
        expect(backward).toEqual(forward);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('P9 duplicate idempotence: output(x ++ x) = output(x); a cross-provider copy changes nothing', () => {
    fc.assert(
      fc.property(sessionsArbitrary(8), asOfArbitrary, (sessions, asOf) => {
        const once = report(sessions, { time_zone: 'UTC' }, asOf);
        const twice = report([...sessions, ...sessions], { time_zone: 'UTC' }, asOf);
        expect(withoutProvenanceSessions(twice)).toEqual(withoutProvenanceSessions(once));
        const copies = sessions.map((session) => ({
          ...session,
          id: `${session.id}_copy`,
          started_at: new Date(Date.parse(session.started_at) + 60_000).toISOString(),
          source: { provider: 'strava', external_id: `${session.id}_strava`, priority: -10 },
        }));
        const withCopies = report([...sessions, ...copies], { time_zone: 'UTC' }, asOf);
        const ended = sessions.filter((session) => sessionEnd(session) + 60_000 <= Date.parse(asOf) && session.duration_seconds >= 300);
        for (const session of ended) {
          expect(withCopies.provenance.sessions.excluded_duplicates).toContainEqual(
            expect.objectContaining({ id: `${session.id}_copy`, duplicate_of: session.id }),
          );
        }
        if (ended.length === sessions.filter((session) => sessionEnd(session) <= Date.parse(asOf)).length) {
          const onlyOriginals = sessions.filter((session) => ended.includes(session));
          expect(withoutProvenanceSessions(withCopies)).toEqual(withoutProvenanceSessions(report(onlyOriginals, { time_zone: 'UTC' }, asOf)));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('daily series: each day equals the sum of the kernel over sessions, sampled at the end of the local day', () => {
    fc.assert(
      fc.property(sessionsArbitrary(10), profileArbitrary, asOfArbitrary, (sessions, profile, asOf) => {
        const result = report(sessions, profile, asOf);
        const clock = ianaZoneClock(profile.time_zone);
        const series = result.muscle_series!;
        series.dates.forEach((date, index) => {
          const sample = clock.startOfDay(localDateToDayNumber(date) + 1);
          for (const [muscle, state] of Object.entries(result.muscles)) {
            let expected = 0;
            for (const session of result.sessions) {
              const impulse = Date.parse(session.impulse_at);
              const dose = session.muscle_doses_hse[muscle];
              if (dose !== undefined && impulse <= sample) expected += dose * Math.exp(-(sample - impulse) / 3_600_000 / state.tau_hours);
            }
            expect(near(series.muscles[muscle]![index]!, expected, 1e-9)).toBe(true);
          }
        });
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('P15 determinism and provenance', () => {
    fc.assert(
      fc.property(sessionsArbitrary(8), profileArbitrary, asOfArbitrary, (sessions, profile, asOf) => {
        const first = report(sessions, profile, asOf);
        expect(report(structuredClone(sessions), structuredClone(profile), asOf)).toEqual(first);
        expect(first.provenance.heuristics.version).toBe('0.1.0');
        expect(first.provenance.as_of).toBe(new Date(asOf).toISOString());
        const used = new Set(first.provenance.sessions.used);
        for (const id of used) expect(first.provenance.methods[id]).toMatch(/^[a-z_]+:/);
        for (const session of sessions) {
          const accounted =
            used.has(session.id) ||
            first.provenance.sessions.ignored_after_as_of.includes(session.id) ||
            first.provenance.sessions.excluded_duplicates.some((entry) => entry.id === session.id);
          expect(accounted).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
