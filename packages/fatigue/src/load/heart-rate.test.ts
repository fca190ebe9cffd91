import { describe, expect, it } from 'vitest';
import { computeSessionDoses } from '../engine/compute-session-doses.js';
import { close } from '../test-support/fixtures.js';
import { banisterTrimp, TRIMP_COEFFICIENTS } from './banister-trimp.js';
import { edwardsTrimp } from './edwards-trimp.js';
import { estimateMaxHeartRate } from './estimate-max-heart-rate.js';
import { karvonenHeartRate } from './karvonen-heart-rate.js';
import { logStrainScore } from './log-strain-score.js';
import { luciaTrimp } from './lucia-trimp.js';
import { trimp100 } from './trimp-100.js';
import { zonalTrimp } from './zonal-trimp.js';

const average = (minutes: number, heartRate: number) => [{ durationSeconds: minutes * 60, heartRateBpm: heartRate }];
const MALE = { restingHeartRate: 60, maxHeartRate: 190, coefficients: TRIMP_COEFFICIENTS.male };

describe('TV3: heart rate and the TRIMP family', () => {
  it('HRmax by age 35 and Karvonen', () => {
    expect(estimateMaxHeartRate(35, 'fox')).toBe(185);
    expect(close(estimateMaxHeartRate(35, 'tanaka'), 183.5)).toBe(true);
    expect(close(estimateMaxHeartRate(35, 'gellish'), 182.5)).toBe(true);
    expect(close(estimateMaxHeartRate(35, 'gulati'), 175.2)).toBe(true);
    expect(close(karvonenHeartRate(60, estimateMaxHeartRate(35), 0.7), 146.45)).toBe(true);
  });

  it('Banister TRIMP, average-HR form', () => {
    expect(close(banisterTrimp(average(45, 150), MALE), 75.33022)).toBe(true);
    expect(close(banisterTrimp(average(45, 150), { ...MALE, coefficients: TRIMP_COEFFICIENTS.female }), 85.137591)).toBe(true);
    const goldenCheetahFemale = banisterTrimp(average(45, 150), { ...MALE, coefficients: TRIMP_COEFFICIENTS.goldencheetah_female });
    expect(close(goldenCheetahFemale, 63.358207)).toBe(true);
    expect(close(goldenCheetahFemale / 85.137591 - 1, -0.256, 1e-3)).toBe(true);
    expect(close(banisterTrimp(average(30, 130), { ...MALE, restingHeartRate: 40, maxHeartRate: 200 }), 31.802539)).toBe(true);
    expect(banisterTrimp(average(60, 60), MALE)).toBe(0);
    expect(banisterTrimp(average(60, 50), MALE)).toBe(0);
  });

  it('stream versus average (Jensen)', () => {
    const stream = banisterTrimp([...average(30, 120), ...average(30, 170)], MALE);
    const flat = banisterTrimp(average(60, 145), MALE);
    expect(close(stream, 103.969209)).toBe(true);
    expect(close(flat, 88.107608)).toBe(true);
    expect(flat / stream - 1).toBeLessThan(-0.15);
  });

  it('hrTSS-like TRIMP100 against LTHR 172', () => {
    expect(close(banisterTrimp(average(60, 172), MALE), 172.979956)).toBe(true);
    expect(close(trimp100(75.33022, { ...MALE, thresholdHeartRate: 172 })!, 43.548525)).toBe(true);
    expect(trimp100(50, { ...MALE, thresholdHeartRate: 55 })).toBeNull();
  });

  it('the ladder records the HR rung with its inputs', () => {
    const result = computeSessionDoses(
      { id: 'hr', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: 2700, avg_hr_bpm: 150 },
      { profile: { time_zone: 'UTC', sex: 'male', resting_hr_bpm: 60, max_hr_bpm: 190, lthr_bpm: 172 } },
    );
    expect(result.load.method).toBe('hr');
    expect(close(result.load.lu, 43.548525)).toBe(true);
    expect(result.load.confidence).toBe('high');
    expect(result.load.inputs).toMatchObject({ hr_max_bpm: 190, hr_rest_bpm: 60, lthr_bpm: 172, curve: 'male' });
    const estimated = computeSessionDoses(
      { id: 'hr', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: 2700, avg_hr_bpm: 150 },
      { profile: { time_zone: 'UTC', sex: 'male', birth_date: '1989-01-01' } },
    );
    expect(estimated.load.detail).toContain('hrMax=tanaka(age=35)=183.5');
    expect(estimated.warnings).toEqual(expect.arrayContaining(['hr.max_estimated:tanaka', 'hr.rest_default', 'hr.lthr_estimated']));
  });

  it('zone-based TRIMPs and the log strain display', () => {
    expect(edwardsTrimp([10, 20, 15, 10, 5])).toBe(160);
    expect(close(zonalTrimp([10, 20, 15, 10, 5]), 94)).toBe(true);
    expect(luciaTrimp([40, 15, 5])).toBe(85);
    expect(close(logStrainScore(50), 9.2962, 1e-4)).toBe(true);
    expect(close(logStrainScore(160), 12.0142, 1e-4)).toBe(true);
    expect(close(logStrainScore(400), 14.1718, 1e-4)).toBe(true);
    expect(close(logStrainScore(7200), 21, 1e-9)).toBe(true);
  });
});
