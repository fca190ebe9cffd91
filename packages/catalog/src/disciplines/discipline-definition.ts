import { z } from 'zod';
import { DisciplineSlugSchema } from './discipline-slugs.js';

/**
 * A training discipline: a way of training or a family of sports that users weight in their preferences and programs
 * (`user_discipline_preferences`, `program_disciplines`).
 *
 * @example
 * ```ts
 * DisciplineDefinitionSchema.parse({ slug: 'crossfit', name: 'CrossFit', description: 'Constantly varied functional fitness.' });
 * ```
 */
export const DisciplineDefinitionSchema = z.object({
  /** Stable key, one of the discipline slugs. */
  slug: DisciplineSlugSchema,
  /** Display name. */
  name: z.string().min(1),
  /** One sentence on what the discipline covers. */
  description: z.string().min(1),
});

/**
 * A discipline, see {@link DisciplineDefinitionSchema}.
 *
 * @example
 * ```ts
 * const discipline: DisciplineDefinition = { slug: 'mobility', name: 'Mobility', description: 'Yoga, stretching.' };
 * ```
 */
export type DisciplineDefinition = z.output<typeof DisciplineDefinitionSchema>;
