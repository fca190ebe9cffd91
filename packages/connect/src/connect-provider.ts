import { z } from 'zod';
import type { Provider } from '@trainkit/core';

/**
 * The providers an athlete connects over OAuth and keeps in sync (Apple Health has no web API: it comes as an export).
 *
 * @example
 * ```ts
 * CONNECT_PROVIDERS.includes('whoop'); // true
 * ```
 */
export const CONNECT_PROVIDERS = ['strava', 'whoop', 'oura', 'garmin'] as const satisfies readonly Provider[];

/**
 * Validates a connectable provider slug.
 *
 * @example
 * ```ts
 * ConnectProviderSchema.parse('oura'); // 'oura'
 * ```
 */
export const ConnectProviderSchema = z.enum(CONNECT_PROVIDERS);

/**
 * One of {@link CONNECT_PROVIDERS}.
 *
 * @example
 * ```ts
 * const provider: ConnectProvider = 'strava';
 * ```
 */
export type ConnectProvider = (typeof CONNECT_PROVIDERS)[number];
