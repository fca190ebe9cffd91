/**
 * Options of the Garmin summary normalizers.
 *
 * @example
 * ```ts
 * const options: GarminNormalizeOptions = { garminUserId: '4aacafe82427c251df9c9592d0c06768' };
 * normalizeGarminActivities(pushBody, options);
 * ```
 */
export interface GarminNormalizeOptions {
  /**
   * The Garmin `userId` of the athlete being ingested. Garmin batches can mix users: when this is given, a summary
   * whose `userId` is another user's is skipped (with the reason), never attributed to this athlete. Summaries without
   * a `userId` (pull responses) are kept.
   */
  readonly garminUserId?: string;
}
