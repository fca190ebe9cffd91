import { DAY_MS } from './day-number.js';

const WEEK_MS = 7 * DAY_MS;

/**
 * Internal: local-calendar arithmetic for one time zone (IANA or fixed offset): the UTC offset at an instant, the
 * local day index of an instant and the first instant of a local day. DST-aware; never adds 86 400 s to move a day.
 */
export interface ZoneClock {
  /** The zone name, or `UTC±hh:mm` for a fixed offset. */
  readonly id: string;
  /** Offset of local time from UTC at `epochMs`, in milliseconds. */
  offsetMs(epochMs: number): number;
  /** Local day index (days since 1970-01-01 in local time) of `epochMs`. */
  dayOf(epochMs: number): number;
  /** First instant (epoch ms) of local day `dayNumber`. */
  startOfDay(dayNumber: number): number;
}

function formatFixedOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

class FixedOffsetClock implements ZoneClock {
  readonly id: string;
  private readonly offset: number;
  constructor(offsetMinutes: number) {
    this.id = formatFixedOffset(offsetMinutes);
    this.offset = offsetMinutes * 60_000;
  }
  offsetMs(): number {
    return this.offset;
  }
  dayOf(epochMs: number): number {
    return Math.floor((epochMs + this.offset) / DAY_MS);
  }
  startOfDay(dayNumber: number): number {
    return dayNumber * DAY_MS - this.offset;
  }
}

/**
 * Offsets change rarely, so each week is probed at its two ends (cached); only a week whose ends differ is bisected
 * to the second to find its transition. Assumes at most one offset change per week, which holds for every zone of
 * the tz database in the supported years (1900..2200).
 */
class IanaClock implements ZoneClock {
  readonly id: string;
  private readonly formatter: Intl.DateTimeFormat;
  private readonly probes = new Map<number, number>();
  private readonly transitions = new Map<number, number>();

  constructor(timeZone: string) {
    this.id = timeZone;
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  private rawOffset(epochMs: number): number {
    const whole = Math.floor(epochMs / 1000) * 1000;
    let year = 1970;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.formatter.formatToParts(whole)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value) % 24;
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        default:
          break;
      }
    }
    return utcMs(year, month, day, hour, minute, second) - whole;
  }

  private probe(week: number): number {
    let offset = this.probes.get(week);
    if (offset === undefined) {
      offset = this.rawOffset(week * WEEK_MS);
      this.probes.set(week, offset);
    }
    return offset;
  }

  offsetMs(epochMs: number): number {
    const week = Math.floor(epochMs / WEEK_MS);
    const before = this.probe(week);
    const after = this.probe(week + 1);
    if (before === after) return before;
    let transition = this.transitions.get(week);
    if (transition === undefined) {
      let low = (week * WEEK_MS) / 1000;
      let high = low + WEEK_MS / 1000;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (this.rawOffset(middle * 1000) === before) low = middle;
        else high = middle;
      }
      transition = high * 1000;
      this.transitions.set(week, transition);
    }
    return epochMs < transition ? before : after;
  }

  dayOf(epochMs: number): number {
    return Math.floor((epochMs + this.offsetMs(epochMs)) / DAY_MS);
  }

  startOfDay(dayNumber: number): number {
    const base = dayNumber * DAY_MS;
    let candidate = base - this.offsetMs(base);
    candidate = base - this.offsetMs(candidate);
    if (this.dayOf(candidate) === dayNumber && this.dayOf(candidate - 1) < dayNumber) return candidate;
    // Midnight skipped or repeated by a transition: search the first instant that is on this local day.
    let low = base - 16 * 3_600_000;
    let high = base + 16 * 3_600_000;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.dayOf(middle) >= dayNumber) high = middle;
      else low = middle;
    }
    return high;
  }
}

const IANA_CLOCKS = new Map<string, ZoneClock>();
const FIXED_CLOCKS = new Map<number, ZoneClock>();
const KNOWN_ZONES = new Map<string, boolean>();
const MAX_CACHED_ZONES = 2000;

/** Internal: true when the runtime's tz database knows `timeZone` (memoized). */
export function isKnownTimeZone(timeZone: string): boolean {
  const cached = KNOWN_ZONES.get(timeZone);
  if (cached !== undefined) return cached;
  let known: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    known = true;
  } catch {
    known = false;
  }
  if (KNOWN_ZONES.size < MAX_CACHED_ZONES) KNOWN_ZONES.set(timeZone, known);
  return known;
}

/** Internal: the (memoized) clock of an IANA zone. The zone must be valid. */
export function ianaZoneClock(timeZone: string): ZoneClock {
  let clock = IANA_CLOCKS.get(timeZone);
  if (clock === undefined) {
    clock = new IanaClock(timeZone);
    if (IANA_CLOCKS.size < MAX_CACHED_ZONES) IANA_CLOCKS.set(timeZone, clock);
  }
  return clock;
}

/** Internal: the clock of a fixed UTC offset in minutes. */
export function fixedOffsetClock(offsetMinutes: number): ZoneClock {
  let clock = FIXED_CLOCKS.get(offsetMinutes);
  if (clock === undefined) {
    clock = new FixedOffsetClock(offsetMinutes);
    FIXED_CLOCKS.set(offsetMinutes, clock);
  }
  return clock;
}
