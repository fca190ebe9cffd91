import type { IdFactory } from '../ids/id-factory.js';
import type { Instant } from '../time/instant.js';

/**
 * What a manual-log builder needs beyond the athlete's input, passed in so the builders stay pure: where new ids
 * come from, and the instant the log is recorded (`created_at` and `updated_at` of the rows).
 *
 * @example
 * ```ts
 * const context: ManualLogContext = { ids: createRandomIdFactory(), createdAt: toInstant(new Date()) };
 * ```
 */
export interface ManualLogContext {
  /** Makes the id of the activity instance (unless the input names one) and of each strength set. */
  readonly ids: IdFactory;
  /** When the log is recorded (ISO-8601; normalized to UTC milliseconds). Validated like any input field. */
  readonly createdAt: Instant | string;
}
