import { biometricTrend, BIOMETRIC_SOURCE_PRIORITY, parseBiometricSourcePriority, type BiometricSourcePriority } from '@trainkit/biometrics';
import {
  InstantSchema,
  LocalDateSchema,
  localDayOf,
  NotFoundError,
  parseWithSchema,
  safeParseUserBiometric,
  toInstant,
  ValidationError,
  type IdFactory,
  type Instant,
  type LocalDate,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserBiometricId,
  type UserId,
} from '@trainkit/core';
import { parseAsOf, asOfInstant, type FatigueAsOf } from '../fatigue/resolve-as-of.js';
import { parseUserIdArgument } from '../users/create-users-api.js';
import { loadBiometricValues, toBiometricEntries } from './load-biometric-entries.js';
import { loadPhysiology } from './load-physiology.js';
import { RecordBiometricInputSchema } from './record-biometric-input-schema.js';
import type { TrainkitBiometrics } from './trainkit-biometrics.js';
import { userTimeZone } from './user-time-zone.js';

/** `user_biometrics_history` column -> input field of `record`, for error paths. */
const RECORD_FIELDS: Readonly<Record<string, string>> = { metric_type: 'metric', measured_at: 'measuredAt', user_id: 'userId' };

async function existingUser(repositories: TrainkitRepositories, id: unknown, subject: string): Promise<UserId> {
  const userId = parseUserIdArgument(id, subject, 'userId');
  if (!(await repositories.users.find(userId))) throw new NotFoundError('user', userId);
  return userId;
}

function optionalDate(value: string | undefined, path: string, subject: string): LocalDate | undefined {
  if (value === undefined) return undefined;
  const parsed = LocalDateSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError(subject, [{ path, rule: 'invalid_value', message: `must be a YYYY-MM-DD calendar day, got ${JSON.stringify(value)}` }]);
  return parsed.data;
}

function priorityOf(priority: BiometricSourcePriority | undefined): BiometricSourcePriority {
  return priority === undefined ? BIOMETRIC_SOURCE_PRIORITY : parseBiometricSourcePriority(priority);
}

/** The as-of instant and local day of a call, in the user's zone. */
async function resolveAsOf(repositories: TrainkitRepositories, userId: UserId, asOf: FatigueAsOf, subject: string) {
  const parsed = parseAsOf(asOf, subject);
  const timeZone = await userTimeZone(repositories, userId);
  const instant = asOfInstant(parsed, timeZone);
  return { instant, date: localDayOf(instant, { timeZone }), timeZone };
}

/** Internal: the `biometrics` part of the facade; `now` stamps `created_at` and is the default `asOf`. */
export function createBiometricsApi(storage: TrainkitStorage, deps: { readonly ids: IdFactory; readonly now: () => Instant }): TrainkitBiometrics {
  return {
    async record(input) {
      const parsed = parseWithSchema(RecordBiometricInputSchema, input, 'biometric');
      const userId = await existingUser(storage, parsed.userId, 'biometric');
      let measuredAt: Instant | null = null;
      if (parsed.measuredAt !== undefined) {
        const instant = InstantSchema.safeParse(parsed.measuredAt instanceof Date ? toInstant(parsed.measuredAt) : parsed.measuredAt);
        if (!instant.success) {
          throw new ValidationError('biometric', [{ path: 'measuredAt', rule: 'invalid_value', message: `expected an ISO-8601 date-time in the years 1900..2200, got ${JSON.stringify(String(parsed.measuredAt))}` }]);
        }
        measuredAt = instant.data;
      }
      const now = deps.now();
      if (measuredAt === null && parsed.date === undefined) measuredAt = now;
      const date = parsed.date ?? localDayOf(measuredAt!, { timeZone: await userTimeZone(storage, userId) });
      const row = safeParseUserBiometric({
        id: parsed.id ?? deps.ids(),
        user_id: userId,
        date,
        measured_at: measuredAt,
        metric_type: parsed.metric,
        value: parsed.value,
        source: 'manual',
        notes: parsed.notes ?? null,
        created_at: now,
      });
      if (!row.ok) {
        throw new ValidationError('biometric', row.error.issues.map((issue) => ({ ...issue, path: RECORD_FIELDS[issue.path] ?? issue.path })));
      }
      const stored = await storage.biometrics.insert(row.value);
      const sameDay = await loadBiometricValues(storage, userId, { metrics: [stored.metric_type], from: stored.date, to: stored.date });
      return toBiometricEntries(sameDay, BIOMETRIC_SOURCE_PRIORITY).find((entry) => entry.id === (stored.id as UserBiometricId) && entry.table === 'user_biometrics_history')!;
    },

    async list(options) {
      const userId = await existingUser(storage, options.userId, 'biometrics list');
      const from = optionalDate(options.from, 'from', 'biometrics list');
      const to = optionalDate(options.to, 'to', 'biometrics list');
      const priority = priorityOf(options.priority);
      const values = await loadBiometricValues(storage, userId, {
        ...(options.metric === undefined ? {} : { metrics: [options.metric] }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
      const entries = toBiometricEntries(values, priority);
      return options.selectedOnly === true ? entries.filter((entry) => entry.selected) : entries;
    },

    async trend(options) {
      const userId = await existingUser(storage, options.userId, 'biometric trend');
      const asOf = await resolveAsOf(storage, userId, options.asOf ?? deps.now(), 'biometric trend');
      const priority = priorityOf(options.priority);
      const values = await loadBiometricValues(storage, userId, { metrics: [options.metric], asOf });
      return biometricTrend(values, {
        metric: options.metric,
        asOf: asOf.date,
        priority,
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.halfLifeDays === undefined ? {} : { halfLifeDays: options.halfLifeDays }),
        ...(options.fitWindowDays === undefined ? {} : { fitWindowDays: options.fitWindowDays }),
      });
    },

    async profileAt(options) {
      const userId = await existingUser(storage, options.userId, 'biometric profile');
      const asOf = await resolveAsOf(storage, userId, options.asOf ?? deps.now(), 'biometric profile');
      const profile = await storage.userProfiles.find(userId);
      const { physiology, sourceTables } = await loadPhysiology(storage, {
        userId,
        profile,
        asOf: asOf.instant,
        asOfDate: asOf.date,
        priority: priorityOf(options.priority),
      });
      return {
        ...physiology,
        user_id: userId,
        as_of_instant: asOf.instant,
        time_zone: asOf.timeZone,
        height_cm: profile?.height_cm ?? null,
        source_tables: sourceTables,
      };
    },
  };
}
