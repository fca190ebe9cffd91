/**
 * Object keys whose values are secrets in a log line: `Authorization` headers, access/refresh tokens, client secrets,
 * OAuth codes, passwords, cookies and signatures (matched anywhere in the key, any case).
 *
 * @example
 * ```ts
 * SECRET_KEY_PATTERN.test('refresh_token'); // true
 * ```
 */
export const SECRET_KEY_PATTERN = /authorization|token|secret|code|password|cookie|signature/i;

/**
 * What a redacted value is replaced with.
 *
 * @example
 * ```ts
 * redactSecrets({ access_token: 'abc' }); // { access_token: '[redacted]' }
 * ```
 */
export const REDACTED = '[redacted]';

const MAX_DEPTH = 32;

/** `Bearer <x>` / `Basic <x>` credentials anywhere in a string. */
const CREDENTIAL_IN_TEXT = /\b(Bearer|Basic)(\s+)[^\s"'`,;]+/gi;
/** `access_token=<x>`, `code=<x>`, `client_secret=<x>`... in query strings and form bodies. */
const SECRET_PARAMETER_IN_TEXT = /\b([A-Za-z_]*(?:token|secret|code|password|signature)[A-Za-z_]*)=([^&\s"'`,;]+)/gi;

function redactText(text: string): string {
  return text.replace(CREDENTIAL_IN_TEXT, `$1$2${REDACTED}`).replace(SECRET_PARAMETER_IN_TEXT, `$1=${REDACTED}`);
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
    return value;
  }
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof URL) return redactText(value.toString());
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) return REDACTED;
    if (value instanceof Headers) {
      const headers: Record<string, unknown> = {};
      value.forEach((headerValue, name) => {
        headers[name] = SECRET_KEY_PATTERN.test(name) ? REDACTED : redactText(headerValue);
      });
      return headers;
    }
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
    if (value instanceof Map) {
      const entries: Record<string, unknown> = {};
      for (const [key, item] of value) {
        const name = String(key);
        entries[name] = SECRET_KEY_PATTERN.test(name) ? REDACTED : redactValue(item, depth + 1, seen);
      }
      return entries;
    }
    const out: Record<string, unknown> = {};
    if (value instanceof Error) {
      out['name'] = value.name;
      out['message'] = redactText(value.message);
      if (value.cause !== undefined) out['cause'] = redactValue(value.cause, depth + 1, seen);
    }
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY_PATTERN.test(key) ? REDACTED : redactValue(item, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * Returns a copy of `value` that is safe to log: the value of every key matching {@link SECRET_KEY_PATTERN}
 * (`authorization`, `access_token`, `clientSecret`, `code`, `password`, `cookie`, `x-whoop-signature`, ...) becomes
 * `'[redacted]'`, and inside every string `Bearer <x>` / `Basic <x>` credentials and `token=`/`code=`/`secret=`
 * parameters are masked. Walks arrays, plain objects, `Headers`, `Map`s and `Error`s (name, message, cause, own
 * fields); dates become ISO strings, byte arrays are redacted, cycles become `'[circular]'`. The input is not changed.
 *
 * @example
 * ```ts
 * redactSecrets({ headers: { Authorization: 'Bearer abc' }, note: 'sent Bearer abc', page: 2 });
 * // { headers: { Authorization: '[redacted]' }, note: 'sent Bearer [redacted]', page: 2 }
 * ```
 */
export function redactSecrets(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}
