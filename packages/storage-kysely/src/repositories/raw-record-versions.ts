import { JsonText } from '@trainkit/core';
import { InsertQueryNode, TableNode, createQueryId } from 'kysely';
import { jsonEqual } from './json-equal.js';
import type { PlainRow } from './plain-row.js';
import type { StorageContext } from './storage-context.js';

/*
 * The versioning rules of the raw lake, shared by the single and the bulk upsert of `external_activity_records`.
 */

/** Metadata columns compared (besides the payload) to decide `unchanged` for a record stored without a hash. */
export const COMPARED_METADATA_COLUMNS = [
  'record_kind',
  'resource',
  'parent_external_id',
  'activity_type_raw',
  'start_time',
  'end_time',
  'timezone',
  'utc_offset_minutes',
] as const;

/** Columns an update never touches: the natural key and the first insert's identity. */
export const KEPT_COLUMNS: ReadonlySet<string> = new Set(['id', 'user_id', 'provider', 'external_id', 'created_at']);

/**
 * What to do with a validated `incoming` record whose key is already stored as `stored`:
 * - `unchanged`: write nothing;
 * - `revise`: the payload changed: archive the stored version, then replace with revision + 1;
 * - `refresh`: only metadata changed (records without a hash): replace in place, same revision.
 *
 * `stored` needs `content_hash`, and, when `incoming` has no hash, the compared metadata columns and the decoded
 * `raw_payload_json`.
 *
 * @internal
 */
export function classifyRawRecord(stored: PlainRow, incoming: PlainRow): 'unchanged' | 'revise' | 'refresh' {
  if (incoming.content_hash !== null && incoming.content_hash !== undefined) {
    return stored.content_hash === incoming.content_hash ? 'unchanged' : 'revise';
  }
  const payload = JsonText.is(incoming.raw_payload_json) ? JSON.parse(incoming.raw_payload_json.text) : incoming.raw_payload_json;
  if (!jsonEqual(stored.raw_payload_json, payload)) return 'revise';
  return COMPARED_METADATA_COLUMNS.every((column) => stored[column] === incoming[column]) ? 'unchanged' : 'refresh';
}

const MAX_ID_LENGTH = 128;

/** 32-bit FNV-1a of `text` from `seed`, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of the archived revision `revision` of raw record `recordId`: `<recordId>@<revision>`, deterministic (a
 * replay archives under the same ids). When that exceeds 128 characters the record id is cut and followed by `:` and
 * a 64-bit hash of the whole id, so distinct records keep distinct revision ids.
 *
 * @internal
 */
export function revisionId(recordId: string, revision: number): string {
  const suffix = `@${revision}`;
  const plain = `${recordId}${suffix}`;
  if (plain.length <= MAX_ID_LENGTH) return plain;
  const hash = `:${fnv1a(recordId, 0x811c9dc5)}${fnv1a(recordId, 0x01000193)}`;
  return `${recordId.slice(0, MAX_ID_LENGTH - hash.length - suffix.length)}${hash}${suffix}`;
}

/**
 * Copies the stored version of raw record `recordId` (of `userId`) into `external_record_revisions` under
 * {@link revisionId}, inside the database (the payload never travels through JavaScript).
 *
 * @internal
 */
export async function archiveStoredVersion(context: StorageContext, userId: string, recordId: string, revision: number): Promise<void> {
  const [first, second, third] = context.family === 'sqlite' ? ['?', '?', '?'] : ['$1', '$2', '$3'];
  await context.db.executeQuery({
    sql:
      'insert into "external_record_revisions" ("id", "user_id", "external_activity_record_id", "revision", "content_hash", ' +
      '"raw_payload_json", "ingestion_run_id", "received_at") select ' +
      `${first}, "user_id", "id", "revision", "content_hash", "raw_payload_json", "ingestion_run_id", "updated_at" ` +
      `from "external_activity_records" where "user_id" = ${second} and "id" = ${third}`,
    parameters: [revisionId(recordId, revision), userId, recordId],
    // Names the table for error translation: a clash is a ConflictError of `external_record_revisions`.
    query: InsertQueryNode.create(TableNode.create('external_record_revisions')),
    queryId: createQueryId(),
  });
}
