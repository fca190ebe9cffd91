import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A stable lowercase key for reference rows (`powerlifting`, `back_squat`, `trail-running`): lowercase letters and
 * digits, words joined by `_` or `-`; at most 100 characters (`TRAINKIT_BOUNDS.slugLength`).
 *
 * @example
 * ```ts
 * SlugSchema.parse('back_squat');
 * SlugSchema.safeParse('Back Squat').success; // false
 * ```
 */
export const SlugSchema = z
  .string()
  .max(TRAINKIT_BOUNDS.slugLength.max)
  .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'must be a lowercase slug like back_squat');
