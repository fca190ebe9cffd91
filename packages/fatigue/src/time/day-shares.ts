import type { DayBoundaryPolicy } from '../config/heuristics-enums.js';
import type { ZoneClock } from './zone-clock.js';

/** Internal: one local day's share of a session. */
export interface DayShare {
  /** Local day index. */
  readonly day: number;
  /** Fraction of the session's load on that day; the shares of a session sum to 1. */
  readonly share: number;
}

/**
 * Internal: the local days a session's load goes to. `start_date` puts all of it on the local start date; `pro_rata`
 * splits it by elapsed time over the local days [start, end) touches (a zero-length session stays on its start date).
 */
export function dayShares(startMs: number, endMs: number, clock: ZoneClock, policy: DayBoundaryPolicy): DayShare[] {
  const firstDay = clock.dayOf(startMs);
  if (policy === 'start_date' || endMs <= startMs) return [{ day: firstDay, share: 1 }];
  const lastDay = clock.dayOf(endMs - 1);
  if (lastDay <= firstDay) return [{ day: firstDay, share: 1 }];
  const duration = endMs - startMs;
  const shares: DayShare[] = [];
  let assigned = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (day === lastDay) {
      shares.push({ day, share: 1 - assigned });
      break;
    }
    const from = Math.max(startMs, clock.startOfDay(day));
    const to = Math.min(endMs, clock.startOfDay(day + 1));
    const share = to > from ? (to - from) / duration : 0;
    if (share > 0) shares.push({ day, share });
    assigned += share;
  }
  return shares;
}
