import { localDayOf, POUND_IN_KG, poundsToKg } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { computeFatigue } from '../engine/compute-fatigue.js';
import { metEnergyKcal } from '../load/met-energy-kcal.js';
import { metMinutes } from '../load/met-minutes.js';
import { close } from '../test-support/fixtures.js';
import { attributeLoadToLocalDays } from './attribute-load-to-local-days.js';
import { dayNumberToLocalDate, localDateToDayNumber } from './day-number.js';
import { localDayLengthHours } from './local-day-length-hours.js';
import { paceToSpeed } from './pace-to-speed.js';
import { speedToPace } from './speed-to-pace.js';
import { ianaZoneClock } from './zone-clock.js';

describe('TV9: time, days and units', () => {
  it('the same instant is on different local days in Berlin and New York', () => {
    const instant = Date.parse('2024-03-30T23:30:00Z');
    expect(dayNumberToLocalDate(ianaZoneClock('Europe/Berlin').dayOf(instant))).toBe('2024-03-31');
    expect(dayNumberToLocalDate(ianaZoneClock('America/New_York').dayOf(instant))).toBe('2024-03-30');
    expect(localDayOf('2024-03-30T23:30:00.000Z', { timeZone: 'Europe/Berlin' })).toBe('2024-03-31');
  });

  it('the Berlin local day 2024-03-31 lasts 23 h (and 2024-10-27 lasts 25 h)', () => {
    expect(localDayLengthHours('2024-03-31', 'Europe/Berlin')).toBe(23);
    expect(localDayLengthHours('2024-10-27', 'Europe/Berlin')).toBe(25);
    expect(localDayLengthHours('2024-06-10', 'Europe/Berlin')).toBe(24);
  });

  it('a session crossing midnight: start date versus pro rata', () => {
    const session = { startedAt: '2024-06-10T21:00:00Z', durationSeconds: 7200, load: 120, timeZone: 'Europe/Berlin' };
    expect(attributeLoadToLocalDays({ ...session, policy: 'start_date' })).toEqual([{ date: '2024-06-10', load: 120 }]);
    expect(attributeLoadToLocalDays({ ...session, policy: 'pro_rata' })).toEqual([
      { date: '2024-06-10', load: 60 },
      { date: '2024-06-11', load: 60 },
    ]);
  });

  it('the engine buckets by the session zone, then the profile zone', () => {
    const sessions = [
      { id: 'berlin', activity: 'cycling', started_at: '2024-03-30T23:30:00Z', duration_seconds: 3600, normalized_power_w: 250, time_zone: 'Europe/Berlin' },
      { id: 'newyork', activity: 'cycling', started_at: '2024-03-29T23:30:00Z', duration_seconds: 3600, normalized_power_w: 250, time_zone: 'America/New_York' },
      { id: 'offset', activity: 'cycling', started_at: '2024-03-27T23:30:00Z', duration_seconds: 3600, normalized_power_w: 250, utc_offset_minutes: 60 },
    ];
    const report = computeFatigue({ sessions, profile: { time_zone: 'UTC', ftp_w: 250 }, asOf: '2024-04-01T12:00:00Z' });
    const byId = Object.fromEntries(report.sessions.map((session) => [session.id, session.local_date]));
    expect(byId).toEqual({ berlin: '2024-03-31', newyork: '2024-03-29', offset: '2024-03-28' });
    const load = Object.fromEntries(report.pmc.days.map((day) => [day.date, day.load]));
    expect(close(load['2024-03-31']!, 100)).toBe(true);
    expect(close(load['2024-03-30']!, 0)).toBe(true);
  });

  it('MET-minutes and energy', () => {
    expect(metMinutes(8.0, 3600)).toBe(480);
    expect(metMinutes(6.0, 10_800)).toBe(1080);
    expect(close(metMinutes(5.8, 5400), 522, 1e-9)).toBe(true);
    expect(metEnergyKcal(8.0, 75, 3600)).toBe(600);
  });

  it('unit conversions round-trip', () => {
    const kg = poundsToKg(225);
    expect(close(kg, 102.05828325, 1e-9)).toBe(true);
    expect(close(kg / POUND_IN_KG, 225, 1e-9)).toBe(true);
    const speed = paceToSpeed(270);
    expect(close(speed, 3.703703704, 1e-9)).toBe(true);
    expect(close(speedToPace(speed, 'mile') / 60, 7.242048, 1e-6)).toBe(true);
    expect(close(speedToPace(speed), 270, 1e-9)).toBe(true);
  });

  it('calendar arithmetic agrees with Date for every day of 1900..2200', () => {
    for (let day = localDateToDayNumber('1900-01-01'); day <= localDateToDayNumber('2200-12-31'); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumberToLocalDate(day) !== expected) throw new Error(`day ${day}: ${dayNumberToLocalDate(day)} != ${expected}`);
      if (localDateToDayNumber(expected) !== day) throw new Error(`date ${expected}`);
    }
  });

  it('zone clocks agree with core localDayOf across DST changes', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham'];
    for (const zone of zones) {
      const clock = ianaZoneClock(zone);
      for (let instant = Date.parse('2023-01-01T00:00:00Z'); instant < Date.parse('2025-01-01T00:00:00Z'); instant += 3_600_000 * 7 + 60_000 * 13) {
        const expected = localDayOf(new Date(instant).toISOString(), { timeZone: zone });
        expect(dayNumberToLocalDate(clock.dayOf(instant))).toBe(expected);
      }
      for (let day = localDateToDayNumber('2023-01-01'); day < localDateToDayNumber('2025-01-01'); day += 1) {
        const start = clock.startOfDay(day);
        expect(clock.dayOf(start)).toBe(day);
        expect(clock.dayOf(start - 1)).toBe(day - 1);
      }
    }
  });
});
