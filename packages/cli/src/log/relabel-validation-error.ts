import { ValidationError } from '@trainkit/core';

/**
 * Renames the fields of a `ValidationError` from the facade (whose issues name input fields such as
 * `durationSeconds` or `sets.2.rpe`) after the command-line options the user typed (`--duration`, `--rpe`), so the
 * message points at what to fix. Fields without a label keep their name; the same broken rule reported for several
 * sets is reported once. Other values are returned unchanged.
 *
 * @example
 * ```ts
 * throw relabelValidationError(error, { durationSeconds: '--duration', 'sets.*.rpe': '--rpe' });
 * ```
 */
export function relabelValidationError(error: unknown, labels: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof ValidationError)) return error;
  const issues = new Map<string, ValidationError['issues'][number]>();
  for (const issue of error.issues) {
    // `sets.3.rpe` -> the label of `sets.3.rpe`, else of `sets.*.rpe`; the same broken rule on every set counts once.
    const generic = issue.path.replace(/\.\d+(?=\.|$)/g, '.*');
    const label = labels[issue.path] ?? labels[generic];
    const relabeled = label ? { ...issue, path: label } : issue;
    issues.set(`${relabeled.path}\u0000${relabeled.rule}\u0000${relabeled.message}`, relabeled);
  }
  return new ValidationError(error.subject, [...issues.values()], { cause: error });
}

/**
 * Runs `work` and relabels a `ValidationError` it throws with {@link relabelValidationError}.
 *
 * @example
 * ```ts
 * const logged = await withOptionNames(() => trainkit.log.cardio(input), { durationSeconds: '--duration', rpe: '--rpe' });
 * ```
 */
export async function withOptionNames<T>(work: () => Promise<T>, labels: Readonly<Record<string, string>>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw relabelValidationError(error, labels);
  }
}
