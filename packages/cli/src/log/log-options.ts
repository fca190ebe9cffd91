import type { CommandOption } from '../cli-command.js';

/**
 * Options every `trainkit log ...` command takes: who, when, where, how hard, and the planned session it fulfils.
 *
 * @example
 * ```ts
 * const options = { ...LOG_OPTIONS, distance: { type: 'string', description: 'Distance' } } as const;
 * ```
 */
export const LOG_OPTIONS = {
  user: { type: 'string', valueName: 'id', description: 'Athlete id: letters, digits, _ . : @ - (required; created on first use)' },
  at: { type: 'string', valueName: 'date-time', description: 'When it started, ISO-8601 (default: now)' },
  tz: { type: 'string', valueName: 'zone', description: 'IANA time zone for the local day (default: $TZ or the system zone)' },
  duration: { type: 'string', valueName: 'duration', description: 'How long: 45m, 1h30m, 90s or 1:05:30 (1 second to 14 days)' },
  title: { type: 'string', valueName: 'text', description: 'A title, e.g. "Lower body A"' },
  notes: { type: 'string', valueName: 'text', description: 'Free notes' },
  enjoyment: { type: 'string', valueName: '1-5', description: 'How much you enjoyed it, 1..5' },
  'planned-session': { type: 'string', valueName: 'id', description: 'The planned session this fulfils (counts for adherence)' },
} as const satisfies Record<string, CommandOption>;

/**
 * The input fields of `trainkit.log.*` set by the log options, mapped to the options' names for error messages.
 *
 * @example
 * ```ts
 * await withOptionNames(() => trainkit.log.sport(input), LOG_OPTION_LABELS);
 * ```
 */
export const LOG_OPTION_LABELS: Readonly<Record<string, string>> = {
  userId: '--user',
  start: '--at',
  end: '--duration',
  durationSeconds: '--duration',
  timeZone: '--tz',
  utcOffsetMinutes: '--tz',
  title: '--title',
  notes: '--notes',
  enjoyment: '--enjoyment',
  plannedSessionId: '--planned-session',
  activity: '--activity',
  rpe: '--rpe',
  distanceM: '--distance',
  avgHeartRateBpm: '--avg-hr',
  maxHeartRateBpm: '--max-hr',
  elevationGainM: '--elevation',
  energyKcal: '--kcal',
};
