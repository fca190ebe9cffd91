/**
 * A client checked out of a {@link PostgresPoolHandle}: the part of `pg`'s `PoolClient` trainkit uses, described
 * structurally (as kysely's own `PostgresPoolClient` is) so that trainkit's types never need `@types/pg`.
 *
 * @example
 * ```ts
 * const client: PostgresClientHandle = await storage.native.pool.connect();
 * try {
 *   const { rows } = await client.query<{ n: number }>('select count(*)::int as n from users', []);
 * } finally {
 *   client.release();
 * }
 * ```
 */
export interface PostgresClientHandle {
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<{ readonly command: string; readonly rowCount: number | null; readonly rows: R[] }>;
  release(): void;
}

/**
 * A PostgreSQL connection pool: the part of `pg`'s `Pool` trainkit uses, described structurally. A `pg.Pool` is one;
 * pass yours as `pool`, or read the storage's own as `storage.native.pool`.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 *
 * const pool: PostgresPoolHandle = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const storage = await createPostgresStorage({ pool });
 * ```
 */
export interface PostgresPoolHandle {
  connect(): Promise<PostgresClientHandle>;
  end(): Promise<void>;
}

/**
 * The driver handle of a PostgreSQL storage (`storage.native`).
 *
 * @example
 * ```ts
 * const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL! });
 * const client = await storage.native.pool.connect();
 * client.release();
 * ```
 */
export interface PostgresNativeHandle {
  readonly dialect: 'postgres';
  readonly pool: PostgresPoolHandle;
}
