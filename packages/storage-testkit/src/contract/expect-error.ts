import { ConflictError, NotFoundError, ValidationError, type ConflictForeignKey, type ConflictKind } from '@trainkit/core';
import { expect } from 'vitest';

/** Awaits `promise` and returns what it rejected with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>, what: string): Promise<unknown> {
  const outcome = await promise.then(
    (value: unknown) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) expect.fail(`${what}: expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/**
 * The error must be a `ConflictError` of `kind` naming `entity`; for a broken foreign key, also naming it
 * (`foreignKey`: the referencing table and columns and the referenced ones), in its fields and in its message.
 */
export async function expectConflict(
  promise: Promise<unknown>,
  entity: string,
  kind: ConflictKind,
  what: string,
  foreignKey?: ConflictForeignKey,
): Promise<void> {
  const error = await rejectionOf(promise, what);
  expect(error, `${what}: ${String(error)}`).toBeInstanceOf(ConflictError);
  expect({ code: (error as ConflictError).code, entity: (error as ConflictError).entity, kind: (error as ConflictError).kind }, what).toStrictEqual({
    code: 'CONFLICT',
    entity,
    kind,
  });
  if (foreignKey) {
    expect((error as ConflictError).foreignKey, `${what}: ${String(error)}`).toStrictEqual(foreignKey);
    const named = `${foreignKey.table}.${foreignKey.columns.join(', ')} -> ${foreignKey.references.table}.${foreignKey.references.columns.join(', ')}`;
    expect((error as ConflictError).message, what).toContain(named);
  }
}

/** The error must be a `NotFoundError` naming `entity` and `key`. */
export async function expectNotFound(promise: Promise<unknown>, entity: string, key: string, what: string): Promise<void> {
  const error = await rejectionOf(promise, what);
  expect(error, `${what}: ${String(error)}`).toBeInstanceOf(NotFoundError);
  expect({ code: (error as NotFoundError).code, entity: (error as NotFoundError).entity, key: (error as NotFoundError).key }, what).toStrictEqual({
    code: 'NOT_FOUND',
    entity,
    key,
  });
}

/**
 * The error must be a `ValidationError` with an issue on `field` breaking `rule` (`null`: any rule). The path may be
 * prefixed (a batch write may report `2.rpe` for the third row's `rpe`).
 */
export async function expectValidation(
  promise: Promise<unknown>,
  field: string,
  rule: string | null,
  what: string,
): Promise<ValidationError> {
  const error = await rejectionOf(promise, what);
  expect(error, `${what}: ${String(error)}`).toBeInstanceOf(ValidationError);
  const issues = (error as ValidationError).issues.map((issue) => ({ path: issue.path, rule: issue.rule }));
  const matches = issues.filter((issue) => (issue.path === field || issue.path.endsWith(`.${field}`)) && (rule === null || issue.rule === rule));
  expect(matches.length, `${what}: issues ${JSON.stringify(issues)} must include ${field} / ${rule}`).toBeGreaterThan(0);
  expect((error as ValidationError).code).toBe('VALIDATION_FAILED');
  return error as ValidationError;
}
