import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KyselyStorage } from '@trainkit/storage-kysely';

/** The server-owned table of API tokens: only the SHA-256 of each token is stored. */
export const API_TOKENS_TABLE = 'server_api_tokens';

type ApiTokensTable = {
  server_api_tokens: { token_hash: string; user_id: string; created_at: string; revoked_at: string | null };
};

function tokensDb(storage: KyselyStorage) {
  return storage.kysely.withTables<ApiTokensTable>();
}

/** Creates `server_api_tokens` when it does not exist (SQLite and PostgreSQL alike). */
export async function ensureApiTokensTable(storage: KyselyStorage): Promise<void> {
  await storage.kysely.schema
    .createTable(API_TOKENS_TABLE)
    .ifNotExists()
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

/** The SHA-256 hex digest of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues a random 32-byte token for a user; the plain token is returned once and never stored. */
export async function issueApiToken(storage: KyselyStorage, userId: string, now: Date): Promise<{ token: string; createdAt: string }> {
  const token = `tk_${randomBytes(32).toString('base64url')}`;
  const createdAt = now.toISOString();
  await tokensDb(storage)
    .insertInto(API_TOKENS_TABLE)
    .values({ token_hash: hashToken(token), user_id: userId, created_at: createdAt, revoked_at: null })
    .execute();
  return { token, createdAt };
}

/** The user a (non-revoked) token belongs to, or `undefined`. */
export async function userOfApiToken(storage: KyselyStorage, token: string): Promise<string | undefined> {
  const row = await tokensDb(storage)
    .selectFrom(API_TOKENS_TABLE)
    .select(['user_id'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.user_id;
}

/** Revokes one token (sign-out); `true` when it was active. The row stays, so the hash is never reused. */
export async function revokeApiToken(storage: KyselyStorage, token: string, now: Date): Promise<boolean> {
  const result = await tokensDb(storage)
    .updateTable(API_TOKENS_TABLE)
    .set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every active token of a user (a lost device, an offboarding); returns how many were active. */
export async function revokeUserApiTokens(storage: KyselyStorage, userId: string, now: Date): Promise<number> {
  const result = await tokensDb(storage)
    .updateTable(API_TOKENS_TABLE)
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Constant-time comparison of two secrets (by their digests, so lengths do not leak either). */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
