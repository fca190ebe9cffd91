import { parseLoad } from './parse-load.js';
import { quantityError } from './quantity-error.js';

const EXPECTED = 'sets like 5x5@100, 3x8@225lb, 3x10@bw or 5x5@100,1x3@110';
/** More sets than this in one group is a typo, not a workout. */
const MAX_SETS_PER_GROUP = 50;

/**
 * A group of identical sets parsed from the command line: `5x5@100` is 5 sets of 5 reps at 100 kg.
 *
 * @example
 * ```ts
 * const group: SetGroup = { sets: 5, reps: 5, loadKg: 100 };
 * ```
 */
export interface SetGroup {
  /** How many sets. */
  readonly sets: number;
  /** Repetitions per set. */
  readonly reps: number;
  /** External load per set in kilograms; 0 for `@bw` (bodyweight), `null` when no load was given. */
  readonly loadKg: number | null;
}

/**
 * Parses a set scheme `<sets>x<reps>[@<load>]`, several separated by commas: `5x5@100`, `3x8@225lb`, `3x10`,
 * `5x5@100,1x3@110`, `3x10@bw`. Loads default to kilograms (see `parseLoad`); at most 50 sets per group.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--sets`).
 * @returns One {@link SetGroup} per comma-separated part.
 * @throws {ValidationError} When a part is not a set scheme, or asks for 0 or more than 50 sets.
 *
 * @example
 * ```ts
 * parseSetScheme('5x5@100,1x3@110'); // [{ sets: 5, reps: 5, loadKg: 100 }, { sets: 1, reps: 3, loadKg: 110 }]
 * ```
 */
export function parseSetScheme(text: string, option = '--sets'): SetGroup[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)\s*[x×]\s*(\d+)(?:\s*@\s*(.+))?$/i.exec(part.trim());
    const sets = Number(match?.[1]);
    if (!match || sets < 1 || sets > MAX_SETS_PER_GROUP) throw quantityError(option, text, EXPECTED);
    const load = match[3]?.trim();
    let loadKg: number | null = null;
    if (load !== undefined) loadKg = load.toLowerCase() === 'bw' ? 0 : parseLoad(load, option);
    return { sets, reps: Number(match[2]), loadKg };
  });
}
