import { ValidationError } from '@trainkit/core';

/**
 * Runs `build` and, when it throws a `ValidationError` from a builder (whose issues name input fields such as
 * `durationSeconds` or `sets.2.rpe`), renames the fields after the command-line options the user typed (`--duration`,
 * `--rpe`), so the message points at what to fix. Fields without a label keep their name.
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
    const issues = error.issues.map((issue) => {
      // `sets.3.rpe` -> the label of `sets.*.rpe`, or of `sets.3.rpe`, or of the whole path.
      const generic = issue.path.replace(/\.\d+\./g, '.*.');
      const label = labels[issue.path] ?? labels[generic];
      return label ? { ...issue, path: label } : issue;
    });
    throw new ValidationError(error.subject, issues, { cause: error });
  }
}
