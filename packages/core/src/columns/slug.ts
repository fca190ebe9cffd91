import { z } from 'zod';

/**
 * A stable lowercase key for reference rows (`powerlifting`, `back_squat`, `trail-running`): lowercase letters and
 * digits, words joined by `_` or `-`.
 *
 * @example
 * ```ts
 * SlugSchema.parse('back_squat');
 * SlugSchema.safeParse('Back Squat').success; // false
 * ```
 */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'must be a lowercase slug like back_squat');
