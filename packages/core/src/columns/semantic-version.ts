import { z } from 'zod';

/**
 * A semantic version string such as `1.4.0` (heuristics configs, engines, normalizers).
 *
 * @example
 * ```ts
 * SemanticVersionSchema.parse('1.4.0');
 * SemanticVersionSchema.safeParse('v1').success; // false
 * ```
 */
export const SemanticVersionSchema = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'must be a semantic version like 1.2.3');
