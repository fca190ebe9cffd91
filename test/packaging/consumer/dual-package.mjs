// Run inside a consumer project (test/packaging): a host that both `require()`s and `import`s trainkit loads the
// CommonJS and the ESM build of @trainkit/core, two sets of classes (the dual-package hazard). Prints one JSON
// object of checks, each of which must be true.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cjs = require('@trainkit/core');
const esm = await import('@trainkit/core');

const fromCjs = new cjs.ValidationError('strength log', [{ path: 'reps', message: 'Too small', rule: 'too_small' }]);
const fromEsm = new esm.NotFoundError('users', 'athlete_1');

console.log(JSON.stringify({
  twoCopiesLoaded: cjs.ValidationError !== esm.ValidationError && cjs.TrainkitError !== esm.TrainkitError,
  cjsErrorIsInstanceOfEsmClass: fromCjs instanceof esm.ValidationError && fromCjs instanceof esm.TrainkitError,
  esmErrorIsInstanceOfCjsClass: fromEsm instanceof cjs.NotFoundError && fromEsm instanceof cjs.TrainkitError,
  otherClassesDoNotMatch: !(fromCjs instanceof esm.NotFoundError) && !(fromEsm instanceof cjs.ValidationError),
  isTrainkitErrorAcrossCopies: esm.isTrainkitError(fromCjs, 'VALIDATION_FAILED') && cjs.isTrainkitError(fromEsm, 'NOT_FOUND'),
  namesKept: fromCjs.name === 'ValidationError' && fromEsm.name === 'NotFoundError',
}));
