import {
  localDayOf,
  type ActivityDefinitionRow,
  type IdFactory,
  type Instant,
  type PlannedSessionExerciseRow,
  type PlannedSessionId,
  type PlannedSessionRow,
  type ProgramId,
  type RecommendationId,
  type RecommendationInsert,
  type RecommendationRow,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserId,
} from '@trainkit/core';
import {
  adherence,
  buildProgressionGraph,
  matchPlannedToPerformed,
  PLANNING_ENGINE,
  recommendationSetFingerprint,
  recommendSessions,
  type PlanningHeuristics,
  type RecommendationDraft,
} from '@trainkit/planning';
import { catalogMuscleMaps } from '../catalog/catalog-muscle-maps.js';
import { buildFatigueReport } from '../fatigue/build-fatigue-report.js';
import type { HeuristicsSetup } from '../fatigue/load-fatigue-input.js';
import { asOfInstant, parseAsOf, type FatigueAsOf } from '../fatigue/resolve-as-of.js';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import { groupRecommendationSets } from './group-recommendation-sets.js';
import { existingPlanUser, parseDateRange, parseEquipment, parseWeekStart } from './plan-arguments.js';
import type { PlanRecommendationResult } from './plan-recommendation-result-schema.js';
import type { RecommendationSetMarker } from './recommendation-set-schema.js';
import { TRAINKIT_PLAN_ADHERENCE_FORMAT, type TrainkitPlanAdherence } from './trainkit-plan-adherence-schema.js';
import { TRAINKIT_PLAN_LIST_FORMAT, type PlannedSessionPlan, type TrainkitPlanList } from './trainkit-plan-list-schema.js';
import type { TrainkitPlan } from './trainkit-plan.js';
import { userTimeZone } from './user-time-zone.js';
import { idChunks, groupRowsBy } from '../collections/id-chunks.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Internal: what the plan facade needs from `createTrainkit`. */
export interface PlanApiDependencies {
  readonly heuristics: HeuristicsSetup;
  readonly planningHeuristics: PlanningHeuristics;
  readonly ids: IdFactory;
  readonly now: () => Instant;
}

function sortSessions(rows: readonly PlannedSessionRow[]): PlannedSessionRow[] {
  return [...rows].sort((a, b) => compareText(a.scheduled_date, b.scheduled_date) || a.order_index - b.order_index || compareText(a.id, b.id));
}

async function loadExercises(repositories: TrainkitRepositories, userId: UserId, sessions: readonly PlannedSessionRow[]): Promise<Map<string, PlannedSessionExerciseRow[]>> {
  const rows: PlannedSessionExerciseRow[] = [];
  for (const chunk of idChunks(sessions.map((session) => session.id as PlannedSessionId))) {
    rows.push(
      ...(await repositories.plannedSessionExercises.list(userId, {
        where: { planned_session_id: chunk },
        orderBy: [{ column: 'planned_session_id' }, { column: 'order_index' }],
      })),
    );
  }
  return groupRowsBy(rows, (row) => row.planned_session_id);
}

async function loadRecommendations(repositories: TrainkitRepositories, userId: UserId, sessionIds: readonly string[]): Promise<Map<string, RecommendationRow[]>> {
  const rows: RecommendationRow[] = [];
  for (const chunk of idChunks(sessionIds as PlannedSessionId[])) {
    rows.push(...(await repositories.recommendations.list(userId, { where: { planned_session_id: chunk }, orderBy: [{ column: 'created_at' }] })));
  }
  return groupRowsBy(rows, (row) => row.planned_session_id ?? '');
}

function sessionPlans(
  sessions: readonly PlannedSessionRow[],
  exercises: ReadonlyMap<string, PlannedSessionExerciseRow[]>,
  recommendations: ReadonlyMap<string, RecommendationRow[]>,
  includeHistory: boolean,
): PlannedSessionPlan[] {
  return sessions.map((session) => {
    const sets = groupRecommendationSets(recommendations.get(session.id) ?? []);
    return {
      planned_session: session,
      exercises: exercises.get(session.id) ?? [],
      latest_set: sets.at(-1) ?? null,
      earlier_sets: Math.max(0, sets.length - 1),
      history: includeHistory ? sets.slice(0, -1) : null,
    };
  });
}

function toRows(
  drafts: readonly RecommendationDraft[],
  marker: Omit<RecommendationSetMarker, 'index' | 'size'>,
  context: { readonly userId: UserId; readonly ids: IdFactory; readonly createdAt: Instant },
): RecommendationInsert[] {
  return drafts.map((draft, index) => ({
    id: context.ids() as RecommendationId,
    user_id: context.userId,
    kind: draft.kind,
    status: 'proposed',
    as_of: draft.as_of,
    planned_session_id: draft.planned_session_id as PlannedSessionId,
    payload_json: { ...draft.payload, set: { ...marker, index, size: drafts.length } },
    explanation: draft.explanation,
    goal_revision_ids_json: draft.provenance.goal_revision_ids as RecommendationInsert['goal_revision_ids_json'],
    heuristics_config_id: draft.provenance.heuristics.id,
    heuristics_config_version: draft.provenance.heuristics.version,
    heuristics_config_sha256: draft.provenance.heuristics.sha256,
    ingestion_run_ids_json: draft.provenance.ingestion_run_ids as RecommendationInsert['ingestion_run_ids_json'],
    engine_version: draft.provenance.engine_version,
    created_at: context.createdAt,
  }));
}

async function recommendPlan(
  storage: TrainkitStorage,
  deps: PlanApiDependencies,
  options: Parameters<TrainkitPlan['recommend']>[0],
): Promise<PlanRecommendationResult> {
  const subject = 'plan recommendation';
  const userId = await existingPlanUser(storage, options.userId, subject);
  const { from, to } = parseDateRange(options, subject);
  const equipment = parseEquipment(options.equipment, subject);
  const config = deps.planningHeuristics;
  const report = await buildFatigueReport(storage, {
    userId,
    asOf: options.asOf ?? deps.now(),
    heuristics: deps.heuristics,
    include: { forecast: true, readiness: true, attribution: false },
  });
  const asOf = report.as_of;

  const stored = sortSessions(await storage.plannedSessions.listBetween(userId, from, addLocalDays(to, config.move.max_days)));
  const sessions = stored.filter((session) => session.scheduled_date <= to);
  const [exercises, goals, skills, constraints, movements, edges] = await Promise.all([
    loadExercises(storage, userId, sessions),
    storage.goals.list(userId),
    storage.skillProfiles.list(userId),
    storage.movementConstraints.list(userId),
    storage.movements.list(),
    storage.movementProgressions.list(),
  ]);
  const graph = buildProgressionGraph(edges, movements);
  const drafts = recommendSessions({
    asOf,
    sessions: sessions.map((session) => ({ session, exercises: exercises.get(session.id) ?? [] })),
    fatigueReport: report,
    goals,
    skills,
    constraints,
    equipment,
    graph,
    muscleMaps: catalogMuscleMaps(),
    ingestionRunIds: report.provenance.inputs.ingestion_run_ids,
    heuristics: config,
    busyDates: stored.filter((session) => session.scheduled_date > to && session.status === 'planned').map((session) => session.scheduled_date),
  });
  const draftsBySession = groupRowsBy(drafts, (draft) => draft.planned_session_id);

  const createdAt = deps.now();
  const outcomes: PlanRecommendationResult['outcomes'] = [];
  let inserted = 0;
  const recommendations = await storage.transaction(async (tx) => {
    const existing = await loadRecommendations(tx, userId, sessions.map((session) => session.id));
    const rows: RecommendationInsert[] = [];
    for (const session of sessions) {
      const own = draftsBySession.get(session.id);
      if (own === undefined) {
        outcomes.push({ planned_session_id: session.id, outcome: 'not_upcoming', sequence: null });
        continue;
      }
      const fingerprint = recommendationSetFingerprint(own);
      const latest = groupRecommendationSets(existing.get(session.id) ?? []).at(-1);
      if (latest !== undefined && latest.fingerprint === fingerprint) {
        outcomes.push({ planned_session_id: session.id, outcome: 'unchanged', sequence: latest.sequence });
        continue;
      }
      const sequence = (latest?.sequence ?? 0) + 1;
      rows.push(...toRows(own, { sequence, fingerprint }, { userId, ids: deps.ids, createdAt }));
      outcomes.push({ planned_session_id: session.id, outcome: 'new_set', sequence });
    }
    if (rows.length > 0) inserted = await tx.recommendations.insertMany(rows);
    return rows.length > 0 ? loadRecommendations(tx, userId, sessions.map((session) => session.id)) : existing;
  });

  return {
    format: TRAINKIT_PLAN_LIST_FORMAT,
    user_id: userId,
    from,
    to,
    sessions: sessionPlans(sessions, exercises, recommendations, false),
    as_of: asOf,
    fatigue: {
      as_of: report.as_of,
      engine: report.provenance.engine,
      heuristics: { ...report.provenance.heuristics },
      ingestion_run_ids: report.provenance.inputs.ingestion_run_ids,
    },
    heuristics: { id: config.id, version: config.version, sha256: config.sha256 },
    engine_version: PLANNING_ENGINE,
    outcomes,
    inserted,
  };
}

async function listPlan(storage: TrainkitStorage, options: Parameters<TrainkitPlan['list']>[0]): Promise<TrainkitPlanList> {
  const subject = 'plan list';
  const userId = await existingPlanUser(storage, options.userId, subject);
  const { from, to } = parseDateRange(options, subject);
  const sessions = sortSessions(await storage.plannedSessions.listBetween(userId, from, to));
  const [exercises, recommendations] = await Promise.all([
    loadExercises(storage, userId, sessions),
    loadRecommendations(storage, userId, sessions.map((session) => session.id)),
  ]);
  return {
    format: TRAINKIT_PLAN_LIST_FORMAT,
    user_id: userId,
    from,
    to,
    sessions: sessionPlans(sessions, exercises, recommendations, options.includeHistory === true),
  };
}

async function planAdherence(
  storage: TrainkitStorage,
  deps: PlanApiDependencies,
  options: Parameters<TrainkitPlan['adherence']>[0],
): Promise<TrainkitPlanAdherence> {
  const subject = 'plan adherence';
  const userId = await existingPlanUser(storage, options.userId, subject);
  const { from, to } = parseDateRange(options, subject);
  const weekStartOption = parseWeekStart(options.weekStart, subject);
  const parsedAsOf = parseAsOf((options.asOf ?? deps.now()) as FatigueAsOf, subject);
  const [settings, planned, performed, definitions] = await Promise.all([
    storage.userSettings.find(userId),
    storage.plannedSessions.listBetween(userId, from, to),
    storage.activityInstances.listByLocalDate(userId, from, to),
    storage.activityDefinitions.list(),
  ]);
  const timeZone = await userTimeZone(storage, userId, settings);
  const today = 'date' in parsedAsOf ? parsedAsOf.date : localDayOf(asOfInstant(parsedAsOf, timeZone), { timeZone });
  const categories = new Map<string, ActivityDefinitionRow['category']>(definitions.map((definition) => [definition.id, definition.category]));
  const matches = matchPlannedToPerformed(
    planned,
    performed.map((activity) => ({
      ...activity,
      category: activity.activity_definition_id === null ? null : (categories.get(activity.activity_definition_id) ?? null),
    })),
    { today },
  );
  const programIds = new Set(planned.map((session) => session.program_id).filter((id): id is ProgramId => id !== null));
  const programs = (await storage.programs.list(userId)).filter(
    (program) => programIds.has(program.id) || (program.start_date <= to && (program.end_date === null || program.end_date >= from)),
  );
  return {
    format: TRAINKIT_PLAN_ADHERENCE_FORMAT,
    user_id: userId,
    from,
    to,
    time_zone: timeZone,
    matches,
    adherence: adherence(matches, {
      weekStart: weekStartOption ?? settings?.week_start_day ?? 'monday',
      blocks: programs
        .sort((a, b) => compareText(a.start_date, b.start_date) || compareText(a.id, b.id))
        .map((program) => ({ id: program.id, name: program.name, start_date: program.start_date, end_date: program.end_date })),
      from,
      to,
    }),
  };
}

/**
 * Internal: the `plan` part of the facade. `now` is the default as-of and stamps `created_at`; `ids` names new
 * recommendation rows.
 */
export function createPlanApi(storage: TrainkitStorage, deps: PlanApiDependencies): TrainkitPlan {
  return {
    heuristics: deps.planningHeuristics,
    recommend: (options) => recommendPlan(storage, deps, options),
    list: (options) => listPlan(storage, options),
    adherence: (options) => planAdherence(storage, deps, options),
  };
}

