import { z } from 'zod';

/**
 * Who may see an activity. Rows default to `private`.
 *
 * @example
 * ```ts
 * VISIBILITIES.includes('private'); // true
 * ```
 */
export const VISIBILITIES = ['private', 'followers', 'public'] as const;
/**
 * One of {@link VISIBILITIES}.
 *
 * @example
 * ```ts
 * const value: Visibility = 'public';
 * ```
 */
export type Visibility = (typeof VISIBILITIES)[number];
/**
 * Schema of {@link VISIBILITIES}.
 *
 * @example
 * ```ts
 * VisibilitySchema.parse('private');
 * ```
 */
export const VisibilitySchema = z.enum(VISIBILITIES);
