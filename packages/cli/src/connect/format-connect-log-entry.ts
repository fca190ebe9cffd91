import type { ConnectLogEntry } from 'trainkit';

/**
 * One connect log entry (already redacted by the connect runtime: no token, code or secret) as the line
 * `--verbose` writes to stderr: `info: strava u1: page stored {"resource":"activities","page":2}`.
 *
 * @example
 * ```ts
 * formatConnectLogEntry({ level: 'debug', message: 'GET /athlete/activities', provider: 'strava' }); // 'debug: strava: GET /athlete/activities'
 * ```
 */
export function formatConnectLogEntry(entry: ConnectLogEntry): string {
  const who = [entry.provider, entry.userId].filter((part) => part !== undefined).join(' ');
  const fields = entry.fields === undefined || Object.keys(entry.fields).length === 0 ? '' : ` ${JSON.stringify(entry.fields)}`;
  return `${entry.level}: ${who === '' ? '' : `${who}: `}${entry.message.split(/[\r\n]/)[0] ?? ''}${fields}`;
}
