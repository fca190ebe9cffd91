import { InstantSchema, TimeZoneSchema, UtcOffsetMinutesSchema, type Instant } from '@trainkit/core';

/** A UTC instant from an ISO-8601 date-time with `Z` or an offset, within trainkit's years; else `null`. */
export function parseInstant(value: unknown): Instant | null {
  if (typeof value !== 'string') return null;
  const parsed = InstantSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const OFFSET_PATTERN = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC from `+hh:mm`, `-hhmm` or `Z`; `null` when malformed or beyond ±14:00. */
export function parseOffsetMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  if (value === 'Z' || value === 'z') return 0;
  const match = OFFSET_PATTERN.exec(value);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[3]) > 59) return null;
  const signed = match[1] === '-' ? -minutes : minutes;
  return validOffset(signed);
}

/** The offset when it is an integer number of minutes within ±14:00, else `null`. */
export function validOffset(minutes: number): number | null {
  return UtcOffsetMinutesSchema.safeParse(minutes).success ? minutes : null;
}

/** The IANA zone when `value` is one, else `null`. */
export function validTimeZone(value: string | null): string | null {
  if (value === null) return null;
  return TimeZoneSchema.safeParse(value).success ? value : null;
}

/** The instant `seconds` after `start`, or `null` when it leaves trainkit's years. */
export function addSeconds(start: Instant, seconds: number): Instant | null {
  const ms = Date.parse(start) + Math.round(seconds * 1000);
  if (!Number.isFinite(ms)) return null;
  return parseInstant(new Date(ms).toISOString());
}
