import type { FatigueAsOf } from './resolve-as-of.js';

/**
 * What the engine input includes besides the performed history: the planned sessions of the forecast horizon, the
 * recovery signals of the readiness baseline, and whether the engine adds the end-of-day muscle series.
 *
 * @example
 * ```ts
 * const include: FatigueInputInclude = { forecast: true, readiness: true, muscleSeries: false };
 * ```
 */
export interface FatigueInputInclude {
  /** Planned sessions from the as-of day through the config's forecast horizon (default true). */
  readonly forecast?: boolean;
  /** Recovery signals of the readiness baseline window (default true). */
  readonly readiness?: boolean;
  /** Ask the engine for the end-of-day muscle series (`muscle_series`; default false). */
  readonly muscleSeries?: boolean;
}

/**
 * What a fatigue report includes besides the performed history: the forecast from planned sessions, readiness from
 * recovery signals, the end-of-day muscle series, and the per-session attribution of every channel.
 *
 * @example
 * ```ts
 * const include: FatigueReportInclude = { forecast: false, attribution: true };
 * ```
 */
export interface FatigueReportInclude extends FatigueInputInclude {
  /** `attribution`: which sessions make up each channel (default true; `null` in the report when false). */
  readonly attribution?: boolean;
}

/**
 * Options of `trainkit.fatigue.report` and `trainkit.fatigue.input`.
 *
 * @example
 * ```ts
 * const options: FatigueReportOptions = { userId: 'u1', asOf: '2024-06-12', include: { forecast: true } };
 * ```
 */
export interface FatigueReportOptions {
  /** The user (`users.id`); an unknown one is a `NotFoundError`. */
  readonly userId: string;
  /** When for; default: the facade's clock. A local date means the end of that day in the user's zone. */
  readonly asOf?: FatigueAsOf;
  /** Optional parts (all but `muscleSeries` on by default). */
  readonly include?: FatigueReportInclude;
}

/**
 * Options of `trainkit.fatigue.refreshState`.
 *
 * @example
 * ```ts
 * const options: FatigueStateRefreshOptions = { userId: 'u1', asOf: '2024-06-12T20:00:00Z' };
 * ```
 */
export interface FatigueStateRefreshOptions {
  /** The user (`users.id`). */
  readonly userId: string;
  /** Up to when; default: the facade's clock. A local date means the end of that day in the user's zone. */
  readonly asOf?: FatigueAsOf;
}
