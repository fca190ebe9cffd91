import { createTrainkit, type LogCardioInput, type LoggedSession, type LogKind, type LogSessionInput, type LogStrengthInput } from 'trainkit';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { withStorage } from '../storage/open-storage.js';
import { describeManualLog } from './describe-manual-log.js';
import { withOptionNames } from './relabel-validation-error.js';

/** The input of each log kind, as `trainkit.log.*` takes it. */
interface LogInputs {
  readonly strength: LogStrengthInput;
  readonly cardio: LogCardioInput;
  readonly sport: LogSessionInput;
  readonly hobby: LogSessionInput;
}

/** Words of each log kind in the printed line. */
const KIND_WORDS: Readonly<Record<LogKind, string>> = { strength: 'strength session', cardio: 'cardio', sport: 'sport', hobby: 'hobby' };

/**
 * The end of every `trainkit log ...` command: opens the database (migrating first), logs the session with the
 * facade's `trainkit.log.<kind>` (which validates, resolves the activity and movements, refuses an activity of the
 * wrong category, derives the discipline and writes everything in one transaction; the athlete is created on first
 * use), names a created user on stderr, and prints one line (or the stored rows with `--json`). Validation errors
 * name the command-line options (`labels`), so `--duration 9999h` says `invalid --duration: ...`.
 *
 * @returns The exit code (0) and the stored session.
 *
 * @example
 * ```ts
 * await logThroughFacade('cardio', { userId: 'u1', activity: 'running', durationSeconds: 2700 }, { common, io, labels: LOG_OPTION_LABELS });
 * ```
 */
export async function logThroughFacade<Kind extends LogKind>(
  kind: Kind,
  input: LogInputs[Kind],
  options: {
    readonly common: CommonOptions;
    readonly io: CliIo;
    readonly labels: Readonly<Record<string, string>>;
    /** Extra words after the activity name (e.g. the movements of a strength session), from the stored session. */
    readonly details?: (logged: LoggedSession) => readonly string[];
  },
): Promise<{ readonly code: number; readonly logged: LoggedSession }> {
  const { common, io } = options;
  const logged = await withStorage(common, io, { migrate: true }, (storage) => {
    const trainkit = createTrainkit({ storage, clock: () => io.now() });
    const log = trainkit.log[kind] as (input: LogInputs[Kind], logOptions: { createUser: boolean }) => Promise<LoggedSession>;
    return withOptionNames(() => log(input, { createUser: true }), options.labels);
  });
  if (logged.createdUser) io.stderr.write(`note: created user '${logged.activityInstance.user_id}'\n`);
  const what = logged.activityDefinition?.name ?? logged.activityInstance.title ?? kind;
  const rows = { activityInstance: logged.activityInstance, strengthSets: logged.strengthSets };
  io.stdout.write(
    common.json ? `${JSON.stringify(rows, null, 2)}\n` : `${describeManualLog(KIND_WORDS[kind], what, logged, options.details?.(logged))}\n`,
  );
  return { code: 0, logged };
}
