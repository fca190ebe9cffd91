import type { PlannedSessionPlan, PlanRecommendationResult, RecommendationSet, TrainkitPlanList } from 'trainkit';
import { formatDuration, formatNumber } from '../format/format-quantity.js';

/** `mov_back_squat` -> `back_squat` (catalog ids), other ids unchanged. */
function movementLabel(id: string): string {
  return id.startsWith('mov_') ? id.slice(4) : id;
}

function exerciseText(exercise: PlannedSessionPlan['exercises'][number]): string {
  const scheme = exercise.sets !== null && exercise.reps !== null ? ` ${exercise.sets}x${exercise.reps}` : exercise.sets !== null ? ` ${exercise.sets} sets` : '';
  const load = exercise.load_kg === null ? '' : ` @${formatNumber(exercise.load_kg, 1, 0)} kg`;
  return `${movementLabel(exercise.movement_id)}${scheme}${load}`;
}

function provenanceLine(set: RecommendationSet): string {
  const row = set.recommendations[0];
  if (row === undefined) return '';
  const goals = row.goal_revision_ids_json.length === 0 ? 'none' : row.goal_revision_ids_json.join(', ');
  const runs = row.ingestion_run_ids_json.length === 0 ? 'none' : row.ingestion_run_ids_json.join(', ');
  return (
    `    provenance: goal revisions ${goals}; ingestion runs ${runs}; ` +
    `heuristics ${row.heuristics_config_id}@${row.heuristics_config_version} (sha256 ${row.heuristics_config_sha256.slice(0, 12)}); ${row.engine_version}`
  );
}

function sessionLines(entry: PlannedSessionPlan): string[] {
  const session = entry.planned_session;
  const details: string[] = [session.status];
  if (session.planned_duration_seconds !== null) details.push(formatDuration(session.planned_duration_seconds));
  if (session.planned_rpe !== null) details.push(`RPE ${formatNumber(session.planned_rpe, 1, 0)}`);
  const lines = [`${session.scheduled_date}  ${session.title}  [${details.join(', ')}]  (${session.id})`];
  if (entry.exercises.length > 0) lines.push(`  exercises: ${entry.exercises.map(exerciseText).join(', ')}`);
  const set = entry.latest_set;
  if (set === null) {
    lines.push('  no recommendations');
    return lines;
  }
  const earlier = entry.earlier_sets > 0 ? `, ${entry.earlier_sets} earlier set${entry.earlier_sets === 1 ? '' : 's'} kept` : '';
  lines.push(`  recommendations (set ${set.sequence}, as of ${set.as_of}${earlier}):`);
  for (const row of set.recommendations) lines.push(`  - [${row.kind}] ${row.explanation}`);
  lines.push(provenanceLine(set));
  return lines;
}

/**
 * The text form of `trainkit plan`: each planned session with its exercises, its latest recommendations (kind and
 * explanation) and their provenance (goal revisions, ingestion runs, heuristics id@version and sha256, engine), then
 * what the call did and the fatigue report it read.
 *
 * @example
 * ```ts
 * io.stdout.write(formatPlan(await trainkit.plan.recommend({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' })));
 * ```
 */
export function formatPlan(plan: TrainkitPlanList | PlanRecommendationResult): string {
  const computed = 'outcomes' in plan ? plan : null;
  const header = `Plan of ${plan.user_id} from ${plan.from} to ${plan.to}${computed === null ? '' : ` (as of ${computed.as_of})`}`;
  const lines = [header, ''];
  if (plan.sessions.length === 0) lines.push('No planned sessions in this range.');
  for (const entry of plan.sessions) lines.push(...sessionLines(entry), '');
  if (computed !== null) {
    const count = (outcome: string) => computed.outcomes.filter((entry) => entry.outcome === outcome).length;
    lines.push(
      'This run',
      `  ${computed.inserted} recommendation${computed.inserted === 1 ? '' : 's'} written: ${count('new_set')} new set(s), ${count('unchanged')} unchanged, ${count('not_upcoming')} not upcoming`,
      `  planning    ${computed.engine_version}, heuristics ${computed.heuristics.id}@${computed.heuristics.version} (sha256 ${computed.heuristics.sha256.slice(0, 12)})`,
      `  fatigue     ${computed.fatigue.engine}, heuristics ${computed.fatigue.heuristics.id}@${computed.fatigue.heuristics.version}, as of ${computed.fatigue.as_of}`,
      `  runs        ${computed.fatigue.ingestion_run_ids.length === 0 ? 'none' : computed.fatigue.ingestion_run_ids.join(', ')}`,
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
