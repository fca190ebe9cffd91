/**
 * Test-only helpers (not published): a fresh storage, users and realistic stored activities, written through the
 * repositories exactly as an application would.
 */
import { catalogId } from '@trainkit/catalog';
import {
  localDayOf,
  utcOffsetMinutesAt,
  type ActivityInstanceInsert,
  type ActivityStrengthSetInsert,
  type TrainkitStorage,
  type UserId,
  type UserSettingsInput,
} from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';

/** A migrated in-memory SQLite storage. */
export async function openSqliteStorage(): Promise<KyselyStorage> {
  return createSqliteStorage({ path: ':memory:', migrate: true });
}

/** Inserts a user, optionally with a profile and settings. */
export async function createUser(
  storage: TrainkitStorage,
  id: string,
  options: {
    readonly settings?: Omit<UserSettingsInput, 'user_id' | 'updated_at'>;
    readonly birthDate?: string;
    readonly sex?: 'male' | 'female' | 'intersex' | 'unspecified';
  } = {},
): Promise<UserId> {
  const userId = id as UserId;
  const at = '2020-01-01T00:00:00.000Z';
  await storage.users.insert({ id: userId, display_name: id, created_at: at });
  if (options.birthDate !== undefined || options.sex !== undefined) {
    await storage.userProfiles.upsert({
      user_id: userId,
      date_of_birth: options.birthDate ?? null,
      sex: options.sex ?? null,
      created_at: at,
      updated_at: at,
    } as never);
  }
  if (options.settings !== undefined) await storage.userSettings.upsert({ ...options.settings, user_id: userId, updated_at: at });
  return userId;
}

/** One set of a stored strength session. */
export interface FixtureSet {
  readonly movement: string;
  readonly reps?: number | null;
  readonly loadKg?: number | null;
  readonly rir?: number | null;
  readonly rpe?: number | null;
  readonly warmup?: boolean;
}

/** A stored activity, in the terms of the catalog (activity slug, movement slugs). */
export interface FixtureActivity {
  readonly id: string;
  readonly activity: string;
  readonly start: string;
  readonly durationSeconds: number;
  readonly timeZone?: string;
  readonly endKnown?: boolean;
  readonly createdAt?: string;
  readonly avgHr?: number | null;
  readonly rpe?: number | null;
  readonly distanceM?: number | null;
  readonly provider?: { readonly name: string; readonly runId: string } | null;
  readonly sets?: readonly FixtureSet[];
}

/** The activity and set rows of a fixture activity. */
export function activityRows(userId: UserId, fixture: FixtureActivity): { activity: ActivityInstanceInsert; sets: ActivityStrengthSetInsert[] } {
  const timeZone = fixture.timeZone ?? 'Europe/Berlin';
  const start = new Date(fixture.start).toISOString();
  const end = new Date(Date.parse(start) + fixture.durationSeconds * 1000).toISOString();
  const activity: ActivityInstanceInsert = {
    id: fixture.id,
    user_id: userId,
    source: fixture.provider ? 'provider' : 'manual',
    provider: fixture.provider?.name ?? null,
    ingestion_run_id: fixture.provider?.runId ?? null,
    normalizer_id: fixture.provider ? `${fixture.provider.name}.activity` : null,
    normalizer_version: fixture.provider ? '1.0.0' : null,
    activity_definition_id: catalogId('activityDefinition', fixture.activity),
    title: fixture.activity,
    performed_start: start,
    performed_end: fixture.endKnown === false ? null : end,
    timezone: timeZone,
    utc_offset_minutes: utcOffsetMinutesAt(start, timeZone),
    local_date: localDayOf(start, { timeZone }),
    duration_seconds: fixture.durationSeconds,
    distance_m: fixture.distanceM ?? null,
    avg_hr_bpm: fixture.avgHr ?? null,
    perceived_difficulty: fixture.rpe ?? null,
    created_at: fixture.createdAt ?? end,
    updated_at: fixture.createdAt ?? end,
  } as ActivityInstanceInsert;
  const sets = (fixture.sets ?? []).map(
    (set, index) =>
      ({
        id: `${fixture.id}_set_${index}`,
        user_id: userId,
        activity_instance_id: fixture.id,
        movement_id: catalogId('movement', set.movement),
        set_index: index,
        reps: set.reps ?? null,
        load_kg: set.loadKg ?? null,
        rir: set.rir ?? null,
        rpe: set.rpe ?? null,
        is_warmup: set.warmup ?? false,
      }) as ActivityStrengthSetInsert,
  );
  return { activity, sets };
}

/** Writes fixture activities (and the ingestion runs of provider ones) in one transaction. */
export async function insertActivities(storage: TrainkitStorage, userId: UserId, fixtures: readonly FixtureActivity[]): Promise<void> {
  await storage.transaction(async (tx) => {
    for (const fixture of fixtures) {
      if (fixture.provider && !(await tx.ingestionRuns.find(userId, fixture.provider.runId as never))) {
        await tx.ingestionRuns.insert({
          id: fixture.provider.runId,
          user_id: userId,
          provider: fixture.provider.name,
          kind: 'sync',
          started_at: fixture.start,
          status: 'succeeded',
          finished_at: fixture.start,
        } as never);
      }
      const { activity, sets } = activityRows(userId, fixture);
      await tx.activityInstances.insert(activity);
      if (sets.length > 0) await tx.activityStrengthSets.insertMany(sets);
    }
  });
}

/** `count` sets of one movement with the same reps, load and RIR. */
export function straightSets(movement: string, count: number, reps: number, loadKg: number, rir: number): FixtureSet[] {
  return Array.from({ length: count }, () => ({ movement, reps, loadKg, rir }));
}

const DAY = 86_400_000;

/**
 * A realistic training history: `weeks` weeks from the Monday `monday`, with two strength sessions (lower, upper),
 * an easy run, a climbing session, a long run imported from Strava and tennis every week. Times are UTC; the
 * athlete lives in Europe/Berlin.
 */
export function trainingHistory(monday: string, weeks: number): FixtureActivity[] {
  const fixtures: FixtureActivity[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const day = (offset: number, time: string) => new Date(Date.parse(`${monday}T${time}Z`) + (week * 7 + offset) * DAY).toISOString();
    fixtures.push(
      {
        id: `w${week}_lower`,
        activity: 'strength_training',
        start: day(0, '16:00:00'),
        durationSeconds: 3900,
        sets: [...straightSets('back_squat', 5, 5, 100 + week * 2.5, 2), ...straightSets('romanian_deadlift', 3, 8, 80, 2)],
      },
      { id: `w${week}_easy`, activity: 'running', start: day(1, '05:30:00'), durationSeconds: 2700, avgHr: 146, distanceM: 8000 },
      { id: `w${week}_climb`, activity: 'climbing', start: day(2, '17:00:00'), durationSeconds: 5400, rpe: 7 },
      {
        id: `w${week}_upper`,
        activity: 'strength_training',
        start: day(3, '16:00:00'),
        durationSeconds: 3600,
        sets: [...straightSets('bench_press', 5, 5, 70, 2), ...straightSets('pull_up', 4, 8, 0, 1)],
      },
      {
        id: `w${week}_long`,
        activity: 'running',
        start: day(5, '07:00:00'),
        durationSeconds: 5400,
        avgHr: 141,
        distanceM: 16000,
        provider: { name: 'strava', runId: `strava_sync_${week}` },
      },
      { id: `w${week}_tennis`, activity: 'tennis', start: day(6, '09:00:00'), durationSeconds: 3600, rpe: 6 },
    );
  }
  return fixtures;
}

/**
 * Writes fixture activities straight into the tables through `storage.kysely`, bypassing the repositories'
 * validation: rows as an older version or a hand-written SQL statement could have left them (a 9999-hour session).
 */
export async function insertRawActivities(storage: KyselyStorage, userId: UserId, fixtures: readonly FixtureActivity[]): Promise<void> {
  const flag = (value: boolean) => (storage.dialect === 'sqlite' ? Number(value) : value);
  for (const fixture of fixtures) {
    const { activity, sets } = activityRows(userId, fixture);
    await storage.kysely.insertInto('activity_instances').values({ visibility: 'private', ...activity } as never).execute();
    for (const set of sets) {
      await storage.kysely.insertInto('activity_strength_sets').values({ ...set, is_warmup: flag(set.is_warmup ?? false) } as never).execute();
    }
  }
}
