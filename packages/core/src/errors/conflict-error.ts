import { TrainkitError } from './trainkit-error.js';

/**
 * What kind of constraint a write broke.
 *
 * @example
 * ```ts
 * CONFLICT_KINDS.includes('unique'); // true
 * ```
 */
export const CONFLICT_KINDS = ['unique', 'foreign_key', 'check', 'not_null'] as const;
/** One of {@link CONFLICT_KINDS}. */
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/**
 * The foreign key a `foreign_key` conflict broke: `columns` of `table` reference `references.columns` of
 * `references.table`. When a write references a missing row, `table` is the table written to; when a delete removes a
 * row that is still referenced, `references.table` is the table deleted from and `table` is the one still pointing
 * at it.
 *
 * @example
 * ```ts
 * const foreignKey: ConflictForeignKey = {
 *   table: 'activity_instances', columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] },
 * };
 * ```
 */
export interface ConflictForeignKey {
  /** The referencing (child) table. */
  readonly table: string;
  /** Its referencing columns. */
  readonly columns: readonly string[];
  /** The referenced (parent) table and its columns. */
  readonly references: { readonly table: string; readonly columns: readonly string[] };
}

/**
 * A write broke a database constraint (duplicate key, missing parent row, ...). Same class on every dialect.
 *
 * A `foreign_key` conflict on a table trainkit knows carries the broken {@link ConflictForeignKey}, and its message
 * names it (`activity_instances: referenced row missing (foreign key activity_instances.discipline_id ->
 * disciplines.id)`), on every dialect.
 *
 * @example
 * ```ts
 * if (error instanceof ConflictError && error.kind === 'foreign_key') console.log(error.foreignKey?.columns);
 * ```
 */
export class ConflictError extends TrainkitError {
  readonly code = 'CONFLICT' as const;
  /** For a `foreign_key` conflict: the foreign key that was broken, when known. */
  readonly foreignKey?: ConflictForeignKey;

  constructor(
    /** Table or entity name, when known. */
    readonly entity: string,
    /** Which constraint family was broken. */
    readonly kind: ConflictKind,
    message: string,
    options?: { cause?: unknown; foreignKey?: ConflictForeignKey },
  ) {
    super(`${entity}: ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.foreignKey) this.foreignKey = options.foreignKey;
  }
}
