import type { IngestRunSummary } from '@trainkit/ingest';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_CODES } from '../exit-codes.js';
import { formatNumber } from '../format/format-quantity.js';
import { formatFailure, formatRunSummary, runSummaryJson } from './format-run-summary.js';
import { IngestFailedError } from './ingest-failed-error.js';

/**
 * One finished ingestion run and what it read: a file (`page.json`), an import source, or a replayed provider.
 *
 * @example
 * ```ts
 * const run: LabeledRun = { label: 'strava activities page.json', summary };
 * ```
 */
export interface LabeledRun {
  /** What was read, as the summary names it. */
  readonly label: string;
  /** The pipeline's summary of the run. */
  readonly summary: IngestRunSummary;
}

/**
 * Prints the summaries of the runs of one command and decides how it ends, the same way for `import`, `ingest` and
 * `replay`:
 *
 * - every run `succeeded`: exit 0;
 * - some records failed (runs `partial`): exit 0, and in text mode one `warning:` line on stderr with the count and
 *   where to see them (the summaries above list the first failures); scripts read `status` in `--json`;
 * - a run ended `failed` (its input could not be read at all: truncated JSON, an HTML page, a file that is not an
 *   export): after the summaries, {@link IngestFailedError} (exit 4, one `error:` line naming the input, the code
 *   and the reason, and the run that recorded it);
 * - otherwise, a run ended `cancelled` or the command was `interrupted` (Ctrl-C): exit 130, and in text mode one
 *   `interrupted:` line on stderr saying that running the command again completes it.
 *
 * With `--json`, stdout holds one object `{ user, created_user, runs: [...] }` (see `runSummaryJson`), also when a
 * run failed (the error object then goes to stderr).
 *
 * @throws {IngestFailedError} When a run ended `failed`.
 *
 * @example
 * ```ts
 * return reportIngestRuns(runs, { common, io, userId, createdUser });
 * ```
 */
export function reportIngestRuns(
  runs: readonly LabeledRun[],
  options: {
    readonly common: CommonOptions;
    readonly io: CliIo;
    readonly userId: string;
    readonly createdUser: boolean;
    /** Extra keys of the `--json` object (the replay's changes, say). */
    readonly json?: Readonly<Record<string, unknown>>;
    /** Whether Ctrl-C stopped the command (also between two runs, when none of them ended `cancelled`). */
    readonly interrupted?: boolean;
  },
): number {
  const { common, io } = options;
  if (common.json) {
    const body = { user: options.userId, created_user: options.createdUser, ...options.json, runs: runs.map(({ label, summary }) => runSummaryJson(label, summary)) };
    io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    io.stdout.write(runs.map(({ label, summary }) => formatRunSummary(label, summary)).join(''));
    if (runs.length > 1) {
      const total = (pick: (summary: IngestRunSummary) => number) => formatNumber(runs.reduce((sum, run) => sum + pick(run.summary), 0));
      io.stdout.write(
        `${runs.length} runs: ${total((s) => s.counts.seen)} records seen, ${total((s) => s.counts.new)} new, ${total((s) => s.counts.updated)} updated, ` +
          `${total((s) => s.counts.unchanged)} unchanged, ${total((s) => s.counts.failed)} failed, ${total((s) => s.counts.skipped)} skipped, ` +
          `${total((s) => s.merges)} merge${runs.reduce((sum, run) => sum + run.summary.merges, 0) === 1 ? '' : 's'}\n`,
      );
    }
  }
  const failed = runs.filter((run) => run.summary.run.status === 'failed');
  const [first] = failed;
  if (first !== undefined) {
    const failure = first.summary.failures[0];
    const reason = failure === undefined ? first.summary.run.error ?? 'nothing could be read' : formatFailure(failure);
    const others = failed.length > 1 ? ` (and ${failed.length - 1} more input${failed.length > 2 ? 's' : ''})` : '';
    throw new IngestFailedError(`${first.label}: ${reason} (run ${first.summary.run.id})${others}`);
  }
  const partial = runs.filter((run) => run.summary.run.status === 'partial');
  if (partial.length > 0 && !common.json) {
    const records = partial.reduce((sum, run) => sum + run.summary.counts.failed, 0);
    io.stderr.write(
      `warning: ${formatNumber(records)} record${records === 1 ? '' : 's'} could not be ingested in ${partial.length} run${partial.length === 1 ? '' : 's'}; ` +
        `the rest was; see the failures above or 'trainkit runs --user ${options.userId}'\n`,
    );
  }
  const cancelled = runs.filter((run) => run.summary.run.status === 'cancelled').length;
  if (cancelled > 0 || options.interrupted === true) {
    if (!common.json) {
      const what = cancelled > 0 ? `${cancelled} run${cancelled === 1 ? '' : 's'} cancelled after writing what the summary shows` : 'stopped before every input was read';
      io.stderr.write(`interrupted: ${what}; run the same command again to complete it\n`);
    }
    return EXIT_CODES.interrupted;
  }
  return EXIT_CODES.ok;
}
