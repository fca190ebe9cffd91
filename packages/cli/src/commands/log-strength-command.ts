import type { LoggedSession, LogStrengthSetInput } from 'trainkit';
import { defineCommand, type OptionToken } from '../cli-command.js';
import { formatNumber } from '../format/format-quantity.js';
import { LOG_OPTION_LABELS, LOG_OPTIONS } from '../log/log-options.js';
import { logThroughFacade } from '../log/log-through-facade.js';
import { readLogOptions } from '../log/read-log-options.js';
import { parseNumberOption } from '../units/parse-number-option.js';
import { parseSetScheme, type SetGroup } from '../units/parse-set-scheme.js';
import { UsageError } from '../usage-error.js';

const PATH = ['log', 'strength'] as const;

/** One `--movement` (as typed) and the `--sets` after it. */
interface MovementGroup {
  readonly movement: string;
  readonly groups: SetGroup[];
}

/** Pairs every `--sets` with the `--movement` before it, in command-line order. */
function movementGroups(tokens: readonly OptionToken[]): MovementGroup[] {
  const result: MovementGroup[] = [];
  for (const token of tokens) {
    if (token.name === 'movement' && token.value !== undefined) {
      result.push({ movement: token.value, groups: [] });
    } else if (token.name === 'sets' && token.value !== undefined) {
      const current = result.at(-1);
      if (!current) throw new UsageError('--sets must follow the --movement it belongs to', PATH);
      current.groups.push(...parseSetScheme(token.value, '--sets'));
    }
  }
  if (result.length === 0) throw new UsageError('--movement is required (with its --sets)', PATH);
  const bare = result.find((entry) => entry.groups.length === 0);
  if (bare) throw new UsageError(`--movement ${bare.movement} needs --sets after it, e.g. --sets 5x5@100`, PATH);
  return result;
}

/** `Back squat 5x5@100 kg + 1x3@110 kg`, named after the movement as stored (the set at `firstSet` is its first). */
function describeMovement({ groups }: MovementGroup, firstSet: number, logged: LoggedSession): string {
  const movementId = logged.strengthSets[firstSet]?.movement_id;
  const name = logged.movements.find((movement) => movement.id === movementId)?.name ?? movementId ?? '?';
  const schemes = groups.map((group) => `${group.sets}x${group.reps}${group.loadKg === null ? '' : `@${formatNumber(group.loadKg, 2, 0)} kg`}`);
  return `${name} ${schemes.join(' + ')}`;
}

/**
 * `trainkit log strength`: logs a strength session with `trainkit.log.strength`. Each `--movement` takes the
 * `--sets` that follow it (`5x5@100`, `3x8@225lb`, `3x10@bw`); `--rpe` / `--rir` apply to every set, `--session-rpe`
 * rates the whole session. `--activity` must be a strength activity (`--activity running` is refused).
 * Runs pending migrations first.
 *
 * @example
 * ```ts
 * await runCli(['log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@100', '--rpe', '8'], io);
 * ```
 */
export const logStrengthCommand = defineCommand({
  path: PATH,
  summary: 'Log a strength session (movements, sets, reps, load, RPE or RIR)',
  description:
    'Each --movement takes the --sets that follow it: <sets>x<reps>[@<load>], several separated by commas.\n' +
    'Loads are kg unless suffixed lb; @bw is bodyweight. --rpe or --rir applies to every set.\n' +
    'Pending migrations are applied first (named on stderr with --verbose).',
  options: {
    ...LOG_OPTIONS,
    movement: { type: 'string', multiple: true, valueName: 'slug', description: 'A movement from the catalog, e.g. back_squat' },
    sets: { type: 'string', multiple: true, valueName: 'scheme', description: 'Sets of the movement before it: 5x5@100, 3x8@225lb, 3x10@bw' },
    rpe: { type: 'string', valueName: '0-10', description: 'RPE of every set' },
    rir: { type: 'string', valueName: '0-10', description: 'Reps in reserve of every set (instead of --rpe)' },
    'session-rpe': { type: 'string', valueName: '0-10', description: 'RPE of the whole session' },
    activity: { type: 'string', valueName: 'slug', description: 'A strength activity from the catalog (default strength_training)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'log strength --user u1 --movement back_squat --sets 5x5@100 --rpe 8 --at 2024-06-01T07:00:00Z',
    'log strength --user u1 --movement bench_press --sets 3x8@185lb --movement pull_up --sets 3x10@bw --duration 1h',
  ],
  run: async ({ values, tokens, common, io }) => {
    const shared = readLogOptions(values, io, PATH);
    const setRpe = parseNumberOption(values.rpe, '--rpe');
    const setRir = parseNumberOption(values.rir, '--rir');
    const sessionRpe = parseNumberOption(values['session-rpe'], '--session-rpe');
    const movements = movementGroups(tokens);
    const sets: LogStrengthSetInput[] = movements.flatMap(({ movement, groups }) =>
      groups.flatMap((group) => Array.from({ length: group.sets }, () => ({ movement, reps: group.reps, loadKg: group.loadKg, rpe: setRpe, rir: setRir }))),
    );
    const firstSets = movements.map((_, index) => movements.slice(0, index).reduce((sum, entry) => sum + entry.groups.reduce((n, group) => n + group.sets, 0), 0));
    const input = { ...shared, activity: values.activity, rpe: sessionRpe, sets };
    const labels = {
      ...LOG_OPTION_LABELS,
      rpe: '--session-rpe',
      sets: '--sets',
      'sets.*.rpe': '--rpe',
      'sets.*.rir': '--rir',
      'sets.*.reps': '--sets',
      'sets.*.loadKg': '--sets',
      'sets.*.movement': '--movement',
    };
    const details = (logged: LoggedSession) => movements.map((entry, index) => describeMovement(entry, firstSets[index]!, logged));
    return (await logThroughFacade('strength', input, { common, io, labels, details })).code;
  },
});
