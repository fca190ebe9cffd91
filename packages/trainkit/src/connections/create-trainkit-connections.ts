import { createConnectRuntime, createConnections, parseEncryptionKey, type ConnectPipeline, type Connections } from '@trainkit/connect';
import { ConfigError, type IdFactory, type TrainkitStorage } from '@trainkit/core';
import type { ConnectOptions } from './connect-options.js';

/**
 * Builds `trainkit.connections` from the facade's storage, pipeline, clock and ids and its `connect` option, at once:
 * a bad key or provider config throws when the facade is created, not on first use.
 *
 * @throws {TokenVaultError} `missing_key` / `bad_key` for an absent or malformed key.
 *
 * @example
 * ```ts
 * const connections = createTrainkitConnections({ storage, pipeline: ingest, clock, ids, connect: options.connect });
 * ```
 */
export function createTrainkitConnections(input: {
  readonly storage: TrainkitStorage;
  readonly pipeline: ConnectPipeline;
  readonly clock: () => Date;
  readonly ids: IdFactory;
  readonly connect: ConnectOptions;
}): Connections {
  const { connect } = input;
  const keys = 'keys' in connect ? connect.keys : [parseEncryptionKey(connect.encryptionKey)];
  const runtime = createConnectRuntime({
    clock: input.clock,
    ...(connect.fetch === undefined ? {} : { fetch: connect.fetch }),
    ...(connect.logger === undefined ? {} : { logger: connect.logger }),
  });
  return createConnections({
    storage: input.storage,
    pipeline: input.pipeline,
    runtime,
    ids: () => input.ids(),
    providers: connect.providers,
    keys,
    ...(connect.retryPolicy === undefined ? {} : { retryPolicy: connect.retryPolicy }),
    ...(connect.scheduleWebhook === undefined ? {} : { scheduleWebhook: connect.scheduleWebhook }),
  });
}

/**
 * The error `trainkit.connections` throws when the facade was created without the `connect` option.
 *
 * @example
 * ```ts
 * throw connectionsNotConfigured();
 * ```
 */
export function connectionsNotConfigured(): ConfigError {
  return new ConfigError(
    'trainkit.connections is not configured: pass connect: { providers, encryptionKey } to createTrainkit ' +
      '(providers from connectConfigFromEnv(process.env), the key from TRAINKIT_ENCRYPTION_KEY)',
  );
}
