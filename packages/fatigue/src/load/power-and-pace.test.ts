import { describe, expect, it } from 'vitest';
import { computeSessionDoses } from '../engine/compute-session-doses.js';
import { close } from '../test-support/fixtures.js';
import { paceToSpeed } from '../time/pace-to-speed.js';
import { normalizedPower } from './normalized-power.js';
import { runningTrainingStressScore } from './running-training-stress-score.js';
import { trainingStressScore } from './training-stress-score.js';

const STEPS = [...new Array<number>(300).fill(200), ...new Array<number>(300).fill(300)];

describe('TV4: TSS, NP and rTSS', () => {
  it('TSS = hours·IF²·100', () => {
    expect(close(trainingStressScore({ durationSeconds: 3600, normalizedPowerWatts: 250, ftpWatts: 250 }), 100)).toBe(true);
    expect(close(trainingStressScore({ durationSeconds: 5400, normalizedPowerWatts: 200, ftpWatts: 250 }), 96)).toBe(true);
    expect(close(trainingStressScore({ durationSeconds: 2700, normalizedPowerWatts: 280, ftpWatts: 250 }), 94.08)).toBe(true);
  });

  it('NP on 1 Hz power: zero-padded ring buffer versus full windows', () => {
    expect(close(normalizedPower(STEPS)!, 260.4123, 1e-4)).toBe(true);
    expect(close(normalizedPower(STEPS, { padding: 'full_window' })!, 263.4467, 1e-4)).toBe(true);
    expect(normalizedPower([])).toBeNull();
    expect(normalizedPower(new Array<number>(10).fill(200), { padding: 'full_window' })).toBeNull();
  });

  it('TSS is not split-additive', () => {
    const whole = trainingStressScore({ durationSeconds: 600, normalizedPowerWatts: normalizedPower(STEPS)!, ftpWatts: 250 });
    const first = trainingStressScore({ durationSeconds: 300, normalizedPowerWatts: normalizedPower(STEPS.slice(0, 300))!, ftpWatts: 250 });
    const second = trainingStressScore({ durationSeconds: 300, normalizedPowerWatts: normalizedPower(STEPS.slice(300))!, ftpWatts: 250 });
    expect(close(whole, 18.0839, 1e-4)).toBe(true);
    expect(close(first + second, 16.6409, 1e-4)).toBe(true);
  });

  it('rTSS from paces', () => {
    const rtss = runningTrainingStressScore({ durationSeconds: 1800, ngpSpeed: paceToSpeed(300), thresholdSpeed: paceToSpeed(270) });
    expect(close(rtss, 40.5)).toBe(true);
  });

  it('the ladder prefers power, from samples, and records NP and FTP', () => {
    const doses = computeSessionDoses(
      { id: 'p', activity: 'cycling', started_at: '2024-06-10T06:00:00Z', duration_seconds: 600, power_samples_w: STEPS, avg_hr_bpm: 150 },
      { profile: { time_zone: 'UTC', ftp_w: 250, max_hr_bpm: 190 } },
    );
    expect(doses.load.method).toBe('power');
    expect(close(doses.load.lu, 18.0839, 1e-4)).toBe(true);
    expect(doses.load.inputs.np_source).toBe('samples(zero_ring_buffer)');
    const pace = computeSessionDoses(
      { id: 'r', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: 1800, ngp_m_per_s: paceToSpeed(300) },
      { profile: { time_zone: 'UTC', threshold_speed_m_per_s: paceToSpeed(270) } },
    );
    expect(pace.load.method).toBe('pace');
    expect(close(pace.load.lu, 40.5)).toBe(true);
    const noFtp = computeSessionDoses(
      { id: 'p', activity: 'cycling', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600, normalized_power_w: 200, rpe: 5 },
      { profile: { time_zone: 'UTC' } },
    );
    expect(noFtp.load.method).toBe('srpe');
    expect(noFtp.warnings).toContain('power.no_ftp');
  });
});
