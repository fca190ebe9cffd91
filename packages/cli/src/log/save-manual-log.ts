import { ValidationError, type Instant, type ManualLog, type TrainkitStorage } from '@trainkit/core';
import { ensureCatalogRows } from 'trainkit';

/**
 * Writes a manual log in one transaction, so a failure leaves nothing half-written: creates the athlete's `users` row
 * on first use, checks that the planned session it fulfils exists (and marks it completed), then inserts the
 * activity instance and its strength sets. The catalog rows it references are seeded first when missing.
 *
 * @returns Whether the user was created.
 * @throws {ValidationError} When `--planned-session` names no planned session of this user.
 *
 * @example
 * ```ts
 * const { createdUser } = await saveManualLog(storage, buildCardioLog(input, context), createdAt);
 * ```
 */
export async function saveManualLog(storage: TrainkitStorage, log: ManualLog, createdAt: Instant): Promise<{ createdUser: boolean }> {
  const instance = log.activityInstance;
  await ensureCatalogRows(storage, {
    activityDefinitionIds: instance.activity_definition_id === null ? [] : [instance.activity_definition_id],
    movementIds: log.strengthSets.map((set) => set.movement_id),
  });
  return storage.transaction(async (tx) => {
    let createdUser = false;
    if (!(await tx.users.find(instance.user_id))) {
      await tx.users.insert({ id: instance.user_id, created_at: createdAt });
      createdUser = true;
    }
    if (instance.planned_session_id !== null) {
      const session = await tx.plannedSessions.find(instance.user_id, instance.planned_session_id);
      if (!session) {
        throw new ValidationError('command line', [
          {
            path: '--planned-session',
            rule: 'not_found',
            message: `no planned session '${instance.planned_session_id}' for user '${instance.user_id}'`,
          },
        ]);
      }
      if (session.status === 'planned' || session.status === 'skipped') {
        await tx.plannedSessions.update(instance.user_id, session.id, { status: 'completed', updated_at: createdAt });
      }
    }
    await tx.activityInstances.insert(instance);
    if (log.strengthSets.length > 0) await tx.activityStrengthSets.insertMany(log.strengthSets);
    return { createdUser };
  });
}
