import { formatMeasureValue, GoalTargetSchema } from 'trainkit';

/** `mov_back_squat` -> `back squat`, `dis_running` -> `running`. */
function name(id: string): string {
  return id.replace(/^(mov|dis|act)_/, '').replace(/_/g, ' ');
}

/**
 * A goal target in a few words: `1RM back squat 140 kg`, `running 10000 m in 45:00`, `weight kg down to 78 kg`.
 * A stored value that is not a valid target is shown as its JSON.
 *
 * @example
 * ```ts
 * describeGoalTarget({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 }); // '1RM back squat 140 kg'
 * ```
 */
export function describeGoalTarget(targetJson: unknown): string {
  const parsed = GoalTargetSchema.safeParse(targetJson);
  if (!parsed.success) return JSON.stringify(targetJson);
  const target = parsed.data;
  const scope = (value: { discipline_id?: string | undefined; activity_definition_id?: string | undefined }) =>
    name(value.activity_definition_id ?? value.discipline_id ?? '');
  switch (target.type) {
    case 'one_rep_max':
      return `1RM ${name(target.movement_id)} ${formatMeasureValue(target.load_kg, 'kg')}`;
    case 'time':
      return `${scope(target)} ${target.distance_m} m in ${formatMeasureValue(target.duration_seconds, 's')}`;
    case 'distance':
      return `${scope(target)} ${target.distance_m} m in one session${target.duration_seconds === undefined ? '' : ` within ${formatMeasureValue(target.duration_seconds, 's')}`}`;
    case 'pace':
      return `${scope(target)} at ${formatMeasureValue(target.seconds_per_km, 's/km')}${target.distance_m === undefined ? '' : ` over ${target.distance_m} m`}`;
    case 'power':
      return `${scope(target)} ${target.watts} W for ${formatMeasureValue(target.duration_seconds, 's')}`;
    case 'body_composition':
      return `${target.metric.replace(/_/g, ' ')} ${target.direction === 'decrease' ? 'down' : 'up'} to ${target.target}`;
    case 'skill':
      return `${name(target.movement_id)} ${target.level ?? (target.reps !== undefined ? `${target.reps} reps` : formatMeasureValue(target.hold_seconds ?? 0, 's'))}`;
    case 'adherence':
      return `${target.sessions_per_week !== undefined ? `${target.sessions_per_week} sessions` : `${target.weekly_minutes} minutes`} a week${target.discipline_id === undefined ? '' : ` of ${name(target.discipline_id)}`}`;
    case 'habit':
      return `${target.habit} on ${target.days_per_week} days a week`;
    case 'event':
      return `${target.name} on ${target.date}${target.distance_m === undefined ? '' : `, ${target.distance_m} m`}${target.duration_seconds === undefined ? '' : ` in ${formatMeasureValue(target.duration_seconds, 's')}`}`;
  }
}
