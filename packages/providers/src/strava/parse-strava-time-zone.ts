import { validTimeZone } from '../internal/time.js';

/**
 * The IANA zone inside a Strava `timezone` label (`"(GMT-08:00) America/Los_Angeles"`): the text after `") "`, when it
 * is a zone this runtime knows; `null` otherwise. The `GMT` offset of the label is the zone's standard offset even in
 * summer, so it is never used; take the offset from `utc_offset` instead.
 *
 * @example
 * ```ts
 * parseStravaTimeZone('(GMT-08:00) America/Los_Angeles'); // 'America/Los_Angeles'
 * parseStravaTimeZone('(GMT+00:00) Not/AZone'); // null
 * ```
 */
export function parseStravaTimeZone(label: string | null | undefined): string | null {
  if (typeof label !== 'string') return null;
  const index = label.indexOf(') ');
  const zone = (index >= 0 ? label.slice(index + 2) : label).trim();
  return zone.length === 0 ? null : validTimeZone(zone);
}
