/** A date as `fitJson` writes it (`Date.prototype.toISOString`): `2024-06-12T14:01:12.000Z`, or a six-digit year. */
const FIT_JSON_DATE = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The epoch milliseconds of a FIT date as the decoded messages keep it in JSON (an ISO-8601 UTC string, see
 * `fitJson`), or `NaN` for anything else (absent, `null`, a number, another string).
 */
export function fitTimeMs(value: unknown): number {
  return typeof value === 'string' && FIT_JSON_DATE.test(value) ? Date.parse(value) : Number.NaN;
}
