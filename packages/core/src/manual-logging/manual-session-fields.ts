import { z } from 'zod';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { SessionDurationSecondsSchema } from '../columns/duration-seconds.js';
import { EnergyKcalSchema } from '../columns/energy-kcal.js';
import { EnjoymentRatingSchema } from '../columns/enjoyment-rating.js';
import { HeartRateBpmSchema } from '../columns/heart-rate-bpm.js';
import { RpeSchema } from '../columns/rpe.js';
import { VisibilitySchema } from '../enums/visibility.js';
import {
  ActivityDefinitionIdSchema,
  ActivityInstanceIdSchema,
  DisciplineIdSchema,
  PlannedSessionIdSchema,
  UserIdSchema,
} from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { TimeZoneSchema, UtcOffsetMinutesSchema } from '../time/time-zone.js';

/**
 * The input fields every manual log shares (camelCase; units in the names). Each field uses the same column schema as
 * the row it ends up in, so the rules are the ones the repositories enforce and the engines accept (`TRAINKIT_BOUNDS`):
 * a session lasts 1 s .. 14 days, distances 0..10,000 km, heart rate 20..250 bpm, RPE 0..10, enjoyment 1..5, ids
 * are 1..128 letters, digits or `_ . : @ -`.
 *
 * - `id`: the activity instance id; made with the context's `ids` when omitted.
 * - `userId`: the athlete.
 * - `start`: when the session started (ISO-8601; offsets are normalized to UTC).
 * - `end` / `durationSeconds`: either or both; one is derived from the other (`end = start + duration`); the
 *   session lasts 1 s .. 14 days either way.
 * - `timeZone`: IANA zone where it happened; gives `utc_offset_minutes` and the local day (DST-aware).
 * - `utcOffsetMinutes`: used for the local day when no `timeZone` is known (default 0, UTC).
 * - `activityDefinitionId`, `disciplineId`, `title`: what it was.
 * - `plannedSessionId`: the planned session this fulfils; the row's `source` becomes `planned`.
 * - `rpe`: session RPE (`perceived_difficulty`); `enjoyment`: 1..5; `notes`; `visibility` (default `private`).
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ ...MANUAL_SESSION_FIELDS, distanceM: DistanceMetersSchema.nullish() });
 * ```
 */
export const MANUAL_SESSION_FIELDS = {
  id: ActivityInstanceIdSchema.nullish(),
  userId: UserIdSchema,
  start: InstantSchema,
  end: InstantSchema.nullish(),
  durationSeconds: SessionDurationSecondsSchema.nullish(),
  timeZone: TimeZoneSchema.nullish(),
  utcOffsetMinutes: UtcOffsetMinutesSchema.nullish(),
  activityDefinitionId: ActivityDefinitionIdSchema.nullish(),
  disciplineId: DisciplineIdSchema.nullish(),
  title: z.string().trim().min(1).nullish(),
  plannedSessionId: PlannedSessionIdSchema.nullish(),
  rpe: RpeSchema.nullish(),
  enjoyment: EnjoymentRatingSchema.nullish(),
  notes: z.string().nullish(),
  visibility: VisibilitySchema.nullish(),
};

/**
 * Input fields of endurance measurements (cardio, and sports or hobbies measured by a watch): distance, energy and
 * heart rate. `maxHeartRateBpm` must be >= `avgHeartRateBpm`.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ ...MANUAL_SESSION_FIELDS, ...ENDURANCE_METRIC_FIELDS });
 * ```
 */
export const ENDURANCE_METRIC_FIELDS = {
  distanceM: DistanceMetersSchema.nullish(),
  energyKcal: EnergyKcalSchema.nullish(),
  avgHeartRateBpm: HeartRateBpmSchema.nullish(),
  maxHeartRateBpm: HeartRateBpmSchema.nullish(),
};
