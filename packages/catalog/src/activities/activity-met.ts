import { MET_COMPENDIUM_EDITIONS } from '@trainkit/core';
import { z } from 'zod';

/**
 * Editions of the Compendium of Physical Activities the MET values come from: 2011 (Ainsworth et al., *Med Sci
 * Sports Exerc* 43:1575–1581) and 2024 (Herrmann et al., *J Sport Health Sci* 13:6–12). The same values as core's
 * `MET_COMPENDIUM_EDITIONS` (the `activity_definitions.met_compendium_edition` column).
 *
 * @example
 * ```ts
 * COMPENDIUM_EDITIONS.includes('2011'); // true
 * ```
 */
export const COMPENDIUM_EDITIONS = MET_COMPENDIUM_EDITIONS;

/**
 * One of {@link COMPENDIUM_EDITIONS}.
 *
 * @example
 * ```ts
 * const edition: CompendiumEdition = '2024';
 * ```
 */
export type CompendiumEdition = (typeof COMPENDIUM_EDITIONS)[number];

/**
 * The MET value of an activity and where it comes from: the Compendium code, edition and activity description.
 * `basis` is `listed` when the Compendium lists this activity, `proxy` when it does not and the closest listed activity
 * stands in (the activity's `metNote` says why).
 *
 * @example
 * ```ts
 * ActivityMetSchema.parse({ value: 8, compendiumCode: '12150', edition: '2011', description: 'running, general', basis: 'listed' });
 * ```
 */
export const ActivityMetSchema = z.object({
  /** Metabolic equivalent (multiples of 1 kcal·kg⁻¹·h⁻¹). */
  value: z.number().positive(),
  /** Five-digit Compendium activity code. */
  compendiumCode: z.string().regex(/^\d{5}$/),
  /** Compendium edition. */
  edition: z.enum(COMPENDIUM_EDITIONS),
  /** The Compendium's description of the coded activity. */
  description: z.string().min(1),
  /** `listed` (the activity itself) or `proxy` (the closest listed activity). */
  basis: z.enum(['listed', 'proxy']),
});

/**
 * A MET value with its Compendium source, see {@link ActivityMetSchema}.
 *
 * @example
 * ```ts
 * const met: ActivityMet = { value: 6, compendiumCode: '17080', edition: '2011', description: 'hiking, cross country', basis: 'listed' };
 * ```
 */
export type ActivityMet = z.output<typeof ActivityMetSchema>;
