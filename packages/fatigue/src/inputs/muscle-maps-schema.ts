import { MovementMechanicSchema } from '@trainkit/core';
import { z } from 'zod';
import { SystemicClassSchema } from '../config/heuristics-enums.js';
import { MuscleMapEntrySchema } from '../config/muscle-map-entry-schema.js';

/**
 * The muscle map of one movement. Catalog movement definitions fit as they are (extra keys such as `slug` or `name`
 * are ignored). The systemic class is `systemic_class` when given, else derived: `isolation` mechanic -> isolation;
 * compound with a lower-body pattern (squat, hinge, lunge, olympic, jump, knee/hip/calf patterns) -> compound_lower;
 * other compound -> compound_upper; unknown -> compound_upper (factor 1.0).
 *
 * @example
 * ```ts
 * MovementMuscleMapSchema.parse({ mechanic: 'compound', pattern: 'squat',
 *   muscles: [{ muscle: 'quadriceps', role: 'primary', magnitude: 1 }] });
 * ```
 */
export const MovementMuscleMapSchema = z.object({
  /** Explicit systemic class (overrides mechanic and pattern). */
  systemic_class: SystemicClassSchema.nullish(),
  /** Compound or isolation. */
  mechanic: MovementMechanicSchema.nullish(),
  /** Movement pattern (`squat`, `hinge`, ...). */
  pattern: z.string().nullish(),
  /** Muscles worked. */
  muscles: z.array(MuscleMapEntrySchema).max(64).readonly(),
});

/**
 * The muscle map of one activity (overrides the config activity's `muscles`).
 *
 * @example
 * ```ts
 * ActivityMuscleMapSchema.parse({ muscles: [{ muscle: 'calves', role: 'primary', magnitude: 0.9 }] });
 * ```
 */
export const ActivityMuscleMapSchema = z.object({
  /** Muscles worked. */
  muscles: z.array(MuscleMapEntrySchema).max(64).readonly(),
});

/**
 * Muscle maps passed by the caller (the engine never imports the catalog): movements by movement id, and optional
 * activity maps by activity slug that replace the config's activity muscles. Hashed into the provenance.
 *
 * @example
 * ```ts
 * MuscleMapsSchema.parse({ movements: { back_squat: { mechanic: 'compound', pattern: 'squat',
 *   muscles: [{ muscle: 'quadriceps', role: 'primary', magnitude: 1 }] } } });
 * ```
 */
export const MuscleMapsSchema = z.strictObject({
  /** Movement maps by movement id. */
  movements: z.record(z.string().min(1), MovementMuscleMapSchema),
  /** Activity maps by activity slug. */
  activities: z.record(z.string().min(1), ActivityMuscleMapSchema).nullish(),
});

/**
 * Validated muscle maps, see {@link MuscleMapsSchema}.
 *
 * @example
 * ```ts
 * const maps: MuscleMaps = { movements: {} };
 * ```
 */
export type MuscleMaps = z.output<typeof MuscleMapsSchema>;

/**
 * One movement's map, see {@link MovementMuscleMapSchema}.
 *
 * @example
 * ```ts
 * const bench: MovementMuscleMap = { systemic_class: 'compound_upper',
 *   muscles: [{ muscle: 'chest', role: 'primary', magnitude: 1 }] };
 * ```
 */
export type MovementMuscleMap = z.output<typeof MovementMuscleMapSchema>;
