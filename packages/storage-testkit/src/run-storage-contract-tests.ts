import { describe } from 'vitest';
import { describeDeleteWhereContract } from './contract/delete-where-contract.js';
import { describeIngestionRecordsContract } from './contract/ingestion-records-contract.js';
import { describeMigrationContract } from './contract/migration-contract.js';
import { describeRawLakeContract } from './contract/raw-lake-contract.js';
import { describeRoundTripContract } from './contract/round-trip-contract.js';
import { describeTypedErrorsContract } from './contract/typed-errors-contract.js';
import { describeUnitOfWorkContract } from './contract/unit-of-work-contract.js';
import { describeUserIsolationContract } from './contract/user-isolation-contract.js';
import { describeWebhookDeliveriesContract } from './contract/webhook-deliveries-contract.js';
import type { StorageContractOptions } from './storage-contract-options.js';

/**
 * Registers the trainkit storage contract as vitest `describe` / `it` blocks, for one adapter configuration. Call it
 * at the top level of a test file, once per database (kysely's "one suite, every dialect"):
 *
 * 1. **round trip** of every table in the registry: realistic, fully populated fixtures come back exactly
 *    (instants to the millisecond, JSON, unicode, `null`s), through `insert`, `get`, `find`, `list`, the domain reads
 *    and `update`; a test fails when a registry table has no fixture;
 * 2. **user isolation** as a fast-check property over random multi-user data: every read for one user (get, find,
 *    list, domain reads, analytics, categorical values) returns exactly that user's rows; other users' ids are not
 *    found, cannot be updated or deleted; deleting a user removes their rows only;
 * 3. **typed errors**: `ConflictError` (`unique` / `foreign_key`, naming the table; a foreign key conflict names the
 *    broken foreign key in `foreignKey` and its message), `NotFoundError` (table and key),
 *    `ValidationError` (field and rule) with nothing written;
 * 4. **unit of work**: all-or-nothing transactions and batch writes;
 * 5. **raw lake**: `upsertByExternalId` / `upsertManyByExternalId` write nothing for the same content hash, archive
 *    the stored version and bump the revision for another, agree with each other (property), are atomic and per user;
 *    `deleteWhere` on every repository (filters like `list`, one user, refuses an empty filter); dedup candidates
 *    (`listOverlapping`), daily totals keyed by (user, provider, day, metric), run failures and merge decisions;
 *    webhook deliveries: one per (provider, delivery_key) across users (a duplicate is a unique `ConflictError`),
 *    `findByKey` and `listPending` (oldest first, property) across users, cascade with the user, run set to null;
 * 6. **migrations**: status and reports, and with the `introspectSchema` capability: the schema matches the registry,
 *    up / down to zero / up gives an identical schema, and every step's `down` works.
 *
 * Every test gets its own storage from `options.createStorage()` and destroys it afterwards. With `options.skip` set
 * every test is still registered and reported skipped, with the reason in the suite title.
 *
 * @param options - How to create and destroy storages, and what the adapter can do.
 *
 * @example
 * ```ts
 * // packages/my-adapter/src/contract.test.ts
 * import { runStorageContractTests } from '@trainkit/storage-testkit';
 * import { createMyStorage } from './index.js';
 *
 * runStorageContractTests({
 *   name: 'my adapter (in memory)',
 *   createStorage: () => createMyStorage({ url: ':memory:' }),
 * });
 * ```
 */
export function runStorageContractTests(options: StorageContractOptions): void {
  const title = options.skip ? `${options.name} (skipped: ${options.skip})` : options.name;
  describe.skipIf(Boolean(options.skip))(`storage contract: ${title}`, () => {
    describeRoundTripContract(options);
    describeUserIsolationContract(options);
    describeTypedErrorsContract(options);
    describeUnitOfWorkContract(options);
    describeRawLakeContract(options);
    describeDeleteWhereContract(options);
    describeIngestionRecordsContract(options);
    describeWebhookDeliveriesContract(options);
    describeMigrationContract(options);
  });
}
