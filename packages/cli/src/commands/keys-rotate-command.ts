import { defineCommand } from '../cli-command.js';
import { withConnections } from '../connect/with-connections.js';

/**
 * `trainkit keys rotate`: re-encrypts every stored provider token under the active key. Set the new key as
 * `TRAINKIT_ENCRYPTION_KEY` and the old one(s) in `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS` (comma-separated), run it,
 * then drop the old keys. Idempotent: tokens already under the active key are left as they are.
 *
 * @example
 * ```ts
 * await runCli(['keys', 'rotate'], { ...io, env: { TRAINKIT_ENCRYPTION_KEY: next, TRAINKIT_PREVIOUS_ENCRYPTION_KEYS: previous } });
 * ```
 */
export const keysRotateCommand = defineCommand({
  path: ['keys', 'rotate'],
  summary: 'Re-encrypt every stored provider token under the active TRAINKIT_ENCRYPTION_KEY',
  description:
    'After setting a new TRAINKIT_ENCRYPTION_KEY, put the previous key(s) in TRAINKIT_PREVIOUS_ENCRYPTION_KEYS\n' +
    '(comma-separated) and run this: every account\'s tokens are decrypted with the key they were sealed with and\n' +
    'sealed again with the active one. Then the previous keys can be dropped. Running it again changes nothing.',
  options: {},
  usesDatabase: true,
  printsData: true,
  examples: ['keys rotate', 'keys rotate --json'],
  run: async ({ common, io }) =>
    withConnections(common, io, {}, async ({ connections }) => {
      const result = await connections.rotateKeys();
      if (common.json) {
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      io.stdout.write(`re-encrypted the tokens of ${result.rotated} of ${result.accounts} accounts under the active key\n`);
      return 0;
    }),
});
