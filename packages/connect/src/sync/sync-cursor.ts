import type { JsonValue } from '@trainkit/core';
import { z } from 'zod';
import { ConnectProviderSchema, type ConnectProvider } from '../connect-provider.js';

/**
 * Version of the cursor a sync writes to its run's `cursor_json`. A cursor of another version (or any other JSON,
 * e.g. the `{ next_token }` a pipeline call leaves on the run) is not resumed from.
 *
 * @example
 * ```ts
 * SYNC_CURSOR_VERSION; // 1
 * ```
 */
export const SYNC_CURSOR_VERSION = 1;

/**
 * Where one resource of a pass stands: the position to continue from (`next`: a Strava page number, a WHOOP / Oura
 * page token, a Garmin window start in epoch seconds; `null` = from the pass's start), whether the resource has been
 * fetched to the pass's end (`done`), and how many pages of it were stored in this pass.
 *
 * @example
 * ```ts
 * ResourceCursorSchema.parse({ next: 'OTM4NDU', done: false, pages: 2 });
 * ```
 */
export const ResourceCursorSchema = z
  .object({
    next: z.union([z.string().min(1), z.number().int()]).nullable(),
    done: z.boolean(),
    pages: z.number().int().min(0),
  })
  .strict();

/**
 * The state of one resource of a pass, see {@link ResourceCursorSchema}.
 *
 * @example
 * ```ts
 * const resource: ResourceCursor = { next: null, done: false, pages: 0 };
 * ```
 */
export type ResourceCursor = z.infer<typeof ResourceCursorSchema>;

/**
 * One pass over a time range (ISO-8601 UTC instants, `start` inclusive, `end` exclusive) and where each resource of
 * it stands. `follows` is the end of the incremental pass this one continues from (`null` for the first pass and for
 * backfills): `start` is `follows` minus the plan's overlap, and a resource with a shorter overlap of its own starts
 * later. A pass is complete when every resource of the provider is `done`.
 *
 * @example
 * ```ts
 * SyncPassSchema.parse({ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', follows: null, resources: {} });
 * ```
 */
export const SyncPassSchema = z
  .object({
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    follows: z.iso.datetime().nullable(),
    resources: z.record(z.string().min(1), ResourceCursorSchema),
  })
  .strict()
  .refine((pass) => Date.parse(pass.start) <= Date.parse(pass.end), { message: 'start must not be after end', path: ['start'] });

/**
 * A pass over a time range, see {@link SyncPassSchema}.
 *
 * @example
 * ```ts
 * const pass: SyncPass = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', follows: null, resources: {} };
 * ```
 */
export type SyncPass = z.infer<typeof SyncPassSchema>;

/**
 * The resume cursor of a provider's syncs, stored in each sync run's `cursor_json`: versioned, per resource. It holds
 * two passes: `incremental` (the regular sync: a complete pass's `end` is where the next one starts, minus the
 * provider's overlap) and `backfill` (the last backfill's range; an unfinished backfill continues when the same
 * range is asked for again). Each run carries both forward, so a backfill never loses the incremental position.
 *
 * @example
 * ```ts
 * const cursor = SyncCursorSchema.parse(run.cursor_json);
 * cursor.incremental?.resources.activities?.next; // 3 (the Strava page to fetch next)
 * ```
 */
export const SyncCursorSchema = z
  .object({
    version: z.literal(SYNC_CURSOR_VERSION),
    provider: ConnectProviderSchema,
    incremental: SyncPassSchema.nullable(),
    backfill: SyncPassSchema.nullable(),
  })
  .strict();

/**
 * A provider's sync cursor, see {@link SyncCursorSchema}.
 *
 * @example
 * ```ts
 * const cursor: SyncCursor = { version: 1, provider: 'oura', incremental: null, backfill: null };
 * ```
 */
export type SyncCursor = z.infer<typeof SyncCursorSchema>;

/**
 * Reads a run's `cursor_json` as a sync cursor of `provider`, or `null` when it is none (absent, another version,
 * another provider, or JSON some other writer left there).
 *
 * @example
 * ```ts
 * const cursor = readSyncCursor(run.cursor_json, 'whoop');
 * if (cursor === null) console.log('start from the lookback window');
 * ```
 */
export function readSyncCursor(value: unknown, provider: ConnectProvider): SyncCursor | null {
  const parsed = SyncCursorSchema.safeParse(value);
  return parsed.success && parsed.data.provider === provider ? parsed.data : null;
}

/**
 * Whether every listed resource of a pass is `done`.
 *
 * @example
 * ```ts
 * passComplete({ start: s, end: e, follows: null, resources: { workouts: { next: null, done: true, pages: 4 } } }, ['workouts']); // true
 * ```
 */
export function passComplete(pass: SyncPass, resources: readonly string[]): boolean {
  return resources.every((resource) => pass.resources[resource]?.done === true);
}

/**
 * The cursor as the JSON stored in `cursor_json`.
 *
 * @example
 * ```ts
 * await storage.ingestionRuns.update(userId, runId, { cursor_json: syncCursorJson(cursor) });
 * ```
 */
export function syncCursorJson(cursor: SyncCursor): JsonValue {
  return JSON.parse(JSON.stringify(cursor)) as JsonValue;
}
