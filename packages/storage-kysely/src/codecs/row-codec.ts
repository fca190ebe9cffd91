import type { SqlFamily } from '../connection/storage-dialect.js';
import { columnCodec, type StorageColumnKind } from './column-codec.js';

/** A column as the codecs see it: name and kind. */
export interface CodecColumn {
  readonly name: string;
  readonly kind: StorageColumnKind;
}

/**
 * Converts whole rows of one table between their JavaScript form (core's row types) and the driver's form, for one
 * SQL family. Built once per table and dialect; reused for every row.
 *
 * @example
 * ```ts
 * const codec = createRowCodec([{ name: 'enabled', kind: 'boolean' }], 'sqlite');
 * codec.encode({ enabled: true }); // { enabled: 1 }
 * ```
 */
export interface RowCodec {
  /** The table's columns, in DDL order. */
  readonly columns: readonly string[];
  /** A row to driver values, keyed by column; keys absent from `row` are left out (so defaults apply). */
  encode(row: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /**
   * A row to the parameters of trainkit's multi-row statements (`insertStatement`) for every column, in
   * {@link RowCodec.columns} order (missing keys become `NULL`).
   */
  encodeValuesInto(row: Readonly<Record<string, unknown>>, target: unknown[]): void;
  /** A driver row to its JavaScript form; mutates and returns `row` (driver rows are fresh objects). */
  decode<T>(row: Record<string, unknown>): T;
}

/**
 * Builds the {@link RowCodec} of a table.
 *
 * @example
 * ```ts
 * const codec = createRowCodec(columns, 'postgres');
 * const row = codec.decode<ActivityInstanceRow>(driverRow);
 * ```
 */
export function createRowCodec(columns: readonly CodecColumn[], family: SqlFamily): RowCodec {
  const names = columns.map((column) => column.name);
  const codecs = columns.map((column) => columnCodec(column.kind, family));
  const encoders = codecs.map((codec) => codec.encode);
  const statementEncoders = codecs.map((codec) => codec.encodeInStatement ?? codec.encode);
  const decoding = columns
    .map((column, index) => ({ name: column.name, codec: codecs[index]! }))
    .filter((entry) => entry.codec.decodes)
    .map((entry) => [entry.name, entry.codec.decode] as const);
  const count = names.length;

  return {
    columns: names,
    encode(row) {
      const out: Record<string, unknown> = {};
      for (let index = 0; index < count; index += 1) {
        const name = names[index]!;
        if (name in row) out[name] = encoders[index]!(row[name]);
      }
      return out;
    },
    encodeValuesInto(row, target) {
      for (let index = 0; index < count; index += 1) target.push(statementEncoders[index]!(row[names[index]!]));
    },
    decode<T>(row: Record<string, unknown>): T {
      for (const [name, decode] of decoding) {
        if (name in row) row[name] = decode(row[name]);
      }
      return row as T;
    },
  };
}
