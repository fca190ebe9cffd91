import {
  AnalyticsRangeSchema,
  OPEN_CATEGORICAL_FIELDS,
  WEEKDAYS,
  type AnalyticsRange,
  type AnalyticsRepository,
  type CategoricalValueRow,
  type CategoricalValuesQuery,
  type LocalDate,
  type UserId,
  type WeeklyAdherenceRow,
  type WeeklyDurationRow,
  type WeeklyMuscleLoadRow,
  type WeeklyVolumeRow,
  type WeightTrendRow,
} from '@trainkit/core';
import { sql, type RawBuilder } from 'kysely';
import { checkUserId } from '../repositories/check-arguments.js';
import type { StorageContext } from '../repositories/storage-context.js';
import { validateWith, validationError } from '../repositories/validate-rows.js';
import {
  compareKeys,
  dateOfEpochDay,
  epochDay,
  epochDayOf,
  falseLiteral,
  secondsBetween,
  toNumber,
  weekStartDay,
  zero,
} from './analytics-sql.js';

interface CheckedRange {
  readonly from: string;
  readonly to: string;
  /** ISO index of the first day of the week (Monday = 0). */
  readonly startIndex: number;
}

/**
 * The analytics queries, computed in the database with SQL that gives identical results on SQLite, PGlite and
 * PostgreSQL: weeks come from stored local dates as integer day numbers (see `analytics-sql.ts`), and results are
 * sorted in JavaScript by code point, not by a database collation. Every query is scoped by `user_id`.
 *
 * @internal
 */
export class KyselyAnalyticsRepository implements AnalyticsRepository {
  readonly #context: StorageContext;

  constructor(context: StorageContext) {
    this.#context = context;
  }

  async weeklyDurationByDiscipline(userId: UserId, range: AnalyticsRange): Promise<WeeklyDurationRow[]> {
    const user = checkUserId('analytics', userId);
    const { from, to, startIndex } = checkRange(range);
    const family = this.#context.family;
    const week = weekStartDay(family, sql.ref('local_date'), startIndex);
    const duration = sql`coalesce(duration_seconds, ${secondsBetween(family, sql.ref('performed_start'), sql.ref('performed_end'))}, 0)`;
    const { rows } = await sql<{ week_day: unknown; discipline_id: string | null; duration_seconds: unknown; activity_count: unknown }>`
      select ${week} as week_day, discipline_id, sum(${duration}) as duration_seconds, count(*) as activity_count
      from activity_instances
      where user_id = ${user} and local_date >= ${from} and local_date <= ${to}
      group by 1, 2
    `.execute(this.#context.db);
    return rows
      .map((row) => ({
        week_start: dateOfEpochDay(toNumber(row.week_day)) as LocalDate,
        discipline_id: row.discipline_id,
        duration_seconds: toNumber(row.duration_seconds),
        activity_count: toNumber(row.activity_count),
      }))
      .sort((a, b) => compareKeys(a.week_start, b.week_start) || compareKeys(a.discipline_id, b.discipline_id)) as WeeklyDurationRow[];
  }

  async weeklyVolumeByDiscipline(userId: UserId, range: AnalyticsRange): Promise<WeeklyVolumeRow[]> {
    const user = checkUserId('analytics', userId);
    const { from, to, startIndex } = checkRange(range);
    const family = this.#context.family;
    const week = weekStartDay(family, sql.ref('acts.local_date'), startIndex);
    const { rows } = await sql<{
      week_day: unknown;
      discipline_id: string | null;
      tonnage_kg: unknown;
      set_count: unknown;
      rep_count: unknown;
      distance_m: unknown;
    }>`
      select week_day, discipline_id,
        sum(tonnage_kg) as tonnage_kg, sum(set_count) as set_count, sum(rep_count) as rep_count, sum(distance_m) as distance_m
      from (
        select ${week} as week_day, acts.discipline_id,
          ${zero()} as tonnage_kg, 0 as set_count, 0 as rep_count, coalesce(acts.distance_m, 0) as distance_m
        from activity_instances acts
        where acts.user_id = ${user} and acts.local_date >= ${from} and acts.local_date <= ${to}
        union all
        select ${week}, acts.discipline_id,
          coalesce(s.reps, 0) * coalesce(s.load_kg, 0), 1, coalesce(s.reps, 0), ${zero()}
        from activity_instances acts
        join activity_strength_sets s on s.user_id = ${user} and s.activity_instance_id = acts.id
        where acts.user_id = ${user} and acts.local_date >= ${from} and acts.local_date <= ${to} and s.is_warmup = ${falseLiteral(family)}
      ) volume
      group by week_day, discipline_id
    `.execute(this.#context.db);
    return rows
      .map((row) => ({
        week_start: dateOfEpochDay(toNumber(row.week_day)) as LocalDate,
        discipline_id: row.discipline_id,
        tonnage_kg: toNumber(row.tonnage_kg),
        set_count: toNumber(row.set_count),
        rep_count: toNumber(row.rep_count),
        distance_m: toNumber(row.distance_m),
      }))
      .sort((a, b) => compareKeys(a.week_start, b.week_start) || compareKeys(a.discipline_id, b.discipline_id)) as WeeklyVolumeRow[];
  }

  async weeklyAdherence(userId: UserId, range: AnalyticsRange): Promise<WeeklyAdherenceRow[]> {
    const user = checkUserId('analytics', userId);
    const { from, to, startIndex } = checkRange(range);
    const family = this.#context.family;
    const { rows } = await sql<{ week_day: unknown; planned_count: unknown; completed_count: unknown; unplanned_count: unknown }>`
      select week_day, sum(planned) as planned_count, sum(completed) as completed_count, sum(unplanned) as unplanned_count
      from (
        select ${weekStartDay(family, sql.ref('p.scheduled_date'), startIndex)} as week_day,
          1 as planned,
          case when exists (
            select 1 from activity_instances a where a.user_id = ${user} and a.planned_session_id = p.id
          ) then 1 else 0 end as completed,
          0 as unplanned
        from planned_sessions p
        where p.user_id = ${user} and p.scheduled_date >= ${from} and p.scheduled_date <= ${to} and p.status <> 'cancelled'
        union all
        select ${weekStartDay(family, sql.ref('a.local_date'), startIndex)} as week_day, 0, 0, 1
        from activity_instances a
        where a.user_id = ${user} and a.local_date >= ${from} and a.local_date <= ${to} and a.planned_session_id is null
      ) weekly
      group by week_day
    `.execute(this.#context.db);
    return rows
      .map((row) => {
        const planned = toNumber(row.planned_count);
        const completed = toNumber(row.completed_count);
        return {
          week_start: dateOfEpochDay(toNumber(row.week_day)) as LocalDate,
          planned_count: planned,
          completed_count: completed,
          adherence: planned === 0 ? null : completed / planned,
          unplanned_count: toNumber(row.unplanned_count),
        };
      })
      .sort((a, b) => compareKeys(a.week_start, b.week_start));
  }

  async weightTrend(userId: UserId, range: AnalyticsRange): Promise<WeightTrendRow[]> {
    const user = checkUserId('analytics', userId);
    const { from, to } = checkRange(range);
    const family = this.#context.family;
    const firstDay = epochDayOf(from);
    // The 7-day window of the first day reaches 6 days before the range.
    const lookback = dateOfEpochDay(firstDay - 6);
    const { rows } = await sql<{ day: unknown; weight_kg: unknown; sample_count: unknown; rolling_avg_7d_kg: unknown }>`
      select day, weight_kg, sample_count,
        avg(weight_kg) over (order by day range between 6 preceding and current row) as rolling_avg_7d_kg
      from (
        select ${epochDay(family, sql.ref('date'))} as day, avg(value) as weight_kg, count(*) as sample_count
        from user_biometrics_history
        where user_id = ${user} and metric_type = 'weight_kg' and date >= ${lookback} and date <= ${to}
        group by 1
      ) daily
    `.execute(this.#context.db);
    return rows
      .map((row) => ({
        day: toNumber(row.day),
        weight_kg: toNumber(row.weight_kg),
        sample_count: toNumber(row.sample_count),
        rolling_avg_7d_kg: toNumber(row.rolling_avg_7d_kg),
      }))
      .filter((row) => row.day >= firstDay)
      .sort((a, b) => a.day - b.day)
      .map(({ day, ...row }) => ({ date: dateOfEpochDay(day) as LocalDate, ...row }));
  }

  async weeklyMuscleLoad(userId: UserId, range: AnalyticsRange): Promise<WeeklyMuscleLoadRow[]> {
    const user = checkUserId('analytics', userId);
    const { from, to, startIndex } = checkRange(range);
    const family = this.#context.family;
    const actsWeek = weekStartDay(family, sql.ref('acts.local_date'), startIndex);
    const planWeek = weekStartDay(family, sql.ref('plan.scheduled_date'), startIndex);
    const duration = sql`coalesce(duration_seconds, ${secondsBetween(family, sql.ref('performed_start'), sql.ref('performed_end'))}, 0)`;
    const { rows } = await sql<{
      week_day: unknown;
      muscle_id: string;
      planned_sets: unknown;
      performed_sets: unknown;
      planned_duration_seconds: unknown;
      performed_duration_seconds: unknown;
    }>`
      with acts as not materialized (
        select id, local_date, activity_definition_id, ${duration} as duration
        from activity_instances
        where user_id = ${user} and local_date >= ${from} and local_date <= ${to}
      ),
      plan as not materialized (
        select id, scheduled_date, activity_definition_id, planned_duration_seconds
        from planned_sessions
        where user_id = ${user} and scheduled_date >= ${from} and scheduled_date <= ${to} and status <> 'cancelled'
      ),
      performed_sets as (
        select ${actsWeek} as week_day, s.movement_id, count(*) as n
        from acts
        join activity_strength_sets s on s.user_id = ${user} and s.activity_instance_id = acts.id
        where s.is_warmup = ${falseLiteral(family)}
        group by 1, 2
      ),
      planned_sets as (
        select ${planWeek} as week_day, e.movement_id, sum(coalesce(e.sets, 1)) as n
        from plan
        join planned_session_exercises e on e.user_id = ${user} and e.planned_session_id = plan.id
        group by 1, 2
      ),
      performed_time as (
        select ${actsWeek} as week_day, acts.activity_definition_id, sum(acts.duration) as seconds
        from acts
        where acts.activity_definition_id is not null
        group by 1, 2
      ),
      planned_time as (
        select ${planWeek} as week_day, plan.activity_definition_id, sum(coalesce(plan.planned_duration_seconds, 0)) as seconds
        from plan
        where plan.activity_definition_id is not null
        group by 1, 2
      )
      select week_day, muscle_id,
        sum(planned_sets) as planned_sets, sum(performed_sets) as performed_sets,
        sum(planned_duration_seconds) as planned_duration_seconds, sum(performed_duration_seconds) as performed_duration_seconds
      from (
        select p.week_day, m.muscle_id, ${zero()} as planned_sets, cast(p.n as double precision) * m.magnitude as performed_sets,
          ${zero()} as planned_duration_seconds, ${zero()} as performed_duration_seconds
        from performed_sets p join movement_muscle_map m on m.movement_id = p.movement_id
        union all
        select p.week_day, m.muscle_id, cast(p.n as double precision) * m.magnitude, ${zero()}, ${zero()}, ${zero()}
        from planned_sets p join movement_muscle_map m on m.movement_id = p.movement_id
        union all
        select t.week_day, am.muscle_id, ${zero()}, ${zero()}, ${zero()}, t.seconds * am.magnitude
        from performed_time t join activity_muscle_map am on am.activity_definition_id = t.activity_definition_id
        union all
        select t.week_day, am.muscle_id, ${zero()}, ${zero()}, t.seconds * am.magnitude, ${zero()}
        from planned_time t join activity_muscle_map am on am.activity_definition_id = t.activity_definition_id
      ) loads
      group by week_day, muscle_id
    `.execute(this.#context.db);
    return rows
      .map((row) => ({
        week_start: dateOfEpochDay(toNumber(row.week_day)) as LocalDate,
        muscle_id: row.muscle_id,
        planned_sets: toNumber(row.planned_sets),
        performed_sets: toNumber(row.performed_sets),
        planned_duration_seconds: toNumber(row.planned_duration_seconds),
        performed_duration_seconds: toNumber(row.performed_duration_seconds),
      }))
      .filter((row) => row.planned_sets > 0 || row.performed_sets > 0 || row.planned_duration_seconds > 0 || row.performed_duration_seconds > 0)
      .sort((a, b) => compareKeys(a.week_start, b.week_start) || compareKeys(a.muscle_id, b.muscle_id)) as WeeklyMuscleLoadRow[];
  }

  async categoricalValues(query: CategoricalValuesQuery = {}): Promise<CategoricalValueRow[]> {
    const subject = 'analytics categoricalValues';
    if (typeof query !== 'object' || query === null) throw validationError(subject, '', 'invalid_type', 'expected an object');
    const user = query.userId === undefined ? undefined : checkUserId(subject, query.userId);
    let fields = OPEN_CATEGORICAL_FIELDS;
    if (query.field !== undefined) {
      const wanted = query.field;
      fields = OPEN_CATEGORICAL_FIELDS.filter((field) => field.table === wanted?.table && field.column === wanted?.column);
      if (fields.length === 0) {
        throw validationError(subject, 'field', 'invalid_value', `${String(wanted?.table)}.${String(wanted?.column)} is not an open categorical field`);
      }
    }
    const results: CategoricalValueRow[] = [];
    for (const field of fields) {
      const column = sql.ref(field.column);
      const scope: RawBuilder<unknown> = user === undefined ? sql`` : sql` and user_id = ${user}`;
      const { rows } = await sql<{ value: string; count: unknown }>`
        select ${column} as value, count(*) as count
        from ${sql.table(field.table)}
        where ${column} is not null${scope}
        group by ${column}
      `.execute(this.#context.db);
      for (const row of rows) results.push({ table: field.table, column: field.column, value: String(row.value), count: toNumber(row.count) });
    }
    return results.sort(
      (a, b) =>
        compareKeys(a.table, b.table) || compareKeys(a.column, b.column) || b.count - a.count || compareKeys(a.value, b.value),
    );
  }
}

function checkRange(range: AnalyticsRange): CheckedRange {
  const parsed = validateWith(AnalyticsRangeSchema, range, 'analytics range');
  return { from: parsed.from, to: parsed.to, startIndex: WEEKDAYS.indexOf(parsed.weekStart) };
}
