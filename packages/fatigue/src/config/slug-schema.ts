import { z } from 'zod';

/**
 * A stable snake_case key: lowercase letters and digits joined by single underscores (`lower_back`, `running`,
 * `back_squat`). Muscle, activity and movement keys all use it, as the catalog does.
 *
 * @example
 * ```ts
 * SlugSchema.parse('middle_back');
 * SlugSchema.safeParse('Middle Back').success; // false
 * ```
 */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'must be a snake_case slug');
