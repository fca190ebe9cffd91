import { createSequentialIdFactory, toInstant, UserIdSchema, type Instant, type RecommendationRow } from '@trainkit/core';
import { createTrainkit, type PlannedSessionPlan } from 'trainkit';
import type { DemoReportSection } from './demo-report-section.js';
import { addDays as plusDays } from './local-time.js';

/** Days of planned sessions the demo adapts, from today. */
const PLAN_DAYS = 14;
/** The race the athlete trains for, and the date it moves to (days from today) in the goal's second revision. */
const RACE = { name: 'City 10k', distanceM: 10_000, targetSeconds: 3300, movedToInDays: 5 } as const;

function instantBefore(now: string, hours: number): Instant {
  return toInstant(Date.parse(now) - hours * 3_600_000);
}

/** The action a recommendation stands for (`keep`, `reduce_volume`, `swap_movement`, ...). */
function actionOf(row: RecommendationRow): string {
  const payload = row.payload_json;
  const action = payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload.action : undefined;
  return typeof action === 'string' ? action : row.kind;
}

function actionsOf(actions: readonly string[]): string {
  return actions.length === 0 ? 'none' : [...new Set(actions)].join(', ');
}

/**
 * The demo's goals-and-plan section: the athlete's season as a 12-month macro cycle holding the demo program as its
 * 12-week block, a race goal and the block's goals (so the program's `goal_1..3` are derived from them), the plan of
 * the next two weeks adapted two days ago, then the race moved earlier (a second revision of its goal, recorded
 * yesterday) and the plan adapted again: the new recommendations cite the new revision and taper before the race,
 * the earlier ones stay stored as they were. Everything goes through the facade into the demo database, with
 * sequential ids and clocks derived from `now`, so the output is the same on every run.
 *
 * @example
 * ```ts
 * const sections = [goalsPlanDemoSection];
 * ```
 */
export const goalsPlanDemoSection: DemoReportSection = {
  key: 'goals_and_plan',
  title: 'Goals and plan',
  build: async ({ storage, userId: user, today, now }) => {
    const userId = UserIdSchema.parse(user);
    let clock: Instant = now;
    const trainkit = createTrainkit({ storage, clock: () => new Date(clock), ids: createSequentialIdFactory('demo_plan') });
    const [program] = await storage.programs.list(userId, { limit: 1 });
    if (program === undefined) throw new Error(`the demo athlete ${userId} has no program`);

    // The season and its goals, recorded when the block started.
    clock = toInstant(Date.parse(`${program.start_date}T06:00:00.000Z`));
    const cycle = await trainkit.goals.createCycle({ userId, name: 'Season', startDate: program.start_date, endDate: plusDays(program.start_date, 364) });
    await storage.programs.update(userId, program.id, { macro_cycle_id: cycle.id });
    const raceDate = program.end_date ?? plusDays(today, 28);
    const race = await trainkit.goals.create({
      userId, title: `${RACE.name} under 55 minutes`, goalType: 'event', horizon: 'macro', macroCycleId: cycle.id,
      target: { type: 'event', name: RACE.name, date: raceDate, discipline_id: 'running', distance_m: RACE.distanceM, duration_seconds: RACE.targetSeconds },
    });
    const squat = await trainkit.goals.create({
      userId, title: 'Back squat 1RM 120 kg', goalType: 'strength', horizon: 'block', programId: program.id, parentGoalKey: race.goal.goal_key,
      target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 120 },
    });
    await trainkit.goals.create({
      userId, title: 'Run 10 km in under 55 minutes', goalType: 'endurance', horizon: 'block', programId: program.id, priority: 2,
      parentGoalKey: race.goal.goal_key, target: { type: 'time', discipline_id: 'running', distance_m: RACE.distanceM, duration_seconds: RACE.targetSeconds },
    });
    const { program: snapshot } = await trainkit.goals.create({
      userId, title: 'Four sessions a week', goalType: 'consistency', horizon: 'block', programId: program.id, priority: 3,
      target: { type: 'adherence', sessions_per_week: 4 },
    });

    // The plan of the next two weeks, adapted two days ago.
    const range = { from: today, to: plusDays(today, PLAN_DAYS - 1) };
    const firstAt = instantBefore(now, 48);
    clock = firstAt;
    const first = await trainkit.plan.recommend({ userId, ...range, asOf: firstAt });

    // Yesterday the race moved earlier: a second revision of the goal, valid from then on.
    clock = instantBefore(now, 24);
    const movedTo = plusDays(today, RACE.movedToInDays);
    const revised = await trainkit.goals.revise({
      userId, goalKey: race.goal.goal_key, basedOnRevision: race.goal.revision, effectiveFrom: clock,
      target: { type: 'event', name: RACE.name, date: movedTo, discipline_id: 'running', distance_m: RACE.distanceM, duration_seconds: RACE.targetSeconds },
    });

    // Today the plan adapts again.
    clock = now;
    const second = await trainkit.plan.recommend({ userId, ...range, asOf: now });
    const list = await trainkit.plan.list({ userId, ...range, includeHistory: true });
    const history = await trainkit.goals.history({ userId, goalKey: race.goal.goal_key });
    const knownBefore = await trainkit.goals.history({ userId, goalKey: race.goal.goal_key, asKnownOn: firstAt });
    const progress = await trainkit.goals.progress({ userId, goalKey: squat.goal.goal_key, asOf: now });
    const stored = await storage.recommendations.list(userId);

    const sessions = list.sessions.map((entry: PlannedSessionPlan) => ({
      planned_session_id: entry.planned_session.id,
      date: entry.planned_session.scheduled_date,
      title: entry.planned_session.title,
      latest: entry.latest_set === null ? null : {
        sequence: entry.latest_set.sequence,
        actions: entry.latest_set.recommendations.map(actionOf),
        goal_revision_ids: [...new Set(entry.latest_set.recommendations.flatMap((row) => row.goal_revision_ids_json))],
        explanations: entry.latest_set.recommendations.map((row) => ({ action: actionOf(row), explanation: row.explanation })),
      },
      earlier: (entry.history ?? []).filter((set) => set.sequence !== entry.latest_set?.sequence).map((set) => ({
        sequence: set.sequence, actions: set.recommendations.map(actionOf),
        goal_revision_ids: [...new Set(set.recommendations.flatMap((row) => row.goal_revision_ids_json))],
      })),
    }));
    const json = {
      macro_cycle: { id: cycle.id, start_date: cycle.start_date, end_date: cycle.end_date },
      program_goals: { goal_1: snapshot?.goal_1 ?? null, goal_2: snapshot?.goal_2 ?? null, goal_3: snapshot?.goal_3 ?? null },
      race_goal: {
        goal_key: race.goal.goal_key,
        revisions: history.revisions.map((entry) => ({ id: entry.revision.id, revision: entry.revision.revision, created_at: entry.revision.created_at, valid_from: entry.valid_from, valid_to: entry.valid_to })),
        as_known_on: { instant: firstAt, revisions: knownBefore.revisions.map((entry) => entry.revision.revision) },
        moved_to: movedTo,
        revision_2_id: revised.goal.id,
      },
      squat_progress: { status: progress.status, current_value: progress.current_value, projected_at_deadline: progress.projected_at_deadline, explanation: progress.explanation },
      plan: {
        from: range.from, to: range.to,
        first: { as_of: first.as_of, inserted: first.inserted },
        second: { as_of: second.as_of, inserted: second.inserted },
        recommendations_stored: stored.length,
        sessions,
      },
    };

    const lines = [
      `Season   ${cycle.start_date} to ${cycle.end_date}; block goals (the program's snapshot): ` +
        [snapshot?.goal_1, snapshot?.goal_2, snapshot?.goal_3].filter((goal) => goal !== null && goal !== undefined).join(' / '),
      `Race     "${race.goal.title}": revision 1 on ${raceDate}, revision 2 (recorded ${clockDay(revised.goal.created_at)}) moves it to ${movedTo};` +
        ` as known on ${clockDay(firstAt)} the goal had revision ${knownBefore.revisions.map((entry) => entry.revision.revision).join(', ')} only`,
      `Squat    ${progress.explanation}`,
      `Plan     ${range.from} to ${range.to}: ${first.inserted} recommendations two days ago, ${second.inserted} new today after the race moved; ` +
        `${stored.length} stored, none rewritten`,
    ];
    for (const session of sessions) {
      const earlier = session.earlier.at(-1);
      const latest = session.latest === null ? 'none' : `${actionsOf(session.latest.actions)} (set ${session.latest.sequence})`;
      lines.push(`  ${session.date} ${session.title.padEnd(22)} ${latest}${earlier === undefined ? '' : `; before: ${actionsOf(earlier.actions)} (set ${earlier.sequence})`}`);
    }
    const taper = sessions.flatMap((session) => (session.latest?.explanations ?? []).filter((entry) => entry.action === 'reduce_volume').map((entry) => ({ date: session.date, ...entry })))[0];
    if (taper !== undefined) lines.push(`  why (${taper.date}): ${taper.explanation}`);
    lines.push(`Every recommendation with its provenance: trainkit plan --user ${userId} --from ${range.from} --to ${range.to} --list-only --json`);
    return { json, text: `${lines.join('\n')}\n` };
  },
};

function clockDay(instant: string): string {
  return instant.slice(0, 10);
}
