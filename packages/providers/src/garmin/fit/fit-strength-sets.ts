import { Profile } from '@garmin/fitsdk';
import { mapFitExercise } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS } from '@trainkit/core';
import { instantFromMs } from '../../internal/instant-from-ms.js';
import type { NormalizationWarning, PayloadPath } from '../../normalization-failure.js';
import type { StrengthSetDraft } from '../../provider-record-draft.js';
import type { FitJsonMesg } from './fit-message-lists.js';
import { fitTimeMs } from './fit-time.js';

/** FIT's invalid value of a `uint16` (an exercise subtype that was not set). */
const INVALID_SUBTYPES = new Set([0xfffe, 0xffff]);

/** A `set` message (as JSON) and where it sits in the raw payload. */
export interface IndexedSet {
  readonly mesg: FitJsonMesg;
  readonly index: number;
}

/**
 * The performed sets of FIT `set` messages, in file order: rest sets (`set_type: rest`) are skipped; each active set
 * gives its repetitions, weight (kg; the SDK applies the profile's scale), duration (s) and start, and its exercise:
 * `movement_raw` is `<category>/<exercise name>` (`squat/barbellBackSquat`; the subtype number when the profile names
 * none, the category alone when there is no subtype) and `movement_slug` the catalog movement when one is known
 * (`mapFitExercise`). Values outside `TRAINKIT_BOUNDS` are dropped with a warning; exercises without a catalog movement
 * are listed in one warning.
 */
export function fitStrengthSets(sets: readonly IndexedSet[], warnings: NormalizationWarning[], base: PayloadPath): StrengthSetDraft[] {
  const drafts: StrengthSetDraft[] = [];
  const unmapped = new Set<string>();
  for (const { mesg, index } of sets) {
    if (mesg.setType === 'rest') continue;
    const path = [...base, index];
    const exercise = exerciseOf(mesg);
    const movementSlug = exercise.category === null ? null : mapFitExercise(exercise.category, exercise.name);
    if (movementSlug === null && exercise.raw !== null) unmapped.add(exercise.raw);
    drafts.push({
      set_index: drafts.length,
      movement_slug: movementSlug,
      movement_raw: exercise.raw,
      reps: bounded(mesg.repetitions, TRAINKIT_BOUNDS.reps, 'repetitions', path, warnings, true),
      load_kg: bounded(mesg.weight, TRAINKIT_BOUNDS.loadKg, 'weight', path, warnings),
      duration_seconds: bounded(mesg.duration, TRAINKIT_BOUNDS.setDurationSeconds, 'duration', path, warnings),
      is_warmup: false,
      started_at: instantFromMs(fitTimeMs(mesg.startTime)),
    });
  }
  if (unmapped.size > 0) {
    warnings.push({
      code: 'unmapped_value',
      message: `no catalog movement for ${[...unmapped].sort().join(', ')}; those sets keep the raw exercise and no movement`,
      path: base,
    });
  }
  return drafts;
}

interface Exercise {
  readonly category: string | null;
  readonly name: string | null;
  readonly raw: string | null;
}

function exerciseOf(mesg: FitJsonMesg): Exercise {
  const category: unknown = Array.isArray(mesg.category) ? mesg.category[0] : mesg.category;
  if (typeof category !== 'string' && typeof category !== 'number') return { category: null, name: null, raw: null };
  const subtypeRaw: unknown = Array.isArray(mesg.categorySubtype) ? mesg.categorySubtype[0] : mesg.categorySubtype;
  const subtype = typeof subtypeRaw === 'number' && Number.isInteger(subtypeRaw) && !INVALID_SUBTYPES.has(subtypeRaw) ? subtypeRaw : null;
  if (typeof category === 'number') return { category: null, name: null, raw: subtype === null ? `${category}` : `${category}/${subtype}` };
  if (subtype === null) return { category, name: null, raw: category };
  const names = Object.prototype.hasOwnProperty.call(Profile.types, `${category}ExerciseName`) ? Profile.types[`${category}ExerciseName`] : undefined;
  const name = names !== undefined && Object.prototype.hasOwnProperty.call(names, subtype) ? names[subtype] : undefined;
  return typeof name === 'string' ? { category, name, raw: `${category}/${name}` } : { category, name: `${subtype}`, raw: `${category}/${subtype}` };
}

function bounded(value: unknown, bounds: { min: number; max: number }, key: string, path: PayloadPath, warnings: NormalizationWarning[], integer = false): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < bounds.min || value > bounds.max || (integer && !Number.isInteger(value))) {
    warnings.push({ code: 'out_of_bounds', message: `set ${key} ${String(value)} is outside ${bounds.min}..${bounds.max}; dropped`, path: [...path, key] });
    return null;
  }
  return value;
}
