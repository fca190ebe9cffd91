import type { ActivityInstanceLinkId } from '../ids/entity-ids.js';
import type { ActivityInstanceLinkInsert, ActivityInstanceLinkRow } from '../schema/activity-instance-link.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`activity_instance_links\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.activityInstanceLinks.list(userId, { where: { link_kind: 'duplicate' } });
 * ```
 */
export type ActivityInstanceLinkRepository = UserScopedRepository<ActivityInstanceLinkRow, ActivityInstanceLinkId, ActivityInstanceLinkInsert>;
