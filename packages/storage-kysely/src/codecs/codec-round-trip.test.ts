/**
 * Values survive a write and a read exactly on every dialect (instants to the millisecond, dates without any time zone
 * shift, JSON deep-equal, unicode text, booleans, 53-bit integers, doubles), and are stored in the documented encoding.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

const NOW = '2025-03-04T18:10:00.000Z';
const PAYLOAD = {
  name: 'Jane’s Apple Watch 🏃‍♀️',
  laps: [{ split_s: 301.25, hr: [141, 152, null] }, { split_s: 0.1 + 0.2 }],
  nested: { empty: {}, list: [], flag: false, tiny: 1e-7, big: 123_456_789.123 },
  'key with spaces': 'ünïcödé — 日本語',
};

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: codecs round-trip exactly`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect);
      const { storage } = test;
      await storage.users.insert({ id: 'usr_1', display_name: 'Jane’s 🏋️', created_at: NOW } as never);
      await storage.ingestionRuns.start({ id: 'run_1', user_id: 'usr_1', provider: 'strava', started_at: '1999-12-31T23:59:59.999Z' } as never);
      await storage.movements.upsertMany([
        { id: 'back_squat', slug: 'back_squat', name: 'Back squat', pattern: 'squat', equipment: 'barbell', mechanic: 'compound' },
      ] as never);
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('JSON payloads, instants, integers and unicode text', async () => {
      const { storage } = test;
      const record = {
        id: 'rec_1',
        user_id: 'usr_1',
        provider: 'strava',
        external_id: '9007199254740993',
        activity_type_raw: 'TrailRun',
        start_time: '2024-02-29T23:59:59.999Z',
        end_time: '2038-01-19T03:14:08.001Z',
        timezone: '(GMT+01:00) Europe/Berlin',
        utc_offset_minutes: -840,
        raw_payload_json: PAYLOAD,
        ingestion_run_id: 'run_1',
        created_at: NOW,
        updated_at: NOW,
      };
      const { row } = await storage.externalActivityRecords.upsertByExternalId(record as never);
      const read = await storage.externalActivityRecords.get('usr_1' as never, 'rec_1' as never);
      expect(read).toEqual(row);
      expect(read.raw_payload_json).toEqual(PAYLOAD);
      expect(read.start_time).toBe('2024-02-29T23:59:59.999Z');
      expect(read.end_time).toBe('2038-01-19T03:14:08.001Z');
      expect(read.utc_offset_minutes).toBe(-840);
      expect(read.timezone).toBe('(GMT+01:00) Europe/Berlin');

      await storage.externalMetricStreams.insert({
        id: 'str_1',
        user_id: 'usr_1',
        external_activity_record_id: 'rec_1',
        stream_type: 'heartrate',
        sample_count: Number.MAX_SAFE_INTEGER,
        raw_stream_json: ['top-level array', 1, { a: null }],
        created_at: NOW,
      } as never);
      const stream = await storage.externalMetricStreams.get('usr_1' as never, 'str_1' as never);
      expect(stream.sample_count).toBe(Number.MAX_SAFE_INTEGER);
      expect(stream.raw_stream_json).toEqual(['top-level array', 1, { a: null }]);
      expect((await storage.users.get('usr_1' as never)).display_name).toBe('Jane’s 🏋️');
    });

    it('JSON scalars: a JSON string stays a string, JSON null in a nullable column reads back as null', async () => {
      const { storage } = test;
      await storage.userSettings.upsert({ user_id: 'usr_1', fatigue_overrides_json: 'just a string', updated_at: NOW } as never);
      expect((await storage.userSettings.get('usr_1' as never)).fatigue_overrides_json).toBe('just a string');
      await storage.userSettings.upsert({ user_id: 'usr_1', fatigue_overrides_json: [0.5, true], updated_at: NOW } as never);
      expect((await storage.userSettings.get('usr_1' as never)).fatigue_overrides_json).toEqual([0.5, true]);
      await storage.userSettings.upsert({ user_id: 'usr_1', updated_at: NOW } as never);
      expect((await storage.userSettings.get('usr_1' as never)).fatigue_overrides_json).toBeNull();
    });

    it('dates come back as the same calendar day, whatever the process time zone', async () => {
      const { storage } = test;
      for (const date of ['1800-01-01', '1969-12-31', '2024-02-29', '2300-12-31']) {
        await storage.userProfiles.upsert({ user_id: 'usr_1', date_of_birth: date, created_at: NOW, updated_at: NOW } as never);
        expect((await storage.userProfiles.get('usr_1' as never)).date_of_birth).toBe(date);
      }
    });

    it('booleans and doubles', async () => {
      const { storage } = test;
      await storage.activityInstances.insert({
        id: 'act_1',
        user_id: 'usr_1',
        source: 'manual',
        performed_start: '2025-03-04T17:00:00.000Z',
        timezone: 'Europe/Berlin',
        utc_offset_minutes: 60,
        local_date: '2025-03-04',
        distance_m: 0.1 + 0.2,
        created_at: NOW,
        updated_at: NOW,
      } as never);
      await storage.activityStrengthSets.insertMany([
        { id: 'set_1', user_id: 'usr_1', activity_instance_id: 'act_1', movement_id: 'back_squat', set_index: 0, reps: 5, load_kg: 102.5, is_warmup: true },
        { id: 'set_2', user_id: 'usr_1', activity_instance_id: 'act_1', movement_id: 'back_squat', set_index: 1, reps: 5, load_kg: 142.5 },
      ] as never);
      const sets = await storage.activityStrengthSets.listByActivity('usr_1' as never, 'act_1' as never);
      expect(sets.map((set) => [set.is_warmup, set.load_kg])).toEqual([
        [true, 102.5],
        [false, 142.5],
      ]);
      expect((await storage.activityInstances.get('usr_1' as never, 'act_1' as never)).distance_m).toBe(0.1 + 0.2);
    });

    it('bulk inserts (multi-row values on SQLite, unnest on PGlite, COPY on PostgreSQL) keep awkward text and JSON exact', async () => {
      const { storage } = test;
      const awkward = ['NULL', 'null', '', '"quoted"', "it's", 'back\\slash', '\\N', '\\.', '{braces,commas}', 'tab\there', 'line\nbreak', 'cr\rlf', 'Jane’s Apple Watch 🏃'];
      // Enough rows to take the bulk path (more than one statement's worth).
      const texts = [...awkward, ...Array.from({ length: 600 }, (_, index) => `filler ${index}`)];
      const rows = texts.map((text, index) => ({
        id: `bulk_${index}`,
        user_id: 'usr_1',
        provider: 'garmin',
        external_id: text === '' ? 'empty' : text,
        activity_type_raw: text === '' ? null : text,
        timezone: text === '' ? null : text,
        start_time: index % 2 === 0 ? null : '2024-02-29T23:59:59.999Z',
        utc_offset_minutes: index % 3 === 0 ? null : 840,
        raw_payload_json: { text, list: [text, null, { nested: text, tab: '\t' }], number: index / 3, flag: index % 2 === 0 },
        ingestion_run_id: 'run_1',
        created_at: NOW,
        updated_at: NOW,
      }));
      expect(await storage.externalActivityRecords.insertMany(rows as never)).toBe(rows.length);
      for (const row of rows) {
        const read = await storage.externalActivityRecords.get('usr_1' as never, row.id as never);
        expect(read).toMatchObject({ ...row, raw_payload_json: row.raw_payload_json });
        expect(read.raw_payload_json).toEqual(row.raw_payload_json);
      }
      const samples = Array.from({ length: 12 }, (_, index) => ({
        id: `bulk_sample_${index}`,
        user_id: 'usr_1',
        metric_type: index % 2 ? 'heart_rate_bpm' : 'NULL',
        recorded_at: new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999) + index).toISOString(),
        value: index === 0 ? -0.000001 : 1e15 + index / 4,
      }));
      await storage.metricSamples.insertMany(samples as never);
      const stored = await storage.metricSamples.list('usr_1' as never, { where: { id: samples.map((sample) => sample.id) } as never });
      const byId = [...samples].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(stored.map((sample) => [sample.id, sample.metric_type, sample.recorded_at, sample.value, sample.unit])).toEqual(
        byId.map((sample) => [sample.id, sample.metric_type, sample.recorded_at, sample.value, null]),
      );
    });

    it('stores instants, dates, JSON and booleans in the documented column encoding', async () => {
      const db = test.storage.kysely;
      if (dialect === 'sqlite') {
        const { rows } = await sql<{ start: string; start_type: string; payload_type: string; warmup: number; warmup_type: string }>`
          select r.start_time as start, typeof(r.start_time) as start_type, typeof(r.raw_payload_json) as payload_type,
            s.is_warmup as warmup, typeof(s.is_warmup) as warmup_type
          from external_activity_records r, activity_strength_sets s where r.id = 'rec_1' and s.id = 'set_1'
        `.execute(db);
        expect(rows[0]).toEqual({ start: '2024-02-29T23:59:59.999Z', start_type: 'text', payload_type: 'text', warmup: 1, warmup_type: 'integer' });
      } else {
        const { rows } = await sql<Record<string, string>>`
          select pg_typeof(r.start_time)::text as start_type, pg_typeof(r.raw_payload_json)::text as payload_type,
            pg_typeof(s.is_warmup)::text as warmup_type, pg_typeof(p.date_of_birth)::text as date_type,
            to_char(r.start_time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as start_utc,
            r.raw_payload_json->'nested'->>'big' as big
          from external_activity_records r, activity_strength_sets s, user_profile p
          where r.id = 'rec_1' and s.id = 'set_1' and p.user_id = 'usr_1'
        `.execute(db);
        expect(rows[0]).toEqual({
          start_type: 'timestamp with time zone',
          payload_type: 'jsonb',
          warmup_type: 'boolean',
          date_type: 'date',
          start_utc: '2024-02-29T23:59:59.999',
          big: '123456789.123',
        });
      }
    });
  });
}
