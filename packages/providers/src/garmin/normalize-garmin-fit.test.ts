import { Encoder, Profile, type FileIdMesg } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { MetricSampleDraftSchema, ProviderRecordDraftSchema } from '../provider-record-draft.js';
import { encodeFitActivity, type FitActivitySpec } from '../test-support/encode-fit-activity.js';
import { withFitCrcs } from '../test-support/fit-mutations.js';
import { garminFixtureBytes } from '../test-support/read-garmin-fixture.js';
import { buildFitFixtures, RUN_FIT_SPEC } from './fixtures/build-fit-fixtures.js';
import { normalizeGarminFit } from './normalize-garmin-fit.js';

const run = () => normalizeGarminFit(garminFixtureBytes('run.fit'), { fileName: 'run.fit' });
const short = (overrides: Partial<FitActivitySpec> = {}): FitActivitySpec => ({
  start: '2025-05-03T05:30:00Z',
  utcOffsetMinutes: 120,
  sessions: [{ sport: 'running', elapsedSeconds: 4, records: [0, 1, 2, 3].map((offsetSeconds) => ({ offsetSeconds, heartRate: 120 + offsetSeconds, power: 250 })) }],
  ...overrides,
});

describe('normalizeGarminFit', () => {
  it('the committed fixtures are what build-fit-fixtures.ts encodes (deterministic encoder)', () => {
    for (const [name, bytes] of Object.entries(buildFitFixtures())) expect(garminFixtureBytes(name), name).toEqual(bytes);
  });

  it('makes one activity record per FIT activity, keyed by file_id serial and time created, with the decoded messages as raw JSON', () => {
    const result = run();
    expect(result.failures).toEqual([]);
    expect(result.normalizer).toEqual({ id: 'garmin.fit', version: '1.0.0' });
    const draft = result.drafts[0]!;
    expect(ProviderRecordDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.record).toMatchObject({
      provider: 'garmin', resource: 'fit', external_id: 'fit:3412345678:2024-06-12T14:01:12Z', parent_external_id: null, record_kind: 'activity',
      activity_type_raw: 'running/trail', start_time: '2024-06-12T14:01:12.000Z', end_time: '2024-06-12T15:02:40.000Z', utc_offset_minutes: -420,
    });
    const raw = draft.record.raw_payload as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(raw).sort()).toEqual(['activityMesgs', 'deviceInfoMesgs', 'eventMesgs', 'fileIdMesgs', 'lapMesgs', 'recordMesgs', 'sessionMesgs']);
    expect(raw.fileIdMesgs?.[0]).toMatchObject({ serialNumber: 3412345678, timeCreated: '2024-06-12T14:01:12.000Z', type: 'activity' });
    expect(raw.lapMesgs).toHaveLength(4);
    expect(raw.recordMesgs).toHaveLength(738);
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
  });

  it('reads the session: sport mapped, timer time as active duration, elapsed time for the end, offset from local_timestamp', () => {
    const activity = run().drafts[0]!.activity!;
    expect(activity).toEqual({
      activity_definition_slug: 'trail_running', activity_type_raw: 'running/trail', activity_type_matched: true, title: null,
      performed_start: '2024-06-12T14:01:12.000Z', performed_end: '2024-06-12T15:02:40.000Z', timezone: null, utc_offset_minutes: -420,
      local_date: '2024-06-12', start_time_hidden: false, manual: false, duration_seconds: 3550, distance_m: 10234.5, elevation_gain_m: 64,
      energy_kcal: 742, work_kj: null, avg_hr_bpm: expect.any(Number) as unknown as number, max_hr_bpm: 178, avg_power_w: 251, device_name: 'garmin fr265Large',
    });
  });

  it('turns records into streams (positions in degrees) and samples of heart rate, speed, power, cadence and altitude', () => {
    const draft = run().drafts[0]!;
    expect(draft.streams.map((stream) => [stream.stream_type, stream.metric_type, stream.unit, stream.sample_count, stream.out_of_bounds_count])).toEqual([
      ['timestamp', 'elapsed_time_s', 's', 738, 0],
      ['heartRate', 'heart_rate_bpm', 'bpm', 738, 0],
      ['speed', 'speed_m_per_s', 'm/s', 738, 0],
      ['power', 'power_w', 'W', 738, 0],
      ['cadence', 'cadence_rpm', 'rpm', 738, 0],
      ['altitude', 'altitude_m', 'm', 738, 0],
      ['distance', 'distance_m', 'm', 738, 0],
      ['position', 'position_deg', 'deg', 738, 0],
    ]);
    const timestamps = (draft.streams[0]!.raw_stream as { data: number[] }).data;
    expect(timestamps.slice(0, 3)).toEqual([0, 5, 10]);
    const [lat, lng] = (draft.streams[7]!.raw_stream as { data: number[][] }).data[0]!;
    expect(lat).toBeCloseTo(34.1184, 3);
    expect(lng).toBeCloseTo(-118.3004, 3);
    expect(draft.samples).toHaveLength(738 * 5);
    expect(draft.samples[0]).toMatchObject({ metric_type: 'heart_rate_bpm', recorded_at: '2024-06-12T14:01:12.000Z', unit: 'bpm', stream_index: 1 });
    expect(draft.samples[1]?.recorded_at).toBe('2024-06-12T14:01:17.000Z');
    expect(draft.samples.some((sample) => sample.metric_type === 'position_deg' || sample.metric_type === 'distance_m')).toBe(false);
    for (const sample of draft.samples.slice(0, 50)) expect(MetricSampleDraftSchema.safeParse(sample).success).toBe(true);
  });

  it('drops out-of-bounds record values (a heart rate of 10, 4,000 W) with a warning count, keeping them in the raw stream', () => {
    const bytes = encodeFitActivity(short({
      sessions: [{ sport: 'cycling', elapsedSeconds: 3, records: [{ offsetSeconds: 0, heartRate: 130, power: 250 }, { offsetSeconds: 1, heartRate: 10, power: 4000 }, { offsetSeconds: 2, heartRate: 132, power: 260 }] }],
    }));
    const draft = normalizeGarminFit(bytes).drafts[0]!;
    expect(draft.streams.find((stream) => stream.stream_type === 'heartRate')).toMatchObject({ out_of_bounds_count: 1, raw_stream: { data: [130, 10, 132] } });
    expect(draft.samples.filter((sample) => sample.metric_type === 'heart_rate_bpm').map((sample) => sample.value)).toEqual([130, 132]);
    expect(draft.samples.filter((sample) => sample.metric_type === 'power_w').map((sample) => sample.value)).toEqual([250, 260]);
    expect(draft.warnings.filter((warning) => warning.code === 'out_of_bounds')).toHaveLength(2);
  });

  it('turns active set messages into strength sets mapped to catalog movements, skipping rest sets', () => {
    const draft = normalizeGarminFit(garminFixtureBytes('strength.fit')).drafts[0]!;
    expect(draft.activity).toMatchObject({ activity_definition_slug: 'strength_training', activity_type_raw: 'training/strengthTraining', utc_offset_minutes: -300, local_date: '2024-06-13', distance_m: null });
    expect(draft.strength_sets.map((set) => [set.set_index, set.movement_slug, set.movement_raw, set.reps, set.load_kg, set.duration_seconds])).toEqual([
      [0, 'back_squat', 'squat/barbellBackSquat', 10, 60, 40],
      [1, 'back_squat', 'squat/barbellBackSquat', 5, 100, 32],
      [2, 'back_squat', 'squat/barbellBackSquat', 5, 100, 32],
      [3, 'back_squat', 'squat/barbellBackSquat', 5, 102.5, 32],
      [4, 'bench_press', 'benchPress/barbellBenchPress', 8, 80, 30],
      [5, 'bench_press', 'benchPress/barbellBenchPress', 8, 80, 30],
      [6, 'barbell_row', 'row/barbellRow', 10, 70, 35],
      [7, null, 'squat/plieSquat', 12, 24, 45],
      [8, 'pull_up', 'pullUp', 15, null, 60],
    ]);
    expect(draft.strength_sets[1]?.started_at).toBe('2024-06-13T06:34:40.000Z');
    expect(draft.strength_sets.every((set) => set.is_warmup === false)).toBe(true);
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'unmapped_value', message: expect.stringContaining('squat/plieSquat') as unknown as string }));
  });

  it('keeps a subtype the profile does not name as its number, with no movement', () => {
    const bytes = encodeFitActivity(short({ sessions: [{ sport: 'training', subSport: 'strengthTraining', elapsedSeconds: 60, sets: [{ offsetSeconds: 0, durationSeconds: 30, reps: 5, weightKg: 40, category: 'curl', categorySubtype: 999 }] }] }));
    expect(normalizeGarminFit(bytes).drafts[0]?.strength_sets[0]).toMatchObject({ movement_slug: null, movement_raw: 'curl/999' });
  });

  it('maps an unknown sport to other, keeping the raw sport', () => {
    const bytes = encodeFitActivity(short({ sessions: [{ sport: 'jumpmaster', subSport: 'generic', elapsedSeconds: 60 }] }));
    expect(normalizeGarminFit(bytes).drafts[0]?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: 'jumpmaster/generic', activity_type_matched: true });
    const numeric = encodeFitActivity(short({ sessions: [{ sport: 200 as unknown as string, elapsedSeconds: 60 }] }));
    expect(normalizeGarminFit(numeric).drafts[0]?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_matched: false });
  });

  it('without an activity local timestamp dates the activity in UTC with a warning', () => {
    const draft = normalizeGarminFit(encodeFitActivity(short({ start: '2025-05-03T23:30:00Z', utcOffsetMinutes: null }))).drafts[0]!;
    expect(draft.activity).toMatchObject({ utc_offset_minutes: 0, local_date: '2025-05-03' });
    expect(draft.record.utc_offset_minutes).toBeNull();
    expect(draft.warnings[0]).toMatchObject({ code: 'unknown_time_zone', path: ['activityMesgs'] });
    const east = normalizeGarminFit(encodeFitActivity(short({ start: '2025-05-03T23:30:00Z', utcOffsetMinutes: 120 }))).drafts[0]!;
    expect(east.activity?.local_date).toBe('2025-05-04');
  });

  it('gives a multisport file a parent record and one child record per session, each with its own series', () => {
    const result = normalizeGarminFit(garminFixtureBytes('multisport.fit'));
    expect(result.failures).toEqual([]);
    expect(result.drafts.map((draft) => [draft.record.external_id, draft.record.parent_external_id, draft.activity?.activity_definition_slug, draft.samples.length])).toEqual([
      ['fit:3412345678:2024-06-16T07:00:00Z', null, 'multisport', 0],
      ['fit:3412345678:2024-06-16T07:00:00Z:session:0', 'fit:3412345678:2024-06-16T07:00:00Z', 'running', 60 * 5],
      ['fit:3412345678:2024-06-16T07:00:00Z:session:1', 'fit:3412345678:2024-06-16T07:00:00Z', 'multisport', 0],
      ['fit:3412345678:2024-06-16T07:00:00Z:session:2', 'fit:3412345678:2024-06-16T07:00:00Z', 'cycling', 120 * 4],
    ]);
    expect(result.drafts[0]?.activity).toMatchObject({ performed_end: '2024-06-16T07:31:00.000Z', duration_seconds: 1860, distance_m: 12300, energy_kcal: 430, max_hr_bpm: 149 });
    expect(Object.keys(result.drafts[3]!.record.raw_payload as object)).toEqual(['sessionMesgs', 'lapMesgs']);
  });

  it('fails a truncated file with invalid_fit, keeping the messages read before the break', () => {
    const result = normalizeGarminFit(garminFixtureBytes('truncated.fit'), { fileName: 'truncated.fit' });
    expect(result.drafts).toEqual([]);
    const failed = result.failures[0]!;
    expect(failed).toMatchObject({ external_id: 'fit:3412345678:2024-06-12T14:01:12Z', failure: { code: 'invalid_fit', path: [] } });
    expect(failed.failure.message).toMatch(/^truncated\.fit: the FIT file is corrupt or truncated: FIT Runtime Error/);
    expect((failed.raw_payload as Record<string, unknown>).fileIdMesgs).toBeDefined();
  });

  it('fails a file whose checksum does not match, and bytes that are not FIT at all, with invalid_fit', () => {
    const corrupt = garminFixtureBytes('strength.fit');
    corrupt[200] = corrupt[200]! ^ 0xff;
    expect(normalizeGarminFit(corrupt).failures[0]?.failure).toMatchObject({ code: 'invalid_fit', message: expect.stringContaining('CRC') as unknown as string });
    for (const bytes of [new Uint8Array(), new TextEncoder().encode('{"activities": []}'), new Uint8Array(64)]) {
      expect(normalizeGarminFit(bytes).failures[0]).toMatchObject({ external_id: null, raw_payload: null, failure: { code: 'invalid_fit' } });
    }
    expect(normalizeGarminFit('run.fit' as unknown as Uint8Array).failures[0]?.failure.code).toBe('schema_mismatch');
    expect(normalizeGarminFit(garminFixtureBytes('strength.fit').buffer as unknown as Uint8Array).drafts).toHaveLength(1);
  });

  it('skips FIT files that are not activities, and fails an activity without a session', () => {
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID!, { type: 'course', manufacturer: 'garmin', product: 4257, serialNumber: 1, timeCreated: new Date('2025-05-03T05:00:00Z') } as FileIdMesg);
    const course = normalizeGarminFit(encoder.close());
    expect(course.drafts).toEqual([]);
    expect(course.skipped[0]).toMatchObject({ external_id: 'fit:1:2025-05-03T05:00:00Z', reason: 'a FIT course file, not an activity' });
    const noSession = encodeFitActivity({ ...short(), sessions: [] });
    expect(normalizeGarminFit(noSession).failures[0]?.failure).toMatchObject({ code: 'invalid_fit', path: ['sessionMesgs'] });
  });

  it('keys the record by the file, never by its name, and is deterministic', () => {
    const bytes = encodeFitActivity(RUN_FIT_SPEC);
    const first = normalizeGarminFit(bytes, { fileName: 'a.fit' });
    const second = normalizeGarminFit(withFitCrcs(bytes), { fileName: 'b/other-name.fit' });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
