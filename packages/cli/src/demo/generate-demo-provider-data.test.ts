import type { Instant, LocalDate } from '@trainkit/core';
import { normalizeOuraDailyReadiness, normalizeOuraSleeps } from '@trainkit/providers/oura';
import { normalizeStravaActivities } from '@trainkit/providers/strava';
import { normalizeWhoopRecoveries, normalizeWhoopWorkouts } from '@trainkit/providers/whoop';
import { describe, expect, it } from 'vitest';
import { generateDemoAthlete } from './generate-demo-athlete.js';
import { generateDemoProviderData } from './generate-demo-provider-data.js';

const athleteOptions = { seed: 42, weeks: 6, today: '2024-06-12' as LocalDate, timeZone: 'Europe/Berlin' };

function providerData(seed = 42) {
  const demo = generateDemoAthlete({ ...athleteOptions, seed });
  const data = generateDemoProviderData({
    seed,
    timeZone: athleteOptions.timeZone,
    longRun: demo.recordedLongRun,
    tennis: demo.recordedTennis,
    range: demo.range,
    now: '2024-06-12T10:00:00.000Z' as Instant,
    dateOfBirth: '1991-04-12',
    sex: 'male',
  });
  return { demo, data };
}

function apiText(data: ReturnType<typeof providerData>['data'], provider: string, resource: string): unknown {
  const payload = data.payloads.find((entry) => entry.kind === 'api' && entry.provider === provider && entry.resource === resource);
  if (payload?.kind !== 'api') throw new Error(`no ${provider} ${resource} payload`);
  return payload.text;
}

describe('generateDemoProviderData', () => {
  it('is deterministic for a seed, and the athlete of that seed is the same with or without it', () => {
    expect(providerData().data).toEqual(providerData().data);
    expect(providerData(7).data.payloads).not.toEqual(providerData().data.payloads);
    expect(providerData().demo).toEqual(generateDemoAthlete(athleteOptions));
  });

  it('delivers the payloads of all five providers in arrival order', () => {
    const { data } = providerData();
    expect(data.payloads.map((payload) => `${payload.provider}:${payload.kind === 'api' ? payload.resource : payload.kind}`)).toEqual([
      'garmin:fit', 'strava:activities', 'whoop:workouts', 'whoop:recovery', 'oura:daily_readiness', 'oura:sleep', 'apple_health:apple_health_xml',
    ]);
  });

  it('records the long run three times, as each provider reports it: the same session, offsets and all', () => {
    const { demo, data } = providerData();
    const run = data.recordedRun!;
    expect(run.start).toBe(demo.recordedLongRun!.activityInstance.performed_start);
    expect(run.elapsedSeconds).toBeGreaterThan(run.movingSeconds);
    const strava = normalizeStravaActivities(apiText(data, 'strava', 'activities'));
    expect(strava.failures).toEqual([]);
    const stravaRun = strava.drafts[0]!.activity!;
    expect(stravaRun).toMatchObject({ activity_definition_slug: 'running', performed_start: run.start, timezone: 'Europe/Berlin', utc_offset_minutes: 120 });
    expect(stravaRun.distance_m).toBeCloseTo(run.distanceM, -2);
    const whoop = normalizeWhoopWorkouts(apiText(data, 'whoop', 'workouts'));
    expect(whoop.failures).toEqual([]);
    const whoopRun = whoop.drafts[0]!.activity!;
    expect(whoopRun.activity_definition_slug).toBe('running');
    const startGap = Math.abs(Date.parse(whoopRun.performed_start) - Date.parse(run.start)) / 1000;
    expect(startGap).toBeGreaterThan(0);
    expect(startGap).toBeLessThan(120);
    expect(whoopRun.energy_kcal).toBeGreaterThan(run.energyKcal);
  });

  it('gives WHOOP recoveries and Oura readiness and sleep for the last 14 days up to this morning, each normalizing without failures', () => {
    const { demo, data } = providerData();
    const recoveries = normalizeWhoopRecoveries(apiText(data, 'whoop', 'recovery'), { timeZone: athleteOptions.timeZone });
    const readiness = normalizeOuraDailyReadiness(apiText(data, 'oura', 'daily_readiness'));
    const sleeps = normalizeOuraSleeps(apiText(data, 'oura', 'sleep'));
    for (const result of [recoveries, readiness, sleeps]) {
      expect(result.failures).toEqual([]);
      expect(result.skipped).toEqual([]);
      expect(result.drafts).toHaveLength(14);
    }
    const days = sleeps.drafts.flatMap((draft) => draft.recovery_signals.map((signal) => signal.local_date));
    expect(new Set(days).size).toBe(14);
    // 10:00 UTC is past the morning sync in Berlin: last night counts, for today.
    expect(demo.range.to).toBe('2024-06-11');
    expect([...days].sort().at(-1)).toBe('2024-06-12');
    const early = generateDemoProviderData({
      seed: 42, timeZone: 'Europe/Berlin', longRun: null, tennis: null, range: demo.range, now: '2024-06-12T04:00:00.000Z' as Instant,
      dateOfBirth: '1991-04-12', sex: 'male',
    });
    const earlyDays = normalizeOuraSleeps(apiText(early, 'oura', 'sleep')).drafts.flatMap((draft) => draft.recovery_signals.map((signal) => signal.local_date));
    expect([...earlyDays].sort().at(-1)).toBe('2024-06-11');
  });

  it('writes an Apple Health export.xml with the profile, overlapping phone and watch steps, and the tennis match', () => {
    const { demo, data } = providerData();
    const payload = data.payloads.at(-1)!;
    if (payload.kind !== 'apple_health_xml') throw new Error('expected the export last');
    const xml = payload.text;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [')).toBe(true);
    expect(xml).toContain('<Me HKCharacteristicTypeIdentifierDateOfBirth="1991-04-12" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexMale"');
    expect(xml).toContain('workoutActivityType="HKWorkoutActivityTypeTennis"');
    expect(xml.match(/type="HKQuantityTypeIdentifierStepCount" sourceName="Alex’s iPhone"/g)?.length).toBe(3 * 13);
    expect(xml.match(/type="HKQuantityTypeIdentifierStepCount" sourceName="Alex’s Apple Watch"/g)?.length).toBe(3 * 13);
    const tennisStart = demo.recordedTennis!.activityInstance.performed_start;
    const local = new Date(Date.parse(tennisStart) + 2 * 3_600_000 + 90_000).toISOString();
    expect(xml).toContain(`startDate="${local.slice(0, 10)} ${local.slice(11, 19)} +0200"`);
    expect(xml.trimEnd().endsWith('</HealthData>')).toBe(true);
  });

  it('in a history without a long run or tennis yet, delivers only the daily data', () => {
    const demo = generateDemoAthlete({ ...athleteOptions, weeks: 1 });
    const data = generateDemoProviderData({
      seed: 42, timeZone: 'Europe/Berlin', longRun: demo.recordedLongRun, tennis: demo.recordedTennis, range: demo.range,
      now: '2024-06-12T10:00:00.000Z' as Instant, dateOfBirth: '1991-04-12', sex: 'male',
    });
    expect(data.recordedRun).toBeNull();
    expect(data.payloads.map((payload) => payload.provider)).toEqual(['whoop', 'oura', 'oura', 'apple_health']);
  });
});
