import { createSequentialIdFactory, localDayOf, ValidationError, type Instant } from '@trainkit/core';
import { createTrainkit, seedCatalog } from 'trainkit';
import { defineCommand, type CliCommand } from '../cli-command.js';
import { DEMO_BARS_MIN_COLUMNS, type DemoReportSection } from '../demo/demo-report-section.js';
import { fatigueDemoSection } from '../demo/fatigue-demo-section.js';
import { goalsPlanDemoSection } from '../demo/goals-plan-demo-section.js';
import { describeDemoIngestion } from '../demo/describe-demo-ingestion.js';
import { DEMO_PROGRAM_WEEKS, DEMO_USER_ID, generateDemoAthlete, type DemoAthlete } from '../demo/generate-demo-athlete.js';
import { generateDemoProviderData } from '../demo/generate-demo-provider-data.js';
import { ingestDemoProviders } from '../demo/ingest-demo-providers.js';
import { writeDemoAthlete } from '../demo/write-demo-athlete.js';
import { buildTrainingReport } from '../report/build-training-report.js';
import { formatTrainingReport } from '../report/format-training-report.js';
import { describeDatabaseTarget } from '../storage/describe-database-target.js';
import { withStorage } from '../storage/open-storage.js';
import { parseTimeZoneOption } from '../units/parse-time-zone-option.js';

const DEFAULT_WEEKS = 6;
const DEFAULT_SEED = 42;
const DEFAULT_TIME_ZONE = 'Europe/Berlin';

function integerOption(text: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new ValidationError('command line', [
      { path: option, rule: 'invalid_value', message: `expected a whole number from ${min} to ${max}, got '${text}'` },
    ]);
  }
  return value;
}

/**
 * What the demo wrote, counted from the rows themselves: `manual_activities` are the athlete's logs,
 * `provider_activities` the activities that came from provider records alone (records of a logged session are merged
 * into its log instead).
 */
function countWritten(demo: DemoAthlete, providerActivities: number) {
  const sessions = demo.plannedSessions;
  return {
    planned_sessions: sessions.length,
    completed_sessions: sessions.filter((session) => session.status === 'completed').length,
    skipped_sessions: sessions.filter((session) => session.status === 'skipped').length,
    upcoming_sessions: sessions.filter((session) => session.status === 'planned').length,
    manual_activities: demo.logs.length,
    provider_activities: providerActivities,
    strength_sets: demo.logs.reduce((sum, log) => sum + log.strengthSets.length, 0),
    weigh_ins: demo.biometrics.length,
  };
}

/**
 * Builds the `trainkit demo` command, optionally with extra report sections after the built-in ones.
 *
 * @example
 * ```ts
 * const demoCommand = createDemoCommand({ sections: [fatigueSection] });
 * await runCli(['demo'], createProcessIo(), { commands: [...defaultCommands.filter((c) => c.path[0] !== 'demo'), demoCommand] });
 * ```
 */
export function createDemoCommand(options: { readonly sections?: readonly DemoReportSection[] } = {}): CliCommand {
  const sections = options.sections ?? [];
  return defineCommand({
    path: ['demo'],
    summary: 'Create a sample athlete and print a training report',
    description:
      `Writes the athlete '${DEMO_USER_ID}' (replacing an earlier demo athlete, nobody else): a profile, a ${DEMO_PROGRAM_WEEKS}-week\n` +
      'strength + running program with planned sessions, the sessions performed (a few skipped), tennis and climbing\n' +
      'as hobbies, a hike, and morning weigh-ins. Then the athlete\'s devices report through the real ingestion\n' +
      'pipeline: the last long run from a Garmin watch (a FIT file), Strava and a WHOOP strap, merged with the log\n' +
      'into one activity; WHOOP recoveries, Oura readiness and sleep; an Apple Health export with the profile, steps\n' +
      'from phone and watch, and the watch\'s record of the last tennis match. Prints the runs, the merged activities\n' +
      'with their sources and reasons, weekly load by discipline, adherence per week and the weight trend, then any\n' +
      'extra sections (`trainkit demo` adds fatigue now, with a per-muscle bar chart when stdout is a wide enough\n' +
      'terminal or with --bars; then the season\'s goals, the plan of the next two weeks adapted, the race goal revised\n' +
      'and the plan adapted again, the earlier recommendations kept). The same --seed, --weeks and day give the same athlete.\n' +
      'Pending migrations are applied and the catalog is seeded first.',
    options: {
      weeks: { type: 'string', valueName: 'n', description: `Weeks of history, 1..${DEMO_PROGRAM_WEEKS} (default ${DEFAULT_WEEKS})` },
      seed: { type: 'string', valueName: 'n', description: `Seed of the random choices (default ${DEFAULT_SEED})` },
      tz: { type: 'string', valueName: 'zone', description: `The athlete's IANA time zone (default ${DEFAULT_TIME_ZONE})` },
      bars: { type: 'boolean', description: `Draw bar charts even when stdout is not a terminal ${DEMO_BARS_MIN_COLUMNS}+ columns wide` },
    },
    usesDatabase: true,
    printsData: true,
    examples: ['demo', 'demo --weeks 8 --seed 7', 'demo --db postgres://trainkit@localhost/trainkit --json'],
    run: async ({ values, common, io }) => {
      const weeks = integerOption(values.weeks, '--weeks', DEFAULT_WEEKS, 1, DEMO_PROGRAM_WEEKS);
      const seed = integerOption(values.seed, '--seed', DEFAULT_SEED, 0, 2 ** 32 - 1);
      const timeZone = parseTimeZoneOption(values.tz ?? DEFAULT_TIME_ZONE, '--tz');
      const today = localDayOf(io.now().toISOString(), { timeZone });
      const demo = generateDemoAthlete({ seed, weeks, today, timeZone });
      const now = io.now().toISOString() as Instant;
      const providerData = generateDemoProviderData({
        seed, timeZone, longRun: demo.recordedLongRun, tennis: demo.recordedTennis, range: demo.range, now,
        dateOfBirth: demo.profile.date_of_birth ?? '1991-04-12', sex: demo.profile.sex === 'female' ? 'female' : 'male',
      });
      return withStorage(common, io, { migrate: true }, async (storage) => {
        await seedCatalog(storage);
        const { replaced } = await writeDemoAthlete(storage, demo);
        // Sequential ids and a clock derived from the injected one keep the ingested rows (and so the output) the same
        // on every run; the payloads arrive one second apart, up to now, so runs and merge decisions have an order.
        let arrival = Date.parse(now) - providerData.payloads.length * 1000;
        const trainkit = createTrainkit({ storage, clock: () => new Date(arrival), ids: createSequentialIdFactory('demo_ing') });
        const ingested = await ingestDemoProviders(trainkit.ingest, DEMO_USER_ID, providerData.payloads, { beforeEach: () => (arrival += 1000) });
        const activities = await trainkit.ingest.listActivities({ userId: DEMO_USER_ID, from: demo.range.from, to: demo.range.to });
        const ingestion = describeDemoIngestion(DEMO_USER_ID, ingested, activities);
        const report = await buildTrainingReport(storage, DEMO_USER_ID, demo.range);
        const columns = io.stdout.columns ?? 80;
        const bars = values.bars === true || (io.stdout.isTTY === true && columns >= DEMO_BARS_MIN_COLUMNS);
        const context = { storage, userId: DEMO_USER_ID, range: demo.range, today, timeZone, now, display: { bars, columns } };
        const extra = [];
        for (const section of sections) extra.push({ section, result: await section.build(context) });
        const written = countWritten(demo, activities.filter(({ activity }) => activity.source === 'provider').length);
        const athlete = {
          id: DEMO_USER_ID, name: demo.user.display_name, sex: demo.profile.sex, date_of_birth: demo.profile.date_of_birth,
          height_cm: demo.profile.height_cm, time_zone: timeZone,
        };
        const program = {
          id: demo.program.id, name: demo.program.name, start_date: demo.program.start_date, end_date: demo.program.end_date, weeks_of_history: weeks,
        };
        if (common.json) {
          const json: Record<string, unknown> = { athlete, program, seed, replaced, written, ingestion: ingestion.json, report };
          for (const { section, result } of extra) json[section.key] = result.json;
          io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
          return 0;
        }
        const lines = [
          `trainkit demo: sample athlete ${replaced ? 'replaced' : 'written'} in ${describeDatabaseTarget(common.db)} (seed ${seed})`,
          '',
          `Athlete  ${athlete.name} (${DEMO_USER_ID}), ${athlete.sex}, born ${athlete.date_of_birth}, ${athlete.height_cm} cm, ${timeZone}`,
          `Program  ${program.name}: ${program.start_date} to ${program.end_date}`,
          `Plan     ${written.planned_sessions} planned sessions: ${written.completed_sessions} done, ${written.skipped_sessions} skipped, ${written.upcoming_sessions} ahead`,
          `Logged   ${written.manual_activities} activities by hand with ${written.strength_sets} strength sets` +
            `${written.provider_activities > 0 ? `, ${written.provider_activities} more from providers alone` : ''}, ${written.weigh_ins} weigh-ins`,
          `Period   ${demo.range.from} to ${demo.range.to} (week ${weeks} of ${DEMO_PROGRAM_WEEKS})`,
          '',
          ingestion.text,
          formatTrainingReport(report),
        ];
        for (const { section, result } of extra) lines.push(section.title, result.text);
        io.stdout.write(`${lines.join('\n').trimEnd()}\n`);
        return 0;
      });
    },
  });
}

/**
 * `trainkit demo` with the built-in report, the fatigue section ({@link fatigueDemoSection}) and the goals-and-plan
 * section ({@link goalsPlanDemoSection}).
 *
 * @example
 * ```ts
 * await runCli(['demo', '--weeks', '8'], io);
 * ```
 */
export const demoCommand = createDemoCommand({ sections: [fatigueDemoSection, goalsPlanDemoSection] });
