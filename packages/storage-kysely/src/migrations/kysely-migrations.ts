import type { Instant, MigrationPort, MigrationReport, MigrationStatusEntry } from '@trainkit/core';
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { TRAINKIT_MIGRATIONS, TRAINKIT_MIGRATION_LOCK_TABLE, TRAINKIT_MIGRATION_TABLE } from './trainkit-migrations.js';

/**
 * Runs trainkit's migrations on a kysely database with kysely's `Migrator`, under the fixed tables
 * `trainkit_migration` / `trainkit_migration_lock`. Migrations are applied one at a time, each in its own transaction
 * (SQLite and PostgreSQL both have transactional DDL), so a failing migration leaves the ones before it applied and
 * nothing of itself. No method throws: each returns a {@link MigrationReport}.
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage({ path: ':memory:' });
 * const report = await storage.migrations.migrateToLatest();
 * if (!report.ok) console.error(report.error?.migration, report.error?.message);
 * await storage.migrations.rollback(); // one step down
 * ```
 */
export class KyselyMigrations implements MigrationPort {
  readonly #migrator: Migrator;
  readonly #names: readonly string[];

  /**
   * @param db - Any kysely instance on SQLite, PGlite or PostgreSQL.
   * @param migrations - The migrations to run; trainkit's own by default (tests pass subsets).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on any database type
  constructor(db: Kysely<any>, migrations: Readonly<Record<string, Migration>> = TRAINKIT_MIGRATIONS) {
    this.#names = Object.keys(migrations).sort();
    this.#migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...migrations }) },
      migrationTableName: TRAINKIT_MIGRATION_TABLE,
      migrationLockTableName: TRAINKIT_MIGRATION_LOCK_TABLE,
    });
  }

  /** Applies every pending migration in name order. */
  async migrateToLatest(): Promise<MigrationReport> {
    return this.#steps(async (applied) => (applied.length < this.#names.length ? 'up' : undefined));
  }

  /**
   * Migrates up or down until `name` is the last applied migration; an unknown name is reported, not thrown.
   *
   * @param name - A migration name, e.g. `0001_initial_schema`.
   */
  async migrateTo(name: string): Promise<MigrationReport> {
    const target = this.#names.indexOf(name);
    if (target < 0) {
      return { ok: false, direction: 'none', executed: [], error: { migration: name, message: `unknown migration ${name}` } };
    }
    return this.#steps(async (applied) => {
      if (applied.length < target + 1) return 'up';
      if (applied.length > target + 1) return 'down';
      return undefined;
    });
  }

  /** Reverts the last applied migration (one step down); a no-op report when none is applied. */
  async rollback(): Promise<MigrationReport> {
    let done = false;
    return this.#steps(async (applied) => {
      if (done || applied.length === 0) return undefined;
      done = true;
      return 'down';
    });
  }

  /** Reverts every applied migration: drops every trainkit table and view (the migration tables stay). */
  async migrateDownAll(): Promise<MigrationReport> {
    return this.#steps(async (applied) => (applied.length > 0 ? 'down' : undefined));
  }

  /** Every known migration in name order with when it was applied (`null` when pending). */
  async status(): Promise<MigrationStatusEntry[]> {
    const infos = await this.#migrator.getMigrations();
    return infos.map((info) => ({
      name: info.name,
      executedAt: info.executedAt ? (info.executedAt.toISOString() as Instant) : null,
    }));
  }

  /**
   * Repeats single migration steps while `next` asks for one, collecting what ran; stops at the first failure.
   */
  async #steps(
    next: (applied: readonly string[]) => Promise<'up' | 'down' | undefined>,
  ): Promise<MigrationReport> {
    const executed: string[] = [];
    let direction: 'up' | 'down' | 'none' = 'none';
    try {
      for (;;) {
        const applied = await this.#applied();
        const step = await next(applied);
        if (!step) break;
        direction = step;
        const result: MigrationResultSet =
          step === 'up' ? await this.#migrator.migrateUp() : await this.#migrator.migrateDown();
        const failed = result.results?.find((entry) => entry.status === 'Error');
        for (const entry of result.results ?? []) if (entry.status === 'Success') executed.push(entry.migrationName);
        if (result.error !== undefined || failed) {
          return {
            ok: false,
            direction,
            executed,
            error: { migration: failed?.migrationName ?? null, message: messageOf(result.error) },
          };
        }
        if ((result.results ?? []).length === 0) break;
      }
      return { ok: true, direction: executed.length === 0 ? 'none' : direction, executed };
    } catch (error) {
      return { ok: false, direction, executed, error: { migration: null, message: messageOf(error) } };
    }
  }

  async #applied(): Promise<string[]> {
    const infos = await this.#migrator.getMigrations();
    return infos.filter((info) => info.executedAt !== undefined).map((info) => info.name);
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'migration failed' : String(error);
}
