import type { StorageContractOptions } from '../storage-contract-options.js';

/** Runs per property test: the option, else `TRAINKIT_PROPERTY_RUNS`, else 12. */
export function propertyRuns(options: StorageContractOptions): number {
  if (options.propertyRuns !== undefined) return options.propertyRuns;
  const fromEnvironment = Number(process.env['TRAINKIT_PROPERTY_RUNS']);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : 12;
}
