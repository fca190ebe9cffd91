import type { Instant } from '../time/instant.js';

/**
 * One migration and whether it has been applied.
 *
 * @example
 * ```ts
 * const entry: MigrationStatusEntry = { name: '0001_initial', executedAt: null };
 * ```
 */
export interface MigrationStatusEntry {
  /** Sortable migration name, e.g. `0001_initial`. */
  readonly name: string;
  /** When it was applied, or `null` when pending. */
  readonly executedAt: Instant | null;
}

/**
 * Result of a migration command. Never thrown half-way: a failing migration stops the run and is reported here
 * (each migration runs in its own transaction where the dialect allows, so a failed one leaves no partial changes).
 *
 * @example
 * ```ts
 * const report = await storage.migrations.migrateToLatest();
 * if (!report.ok) console.error(report.error);
 * ```
 */
export interface MigrationReport {
  readonly ok: boolean;
  readonly direction: 'up' | 'down' | 'none';
  /** Migrations executed successfully by this command, in execution order. */
  readonly executed: readonly string[];
  /** The migration that failed and why, when `ok` is false. */
  readonly error?: { readonly migration: string | null; readonly message: string };
}

/**
 * Schema migrations of a storage adapter (migrations are code: sortable names with up and down). Uses fixed,
 * trainkit-prefixed migration table names so it never collides with the host application's migrations.
 *
 * @example
 * ```ts
 * await storage.migrations.migrateToLatest();
 * console.table(await storage.migrations.status());
 * ```
 */
export interface MigrationPort {
  /** Applies every pending migration, in name order. */
  migrateToLatest(): Promise<MigrationReport>;
  /** Migrates up or down until `name` is the last applied migration; unknown name: `ok: false`. */
  migrateTo(name: string): Promise<MigrationReport>;
  /** Reverts every applied migration (drops all trainkit tables and views). */
  migrateDownAll(): Promise<MigrationReport>;
  /** Every known migration in name order with its execution time. */
  status(): Promise<MigrationStatusEntry[]>;
}
