/**
 * SQLite only says "FOREIGN KEY constraint failed"; the storage finds the broken foreign key on the failed
 * connection. Checked on a schema of its own: several keys per table, composite and implicit (primary key) references,
 * RESTRICT and NO ACTION parents, raw SQL, and inside a transaction (which must stay usable and unchanged).
 */
import { ConflictError } from '@trainkit/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../sqlite/index.js';
import type { KyselyStorage } from '../create-kysely-storage.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a schema of the test's own
type AnyDatabase = Kysely<any>;

let storage: KyselyStorage;
let db: AnyDatabase;

beforeAll(async () => {
  storage = await createSqliteStorage({ path: ':memory:' });
  db = storage.kysely as unknown as AnyDatabase;
  for (const statement of [
    'create table owner (id text primary key)',
    'create table colour (id text primary key)',
    'create table region (country text, code text, primary key (country, code))',
    `create table item (
       id text primary key,
       owner_id text references owner (id),
       colour_id text references colour,
       country text, code text,
       foreign key (country, code) references region (country, code)
     )`,
    'create table badge (id text primary key, colour_id text references colour (id) on delete restrict)',
    'create table note (id text primary key, colour_id text references colour (id) on delete cascade)',
    "insert into owner values ('o1')",
    "insert into colour values ('red'), ('blue'), ('green')",
    "insert into region values ('de', 'by')",
    "insert into item values ('i1', 'o1', 'red', 'de', 'by')",
    "insert into badge values ('b1', 'blue')",
    "insert into note values ('n1', 'green')",
  ]) {
    await sql.raw(statement).execute(db);
  }
});

afterAll(async () => {
  await storage?.close();
});

async function conflict(work: () => Promise<unknown>): Promise<ConflictError> {
  const error = await work().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ConflictError)) throw new Error(`expected a ConflictError, got ${String(error)}`);
  return error;
}

describe('SQLite foreign key diagnosis', () => {
  it('names the one broken key of a row with several (kysely insert)', async () => {
    const error = await conflict(() => db.insertInto('item').values({ id: 'i2', owner_id: 'o1', colour_id: 'purple' }).execute());
    expect(error).toMatchObject({
      entity: 'item',
      kind: 'foreign_key',
      foreignKey: { table: 'item', columns: ['colour_id'], references: { table: 'colour', columns: ['id'] } },
      message: 'item: referenced row missing (foreign key item.colour_id -> colour.id)',
    });
  });

  it('names a composite key, and a key declared without columns by the parent primary key', async () => {
    const composite = await conflict(() => db.insertInto('item').values({ id: 'i3', country: 'de', code: 'xx' }).execute());
    expect(composite.foreignKey).toEqual({ table: 'item', columns: ['country', 'code'], references: { table: 'region', columns: ['country', 'code'] } });
    expect(composite.message).toBe('item: referenced row missing (foreign key item.(country, code) -> region.(country, code))');
    const update = await conflict(() => db.updateTable('item').set({ owner_id: 'o9' }).where('id', '=', 'i1').execute());
    expect(update.foreignKey).toEqual({ table: 'item', columns: ['owner_id'], references: { table: 'owner', columns: ['id'] } });
  });

  it('raw SQL: the table comes from the statement', async () => {
    const error = await conflict(() => sql`insert into "item" (id, owner_id) values (${'i4'}, ${'nobody'})`.execute(db));
    expect(error).toMatchObject({ entity: 'item', foreignKey: { table: 'item', columns: ['owner_id'] } });
  });

  it('a delete of a row still referenced names the referencing key, among several candidates', async () => {
    const restrict = await conflict(() => db.deleteFrom('colour').where('id', '=', 'blue').execute());
    expect(restrict).toMatchObject({
      entity: 'colour',
      foreignKey: { table: 'badge', columns: ['colour_id'], references: { table: 'colour', columns: ['id'] } },
      message: 'colour: row still referenced (foreign key badge.colour_id -> colour.id)',
    });
    const noAction = await conflict(() => sql`delete from colour where id in (${'red'}, ${'green'})`.execute(db));
    expect(noAction.foreignKey).toEqual({ table: 'item', columns: ['colour_id'], references: { table: 'colour', columns: ['id'] } });
  });

  it('inside a transaction: the diagnosis changes nothing and the transaction goes on', async () => {
    const before = await db.selectFrom('item').select('id').orderBy('id').execute();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('owner').values({ id: 'o2' }).execute();
      const error = await conflict(() => trx.insertInto('item').values({ id: 'i5', owner_id: 'o2', colour_id: 'nope' }).execute());
      expect(error.foreignKey?.columns).toEqual(['colour_id']);
      expect((await sql<{ defer_foreign_keys: number }>`pragma defer_foreign_keys`.execute(trx)).rows[0]?.defer_foreign_keys).toBe(0);
      await trx.insertInto('item').values({ id: 'i6', owner_id: 'o2', colour_id: 'red' }).execute();
    });
    const after = await db.selectFrom('item').select('id').orderBy('id').execute();
    expect(after.map((row) => row.id)).toEqual([...before.map((row) => row.id), 'i6']);
    expect(await db.selectFrom('owner').select('id').where('id', '=', 'o2').executeTakeFirst()).toEqual({ id: 'o2' });
  });
});
