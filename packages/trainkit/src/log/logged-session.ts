import type { ActivityDefinitionRow, ManualLog, MovementRow, PlannedSessionRow } from '@trainkit/core';
import type { LogKind } from './log-kind.js';

/**
 * What a `trainkit.log.*` call stored, as read back from the storage: the activity instance and its sets (a
 * `ManualLog`), plus the reference rows it points at and the planned session it completed.
 *
 * @example
 * ```ts
 * const logged: LoggedSession = await trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 2700 });
 * logged.activityInstance.discipline_id; // 'dis_running', from the activity definition
 * ```
 */
export interface LoggedSession extends ManualLog {
  /** The log kind. */
  readonly kind: LogKind;
  /** The `activity_definitions` row of the activity, or null for a log with only a title. */
  readonly activityDefinition: ActivityDefinitionRow | null;
  /** The `movements` rows of the sets, each once, in order of first use. */
  readonly movements: readonly MovementRow[];
  /** The planned session the log fulfils, as stored after marking it `completed`; null when none was named. */
  readonly plannedSession: PlannedSessionRow | null;
  /** Whether the call created the user (only with `createUser: true`). */
  readonly createdUser: boolean;
}
