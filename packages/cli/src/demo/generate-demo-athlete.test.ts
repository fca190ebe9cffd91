import {
  parsePlannedSession,
  parsePlannedSessionExercise,
  parseProgram,
  parseProgramDiscipline,
  parseUser,
  parseUserBiometric,
  parseUserProfile,
  type LocalDate,
} from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { DEMO_USER_ID, generateDemoAthlete } from './generate-demo-athlete.js';

const options = { seed: 42, weeks: 6, today: '2024-06-12' as LocalDate, timeZone: 'Europe/Berlin' };

describe('generateDemoAthlete', () => {
  it('is deterministic for the same options and differs for another seed', () => {
    expect(generateDemoAthlete(options)).toEqual(generateDemoAthlete(options));
    expect(generateDemoAthlete({ ...options, seed: 43 }).logs).not.toEqual(generateDemoAthlete(options).logs);
  });

  it('produces rows that pass the insert schemas', () => {
    const demo = generateDemoAthlete(options);
    parseUser(demo.user);
    parseUserProfile(demo.profile);
    parseProgram(demo.program);
    demo.programDisciplines.forEach((row) => parseProgramDiscipline(row));
    demo.plannedSessions.forEach((row) => parsePlannedSession(row));
    demo.plannedExercises.forEach((row) => parsePlannedSessionExercise(row));
    demo.biometrics.forEach((row) => parseUserBiometric(row));
    const ids = demo.logs.map((log) => log.activityInstance.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('plans 12 weeks, performs the past with some skips, and leaves the future planned', () => {
    const demo = generateDemoAthlete(options);
    expect(demo.range).toEqual({ from: '2024-05-06', to: '2024-06-11' });
    expect(demo.plannedSessions).toHaveLength(48);
    const past = demo.plannedSessions.filter((session) => session.scheduled_date <= demo.range.to);
    expect(past.every((session) => session.status === 'completed' || session.status === 'skipped')).toBe(true);
    expect(past.some((session) => session.status === 'skipped')).toBe(true);
    const future = demo.plannedSessions.filter((session) => session.scheduled_date > demo.range.to);
    expect(future.every((session) => session.status === 'planned')).toBe(true);
    const performed = demo.logs.map((log) => log.activityInstance);
    expect(performed.every((row) => row.local_date >= demo.range.from && row.local_date <= demo.range.to)).toBe(true);
    const linked = new Set(performed.map((row) => row.planned_session_id).filter((id) => id !== null));
    expect([...linked].sort()).toEqual(past.filter((session) => session.status === 'completed').map((session) => session.id).sort());
    expect(performed.every((row) => row.user_id === DEMO_USER_ID)).toBe(true);
  });

  it('logs strength with sets, runs, hobbies without a plan, and a downward weight trend', () => {
    const demo = generateDemoAthlete(options);
    const strength = demo.logs.filter((log) => log.strengthSets.length > 0);
    expect(strength.length).toBeGreaterThan(0);
    expect(strength.every((log) => log.activityInstance.activity_definition_id === 'act_strength_training')).toBe(true);
    const hobbies = demo.logs.filter((log) => log.activityInstance.planned_session_id === null);
    expect(new Set(hobbies.map((log) => log.activityInstance.activity_definition_id))).toEqual(
      new Set(['act_tennis', 'act_climbing', 'act_hiking']),
    );
    expect(hobbies.every((log) => log.activityInstance.enjoyment_rating !== null)).toBe(true);
    const weights = demo.biometrics.map((row) => row.value);
    const firstWeek = weights.slice(0, 5).reduce((a, b) => a + b, 0) / 5;
    const lastWeek = weights.slice(-5).reduce((a, b) => a + b, 0) / 5;
    expect(lastWeek).toBeLessThan(firstWeek);
  });

  it('names the latest long run and tennis match, which the devices recorded too, among the logs', () => {
    const demo = generateDemoAthlete(options);
    const longRun = demo.recordedLongRun!;
    const tennis = demo.recordedTennis!;
    expect(demo.logs).toContain(longRun);
    expect(demo.logs).toContain(tennis);
    expect(longRun.activityInstance.title).toBe('Long run');
    const longRuns = demo.logs.filter((log) => log.activityInstance.title === 'Long run');
    expect(longRun.activityInstance.performed_start).toBe(longRuns.at(-1)!.activityInstance.performed_start);
    const matches = demo.logs.filter((log) => log.activityInstance.activity_definition_id === 'act_tennis');
    expect(tennis).toBe(matches.at(-1));
    const early = generateDemoAthlete({ ...options, weeks: 1, today: '2024-06-12' as LocalDate });
    expect(early.recordedLongRun).toBeNull();
  });

  it('with one week of history on a Monday covers the whole previous week', () => {
    const demo = generateDemoAthlete({ ...options, weeks: 1, today: '2024-06-10' as LocalDate });
    expect(demo.range).toEqual({ from: '2024-06-03', to: '2024-06-09' });
    expect(demo.logs.length).toBeGreaterThan(0);
  });
});
