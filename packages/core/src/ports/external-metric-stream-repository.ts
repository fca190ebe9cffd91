import type { ExternalMetricStreamId } from '../ids/entity-ids.js';
import type { ExternalMetricStreamInsert, ExternalMetricStreamRow } from '../schema/external-metric-stream.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`external_metric_streams\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.externalMetricStreams.list(userId, { where: { external_activity_record_id: recordId } });
 * ```
 */
export type ExternalMetricStreamRepository = UserScopedRepository<ExternalMetricStreamRow, ExternalMetricStreamId, ExternalMetricStreamInsert>;
