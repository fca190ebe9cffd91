import { z } from 'zod';

/**
 * Display unit preference. Storage is always SI; this only changes presentation.
 *
 * @example
 * ```ts
 * UNIT_SYSTEMS.includes('metric'); // true
 * ```
 */
export const UNIT_SYSTEMS = ['metric', 'imperial'] as const;
/**
 * One of {@link UNIT_SYSTEMS}.
 *
 * @example
 * ```ts
 * const value: UnitSystem = 'imperial';
 * ```
 */
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];
/**
 * Schema of {@link UNIT_SYSTEMS}.
 *
 * @example
 * ```ts
 * UnitSystemSchema.parse('metric');
 * ```
 */
export const UnitSystemSchema = z.enum(UNIT_SYSTEMS);

/**
 * Days of the week, ISO order (Monday first); used for the user's week start.
 *
 * @example
 * ```ts
 * WEEKDAYS.includes('monday'); // true
 * ```
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/**
 * One of {@link WEEKDAYS}.
 *
 * @example
 * ```ts
 * const value: Weekday = 'sunday';
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];
/**
 * Schema of {@link WEEKDAYS}.
 *
 * @example
 * ```ts
 * WeekdaySchema.parse('monday');
 * ```
 */
export const WeekdaySchema = z.enum(WEEKDAYS);
