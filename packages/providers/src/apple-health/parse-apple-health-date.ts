import { MAX_INSTANT, MIN_INSTANT, type Instant, type LocalDate } from '@trainkit/core';

/** An Apple Health date (`2023-05-01 07:12:45 -0700`) read: the UTC epoch milliseconds, the written offset and day. */
export interface AppleHealthDate {
  /** Epoch milliseconds (UTC). */
  readonly ms: number;
  /** The offset the date was written with, minutes east of UTC. */
  readonly offsetMinutes: number;
  /** The calendar day as written (local to the offset). */
  readonly localDate: LocalDate;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})? ?(?:([+-])(\d{2}):?(\d{2})|Z)$/;
const MIN_MS = Date.parse(MIN_INSTANT);
const MAX_MS = Date.parse(MAX_INSTANT);

/**
 * Reads an Apple Health export date, `yyyy-MM-dd HH:mm:ss ±hhmm` (offset without a colon, space separators; also
 * accepted: a `T`, a colon in the offset, fractional seconds, `Z`). `null` for anything else, for impossible calendar
 * dates (`2023-02-30`), offsets beyond ±14:00 and instants outside trainkit's years.
 */
export function parseAppleHealthDate(text: unknown): AppleHealthDate | null {
  if (typeof text !== 'string') return null;
  if (text.length === 25) {
    const fast = parseExportFormat(text);
    if (fast !== undefined) return fast;
  }
  const match = DATE.exec(text);
  if (!match) return null;
  let offsetMinutes = 0;
  if (match[7] !== undefined) {
    const offsetMins = Number(match[9]);
    if (offsetMins > 59) return null;
    offsetMinutes = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + offsetMins);
  }
  return build(text, Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]), offsetMinutes);
}

/**
 * The hot path: exactly `yyyy-MM-dd HH:mm:ss ±hhmm` (25 characters), read digit by digit. `undefined` when the text
 * is not in that exact form (the general parser then decides), `null` when it is but the date is impossible.
 */
function parseExportFormat(text: string): AppleHealthDate | null | undefined {
  const sign = text.charCodeAt(20);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 32 || (sign !== 43 && sign !== 45)) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const offsetHours = digits(text, 21, 2);
  const offsetMins = digits(text, 23, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offsetHours < 0 || offsetMins < 0) return undefined;
  if (offsetMins > 59) return null;
  return build(text, year, month, day, hour, minute, second, (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins));
}

/** The number written by `length` decimal digits at `start`, or -1 when one of them is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function build(text: string, year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): AppleHealthDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetMinutes < -840 || offsetMinutes > 840) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  if (!(ms >= MIN_MS && ms <= MAX_MS)) return null;
  return { ms, offsetMinutes, localDate: text.slice(0, 10) as LocalDate };
}

/** The canonical instant (`2023-05-01T14:12:45.000Z`) of epoch milliseconds. */
export function instantOf(ms: number): Instant {
  return new Date(ms).toISOString() as Instant;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain calendar day `YYYY-MM-DD` within trainkit's calendar years (a date of birth, `dateComponents`), else `null`. */
export function parseAppleHealthDay(text: unknown): LocalDate | null {
  if (typeof text !== 'string') return null;
  const match = DAY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1800 || year > 2300 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as LocalDate;
}
