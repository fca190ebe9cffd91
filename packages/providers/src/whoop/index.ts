/**
 * `@trainkit/providers/whoop`: pure normalizers for WHOOP Developer API payloads, exactly as WHOOP returns them:
 * v2 workout pages and legacy v1 workouts, recoveries, cycles, sleeps, and webhook bodies of both model versions.
 *
 * ```ts
 * import { normalizeWhoopWorkouts } from '@trainkit/providers/whoop';
 *
 * const result = normalizeWhoopWorkouts(await response.text());
 * ```
 *
 * @packageDocumentation
 */
export { WHOOP_NORMALIZERS } from './whoop-normalizers.js';
export type { WhoopNormalizeOptions } from './whoop-options.js';
export { normalizeWhoopWorkout, normalizeWhoopWorkouts } from './normalize-whoop-workouts.js';
export { normalizeWhoopRecoveries, normalizeWhoopRecovery } from './normalize-whoop-recoveries.js';
export { normalizeWhoopCycle, normalizeWhoopCycles } from './normalize-whoop-cycles.js';
export { normalizeWhoopSleep, normalizeWhoopSleeps } from './normalize-whoop-sleeps.js';
export { normalizeWhoopWebhookEvent } from './normalize-whoop-webhook-event.js';
