import { runStorageContractTests } from '../run-storage-contract-tests.js';
import { sqliteFileHarness, sqliteMemoryHarness } from './kysely-harnesses.js';

runStorageContractTests(sqliteFileHarness());
runStorageContractTests(sqliteMemoryHarness());
