import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrainkitError } from '@trainkit/core';
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { ORIGIN_MS, PROPERTY_MAPS, sessionFromSeed, sessionSeedArbitrary, sessionsArbitrary, SPAN_MINUTES } from '../test-support/arbitraries.js';
import { tv7Session, TV8_MUSCLE_MAPS } from '../test-support/fixtures.js';
import { fatigueDailySeries } from './fatigue-daily-series.js';
import { buildFatigueState, type FatigueState } from './fatigue-state.js';
import { summarizeFatigueState } from './summarize-fatigue-state.js';
import { affectedBySessions, AffectedRangeSchema, updateFatigueState } from './update-fatigue-state.js';

const SEED = 7_031_989;
const PROFILE = { time_zone: 'Europe/Berlin' };

function build(sessions: readonly FatigueSessionInput[], asOf: string): FatigueState {
  return buildFatigueState({ sessions, profile: PROFILE, asOf, muscleMaps: PROPERTY_MAPS });
}

function comparable(state: FatigueState) {
  const report = summarizeFatigueState(state, { includeMuscleSeries: true });
  // Same-id repeats within one call are reported per call; everything else must match exactly.
  const excluded = report.provenance.sessions.excluded_duplicates.filter((entry) => entry.rule !== 'same_id');
  return { ...report, provenance: { ...report.provenance, sessions: { ...report.provenance.sessions, excluded_duplicates: excluded } } };
}

const asOfMinute = fc.integer({ min: 0, max: SPAN_MINUTES + 5 * 1440 });
const toInstant = (minute: number) => new Date(ORIGIN_MS + minute * 60_000).toISOString();

describe('updateFatigueState', () => {
  it('equals a full rebuild, bit for bit (new sessions, later asOf, replacements, cross-provider duplicates)', () => {
    fc.assert(
      fc.property(
        sessionsArbitrary(10),
        fc.array(sessionSeedArbitrary, { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        asOfMinute,
        fc.integer({ min: 0, max: 10 * 1440 }),
        (sessions, newSeeds, replaceIndices, first, advance) => {
          const lowCopies = sessions.slice(0, 3).map((session) => ({
            ...session,
            id: `${session.id}_low`,
            source: { provider: 'strava', external_id: `${session.id}_low`, priority: -10 },
          }));
          const base = [...sessions, ...lowCopies];
          const fresh = newSeeds.map((seed, index) => sessionFromSeed(seed, `n${index}`));
          const replacements = base.length === 0 ? [] : replaceIndices.map((position, index) => {
            const original = base[position % base.length]!;
            return index % 2 === 0
              ? { ...original, duration_seconds: original.duration_seconds + 600, rpe: 9 }
              : { ...original, started_at: new Date(Date.parse(original.started_at) + 86_400_000).toISOString() };
          });
          const copies = sessions.slice(2, 5).map((session) => ({
            ...session,
            id: `${session.id}_copy`,
            source: { provider: 'garmin', external_id: `${session.id}_x`, priority: 50 },
          }));
          const batch = [...fresh, ...dedupeById(replacements), ...copies];
          const asOf = toInstant(first);
          const later = toInstant(first + advance);
          const incremental = updateFatigueState(build(base, asOf), batch, later);
          const merged = new Map(base.map((session) => [session.id, session]));
          for (const session of batch) merged.set(session.id, session);
          const full = build([...merged.values()], later);
          expect(comparable(incremental.state)).toEqual(comparable(full));
          expect(fatigueDailySeries(incremental.state)).toEqual(fatigueDailySeries(full));
          AffectedRangeSchema.parse(incremental.affected);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('replacing duplicates: an excluded copy moved past asOf, a master replaced by a later version', () => {
    const master = tv7Session('a', '2024-06-10T16:00:00Z', { source: { provider: 'garmin', external_id: 'g1', priority: 10 } });
    const copy = tv7Session('a_copy', '2024-06-10T16:01:00Z', { source: { provider: 'strava', external_id: 's1' } });
    const asOf = '2024-06-12T08:00:00Z';
    const state = buildFatigueState({ sessions: [master, copy], profile: PROFILE, asOf, muscleMaps: TV8_MUSCLE_MAPS });
    expect(summarizeFatigueState(state).provenance.sessions.excluded_duplicates).toEqual([
      { id: 'a_copy', duplicate_of: 'a', rule: 'overlap>=0.8,start<=300s' },
    ]);
    const movedCopy = { ...copy, started_at: '2024-06-13T16:00:00Z' };
    const first = updateFatigueState(state, [movedCopy]);
    expect(comparable(first.state)).toEqual(
      comparable(buildFatigueState({ sessions: [master, movedCopy], profile: PROFILE, asOf, muscleMaps: TV8_MUSCLE_MAPS })),
    );
    expect(summarizeFatigueState(first.state).provenance.sessions.excluded_duplicates).toEqual([]);
    const movedMaster = { ...master, started_at: '2024-06-11T16:00:00Z' };
    const second = updateFatigueState(state, [movedMaster]);
    expect(second.affected.added_session_ids).toEqual(['a', 'a_copy']);
    expect(second.affected.removed_session_ids).toEqual(['a']);
    expect(comparable(second.state)).toEqual(
      comparable(buildFatigueState({ sessions: [movedMaster, copy], profile: PROFILE, asOf, muscleMaps: TV8_MUSCLE_MAPS })),
    );
  });

  it('moving asOf back rebuilds; unchanged resends are no-ops', () => {
    const sessions = [tv7Session('a', '2024-06-10T16:00:00Z'), tv7Session('b', '2024-06-12T16:00:00Z')];
    const state = buildFatigueState({ sessions, profile: PROFILE, asOf: '2024-06-13T08:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    const back = updateFatigueState(state, [], '2024-06-11T08:00:00Z');
    expect(back.affected.full_rebuild).toBe(true);
    expect(back.state.internal.kept.map((session) => session.id)).toEqual(['a']);
    const same = updateFatigueState(state, [sessions[1]!]);
    expect(same.affected).toMatchObject({ from_date: null, added_session_ids: [], removed_session_ids: [], changed_muscles: [] });
  });

  it('reports the affected days and muscles of a new session', () => {
    const state = buildFatigueState({
      sessions: [tv7Session('a', '2024-06-01T16:00:00Z')],
      profile: PROFILE,
      asOf: '2024-06-12T08:00:00Z',
      muscleMaps: TV8_MUSCLE_MAPS,
    });
    const run = { id: 'run', activity: 'running', started_at: '2024-06-05T05:00:00Z', duration_seconds: 3600, rpe: 5 };
    const affected = affectedBySessions(state, [run]);
    expect(affected).toEqual({
      full_rebuild: false,
      from_date: '2024-06-05',
      to_date: '2024-06-12',
      appended_from_date: null,
      pmc_from_date: '2024-06-05',
      changed_muscles: ['calves', 'glutes', 'hamstrings', 'quadriceps'],
      systemic_changed: true,
      added_session_ids: ['run'],
      removed_session_ids: [],
    });
    const { state: next } = updateFatigueState(state, [run], '2024-06-14T08:00:00Z');
    const rows = fatigueDailySeries(next, { from: '2024-06-04', to: '2024-06-06', muscles: ['calves'] });
    expect(rows.dates).toEqual(['2024-06-04', '2024-06-05', '2024-06-06']);
    expect(Object.keys(rows.muscles)).toEqual(['calves']);
    expect(rows.muscles.calves!.value_hse[0]).toBe(0);
    expect(rows.muscles.calves!.value_hse[1]).toBeGreaterThan(0);
    expect(updateFatigueState(next, [], '2024-06-16T08:00:00Z').affected.appended_from_date).toBe('2024-06-15');
  });

  it('validates new sessions at the boundary', () => {
    const state = buildFatigueState({ sessions: [], profile: PROFILE, asOf: '2024-06-12T08:00:00Z' });
    const bad = { id: 'x', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: -1 };
    try {
      updateFatigueState(state, [bad]);
      expect.unreachable();
    } catch (error) {
      expect(isTrainkitError(error, 'VALIDATION_FAILED')).toBe(true);
      expect((error as { issues: Array<{ path: string }> }).issues[0]!.path).toBe('sessions.0.duration_seconds');
    }
    expect(() => updateFatigueState(state, [], 'yesterday')).toThrow(/asOf/);
  });
});

function dedupeById(sessions: FatigueSessionInput[]): FatigueSessionInput[] {
  return [...new Map(sessions.map((session) => [session.id, session])).values()];
}
