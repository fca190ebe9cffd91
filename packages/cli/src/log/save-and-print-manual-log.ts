import type { ManualLog } from '@trainkit/core';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { withStorage } from '../storage/open-storage.js';
import { describeManualLog } from './describe-manual-log.js';
import { saveManualLog } from './save-manual-log.js';

/**
 * The end of every `trainkit log ...` command: migrate, write the log in one transaction, note a user created on
 * first use (stderr), and print the log: one line, or the rows with `--json`.
 *
 * @example
 * ```ts
 * return saveAndPrintManualLog(log, { common, io, kind: 'cardio', what: 'Running' });
 * ```
 */
export async function saveAndPrintManualLog(
  log: ManualLog,
  options: { readonly common: CommonOptions; readonly io: CliIo; readonly kind: string; readonly what: string; readonly details?: readonly string[] },
): Promise<number> {
  const { common, io } = options;
  const { createdUser } = await withStorage(common, io, { migrate: true }, (storage) =>
    saveManualLog(storage, log, log.activityInstance.created_at),
  );
  if (createdUser) io.stderr.write(`note: created user '${log.activityInstance.user_id}'\n`);
  io.stdout.write(common.json ? `${JSON.stringify(log, null, 2)}\n` : `${describeManualLog(options.kind, options.what, log, options.details)}\n`);
  return 0;
}
