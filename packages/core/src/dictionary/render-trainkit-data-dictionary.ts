import { OPEN_CATEGORICAL_FIELDS } from '../categorical/open-categorical-fields.js';
import { TABLES } from '../schema/table-registry.js';
import { WORKOUT_LOGS_VIEW } from '../schema/workout-logs-view.js';
import { renderDataDictionary } from './render-data-dictionary.js';

/**
 * The trainkit data dictionary: {@link renderDataDictionary} over `TABLES`, the `workout_logs` view and
 * `OPEN_CATEGORICAL_FIELDS`. `pnpm docs:dictionary` writes it to `docs/data-dictionary.md`; a test fails when that
 * file is stale.
 *
 * @example
 * ```ts
 * writeFileSync('docs/data-dictionary.md', renderTrainkitDataDictionary());
 * ```
 */
export function renderTrainkitDataDictionary(): string {
  return renderDataDictionary(TABLES, { views: [WORKOUT_LOGS_VIEW], openCategoricalFields: OPEN_CATEGORICAL_FIELDS });
}
