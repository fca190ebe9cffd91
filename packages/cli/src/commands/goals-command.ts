import { GOAL_HORIZONS, GOAL_STATUSES, GOAL_TYPES, GoalHorizonSchema, GoalStatusSchema, GoalTypeSchema, LocalDateSchema } from '@trainkit/core';
import { defineCommand, type CliCommand } from '../cli-command.js';
import { formatGoalCheckin, formatGoalHistory, formatGoalList, formatGoalProgress, formatGoalWrite } from '../goals/format-goals.js';
import { parseCheckinValueOption } from '../goals/parse-checkin-value-option.js';
import { parsePositiveIntegerOption } from '../goals/parse-goal-number-options.js';
import { parseGoalTargetOption } from '../goals/parse-goal-target-option.js';
import { parseGoalTimeOption } from '../goals/parse-goal-time-option.js';
import { withGoals } from '../goals/with-goals.js';
import { readingStoredData } from '../reading-stored-data.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';
import { UsageError } from '../usage-error.js';

const USER = { type: 'string', valueName: 'id', description: 'Athlete id (required)' } as const;
const KEY = { type: 'string', valueName: 'goal-key', description: 'The goal (its key, shared by every revision; required)' } as const;
const TARGET_HELP =
  'The target, as key=value pairs or JSON: type=one_rep_max,movement_id=back_squat,load_kg=140 | ' +
  'type=time,discipline_id=running,distance_m=10km,duration_seconds=45:00 | type=body_composition,metric=weight_kg,target=78,direction=decrease | ...';

function required(text: string | undefined, option: string, path: readonly string[]): string {
  if (text === undefined || text.trim() === '') throw new UsageError(`${option} is required`, path);
  return text;
}

function closedValue<T extends string>(text: string | undefined, option: string, schema: { safeParse(value: unknown): { success: boolean } }, values: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!schema.safeParse(text).success) throw quantityError(option, text, `one of ${values.join(', ')}`);
  return text as T;
}

function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const CREATE_PATH = ['goals', 'create'] as const;

/**
 * `trainkit goals create`: a new goal (`trainkit.goals.create`): title, type, horizon, target, and where it belongs
 * (`--block` for a 12-week goal, `--cycle` for a 12-month goal, `--parent` for the goal it serves). Prints the stored
 * revision and the block's goal snapshot; `--json` prints `{ goal, program }`.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'create', '--user', 'u1', '--key', 'squat', '--title', 'Squat 140 kg', '--type', 'strength',
 *   '--target', 'type=one_rep_max,movement_id=back_squat,load_kg=140'], io);
 * ```
 */
export const goalsCreateCommand = defineCommand({
  path: CREATE_PATH,
  summary: 'Create a goal (12-month, 12-week or session) with a typed target',
  description:
    'Records revision 1 of a new goal. The target is checked against the goal type; movements, disciplines and\n' +
    'activities may be named by catalog slug. A block (12-week) goal needs --block, a macro (12-month) goal --cycle\n' +
    '(create them with trainkit goals cycle / goals block). Pending migrations are applied first.',
  options: {
    user: USER,
    key: { type: 'string', valueName: 'goal-key', description: 'Key of the new goal (default: a new id)' },
    title: { type: 'string', valueName: 'text', description: 'What the goal is, e.g. "Squat 140 kg" (required)' },
    type: { type: 'string', valueName: 'goal-type', description: `One of ${GOAL_TYPES.join(', ')} (required)` },
    horizon: { type: 'string', valueName: 'horizon', description: `One of ${GOAL_HORIZONS.join(', ')} (default session)` },
    target: { type: 'string', valueName: 'target', description: `${TARGET_HELP} (required)` },
    priority: { type: 'string', valueName: 'n', description: '1 = highest (default 1)' },
    block: { type: 'string', valueName: 'program-id', description: 'The 12-week block of a block goal' },
    cycle: { type: 'string', valueName: 'cycle-id', description: 'The macro cycle of a macro goal' },
    parent: { type: 'string', valueName: 'goal-key', description: 'The goal this one serves (a longer horizon)' },
    from: { type: 'string', valueName: 'date|date-time', description: 'Valid from (a date: the start of that day; default now)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'goals create --user u1 --key squat --title "Squat 140 kg" --type strength --target type=one_rep_max,movement_id=back_squat,load_kg=140',
    'goals create --user u1 --title "10 km in 45:00" --type endurance --horizon block --block b1 --parent run_2025 --target type=time,discipline_id=running,distance_m=10km,duration_seconds=45:00',
  ],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, CREATE_PATH);
    const title = required(values.title, '--title', CREATE_PATH);
    const goalType = closedValue(required(values.type, '--type', CREATE_PATH), '--type', GoalTypeSchema, GOAL_TYPES)!;
    const horizon = closedValue(values.horizon, '--horizon', GoalHorizonSchema, GOAL_HORIZONS) ?? 'session';
    const target = parseGoalTargetOption(required(values.target, '--target', CREATE_PATH));
    const priority = parsePositiveIntegerOption(values.priority, '--priority');
    const effectiveFrom = parseGoalTimeOption(values.from, '--from');
    return withGoals(common, io, async (trainkit) => {
      const written = await trainkit.goals.create({
        userId, title, goalType, horizon, target,
        ...(values.key === undefined ? {} : { goalKey: values.key }),
        ...(priority === undefined ? {} : { priority }),
        ...(values.block === undefined ? {} : { programId: values.block }),
        ...(values.cycle === undefined ? {} : { macroCycleId: values.cycle }),
        ...(values.parent === undefined ? {} : { parentGoalKey: values.parent }),
        ...(effectiveFrom === undefined ? {} : { effectiveFrom }),
      });
      io.stdout.write(common.json ? printJson(written) : formatGoalWrite(written));
      return 0;
    }, { createUser: userId });
  },
});

const REVISE_PATH = ['goals', 'revise'] as const;

/**
 * `trainkit goals revise`: the next revision of a goal (`trainkit.goals.revise`); earlier revisions stay as they
 * were. `--based-on` names the revision the change was made from (default: the latest); a stale one exits 4
 * (`CONFLICT`), as does revising a goal retired with `--status achieved` or `--status abandoned`.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'revise', '--user', 'u1', '--key', 'squat', '--based-on', '1', '--title', 'Squat 145 kg',
 *   '--target', 'type=one_rep_max,movement_id=back_squat,load_kg=145', '--from', '2025-04-01'], io);
 * ```
 */
export const goalsReviseCommand = defineCommand({
  path: REVISE_PATH,
  summary: 'Revise a goal (a new revision; history is kept)',
  description:
    'Appends the next revision with the changes given (at least one of --title, --type, --target, --priority,\n' +
    '--status, --parent). --from is when it applies (a date: the start of that day; default now; may be in the\n' +
    'past, a correction). --based-on is the revision you read (default the latest): if someone revised the goal\n' +
    'since, nothing is written and the command exits 4. --status achieved or abandoned retires the goal for good.',
  options: {
    user: USER,
    key: KEY,
    'based-on': { type: 'string', valueName: 'revision', description: 'The revision the change is based on (default: the latest)' },
    title: { type: 'string', valueName: 'text', description: 'New title' },
    type: { type: 'string', valueName: 'goal-type', description: `New goal type: ${GOAL_TYPES.join(', ')}` },
    target: { type: 'string', valueName: 'target', description: `New target. ${TARGET_HELP}` },
    priority: { type: 'string', valueName: 'n', description: 'New priority, 1 = highest' },
    status: { type: 'string', valueName: 'status', description: `New status: ${GOAL_STATUSES.join(', ')} (achieved / abandoned retire it)` },
    parent: { type: 'string', valueName: 'goal-key', description: 'The goal this one serves' },
    from: { type: 'string', valueName: 'date|date-time', description: 'Valid from (default now)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'goals revise --user u1 --key squat --based-on 1 --title "Squat 145 kg" --target type=one_rep_max,movement_id=back_squat,load_kg=145',
    'goals revise --user u1 --key squat --status achieved',
  ],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, REVISE_PATH);
    const goalKey = required(values.key, '--key', REVISE_PATH);
    const basedOn = parsePositiveIntegerOption(values['based-on'], '--based-on');
    const goalType = closedValue(values.type, '--type', GoalTypeSchema, GOAL_TYPES);
    const status = closedValue(values.status, '--status', GoalStatusSchema, GOAL_STATUSES);
    const target = values.target === undefined ? undefined : parseGoalTargetOption(values.target);
    const priority = parsePositiveIntegerOption(values.priority, '--priority');
    const effectiveFrom = parseGoalTimeOption(values.from, '--from');
    if ([values.title, goalType, target, priority, status, values.parent].every((value) => value === undefined)) {
      throw new UsageError('give at least one change: --title, --type, --target, --priority, --status or --parent', REVISE_PATH);
    }
    return withGoals(common, io, async (trainkit) => {
      const basedOnRevision = basedOn ?? (await trainkit.goals.history({ userId, goalKey })).revisions.at(-1)!.revision.revision;
      const written = await trainkit.goals.revise({
        userId, goalKey, basedOnRevision,
        ...(values.title === undefined ? {} : { title: values.title }),
        ...(goalType === undefined ? {} : { goalType }),
        ...(target === undefined ? {} : { target }),
        ...(priority === undefined ? {} : { priority }),
        ...(status === undefined ? {} : { status }),
        ...(values.parent === undefined ? {} : { parentGoalKey: values.parent }),
        ...(effectiveFrom === undefined ? {} : { effectiveFrom }),
      });
      io.stdout.write(common.json ? printJson(written) : formatGoalWrite(written));
      return 0;
    });
  },
});

const HISTORY_PATH = ['goals', 'history'] as const;

/**
 * `trainkit goals history`: every revision of a goal with its valid time, and its check-ins; with `--as-known-on`,
 * only what had been recorded by then (the goal as it was known on that day), with the valid times derived from it.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'history', '--user', 'u1', '--key', 'squat', '--as-known-on', '2025-04-05', '--json'], io);
 * ```
 */
export const goalsHistoryCommand = defineCommand({
  path: HISTORY_PATH,
  summary: 'Show the revisions and check-ins of a goal, optionally as known on a date',
  description:
    'One row per revision: valid from, valid to (from the next revision known then), when it was recorded, status,\n' +
    'priority, title and target; then the check-ins. --as-known-on shows only what had been recorded by then\n' +
    '(a date: the end of that day in the athlete\'s zone): later revisions never change that answer.',
  options: {
    user: USER,
    key: KEY,
    'as-known-on': { type: 'string', valueName: 'date|date-time', description: 'Only what was recorded by then (default: everything)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['goals history --user u1 --key squat', 'goals history --user u1 --key squat --as-known-on 2025-04-05 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, HISTORY_PATH);
    const goalKey = required(values.key, '--key', HISTORY_PATH);
    const asKnownOn = parseGoalTimeOption(values['as-known-on'], '--as-known-on');
    return withGoals(common, io, async (trainkit) => {
      const history = await readingStoredData(() => trainkit.goals.history({ userId, goalKey, ...(asKnownOn === undefined ? {} : { asKnownOn }) }));
      io.stdout.write(common.json ? printJson(history) : formatGoalHistory(history));
      return 0;
    });
  },
});

const CHECKIN_PATH = ['goals', 'checkin'] as const;

/**
 * `trainkit goals checkin`: records a measured value of a goal (`trainkit.goals.checkin`) against the revision in
 * force on its date: kg of a 1RM, a time `47:30`, a pace `4:30` (per km), a body weight, a skill level by name.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'checkin', '--user', 'u1', '--key', 'squat', '--value', '132.5', '--date', '2025-04-12'], io);
 * ```
 */
export const goalsCheckinCommand = defineCommand({
  path: CHECKIN_PATH,
  summary: 'Record a check-in (a measured value) on a goal',
  description:
    'The value is in the unit of the goal\'s target: kg for a one-rep max or a body weight, a time like 47:30 for a\n' +
    'time target, 4:30 (per km) for a pace, sessions for adherence, a level name (novice .. elite) for a skill level.\n' +
    'It is recorded against the revision in force on --date (default today in the athlete\'s zone).',
  options: {
    user: USER,
    key: KEY,
    value: { type: 'string', valueName: 'value', description: 'The measured value (required)' },
    date: { type: 'string', valueName: 'date', description: 'The day measured, YYYY-MM-DD (default today)' },
    notes: { type: 'string', valueName: 'text', description: 'Free notes' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['goals checkin --user u1 --key squat --value 132.5', 'goals checkin --user u1 --key run10k --value 47:30 --date 2025-04-12'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, CHECKIN_PATH);
    const goalKey = required(values.key, '--key', CHECKIN_PATH);
    const value = parseCheckinValueOption(values.value, CHECKIN_PATH);
    if (values.date !== undefined && !LocalDateSchema.safeParse(values.date.trim()).success) throw quantityError('--date', values.date, 'a date like 2025-04-12');
    return withGoals(common, io, async (trainkit) => {
      const checkin = await trainkit.goals.checkin({
        userId, goalKey, value,
        ...(values.date === undefined ? {} : { date: values.date.trim() }),
        ...(values.notes === undefined ? {} : { notes: values.notes }),
      });
      io.stdout.write(common.json ? printJson(checkin) : formatGoalCheckin(checkin));
      return 0;
    });
  },
});

const PROGRESS_PATH = ['goals', 'progress'] as const;

/**
 * `trainkit goals progress`: where a goal stands (`trainkit.goals.progress`): ahead, on track, behind, achieved or
 * no data, from its check-ins and the stored activities, sets and body measurements, with the least-squares trend,
 * the value expected by now and the projection at the deadline.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'progress', '--user', 'u1', '--key', 'squat', '--json'], io);
 * ```
 */
export const goalsProgressCommand = defineCommand({
  path: PROGRESS_PATH,
  summary: 'Show whether a goal is ahead, on track or behind, with the projection',
  description:
    'Measures the goal from its check-ins and from stored data (estimated 1RMs from logged sets, times and paces\n' +
    'from activities, weekly sessions, body measurements), fits a least-squares trend and projects it to the\n' +
    'deadline (an event\'s day, else the end of the goal\'s block or macro cycle). --as-of and --known-on ask the\n' +
    'question at an earlier time, from what had been recorded by then.',
  options: {
    user: USER,
    key: KEY,
    'as-of': { type: 'string', valueName: 'date|date-time', description: 'When (a date: the end of that day; default now)' },
    'known-on': { type: 'string', valueName: 'date|date-time', description: 'From what was recorded by then (default --as-of)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['goals progress --user u1 --key squat', 'goals progress --user u1 --key squat --as-of 2025-04-01 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PROGRESS_PATH);
    const goalKey = required(values.key, '--key', PROGRESS_PATH);
    const asOf = parseGoalTimeOption(values['as-of'], '--as-of');
    const knownOn = parseGoalTimeOption(values['known-on'], '--known-on');
    return withGoals(common, io, async (trainkit) => {
      const progress = await readingStoredData(() =>
        trainkit.goals.progress({ userId, goalKey, ...(asOf === undefined ? {} : { asOf }), ...(knownOn === undefined ? {} : { knownOn }) }),
      );
      io.stdout.write(common.json ? printJson(progress) : formatGoalProgress(progress));
      return 0;
    });
  },
});

const LIST_PATH = ['goals', 'list'] as const;

/**
 * `trainkit goals list`: the goals in force (`trainkit.goals.inForce`) at `--at` as known on `--known-on`, by
 * priority; `--all` includes retired ones.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'list', '--user', 'u1', '--at', '2025-04-01', '--known-on', '2025-03-15'], io);
 * ```
 */
export const goalsListCommand = defineCommand({
  path: LIST_PATH,
  summary: 'List the goals in force, optionally at a date as known on another',
  description: 'Goals in force at --at (default now) as known on --known-on (default: everything recorded), by priority.',
  options: {
    user: USER,
    at: { type: 'string', valueName: 'date|date-time', description: 'Valid when (a date: the end of that day; default now)' },
    'known-on': { type: 'string', valueName: 'date|date-time', description: 'From what was recorded by then' },
    all: { type: 'boolean', description: 'Include retired (achieved, abandoned) goals' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['goals list --user u1', 'goals list --user u1 --at 2025-04-01 --known-on 2025-03-15 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, LIST_PATH);
    const validAt = parseGoalTimeOption(values.at, '--at');
    const knownOn = parseGoalTimeOption(values['known-on'], '--known-on');
    return withGoals(common, io, async (trainkit) => {
      const goals = await readingStoredData(() =>
        trainkit.goals.inForce({
          userId,
          ...(validAt === undefined ? {} : { validAt }),
          ...(knownOn === undefined ? {} : { knownOn }),
          ...(values.all === true ? { includeRetired: true } : {}),
        }),
      );
      const when = `${validAt === undefined ? 'now' : `at ${validAt}`}${knownOn === undefined ? '' : ` as known on ${knownOn}`}`;
      io.stdout.write(common.json ? printJson(goals) : formatGoalList(goals, when));
      return 0;
    });
  },
});

const CYCLE_PATH = ['goals', 'cycle'] as const;

/** The options naming a period (a macro cycle or a block): its id, name and first and last day. */
function periodOptions(kind: 'cycle' | 'block', example: string) {
  return {
    id: { type: 'string', valueName: 'id', description: `Id of the ${kind} (default: a new id)` },
    name: { type: 'string', valueName: 'text', description: `Name, e.g. "${example}" (required)` },
    start: { type: 'string', valueName: 'date', description: 'First day, YYYY-MM-DD (required)' },
    end: { type: 'string', valueName: 'date', description: 'Last day, YYYY-MM-DD (required)' },
  } as const;
}

/** Reads the options of {@link periodOptions}. */
function readPeriod(values: { readonly id?: string; readonly name?: string; readonly start?: string; readonly end?: string }, path: readonly string[]) {
  return {
    name: required(values.name, '--name', path),
    startDate: required(values.start, '--start', path),
    endDate: required(values.end, '--end', path),
    ...(values.id === undefined ? {} : { id: values.id }),
  };
}

/**
 * `trainkit goals cycle`: a new macro cycle (`trainkit.goals.createCycle`, about 12 months); overlapping another
 * cycle of the athlete is refused, naming it.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'cycle', '--user', 'u1', '--id', 'c2025', '--name', '2025 season', '--start', '2025-01-06', '--end', '2025-12-28'], io);
 * ```
 */
export const goalsCycleCommand = defineCommand({
  path: CYCLE_PATH,
  summary: 'Create a macro cycle (about 12 months) for 12-month goals and 12-week blocks',
  options: { user: USER, ...periodOptions('cycle', '2025 season') },
  usesDatabase: true,
  printsData: true,
  examples: ['goals cycle --user u1 --id c2025 --name "2025 season" --start 2025-01-06 --end 2025-12-28'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, CYCLE_PATH);
    const period = readPeriod(values, CYCLE_PATH);
    return withGoals(common, io, async (trainkit) => {
      const cycle = await trainkit.goals.createCycle({ userId, ...period });
      io.stdout.write(common.json ? printJson(cycle) : `Macro cycle ${cycle.id} '${cycle.name}' ${cycle.start_date}..${cycle.end_date}\n`);
      return 0;
    }, { createUser: userId });
  },
});

const BLOCK_PATH = ['goals', 'block'] as const;

/**
 * `trainkit goals block`: a new 12-week block (a `programs` row, `trainkit.goals.createBlock`) inside a macro cycle;
 * a block outside its cycle is refused, naming both.
 *
 * @example
 * ```ts
 * await runCli(['goals', 'block', '--user', 'u1', '--cycle', 'c2025', '--id', 'b1', '--name', 'Base', '--start', '2025-01-06', '--end', '2025-03-30'], io);
 * ```
 */
export const goalsBlockCommand = defineCommand({
  path: BLOCK_PATH,
  summary: 'Create a 12-week block (a program) inside a macro cycle',
  options: {
    user: USER,
    cycle: { type: 'string', valueName: 'cycle-id', description: 'The macro cycle (required)' },
    ...periodOptions('block', 'Strength 1'),
  },
  usesDatabase: true,
  printsData: true,
  examples: ['goals block --user u1 --cycle c2025 --id b1 --name "Strength 1" --start 2025-01-06 --end 2025-03-30'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, BLOCK_PATH);
    const macroCycleId = required(values.cycle, '--cycle', BLOCK_PATH);
    const period = readPeriod(values, BLOCK_PATH);
    return withGoals(common, io, async (trainkit) => {
      const block = await trainkit.goals.createBlock({ userId, macroCycleId, ...period });
      io.stdout.write(common.json ? printJson(block) : `Block ${block.id} '${block.name}' ${block.start_date}..${block.end_date ?? ''} in cycle ${macroCycleId}\n`);
      return 0;
    });
  },
});

/**
 * Every `trainkit goals ...` command, in the order the help lists them.
 *
 * @example
 * ```ts
 * goalsCommands.map((command) => command.path.join(' ')); // ['goals create', 'goals revise', ...]
 * ```
 */
export const goalsCommands: readonly CliCommand[] = [
  goalsCreateCommand,
  goalsReviseCommand,
  goalsHistoryCommand,
  goalsCheckinCommand,
  goalsProgressCommand,
  goalsListCommand,
  goalsCycleCommand,
  goalsBlockCommand,
];
