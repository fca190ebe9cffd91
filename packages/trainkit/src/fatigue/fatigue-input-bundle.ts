import type { ComputeFatigueInput } from '@trainkit/fatigue';
import type { FatigueInputSources } from './fatigue-input-sources-schema.js';

/**
 * The engine input the facade builds from storage, and where it came from: pass `input` to `computeFatigue` (or
 * `buildFatigueState`, `explain`) to get exactly the engine part of `trainkit.fatigue.report`.
 *
 * `sources.ingestion_run_ids` here lists the runs of every activity given (with the records merged into it) and of the
 * recovery signals; the report narrows the activities to those the engine used.
 *
 * @example
 * ```ts
 * const { input, sources } = await trainkit.fatigue.input({ userId: 'u1', asOf: '2024-06-12' });
 * const report = computeFatigue(input);
 * ```
 */
export interface FatigueInputBundle {
  /** The engine input: sessions, planned sessions, recovery signals, profile, `asOf`, muscle maps, config. */
  readonly input: ComputeFatigueInput;
  /** The facade's provenance of that input. */
  readonly sources: FatigueInputSources;
}
