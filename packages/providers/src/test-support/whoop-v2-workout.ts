/** Test-only (not published): the inputs of {@link whoopV2Workout}. */
export interface WhoopV2WorkoutInput {
  /** The workout's UUID. */
  readonly id: string;
  /** WHOOP's numeric user id. */
  readonly userId: number;
  /** Start and end, epoch milliseconds. */
  readonly start: number;
  readonly end: number;
  /** Varies the sport (even: running, odd: cycling) and the scores, so workouts of a series differ. */
  readonly index: number;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A scored WHOOP v2 workout as `GET /developer/v2/activity/workout` returns it (fields, units and zone durations as
 * in the provider's fixtures), for fake provider APIs in tests: created 2 and updated 5 minutes after its end.
 *
 * @example
 * ```ts
 * const workout = whoopV2Workout({ id: 'a0000000-0000-4000-8000-000000000001', userId: 10129, start, end: start + 3_600_000, index: 1 });
 * workout.score.kilojoule; // 2501
 * ```
 */
export function whoopV2Workout(input: WhoopV2WorkoutInput) {
  const { index } = input;
  return {
    id: input.id,
    user_id: input.userId,
    created_at: iso(input.end + 2 * MINUTE),
    updated_at: iso(input.end + 5 * MINUTE),
    start: iso(input.start),
    end: iso(input.end),
    timezone_offset: '+02:00',
    sport_name: index % 2 === 0 ? 'running' : 'cycling',
    score_state: 'SCORED',
    score: {
      strain: 10 + (index % 8),
      average_heart_rate: 140,
      max_heart_rate: 172,
      kilojoule: 2500 + index,
      percent_recorded: 100,
      distance_meter: 10_000 + index * 10,
      altitude_gain_meter: 50,
      zone_durations: { zone_zero_milli: 0, zone_one_milli: 600_000, zone_two_milli: 1_200_000, zone_three_milli: 1_200_000, zone_four_milli: 600_000, zone_five_milli: 0 },
    },
  };
}
