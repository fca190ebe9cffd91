/**
 * An in-process PGlite database: the part of `@electric-sql/pglite`'s `PGlite` class trainkit uses, described
 * structurally so that trainkit's types never reach PGlite's own (which need the Emscripten typings). A `PGlite`
 * instance is one; pass yours as `instance`, or read the storage's own as `storage.native.client`.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 *
 * const instance: PgliteClientHandle = new PGlite('./trainkit-pglite');
 * const storage = await createPgliteStorage({ instance });
 * ```
 */
export interface PgliteClientHandle {
  /** Settles once the database is ready. */
  readonly waitReady: Promise<void>;
  /** True once closed. */
  readonly closed: boolean;
  query<R = Record<string, unknown>>(
    sql: string,
    parameters?: unknown[],
    options?: { readonly parsers?: Record<number, (value: string) => unknown> },
  ): Promise<{ readonly rows: R[]; readonly affectedRows?: number }>;
  /** Runs one or more statements without parameters; one result per statement. */
  exec(sql: string): Promise<readonly unknown[]>;
  close(): Promise<void>;
}

/**
 * The driver handle of a PGlite storage (`storage.native`).
 *
 * @example
 * ```ts
 * const storage = await createPgliteStorage();
 * const { rows } = await storage.native.client.query('select count(*) as n from users');
 * ```
 */
export interface PgliteNativeHandle {
  readonly dialect: 'pglite';
  readonly client: PgliteClientHandle;
}
