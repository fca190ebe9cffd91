/**
 * The PMC day rule for travelling athletes: sessions recorded in any zone (UTC+14 to UTC−12, DST changes) against
 * any profile zone. A session that ended by `asOf` always counts by `asOf`, in every channel (fatigue.md §4 "Time and
 * days", P18).
 */
import { localDayOf } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { resolveHeuristicsConfig } from '../config/resolve-heuristics-config.js';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { PROPERTY_MAPS } from '../test-support/arbitraries.js';
import { near, TV7_SETS } from '../test-support/fixtures.js';
import { attributeLoadToLocalDays } from '../time/attribute-load-to-local-days.js';
import { computeFatigue } from './compute-fatigue.js';
import { explain } from './explain.js';
import { fatigueDailySeries } from './fatigue-daily-series.js';
import type { FatigueReport } from './fatigue-report-schema.js';
import { buildFatigueState, type FatigueState } from './fatigue-state.js';
import { summarizeFatigueState } from './summarize-fatigue-state.js';
import { updateFatigueState } from './update-fatigue-state.js';

const SEED = 20_240_611;

/** Session zones: the date line's both sides, half- and quarter-hour offsets, southern and northern DST. */
const SESSION_ZONES = [
  'Asia/Tokyo',
  'Pacific/Kiritimati', // UTC+14
  'Etc/GMT-14', // UTC+14
  'Etc/GMT+12', // UTC−12
  'Pacific/Pago_Pago', // UTC−11
  'Pacific/Chatham', // +12:45 / +13:45
  'Australia/Lord_Howe', // 30-minute DST
  'America/Santiago',
  'America/New_York',
  'America/St_Johns',
  'Europe/Berlin',
  'Asia/Kolkata',
  'UTC',
] as const;
const PROFILE_ZONES = [
  'Europe/Berlin',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'America/New_York',
  'Pacific/Chatham',
  'America/Santiago',
  'Australia/Lord_Howe',
  'UTC',
] as const;
/** Fixed offsets in minutes (sessions without an IANA zone). */
const OFFSETS = [-720, -660, -210, 0, 345, 765, 780, 840] as const;
/** Days with DST changes somewhere (US, EU, AU/Chile/Lord Howe, Chile, NZ/Chatham, AU, EU, US) and a new year. */
const ANCHORS = [
  '2024-03-10T00:00:00Z',
  '2024-03-31T00:00:00Z',
  '2024-04-07T00:00:00Z',
  '2024-09-08T00:00:00Z',
  '2024-09-29T00:00:00Z',
  '2024-10-06T00:00:00Z',
  '2024-10-27T00:00:00Z',
  '2024-11-03T00:00:00Z',
  '2024-12-31T00:00:00Z',
].map((anchor) => Date.parse(anchor));

type Where = { kind: 'zone'; zone: string } | { kind: 'offset'; minutes: number } | { kind: 'none' };

interface TripSeed {
  readonly startMinute: number;
  readonly durationMinutes: number;
  readonly where: Where;
  readonly activity: 'running' | 'cycling' | 'lifting' | 'tennis';
  readonly rpe: number;
}

const whereArbitrary: fc.Arbitrary<Where> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SESSION_ZONES).map((zone): Where => ({ kind: 'zone', zone })) },
  { weight: 2, arbitrary: fc.constantFrom(...OFFSETS).map((minutes): Where => ({ kind: 'offset', minutes })) },
  { weight: 1, arbitrary: fc.constant<Where>({ kind: 'none' }) },
);

/** Sessions within two days around the anchor, up to 30 h long (several local days), some of zero length. */
const tripSeedArbitrary: fc.Arbitrary<TripSeed> = fc.record({
  startMinute: fc.integer({ min: -2 * 1440, max: 2 * 1440 }),
  durationMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 180 }), fc.integer({ min: 180, max: 30 * 60 })),
  where: whereArbitrary,
  activity: fc.constantFrom('running', 'cycling', 'lifting', 'tennis'),
  rpe: fc.integer({ min: 1, max: 10 }),
});

function tripSession(seed: TripSeed, anchorMs: number, id: string): FatigueSessionInput {
  const where =
    seed.where.kind === 'zone'
      ? { time_zone: seed.where.zone }
      : seed.where.kind === 'offset'
        ? { utc_offset_minutes: seed.where.minutes }
        : {};
  return {
    id,
    activity: seed.activity,
    started_at: new Date(anchorMs + seed.startMinute * 60_000).toISOString(),
    duration_seconds: seed.durationMinutes * 60,
    rpe: seed.rpe,
    source: { provider: 'manual', external_id: id },
    ...(seed.activity === 'lifting' ? { sets: TV7_SETS } : {}),
    ...where,
  };
}

const endMs = (session: FatigueSessionInput) =>
  Date.parse(session.started_at) + Math.round(session.duration_seconds * 1000);

interface Scenario {
  readonly sessions: FatigueSessionInput[];
  readonly profileZone: string;
  readonly asOf: string;
  /** A key of {@link CONFIGS} (a name keeps counterexamples short). */
  readonly configName: ConfigName;
}

type ConfigName = 'start_date' | 'pro_rata' | 'profile_zone' | 'pro_rata_profile_zone';
const CONFIGS: Record<ConfigName, HeuristicsConfig> = {
  start_date: DEFAULT_HEURISTICS_CONFIG,
  pro_rata: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { day_boundary: { policy: 'pro_rata' } }),
  profile_zone: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { day_boundary: { tz_source: 'profile' } }),
  pro_rata_profile_zone: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, {
    day_boundary: { tz_source: 'profile', policy: 'pro_rata' },
  }),
};

/**
 * A travelling athlete: up to 8 sessions around a DST anchor, a profile zone, and `asOf` either anywhere around the
 * anchor or just after one session's end (the case of the bug: a session far east of home that just ended).
 */
const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    seeds: fc.array(tripSeedArbitrary, { minLength: 1, maxLength: 8 }),
    profileZone: fc.constantFrom(...PROFILE_ZONES),
    asOfChoice: fc.oneof(
      fc.record({ kind: fc.constant('after_end' as const), pick: fc.nat(), minutes: fc.integer({ min: 0, max: 180 }) }),
      fc.record({ kind: fc.constant('around' as const), pick: fc.constant(0), minutes: fc.integer({ min: -2 * 1440, max: 4 * 1440 }) }),
    ),
    configName: fc.constantFrom<ConfigName>('start_date', 'pro_rata', 'start_date', 'pro_rata', 'profile_zone', 'pro_rata_profile_zone'),
  })
  .map(({ anchor, seeds, profileZone, asOfChoice, configName }) => {
    const sessions = seeds.map((seed, index) => tripSession(seed, anchor, `t${index}`));
    const asOfMs =
      asOfChoice.kind === 'after_end'
        ? endMs(sessions[asOfChoice.pick % sessions.length]!) + asOfChoice.minutes * 60_000
        : anchor + asOfChoice.minutes * 60_000;
    return { sessions, profileZone, asOf: new Date(asOfMs).toISOString(), configName };
  });

function reportOf(scenario: Scenario): FatigueReport {
  return computeFatigue({
    sessions: scenario.sessions,
    profile: { time_zone: scenario.profileZone },
    asOf: scenario.asOf,
    muscleMaps: PROPERTY_MAPS,
    config: CONFIGS[scenario.configName],
    includeMuscleSeries: true,
  });
}

/** The session's own local date of an instant, by core's `localDayOf` (independent of the engine's zone clocks). */
function sessionDate(session: FatigueSessionInput, epochMs: number, scenario: Scenario): string {
  const instant = new Date(epochMs).toISOString();
  if (CONFIGS[scenario.configName].day_boundary.tz_source === 'session_then_profile') {
    if (session.time_zone != null) return localDayOf(instant, { timeZone: session.time_zone });
    if (session.utc_offset_minutes != null) return localDayOf(instant, { utcOffsetMinutes: session.utc_offset_minutes });
  }
  return localDayOf(instant, { timeZone: scenario.profileZone });
}

const minDate = (a: string, b: string) => (a < b ? a : b);

describe('travelling athletes: the PMC day rule', () => {
  it('the issue case: a Tokyo session ended before asOf counts on the Berlin as_of_date in every channel', () => {
    // 06:30–06:50 in Tokyo on 06-12 is 23:30–23:50 on 06-11 in Berlin; asOf 23:55 Berlin.
    const run = { id: 'tokyo', activity: 'running', started_at: '2024-06-11T21:30:00Z', duration_seconds: 1200, rpe: 6, time_zone: 'Asia/Tokyo' };
    const report = computeFatigue({ sessions: [run], profile: { time_zone: 'Europe/Berlin' }, asOf: '2024-06-11T21:55:00Z' });
    const session = report.sessions[0]!;
    expect(report.as_of_date).toBe('2024-06-11');
    expect(session.local_date).toBe('2024-06-12');
    expect(session.pmc_days).toEqual([{ date: '2024-06-11', share: 1, lu: session.load.lu }]);
    expect(report.pmc.days.at(-1)!.date).toBe('2024-06-11');
    expect(report.pmc.load).toBe(session.load.lu);
    expect(report.pmc.ctl).toBeGreaterThan(0);
    expect(report.pmc.atl).toBeGreaterThan(0);
    expect(report.acwr.acute).toBeGreaterThan(0);
    expect(explain(report, 'ctl').contributions.map((part) => part.session_id)).toEqual(['tokyo']);
    expect(report.systemic.value_lu).toBeGreaterThan(0);
    // Once the Berlin day of its end has begun, the session keeps its own (Tokyo) date.
    const later = { ...run, id: 'tokyo_late', started_at: '2024-06-11T21:50:00Z' };
    const next = computeFatigue({ sessions: [later], profile: { time_zone: 'Europe/Berlin' }, asOf: '2024-06-11T22:10:00Z' });
    expect(next.as_of_date).toBe('2024-06-12');
    expect(next.sessions[0]!.pmc_days[0]!.date).toBe('2024-06-12');
    expect(next.pmc.load).toBe(next.sessions[0]!.load.lu);
  });

  it('attributeLoadToLocalDays applies the same rule with profileTimeZone', () => {
    const base = { durationSeconds: 3600, load: 80, timeZone: 'Asia/Tokyo', profileTimeZone: 'Europe/Berlin' } as const;
    expect(attributeLoadToLocalDays({ ...base, startedAt: '2024-06-11T20:00:00Z', policy: 'start_date' })).toEqual([{ date: '2024-06-11', load: 80 }]);
    expect(attributeLoadToLocalDays({ ...base, startedAt: '2024-06-11T21:00:00Z', policy: 'start_date' })).toEqual([{ date: '2024-06-12', load: 80 }]);
    // UTC+14 session, UTC−12 profile: both local days of the session end before the profile's next day begins.
    const parts = attributeLoadToLocalDays({
      startedAt: '2024-06-11T09:00:00Z', // 23:00 on 06-11 at +14, 21:00 on 06-10 at −12
      durationSeconds: 7200,
      load: 120,
      timeZone: 'Pacific/Kiritimati',
      profileTimeZone: 'Etc/GMT+12',
      policy: 'pro_rata',
    });
    expect(parts).toEqual([{ date: '2024-06-10', load: 120 }]);
    expect(() => attributeLoadToLocalDays({ ...base, profileTimeZone: 'Mars/Base', startedAt: '2024-06-11T20:00:00Z', policy: 'start_date' })).toThrow(RangeError);
  });

  it('every session ended by asOf counts in the PMC on a day <= as_of_date; no row after as_of_date; loads add up', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const report = reportOf(scenario);
        const asOfMs = Date.parse(scenario.asOf);
        const asOfDate = localDayOf(scenario.asOf, { timeZone: scenario.profileZone });
        expect(report.as_of_date).toBe(asOfDate);

        // Counted: exactly the sessions ended by asOf (one provider, distinct ids: none is a duplicate).
        const ended = scenario.sessions.filter((session) => endMs(session) <= asOfMs).map((session) => session.id).sort();
        expect([...report.provenance.sessions.used].sort()).toEqual(ended);

        // Every PMC part on a day <= as_of_date; shares sum to 1, days ascending and distinct.
        for (const session of report.sessions) {
          const dates = session.pmc_days.map((part) => part.date);
          expect(dates.every((date) => date <= asOfDate)).toBe(true);
          expect([...new Set(dates)].sort()).toEqual(dates);
          expect(near(session.pmc_days.reduce((total, part) => total + part.share, 0), 1, 1e-12)).toBe(true);
        }

        // The series ends on as_of_date: the PMC rows, the muscle series and the daily series.
        expect(report.pmc.days.at(-1)!.date).toBe(asOfDate);
        expect(report.pmc.days.every((day) => day.date <= asOfDate)).toBe(true);
        expect(report.muscle_series!.dates.at(-1)).toBe(asOfDate);
        expect(report.acwr.days.every((day) => day.date <= asOfDate)).toBe(true);

        // PMC total load = the loads of the counted sessions; each day's load = its parts.
        const counted = report.sessions.reduce((total, session) => total + session.load.lu, 0);
        const daily = report.pmc.days.reduce((total, day) => total + day.load, 0);
        expect(near(daily, counted, 1e-9)).toBe(true);
        const byDate = new Map<string, number>();
        for (const session of report.sessions) {
          for (const part of session.pmc_days) byDate.set(part.date, (byDate.get(part.date) ?? 0) + part.lu);
        }
        for (const day of report.pmc.days) expect(near(day.load, byDate.get(day.date) ?? 0, 1e-9)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the rule: each part on its own-zone date, never after the profile-zone date of its end', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const report = reportOf(scenario);
        const byId = new Map(scenario.sessions.map((session) => [session.id, session]));
        for (const reported of report.sessions) {
          const session = byId.get(reported.id)!;
          const startMs = Date.parse(session.started_at);
          const end = endMs(session);
          const profileEnd = localDayOf(new Date(end).toISOString(), { timeZone: scenario.profileZone });
          const ownStart = sessionDate(session, startMs, scenario);
          expect(reported.local_date).toBe(ownStart);
          const dates = reported.pmc_days.map((part) => part.date);
          if (CONFIGS[scenario.configName].day_boundary.policy === 'start_date' || end === startMs) {
            expect(dates).toEqual([minDate(ownStart, profileEnd)]);
          } else {
            const ownLast = sessionDate(session, end - 1, scenario);
            const profileStart = localDayOf(session.started_at, { timeZone: scenario.profileZone });
            expect(dates[0]! <= ownStart).toBe(true);
            for (const date of dates) {
              expect(date <= minDate(ownLast, profileEnd)).toBe(true);
              expect(date >= minDate(ownStart, profileStart)).toBe(true);
            }
            // One zone (or a zone with the same dates): exactly the local days the session spans.
            if (CONFIGS[scenario.configName].day_boundary.tz_source === 'profile') {
              expect(dates[0]).toBe(ownStart);
              expect(dates.at(-1)).toBe(ownLast);
            }
          }
        }
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('systemic, muscle and PMC channels count the same sessions; explain(ctl) adds up to CTL', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const report = reportOf(scenario);
        const used = new Set(report.provenance.sessions.used);
        const ids = (contributions: ReadonlyArray<{ session_id: string | null }>) =>
          new Set(contributions.map((part) => part.session_id).filter((id): id is string => id !== null));
        const ctl = explain(report, 'ctl');
        const atl = explain(report, 'atl');
        const systemic = explain(report, 'systemic_acute');
        const loaded = new Set(report.sessions.filter((session) => session.load.lu > 0).map((session) => session.id));
        expect(ids(ctl.contributions)).toEqual(loaded);
        expect(ids(atl.contributions)).toEqual(loaded);
        const dosed = new Set(report.sessions.filter((session) => session.systemic_acute_dose_lu > 0).map((session) => session.id));
        expect(ids(systemic.contributions)).toEqual(dosed);
        // A session reaching the systemic channel always reaches the PMC (the bug: it did not).
        for (const id of dosed) expect(loaded.has(id)).toBe(true);
        for (const muscle of Object.keys(report.muscles)) {
          for (const id of ids(explain(report, 'muscle', muscle).contributions)) expect(used.has(id)).toBe(true);
        }
        for (const session of report.sessions) {
          const parts = ctl.contributions.filter((part) => part.session_id === session.id);
          expect(near(parts.reduce((total, part) => total + part.dose, 0), session.load.lu, 1e-9)).toBe(true);
        }
        expect(near(ctl.total, report.pmc.ctl, 1e-9)).toBe(true);
        expect(near(atl.total, report.pmc.atl, 1e-9)).toBe(true);
        expect(near(systemic.total, report.systemic.value_lu, 1e-9)).toBe(true);
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
  });

  it('the incremental update equals a full recompute, and the daily series end on as_of_date', () => {
    const comparable = (state: FatigueState) => {
      const report = summarizeFatigueState(state, { includeMuscleSeries: true });
      const excluded = report.provenance.sessions.excluded_duplicates.filter((entry) => entry.rule !== 'same_id');
      return { ...report, provenance: { ...report.provenance, sessions: { ...report.provenance.sessions, excluded_duplicates: excluded } } };
    };
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), fc.integer({ min: 0, max: 3 * 1440 }), (scenario, split, advanceMinutes) => {
        const cut = split % (scenario.sessions.length + 1);
        const profile = { time_zone: scenario.profileZone };
        const common = { profile, muscleMaps: PROPERTY_MAPS, config: CONFIGS[scenario.configName] };
        const later = new Date(Date.parse(scenario.asOf) + advanceMinutes * 60_000).toISOString();
        const first = buildFatigueState({ ...common, sessions: scenario.sessions.slice(0, cut), asOf: scenario.asOf });
        const incremental = updateFatigueState(first, scenario.sessions.slice(cut), later);
        const full = buildFatigueState({ ...common, sessions: scenario.sessions, asOf: later });
        expect(comparable(incremental.state)).toEqual(comparable(full));
        const series = fatigueDailySeries(incremental.state);
        expect(series).toEqual(fatigueDailySeries(full));
        expect(series.dates.at(-1)).toBe(full.asOfDate);
        expect(incremental.affected.to_date).toBe(full.asOfDate);
      }),
      { seed: SEED + 3, numRuns: 200 },
    );
  });
});
