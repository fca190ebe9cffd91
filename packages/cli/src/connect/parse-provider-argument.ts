import { CONNECT_PROVIDERS, type ConnectProvider } from 'trainkit';
import { UsageError } from '../usage-error.js';

/**
 * Reads the `<provider>` argument of `trainkit connect` and `trainkit sync`: one of `CONNECT_PROVIDERS` (strava,
 * whoop, oura, garmin), case-insensitive.
 *
 * @throws {UsageError} For any other word.
 *
 * @example
 * ```ts
 * parseProviderArgument('Strava', ['sync']); // 'strava'
 * ```
 */
export function parseProviderArgument(text: string | undefined, commandPath: readonly string[]): ConnectProvider {
  const word = (text ?? '').trim().toLowerCase();
  const provider = CONNECT_PROVIDERS.find((candidate) => candidate === word);
  if (provider === undefined) {
    throw new UsageError(`unknown provider '${text ?? ''}': expected one of ${CONNECT_PROVIDERS.join(', ')}`, commandPath);
  }
  return provider;
}
