import { inject, it, expect } from 'vitest';
import pg from 'pg';

const postgresUrl = inject('postgresUrl');

it.skipIf(!postgresUrl)('the test run has a real PostgreSQL server', async () => {
  const client = new pg.Client({ connectionString: postgresUrl! });
  await client.connect();
  const { rows } = await client.query('select version() as v');
  await client.end();
  expect(rows[0].v).toMatch(/PostgreSQL/);
});
