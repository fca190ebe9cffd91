import { EquipmentSchema, InstantSchema, LocalDateSchema, type Equipment } from '@trainkit/core';
import { createTrainkit } from 'trainkit';
import { defineCommand } from '../cli-command.js';
import { formatPlan } from '../plan/format-plan.js';
import { readingStoredData } from '../reading-stored-data.js';
import { withStorage } from '../storage/open-storage.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';
import { UsageError } from '../usage-error.js';

const PATH = ['plan'] as const;

function parseDate(option: string, text: string | undefined): string {
  if (text === undefined) throw new UsageError(`${option} is required`, PATH);
  const parsed = LocalDateSchema.safeParse(text.trim());
  if (!parsed.success) throw quantityError(option, text, 'a date like 2024-06-10');
  return parsed.data;
}

/** `--at`: a local date (the end of that day in the athlete's zone) or an instant; default now. */
function parseAt(text: string | undefined, now: Date): string {
  if (text === undefined) return now.toISOString();
  const trimmed = text.trim();
  if (LocalDateSchema.safeParse(trimmed).success) return trimmed;
  const instant = InstantSchema.safeParse(trimmed);
  if (instant.success) return instant.data;
  throw quantityError('--at', text, 'a date like 2024-06-12 (the end of that day) or a date-time like 2024-06-12T07:00:00Z');
}

function parseEquipment(values: readonly string[] | undefined): Equipment[] | null {
  if (values === undefined || values.length === 0) return null;
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => {
      const parsed = EquipmentSchema.safeParse(value);
      if (!parsed.success) throw quantityError('--equipment', value, `one of ${EquipmentSchema.options.join(', ')}`);
      return parsed.data;
    });
}

/**
 * `trainkit plan`: the athlete's planned sessions between two dates with their recommendations and provenance. By
 * default it first runs `trainkit.plan.recommend` (from the fatigue report at `--at`, the goal revisions in force,
 * skills, constraints and `--equipment`), which stores a new set of recommendations only for sessions where it
 * differs from the latest one (old rows are never rewritten); `--list-only` shows what is stored without computing.
 * `--json` prints `PlanRecommendationResultSchema` (or `TrainkitPlanListSchema` with `--list-only`).
 *
 * @example
 * ```ts
 * await runCli(['plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-23', '--json'], io);
 * ```
 */
export const planCommand = defineCommand({
  path: PATH,
  summary: 'Show planned sessions with their adaptive recommendations and provenance',
  description:
    'Adapts the planned sessions from --from to --to (those still planned, from today on) to the fatigue report,\n' +
    'readiness, the goal revisions in force, skills, movement constraints and equipment: keep, reduce volume or\n' +
    'intensity by a stated amount, swap a movement for a regression or variation, move the session, or replace it\n' +
    'with recovery. Each recommendation is stored with its explanation and provenance (goal revisions, heuristics\n' +
    'id@version and sha256, ingestion runs, engine version) and never rewritten: the same inputs again store\n' +
    'nothing, a goal change stores a new set beside the old one. --list-only shows what is stored without computing.',
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    from: { type: 'string', valueName: 'date', description: 'First day, e.g. 2024-06-10 (required)' },
    to: { type: 'string', valueName: 'date', description: 'Last day, e.g. 2024-06-23 (required)' },
    at: { type: 'string', valueName: 'date|date-time', description: 'Compute as of: a date (end of that day) or an ISO instant (default: now)' },
    equipment: { type: 'string', multiple: true, valueName: 'list', description: 'Equipment at hand, e.g. barbell,dumbbell (default: everything)' },
    'list-only': { type: 'boolean', description: 'Show the stored recommendations without computing new ones' },
    history: { type: 'boolean', description: 'With --list-only: include the earlier sets of each session' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'plan --user u1 --from 2024-06-10 --to 2024-06-23',
    'plan --user u1 --from 2024-06-10 --to 2024-09-01 --equipment barbell,dumbbell --json',
    'plan --user u1 --from 2024-06-10 --to 2024-06-23 --list-only --history',
  ],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const from = parseDate('--from', values.from);
    const to = parseDate('--to', values.to);
    if (to < from) throw quantityError('--to', to, `a date not before --from (${from})`);
    const equipment = parseEquipment(values.equipment);
    const asOf = parseAt(values.at, io.now());
    return withStorage(common, io, { migrate: true }, async (storage) => {
      const trainkit = createTrainkit({ storage, clock: () => io.now() });
      const result = await readingStoredData(() =>
        values['list-only'] === true
          ? trainkit.plan.list({ userId, from, to, includeHistory: values.history === true })
          : trainkit.plan.recommend({ userId, from, to, equipment, asOf }),
      );
      io.stdout.write(common.json ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result));
      return 0;
    });
  },
});
