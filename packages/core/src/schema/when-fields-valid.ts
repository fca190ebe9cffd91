import type { z } from 'zod';

/**
 * Refinement option that runs a cross-field check only when every field already passed its own rules, so the check
 * never sees a malformed value (and a bad field is reported once, by its own rule).
 *
 * @example
 * ```ts
 * const Range = z.object({ from: z.number(), to: z.number() })
 *   .superRefine((row, ctx) => { if (row.to < row.from) ctx.addIssue({ code: 'custom', message: 'to < from' }); }, WHEN_FIELDS_VALID);
 * ```
 */
export const WHEN_FIELDS_VALID: z.core.$ZodSuperRefineParams = {
  when: (payload) => payload.issues.length === 0,
};
