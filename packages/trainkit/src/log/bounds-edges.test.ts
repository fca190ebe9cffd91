import { MAX_INSTANT, MIN_INSTANT } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { TrainkitFatigueReportSchema } from '../fatigue/trainkit-fatigue-report-schema.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';

let storage: KyselyStorage;
let trainkit: Trainkit;

beforeEach(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-12T07:00:00Z') });
  await trainkit.seedCatalog();
});

afterEach(async () => {
  await storage.close();
});

describe('logs at the edges of the bounds', () => {
  it.each([
    ['the first storable instant', MIN_INSTANT, 'UTC', '1900-01-20T00:00:00.000Z'],
    ['the first day, west of UTC', '1900-01-01T12:00:00.000Z', 'Pacific/Pago_Pago', '1900-01-03'],
    ['the last storable day, east of UTC', '2200-12-31T09:00:00.000Z', 'Pacific/Kiritimati', MAX_INSTANT],
    ['a 14-day session ending at the last instant', '2200-12-17T23:59:59.999Z', 'UTC', MAX_INSTANT],
  ])('%s: logging, the report and the daily state all work', async (_name, start, timeZone, asOf) => {
    await trainkit.users.create({ id: 'edge', timeZone });
    const lift = await trainkit.log.strength({ userId: 'edge', start, timeZone, durationSeconds: 3600, sets: [{ movement: 'back_squat', reps: 5, loadKg: 2000 }] });
    expect(lift.activityInstance.performed_start).toBe(start);
    const report = await trainkit.fatigue.report({ userId: 'edge', asOf });
    const parsed = TrainkitFatigueReportSchema.safeParse(report);
    expect((parsed.error?.issues ?? []).map((issue) => issue.path.join("."))).toEqual([]);
    expect(report.provenance.inputs.skipped).toEqual([]);
    const refresh = await trainkit.fatigue.refreshState({ userId: 'edge', asOf });
    expect(refresh.rowsWritten).toBeGreaterThan(0);
  });
});
