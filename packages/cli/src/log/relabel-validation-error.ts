import { ValidationError } from '@trainkit/core';

/**
 * Runs `build` and, when it throws a `ValidationError` from a builder (whose issues name input fields such as
 * `durationSeconds` or `sets.2.rpe`), renames the fields after the command-line options the user typed (`--duration`,
 * `--rpe`), so the message points at what to fix. Fields without a label keep their name; the same broken rule
 * reported for several sets is reported once.
 *
 * @example
 * ```ts
 * const log = withOptionNames(() => buildCardioLog(input, context), { durationSeconds: '--duration', rpe: '--rpe' });
 * ```
 */
export function withOptionNames<T>(build: () => T, labels: Readonly<Record<string, string>>): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = new Map<string, ValidationError['issues'][number]>();
    for (const issue of error.issues) {
      // `sets.3.rpe` -> the label of `sets.3.rpe`, else of `sets.*.rpe`; the same broken rule on every set counts once.
      const generic = issue.path.replace(/\.\d+(?=\.|$)/g, '.*');
      const label = labels[issue.path] ?? labels[generic];
      const relabeled = label ? { ...issue, path: label } : issue;
      issues.set(`${relabeled.path}\u0000${relabeled.rule}\u0000${relabeled.message}`, relabeled);
    }
    throw new ValidationError(error.subject, [...issues.values()], { cause: error });
  }
}
