import type { UserId } from '@trainkit/core';
import { connectConfigFromEnv, createTrainkit, encryptionKeysFromEnv, type Connections, type Trainkit } from 'trainkit';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { withStorage } from '../storage/open-storage.js';
import { formatConnectLogEntry } from './format-connect-log-entry.js';

/**
 * What the connect commands work with: the facade (with `connect` configured from the environment), its
 * `trainkit.connections`, and whether the `--user` athlete was created by this command.
 *
 * @example
 * ```ts
 * await withConnections(common, io, { user: { id: userId, create: false } }, async ({ connections }) => connections.accounts(userId));
 * ```
 */
export interface ConnectionsContext {
  readonly trainkit: Trainkit;
  readonly connections: Connections;
  readonly createdUser: boolean;
}

/**
 * Reads the connect configuration from the environment (`TRAINKIT_<PROVIDER>_CLIENT_ID`, `_CLIENT_SECRET`,
 * `_REDIRECT_URI`, `_API_URL`, `_OAUTH_URL`, ... and `TRAINKIT_ENCRYPTION_KEY`, `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS`)
 * before touching the database, so a missing key is one `error:` line (exit 2) and nothing is opened; then opens the
 * database (applying pending migrations), builds the facade with the CLI's clock and runs `work`. With `--verbose`,
 * connect's log lines (redacted: never a token) go to stderr. With `user`, the athlete must exist (`NotFoundError`,
 * exit 2), or with `create` is created when missing (`note: created user '<id>'` on stderr, as `trainkit import`
 * does; with `--json` the output says `created_user` instead) and deleted again when `work` fails.
 *
 * @throws {TokenVaultError} `missing_key` / `bad_key` (exit 2).
 * @throws {ConfigError} For a half-configured provider (exit 2).
 *
 * @example
 * ```ts
 * const summary = await withConnections(common, io, { user: { id: userId, create: false } }, ({ connections }) => connections.sync({ provider: 'strava', userId }));
 * ```
 */
export async function withConnections<T>(
  common: CommonOptions,
  io: CliIo,
  options: { readonly user?: { readonly id: UserId; readonly create: boolean } },
  work: (context: ConnectionsContext) => Promise<T>,
): Promise<T> {
  const keys = encryptionKeysFromEnv(io.env);
  const { providers } = connectConfigFromEnv(io.env);
  return withStorage(common, io, { migrate: true }, async (storage) => {
    const trainkit = createTrainkit({
      storage,
      clock: () => io.now(),
      connect: {
        providers,
        keys,
        ...(common.verbose ? { logger: (entry) => io.stderr.write(`${formatConnectLogEntry(entry)}\n`) } : {}),
      },
    });
    let createdUser = false;
    const { user } = options;
    if (user !== undefined) {
      if (user.create && (await trainkit.users.find(user.id)) === undefined) {
        await trainkit.users.create({ id: user.id });
        createdUser = true;
        if (!common.json) io.stderr.write(`note: created user '${user.id}'\n`);
      } else {
        await trainkit.users.get(user.id);
      }
    }
    if (!createdUser || user === undefined) return work({ trainkit, connections: trainkit.connections, createdUser });
    try {
      return await work({ trainkit, connections: trainkit.connections, createdUser });
    } catch (error) {
      // The athlete was created for this command only: a failed connection leaves no empty athlete behind.
      await storage.users.delete(user.id);
      if (!common.json) io.stderr.write(`note: removed user '${user.id}' again: nothing was connected\n`);
      throw error;
    }
  });
}
