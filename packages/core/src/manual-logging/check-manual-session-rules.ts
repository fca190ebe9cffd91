import type { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import { utcOffsetMinutesAt } from '../time/local-day.js';

/** The cross-field part of a manual log input these rules read. */
interface SessionRuleInput {
  readonly start: string;
  readonly end?: string | null;
  readonly durationSeconds?: number | null;
  readonly timeZone?: string | null;
  readonly utcOffsetMinutes?: number | null;
  readonly activityDefinitionId?: string | null;
  readonly title?: string | null;
  readonly avgHeartRateBpm?: number | null;
  readonly maxHeartRateBpm?: number | null;
}

/**
 * Cross-field rules of manual logs, added as zod issues on the offending field: `end` 1 s .. 14 days after `start`; a given
 * `utcOffsetMinutes` agrees with `timeZone`; `maxHeartRateBpm` >= `avgHeartRateBpm`; and, where the log kind needs
 * them, a duration (`durationSeconds` or `end`) and something saying what the session was (`activityDefinitionId` or
 * `title`).
 *
 * @example
 * ```ts
 * const Schema = z.strictObject(fields).superRefine((input, ctx) => checkManualSessionRules(input, ctx, { requireDuration: true, requireWhat: true }));
 * ```
 */
export function checkManualSessionRules(
  input: SessionRuleInput,
  ctx: z.RefinementCtx,
  options: { readonly requireDuration: boolean; readonly requireWhat: boolean },
): void {
  if (input.end != null) {
    const seconds = (Date.parse(input.end) - Date.parse(input.start)) / 1000;
    const { min, max } = TRAINKIT_BOUNDS.sessionDurationSeconds;
    if (seconds < 0) ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be at or after start' });
    else if (seconds < min || seconds > max) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be 1 second to 14 days after start' });
    }
  }
  if (input.timeZone != null && input.utcOffsetMinutes != null) {
    const offset = utcOffsetMinutesAt(input.start, input.timeZone);
    if (offset !== input.utcOffsetMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['utcOffsetMinutes'],
        message: `must agree with timeZone ${input.timeZone} at start (${offset})`,
      });
    }
  }
  if (input.avgHeartRateBpm != null && input.maxHeartRateBpm != null && input.maxHeartRateBpm < input.avgHeartRateBpm) {
    ctx.addIssue({ code: 'custom', path: ['maxHeartRateBpm'], message: 'must be >= avgHeartRateBpm' });
  }
  if (options.requireDuration && input.durationSeconds == null && input.end == null) {
    ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: 'is required (or give end)' });
  }
  if (options.requireWhat && input.activityDefinitionId == null && input.title == null) {
    ctx.addIssue({ code: 'custom', path: ['activityDefinitionId'], message: 'is required (or give title)' });
  }
}
