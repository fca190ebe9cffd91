import {
  weekStartOf,
  type LocalDate,
  type TrainkitRepositories,
  type UserId,
  type WeeklyAdherenceRow,
  type WeightTrendRow,
} from '@trainkit/core';

/**
 * Load of one discipline in one week: performed time (from `weeklyDurationByDiscipline`) and volume (from
 * `weeklyVolumeByDiscipline`) side by side.
 *
 * @example
 * ```ts
 * const row: WeeklyLoadRow = { week_start: '2024-06-03', discipline_id: 'dis_running', activity_count: 2,
 *   duration_seconds: 6300, tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 17400 };
 * ```
 */
export interface WeeklyLoadRow {
  /** First day of the week (Monday). */
  readonly week_start: string;
  /** The discipline, or null for activities without one. */
  readonly discipline_id: string | null;
  /** Activities performed. */
  readonly activity_count: number;
  /** Performed time, seconds. */
  readonly duration_seconds: number;
  /** Sum of reps x load of the working sets, kg. */
  readonly tonnage_kg: number;
  /** Working sets. */
  readonly set_count: number;
  /** Reps of the working sets. */
  readonly rep_count: number;
  /** Distance covered, metres. */
  readonly distance_m: number;
}

/**
 * One week of the weight trend: the last day with a weigh-in, its weight and the 7-day rolling average then.
 *
 * @example
 * ```ts
 * const week: WeeklyWeightRow = { week_start: '2024-06-03', date: '2024-06-09', weigh_ins: 5, weight_kg: 81.2, rolling_avg_7d_kg: 81.46 };
 * ```
 */
export interface WeeklyWeightRow {
  /** First day of the week (Monday). */
  readonly week_start: string;
  /** The last day of the week with a weigh-in. */
  readonly date: string;
  /** Weigh-ins that week. */
  readonly weigh_ins: number;
  /** That day's weight, kg. */
  readonly weight_kg: number;
  /** The 7-day rolling average on that day, kg. */
  readonly rolling_avg_7d_kg: number;
}

/**
 * A training report of one athlete over a range of days, straight from the storage analytics.
 *
 * @example
 * ```ts
 * const report: TrainingReport = await buildTrainingReport(storage, 'u1', { from: '2024-05-06', to: '2024-06-16' });
 * report.adherence[0]?.adherence; // 0.75
 * ```
 */
export interface TrainingReport {
  /** The athlete. */
  readonly user_id: string;
  /** The days covered, inclusive. */
  readonly range: { readonly from: string; readonly to: string };
  /** Load per week and discipline. */
  readonly weekly_load: readonly WeeklyLoadRow[];
  /** Planned vs performed per week. */
  readonly adherence: readonly WeeklyAdherenceRow[];
  /** Adherence over the whole range: completed / planned (null when nothing was planned). */
  readonly overall_adherence: number | null;
  /** Every day with a weigh-in: weight and 7-day rolling average. */
  readonly weight_trend: readonly WeightTrendRow[];
  /** The weight trend, one row per week. */
  readonly weekly_weight: readonly WeeklyWeightRow[];
}

function loadKey(week: string, discipline: string | null): string {
  return `${week}\u0000${discipline ?? ''}`;
}

/**
 * Builds a {@link TrainingReport} from `AnalyticsRepository`: weekly duration and volume merged per (week,
 * discipline), weekly adherence and the weight trend with its 7-day average (also condensed to one row per week).
 *
 * @example
 * ```ts
 * const report = await buildTrainingReport(storage, 'demo_athlete', { from: '2024-05-06', to: '2024-06-16' });
 * ```
 */
export async function buildTrainingReport(
  repositories: Pick<TrainkitRepositories, 'analytics'>,
  userId: string,
  range: { readonly from: LocalDate | string; readonly to: LocalDate | string },
): Promise<TrainingReport> {
  const id = userId as UserId;
  const query = { from: range.from, to: range.to, weekStart: 'monday' as const };
  const [durations, volumes, adherence, weightTrend] = await Promise.all([
    repositories.analytics.weeklyDurationByDiscipline(id, query),
    repositories.analytics.weeklyVolumeByDiscipline(id, query),
    repositories.analytics.weeklyAdherence(id, query),
    repositories.analytics.weightTrend(id, query),
  ]);
  const load = new Map<string, WeeklyLoadRow>();
  const empty = { activity_count: 0, duration_seconds: 0, tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 0 };
  for (const row of durations) {
    load.set(loadKey(row.week_start, row.discipline_id), {
      ...empty, week_start: row.week_start, discipline_id: row.discipline_id,
      activity_count: row.activity_count, duration_seconds: row.duration_seconds,
    });
  }
  for (const row of volumes) {
    const key = loadKey(row.week_start, row.discipline_id);
    const base = load.get(key) ?? { ...empty, week_start: row.week_start, discipline_id: row.discipline_id };
    load.set(key, { ...base, tonnage_kg: row.tonnage_kg, set_count: row.set_count, rep_count: row.rep_count, distance_m: row.distance_m });
  }
  const weeklyLoad = [...load.values()].sort(
    (a, b) => a.week_start.localeCompare(b.week_start) || (a.discipline_id ?? '\uffff').localeCompare(b.discipline_id ?? '\uffff'),
  );
  const planned = adherence.reduce((sum, row) => sum + row.planned_count, 0);
  const completed = adherence.reduce((sum, row) => sum + row.completed_count, 0);
  const weeklyWeight = new Map<string, WeeklyWeightRow>();
  for (const row of weightTrend) {
    const week = weekStartOf(row.date);
    const before = weeklyWeight.get(week);
    weeklyWeight.set(week, {
      week_start: week,
      date: row.date,
      weigh_ins: (before?.weigh_ins ?? 0) + row.sample_count,
      weight_kg: row.weight_kg,
      rolling_avg_7d_kg: row.rolling_avg_7d_kg,
    });
  }
  return {
    user_id: userId,
    range: { from: range.from, to: range.to },
    weekly_load: weeklyLoad,
    adherence,
    overall_adherence: planned === 0 ? null : completed / planned,
    weight_trend: weightTrend,
    weekly_weight: [...weeklyWeight.values()],
  };
}
