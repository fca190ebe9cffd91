import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import type { RecoverySignal } from '../inputs/recovery-signal-schema.js';
import { computeFatigue } from '../engine/compute-fatigue.js';
import { computeReadiness } from './compute-readiness.js';

const config = DEFAULT_HEURISTICS_CONFIG;

function history(days: number, today: Partial<RecoverySignal>): RecoverySignal[] {
  const signals: RecoverySignal[] = [];
  for (let day = days; day >= 1; day -= 1) {
    const date = new Date(Date.parse('2024-06-12T00:00:00Z') - day * 86_400_000).toISOString().slice(0, 10);
    signals.push({ date, hrv_rmssd_ms: 60 + (day % 3) * 4, resting_hr_bpm: 52 + (day % 2) * 2 } as RecoverySignal);
  }
  signals.push({ date: '2024-06-12', ...today } as RecoverySignal);
  return signals;
}

describe('readiness', () => {
  it('scores against the personal baseline: HRV up and resting HR down read high, the reverse low', () => {
    const good = computeReadiness(history(28, { hrv_rmssd_ms: 80, resting_hr_bpm: 48, sleep_duration_seconds: 8 * 3600 }), { date: '2024-06-12', config });
    const bad = computeReadiness(history(28, { hrv_rmssd_ms: 40, resting_hr_bpm: 62, sleep_duration_seconds: 5 * 3600 }), { date: '2024-06-12', config });
    expect(good).toMatchObject({ status: 'ok', band: 'high' });
    expect(bad).toMatchObject({ status: 'ok', band: 'low' });
    expect(good.components.hrv!.z!).toBeGreaterThan(0);
    expect(bad.components.resting_hr!.z!).toBeGreaterThan(0);
    expect(bad.components.resting_hr!.score!).toBeLessThan(50);
    expect(good.components.sleep).toEqual({ hours: 8, sleep_score: null, score: 100 });
    const reversed = history(28, { hrv_rmssd_ms: 80, resting_hr_bpm: 48, sleep_duration_seconds: 8 * 3600 }).reverse();
    expect(computeReadiness(reversed, { date: '2024-06-12', config })).toEqual(good);
  });

  it('needs a baseline, and says so; no signals at all is its own status', () => {
    const short = computeReadiness(history(3, { hrv_rmssd_ms: 80 }), { date: '2024-06-12', config });
    expect(short).toMatchObject({ status: 'insufficient_baseline', score: null, band: null });
    expect(short.components.hrv).toMatchObject({ baseline_days: 3, z: null, score: null });
    expect(computeReadiness([], { date: '2024-06-12', config })).toMatchObject({ status: 'no_signals', score: null });
    const sleepOnly = computeReadiness([{ date: '2024-06-12', sleep_score: 72 } as RecoverySignal], { date: '2024-06-12', config });
    expect(sleepOnly).toMatchObject({ status: 'ok', score: 72, band: 'high' });
  });

  it('is kept separate from load: sessions do not change it', () => {
    const signals = history(28, { hrv_rmssd_ms: 70, resting_hr_bpm: 50 });
    const base = { profile: { time_zone: 'UTC' }, asOf: '2024-06-12T07:00:00Z', recoverySignals: signals };
    const rested = computeFatigue({ ...base, sessions: [] });
    const loaded = computeFatigue({
      ...base,
      sessions: [{ id: 'x', activity: 'running', started_at: '2024-06-11T06:00:00Z', duration_seconds: 7200, rpe: 9 }],
    });
    expect(loaded.readiness).toEqual(rested.readiness);
    expect(loaded.pmc.ctl).toBeGreaterThan(rested.pmc.ctl);
  });
});
