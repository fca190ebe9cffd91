import {
  EquipmentSchema,
  LocalDateSchema,
  NotFoundError,
  ValidationError,
  WEEKDAYS,
  type Equipment,
  type LocalDate,
  type TrainkitRepositories,
  type UserId,
  type Weekday,
} from '@trainkit/core';
import { parseUserIdArgument } from '../users/create-users-api.js';

/** Internal: a user id that exists (`ValidationError` when malformed, `NotFoundError` when unknown). */
export async function existingPlanUser(repositories: TrainkitRepositories, id: unknown, subject: string): Promise<UserId> {
  const userId = parseUserIdArgument(id, subject, 'userId');
  if (!(await repositories.users.find(userId))) throw new NotFoundError('user', userId);
  return userId;
}

/** Internal: `from` and `to` as local days, `from <= to`; every broken rule in one `ValidationError`. */
export function parseDateRange(options: { readonly from: unknown; readonly to: unknown }, subject: string): { from: LocalDate; to: LocalDate } {
  const issues: { path: string; rule: string; message: string }[] = [];
  const from = LocalDateSchema.safeParse(options.from);
  const to = LocalDateSchema.safeParse(options.to);
  if (!from.success) issues.push({ path: 'from', rule: 'invalid_value', message: `must be a local date like 2024-06-10, got ${JSON.stringify(options.from)}` });
  if (!to.success) issues.push({ path: 'to', rule: 'invalid_value', message: `must be a local date like 2024-06-23, got ${JSON.stringify(options.to)}` });
  if (from.success && to.success && to.data < from.data) {
    issues.push({ path: 'to', rule: 'too_small', message: `must not be before from (${from.data}), got ${to.data}` });
  }
  if (issues.length > 0) throw new ValidationError(subject, issues);
  return { from: from.data!, to: to.data! };
}

/** Internal: equipment values (core `EQUIPMENT`), or null for everything. */
export function parseEquipment(value: unknown, subject: string): Equipment[] | null {
  if (value === undefined || value === null) return null;
  const issues: { path: string; rule: string; message: string }[] = [];
  if (!Array.isArray(value)) {
    throw new ValidationError(subject, [{ path: 'equipment', rule: 'invalid_type', message: 'must be an array of equipment values' }]);
  }
  const result: Equipment[] = [];
  value.forEach((item: unknown, index) => {
    const parsed = EquipmentSchema.safeParse(item);
    if (parsed.success) result.push(parsed.data);
    else issues.push({ path: `equipment.${index}`, rule: 'invalid_value', message: `must be one of ${EquipmentSchema.options.join(', ')}, got ${JSON.stringify(item)}` });
  });
  if (issues.length > 0) throw new ValidationError(subject, issues);
  return result;
}

/** Internal: a week start day, or undefined. */
export function parseWeekStart(value: unknown, subject: string): Weekday | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value)) return value as Weekday;
  throw new ValidationError(subject, [{ path: 'weekStart', rule: 'invalid_value', message: `must be one of ${WEEKDAYS.join(', ')}, got ${JSON.stringify(value)}` }]);
}
