import { sql } from 'kysely';
import { openKyselyDatabase } from '../src/connection/open-kysely-database.js';
const c = await openKyselyDatabase<any>({ dialect: 'pglite' });
await sql`create table t (id text primary key, j jsonb, d date, ts timestamptz, b boolean, n bigint, x double precision)`.execute(c.db);
await c.db.insertInto('t').values({ id: 'a', j: JSON.stringify(['x', { a: 1 }]), d: '2024-02-29', ts: '2024-06-12T07:00:00.123Z', b: true, n: 5, x: 1.5 }).execute();
await c.db.insertInto('t').values({ id: 'b', j: JSON.stringify('just a string'), d: '0001-01-01', ts: '1970-01-01T00:00:00.000Z', b: false, n: 9007199254740991, x: 0.1 }).execute();
console.log(await c.db.selectFrom('t').selectAll().execute());
const r = await c.db.updateTable('t').set({ b: true }).executeTakeFirst();
console.log(r);
try { await c.db.insertInto('t').values({ id: 'a' }).execute() } catch (e) { console.log(e) }
await c.close();
