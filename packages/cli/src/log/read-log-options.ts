import { TimeZoneSchema, toInstant, type Instant } from '@trainkit/core';
import type { CliIo } from '../cli-io.js';
import { parseDuration } from '../units/parse-duration.js';
import { parseInstantOption } from '../units/parse-instant-option.js';
import { parseNumberOption } from '../units/parse-number-option.js';
import { parseTimeZoneOption } from '../units/parse-time-zone-option.js';
import { parseUserOption } from '../units/parse-user-option.js';

/**
 * The shared log options, parsed: the session fields every `trainkit.log.*` input starts from.
 *
 * @example
 * ```ts
 * const shared: SharedLogFields = readLogOptions(values, io, ['log', 'cardio']);
 * await trainkit.log.cardio({ ...shared, activity: 'running' });
 * ```
 */
export interface SharedLogFields {
  /** `--user`. */
  readonly userId: string;
  /** `--at`, or now. */
  readonly start: Instant;
  /** `--tz`, `$TZ`, or the system zone. */
  readonly timeZone: string;
  /** `--duration` in seconds, when given. */
  readonly durationSeconds: number | undefined;
  /** `--title`. */
  readonly title: string | undefined;
  /** `--notes`. */
  readonly notes: string | undefined;
  /** `--enjoyment`. */
  readonly enjoyment: number | undefined;
  /** `--planned-session`. */
  readonly plannedSessionId: string | undefined;
}

/** The raw values of the shared log options. */
interface SharedLogValues {
  readonly user?: string;
  readonly at?: string;
  readonly tz?: string;
  readonly duration?: string;
  readonly title?: string;
  readonly notes?: string;
  readonly enjoyment?: string;
  readonly 'planned-session'?: string;
}

/** `--tz`, else `$TZ` when it is an IANA zone, else the zone the runtime is configured with. */
function defaultTimeZone(io: CliIo): string {
  const fromEnv = io.env.TZ;
  if (fromEnv && TimeZoneSchema.safeParse(fromEnv).success) return fromEnv;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Parses the shared log options. `--user` is required and must be a valid user id; `--at` defaults to the injected
 * clock's now. The bounds (a session lasts 1 second to 14 days, ...) are checked by `trainkit.log.*`.
 *
 * @throws {UsageError} When `--user` is missing.
 * @throws {ValidationError} When a value does not parse (`--user 'a b'`, `--duration 45`, `--tz Mars/Base`, `--at yesterday`).
 *
 * @example
 * ```ts
 * readLogOptions({ user: 'u1', duration: '45m', tz: 'Europe/Berlin' }, io, ['log', 'hobby']).durationSeconds; // 2700
 * ```
 */
export function readLogOptions(values: SharedLogValues, io: CliIo, commandPath: readonly string[]): SharedLogFields {
  return {
    userId: parseUserOption(values.user, commandPath),
    start: values.at === undefined ? toInstant(io.now()) : parseInstantOption(values.at, '--at'),
    timeZone: values.tz === undefined ? defaultTimeZone(io) : parseTimeZoneOption(values.tz, '--tz'),
    durationSeconds: values.duration === undefined ? undefined : parseDuration(values.duration, '--duration'),
    title: values.title,
    notes: values.notes,
    enjoyment: parseNumberOption(values.enjoyment, '--enjoyment'),
    plannedSessionId: values['planned-session'],
  };
}
