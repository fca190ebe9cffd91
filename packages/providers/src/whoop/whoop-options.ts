/**
 * Options of the WHOOP normalizers.
 *
 * @example
 * ```ts
 * const options: WhoopNormalizeOptions = { timeZone: 'Europe/Berlin' };
 * normalizeWhoopRecoveries(page, options);
 * ```
 */
export interface WhoopNormalizeOptions {
  /**
   * The user's IANA zone, used for the local day of records that carry no offset of their own (recoveries). Without
   * it such records are dated in UTC, with an `unknown_time_zone` warning.
   */
  readonly timeZone?: string;
}
