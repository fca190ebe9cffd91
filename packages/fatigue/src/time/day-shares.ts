import type { DayBoundaryPolicy } from '../config/heuristics-enums.js';
import type { ZoneClock } from './zone-clock.js';

/** Internal: one local day's share of a session. */
export interface DayShare {
  /** Local day index. */
  readonly day: number;
  /** Fraction of the session's load on that day; the shares of a session sum to 1. */
  readonly share: number;
}

/** Adds `share` to `day` (days stay unique; a part that lands on an earlier part's day merges into it). */
function addShare(shares: DayShare[], day: number, share: number): void {
  const position = shares.findIndex((entry) => entry.day === day);
  if (position < 0) shares.push({ day, share });
  else shares[position] = { day, share: shares[position]!.share + share };
}

/**
 * Internal: the local days a session's load goes to, and the one place that decides them (the **PMC day rule**).
 *
 * The load is cut into parts: `start_date` makes the whole session one part, `pro_rata` cuts it at the local
 * midnights of `clock` (the session's zone) and weighs each part by elapsed time (a zero-length session is one part).
 * Each part is dated by the `clock` date of its first instant, **but never later than the `cap` date (the profile
 * zone) of its last instant** (the end of the part). So a load is never put on a profile-zone day that had not begun
 * when the load was done: a session ending by `asOf` always lands on or before the local day of `asOf`, however far
 * east its own zone is (Tokyo session, Berlin profile), while a session whose own date had already begun in the
 * profile zone keeps it (GoldenCheetah's local start date). With `cap` equal to `clock` (one zone) nothing is capped.
 *
 * Parts that land on the same day are merged; the result is sorted by day, the shares sum to 1 (the last part takes
 * the remainder). Depends only on the session and the two zones, never on `asOf`, so incremental updates stay exact.
 */
export function dayShares(
  startMs: number,
  endMs: number,
  clock: ZoneClock,
  policy: DayBoundaryPolicy,
  cap: ZoneClock = clock,
): DayShare[] {
  const capped = cap !== clock;
  const partDay = (sessionDay: number, partEndMs: number) =>
    capped ? Math.min(sessionDay, cap.dayOf(partEndMs)) : sessionDay;
  const firstDay = clock.dayOf(startMs);
  if (policy === 'start_date' || endMs <= startMs) return [{ day: partDay(firstDay, endMs), share: 1 }];
  const lastDay = clock.dayOf(endMs - 1);
  if (lastDay <= firstDay) return [{ day: partDay(firstDay, endMs), share: 1 }];
  const duration = endMs - startMs;
  const shares: DayShare[] = [];
  let assigned = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (day === lastDay) {
      addShare(shares, partDay(day, endMs), 1 - assigned);
      break;
    }
    const from = Math.max(startMs, clock.startOfDay(day));
    const to = Math.min(endMs, clock.startOfDay(day + 1));
    const share = to > from ? (to - from) / duration : 0;
    if (share > 0) addShare(shares, partDay(day, to), share);
    assigned += share;
  }
  if (capped) shares.sort((a, b) => a.day - b.day);
  return shares;
}
