import { inject } from 'vitest';
import { runStorageContractTests } from '../run-storage-contract-tests.js';
import { postgresHarness } from './kysely-harnesses.js';

runStorageContractTests(postgresHarness(inject('postgresUrl')));
