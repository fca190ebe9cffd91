import { availableParallelism } from 'node:os';
import { basename, isAbsolute, relative } from 'node:path';
import { defineCommand } from '../cli-command.js';
import { IngestFailedError } from '../ingest/ingest-failed-error.js';
import { createProgressBar } from '../ingest/progress-bar.js';
import { reportIngestRuns, type LabeledRun } from '../ingest/report-ingest-runs.js';
import { resolveInputPaths, type InputPath } from '../ingest/resolve-input-paths.js';
import { stopOnInterrupt } from '../ingest/stop-on-interrupt.js';
import { withIngest } from '../ingest/with-ingest.js';
import { parseUserOption } from '../units/parse-user-option.js';

const PATH = ['import'] as const;

/** Large Apple Health exports are parsed on a second core, when there is one, while this thread writes. */
const READ_IN_WORKER = availableParallelism() > 1 ? { minBytes: 32 * 1024 * 1024 } : false;

/** A file's name in a summary: relative to the working directory when inside it, else as found. */
function displayPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * `trainkit import <path...> --user <id>`: imports Apple Health exports (`export.zip` or `export.xml`) and FIT
 * activity files, or folders of them, through the facade's pipeline (`trainkit.ingest.importFiles`). Files are
 * recognized by their content, not their name: a zip holding `apple_health_export/export.xml`, XML whose root is
 * `HealthData`, a FIT header. One ingestion run per file; the athlete is created when missing (with a note). A
 * progress bar on stderr while it works (only on a terminal, never with `--json`), then a summary per run: counts,
 * merges and the first failures.
 *
 * Exit codes: 0 when everything was imported, also when some records failed (a `warning:` line says how many);
 * 2 for a path that does not exist; 4 (`INGEST_FAILED`) when a file could not be read at all or a folder held
 * nothing to import; 130 when Ctrl-C stopped it (after the batch being written: the run ends `cancelled`, and
 * importing again completes it).
 *
 * @example
 * ```ts
 * await runCli(['import', 'export.zip', 'fit/', '--user', 'u1'], io);
 * ```
 */
export const importCommand = defineCommand({
  path: PATH,
  summary: 'Import Apple Health exports and FIT files (or folders of them) into the raw lake and the history',
  description:
    'Reads each file by its content, not its name: an Apple Health export.zip (streamed, never read whole) or\n' +
    'export.xml, or a FIT activity file from a Garmin (or any) device; folders are searched for them. Every raw\n' +
    'record is stored as received (content-hashed: importing the same file again changes nothing), then normalized\n' +
    'into activities, samples, biometrics and daily totals; a session another provider already recorded is merged\n' +
    'into the same activity. One run per file, summarized at the end (trainkit runs lists them again).\n' +
    'The athlete is created when missing. Exit 0 when imported (a warning line when some records failed), 2 for a\n' +
    'path that does not exist, 4 when a file could not be read at all or a folder held nothing to import, 130 when\n' +
    'Ctrl-C stopped it after the batch being written (its run ends cancelled; importing again completes it).\n' +
    'Pending migrations are applied first. See docs/guides/ingestion.md.',
  arguments: [{ name: 'path', variadic: true, description: 'An export.zip, export.xml, .fit file, or a folder of them' }],
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required; created when missing)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['import ~/Downloads/export.zip --user u1', 'import ./garmin-fit/ --user u1', 'import export.xml morning-run.fit --user u1 --json'],
  run: async ({ values, positionals, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const inputs = await resolveInputPaths(positionals, { cwd: io.cwd, allowDirectories: true, commandPath: PATH });
    const bar = createProgressBar(io.stderr, { enabled: io.stderr.isTTY === true && !common.json, now: () => io.now() });
    return withIngest(common, io, { userId, createUser: true, closeInterrupted: true }, async ({ ingest, createdUser }) => {
      const runs: LabeledRun[] = [];
      const empty: InputPath[] = [];
      const interrupted = await stopOnInterrupt(io, async (signal) => {
        try {
          for (const input of inputs) {
            if (signal.aborted) break;
            // Each file found opens its run with a `reading` report naming it: the n-th such report names the n-th run.
            const files: string[] = [];
            const summaries = await ingest.importFiles({
              userId,
              paths: [input.absolute],
              worker: READ_IN_WORKER,
              signal,
              onProgress: (progress) => {
                if (progress.phase === 'reading' && progress.path !== undefined) files.push(progress.path);
                bar.update(basename(progress.path ?? input.absolute), progress);
              },
            });
            if (summaries.length === 0 && !signal.aborted) empty.push(input);
            const named = files.length === summaries.length;
            summaries.forEach((summary, index) => {
              const file = named ? files[index] : undefined;
              runs.push({ label: file === undefined ? input.given : displayPath(file, io.cwd), summary });
            });
          }
        } finally {
          bar.done();
        }
        return signal.aborted;
      });
      const code = reportIngestRuns(runs, { common, io, userId, createdUser, interrupted });
      const [nothing] = empty;
      if (nothing !== undefined) {
        throw new IngestFailedError(
          `nothing to import in '${nothing.given}': no Apple Health export (export.zip, export.xml) or FIT file found`,
        );
      }
      return code;
    });
  },
});
