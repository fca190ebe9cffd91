import { inject, it, expect } from 'vitest';
import pg from 'pg';

it('the test run has a real PostgreSQL server', async () => {
  const url = inject('postgresUrl');
  expect(url).toBeTruthy();
  const client = new pg.Client({ connectionString: url! });
  await client.connect();
  const { rows } = await client.query('select version() as v');
  await client.end();
  expect(rows[0].v).toMatch(/PostgreSQL/);
});
