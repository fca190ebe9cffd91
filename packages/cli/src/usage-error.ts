/**
 * The command line itself is wrong: an unknown command or option, a missing or malformed argument. The CLI prints
 * the message on one line with a pointer to the command's `--help`, and exits with {@link EXIT_CODES}.usage.
 *
 * @example
 * ```ts
 * throw new UsageError('--user is required', ['log', 'strength']);
 * ```
 */
export class UsageError extends Error {
  /** The command whose usage applies (its words, e.g. `['log', 'strength']`); empty for the top level. */
  readonly commandPath: readonly string[];

  constructor(message: string, commandPath: readonly string[] = []) {
    super(message);
    this.name = 'UsageError';
    this.commandPath = commandPath;
  }
}
