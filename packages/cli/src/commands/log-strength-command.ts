import { buildStrengthLog, createRandomIdFactory, toInstant, type StrengthSetInput } from '@trainkit/core';
import { defineCommand, type OptionToken } from '../cli-command.js';
import { resolveActivity } from '../catalog-lookup/resolve-activity.js';
import { resolveMovement, type ResolvedMovement } from '../catalog-lookup/resolve-movement.js';
import { formatNumber } from '../format/format-quantity.js';
import { LOG_OPTION_LABELS, LOG_OPTIONS } from '../log/log-options.js';
import { readLogOptions } from '../log/read-log-options.js';
import { withOptionNames } from '../log/relabel-validation-error.js';
import { saveAndPrintManualLog } from '../log/save-and-print-manual-log.js';
import { parseNumberOption } from '../units/parse-number-option.js';
import { parseSetScheme, type SetGroup } from '../units/parse-set-scheme.js';
import { UsageError } from '../usage-error.js';

const PATH = ['log', 'strength'] as const;

/** Pairs every `--sets` with the `--movement` before it, in command-line order. */
function movementGroups(tokens: readonly OptionToken[]): { movement: ResolvedMovement; groups: SetGroup[] }[] {
  const result: { movement: ResolvedMovement; groups: SetGroup[] }[] = [];
  for (const token of tokens) {
    if (token.name === 'movement' && token.value !== undefined) {
      result.push({ movement: resolveMovement(token.value, '--movement'), groups: [] });
    } else if (token.name === 'sets' && token.value !== undefined) {
      const current = result.at(-1);
      if (!current) throw new UsageError('--sets must follow the --movement it belongs to', PATH);
      current.groups.push(...parseSetScheme(token.value, '--sets'));
    }
  }
  if (result.length === 0) throw new UsageError('--movement is required (with its --sets)', PATH);
  const bare = result.find((entry) => entry.groups.length === 0);
  if (bare) throw new UsageError(`--movement ${bare.movement.slug} needs --sets after it, e.g. --sets 5x5@100`, PATH);
  return result;
}

/** `Back squat 5x5@100 kg + 1x3@110 kg`. */
function describeMovement({ movement, groups }: { movement: ResolvedMovement; groups: SetGroup[] }): string {
  const schemes = groups.map((group) => `${group.sets}x${group.reps}${group.loadKg === null ? '' : `@${formatNumber(group.loadKg, 2, 0)} kg`}`);
  return `${movement.name} ${schemes.join(' + ')}`;
}

/**
 * `trainkit log strength`: logs a strength session. Each `--movement` takes the `--sets` that follow it
 * (`5x5@100`, `3x8@225lb`, `3x10@bw`); `--rpe` / `--rir` apply to every set, `--session-rpe` rates the whole session.
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
    activity: { type: 'string', valueName: 'slug', description: 'Activity from the catalog (default strength_training)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'log strength --user u1 --movement back_squat --sets 5x5@100 --rpe 8 --at 2024-06-01T07:00:00Z',
    'log strength --user u1 --movement bench_press --sets 3x8@185lb --movement pull_up --sets 3x10@bw --duration 1h',
  ],
  run: async ({ values, tokens, common, io }) => {
    const shared = readLogOptions(values, io, PATH);
    const activity = resolveActivity(values.activity ?? 'strength_training', '--activity');
    const setRpe = parseNumberOption(values.rpe, '--rpe');
    const setRir = parseNumberOption(values.rir, '--rir');
    const sessionRpe = parseNumberOption(values['session-rpe'], '--session-rpe');
    const movements = movementGroups(tokens);
    const sets: StrengthSetInput[] = movements.flatMap(({ movement, groups }) =>
      groups.flatMap((group) =>
        Array.from({ length: group.sets }, () => ({ movementId: movement.id, reps: group.reps, loadKg: group.loadKg, rpe: setRpe, rir: setRir })),
      ),
    );
    const createdAt = toInstant(io.now());
    const log = withOptionNames(
      () =>
        buildStrengthLog(
          {
            ...shared,
            activityDefinitionId: activity.id,
            disciplineId: activity.disciplineId,
            rpe: sessionRpe,
            sets,
          },
          { ids: createRandomIdFactory(), createdAt },
        ),
      {
        ...LOG_OPTION_LABELS,
        rpe: '--session-rpe',
        sets: '--sets',
        'sets.*.rpe': '--rpe',
        'sets.*.rir': '--rir',
        'sets.*.reps': '--sets',
        'sets.*.loadKg': '--sets',
        'sets.*.movementId': '--movement',
      },
    );
    return saveAndPrintManualLog(log, { common, io, kind: 'strength session', what: activity.name, details: movements.map(describeMovement) });
  },
});
