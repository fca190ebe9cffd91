import { runStorageContractTests } from '../run-storage-contract-tests.js';
import { pgliteHarness } from './kysely-harnesses.js';

runStorageContractTests(pgliteHarness());
