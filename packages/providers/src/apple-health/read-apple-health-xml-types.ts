/**
 * A workout's route file, as its `WorkoutRoute` references it: the file's path inside the export
 * (`/workout-routes/route_2025-05-03_7.12am.gpx`) and the external id of the workout it belongs to, to pass to
 * `normalizeAppleHealthRoute` with the GPX text.
 *
 * @example
 * ```ts
 * const route: AppleHealthRouteReference = { path: '/workout-routes/route_2025-05-03_7.12am.gpx', workoutExternalId: 'workout:3f0c9a1b2c3d4e5f' };
 * ```
 */
export interface AppleHealthRouteReference {
  readonly path: string;
  readonly workoutExternalId: string;
}

/**
 * What {@link readAppleHealthXml} read and left out, reported once at the end (`onSummary`).
 *
 * @example
 * ```ts
 * function line(summary: AppleHealthReadSummary) {
 *   return `${summary.elements.Record ?? 0} records, ${summary.illegalCharactersRemoved} control characters removed`;
 * }
 * ```
 */
export interface AppleHealthReadSummary {
  /** `ExportDate`'s value as written (`2025-05-11 09:14:22 -0700`), when present. */
  readonly exportDate: string | null;
  /** `HealthData`'s `locale` (`en_US`). */
  readonly locale: string | null;
  /** The `HealthKit Export Version` named in the DTD comment (`14`; iOS 16 wrote `12`). */
  readonly exportVersion: string | null;
  /** True when the DOCTYPE (with its internal DTD, broken in iOS 16 exports) was removed before parsing. */
  readonly doctypeRemoved: boolean;
  /** Characters not allowed in XML (`\x0b`, ...) that were removed. */
  readonly illegalCharactersRemoved: number;
  /** Characters of text read (after decoding). */
  readonly charactersRead: number;
  /** Elements under `HealthData`, counted by name (`Record`, `Workout`, ...). */
  readonly elements: Readonly<Record<string, number>>;
  /** Raw records produced, by resource (`record`, `workout`, `daily_total`, ...). */
  readonly rawRecords: Readonly<Record<string, number>>;
  /** Record groups of one (type, source, day) that had to be split because records of a closed group came late. */
  readonly continuationParts: number;
  /** Route files referenced by workouts. */
  readonly routesReferenced: number;
  /** Skipped elements and records, counted by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Failures, counted by code. */
  readonly failures: Readonly<Record<string, number>>;
  /** XML errors the parser reported (each also a failure while fewer than 100; reading stops after 100). */
  readonly xmlErrors: number;
  /** True when reading stopped early (too many XML errors, not an Apple Health export, a read error). */
  readonly stoppedEarly: boolean;
}

/**
 * Options of {@link readAppleHealthXml}. The defaults keep a few tens of megabytes in memory whatever the size of
 * the export.
 *
 * @example
 * ```ts
 * const options: ReadAppleHealthXmlOptions = { batchSize: 2_000, onSummary: (summary) => console.log(summary.elements) };
 * ```
 */
export interface ReadAppleHealthXmlOptions {
  /**
   * Elements per yielded batch: a batch is yielded once the records, workouts and other elements it holds reach this
   * number (a record group counts its records). Default 1,000.
   */
  readonly batchSize?: number;
  /**
   * Records held in open (type, source, day) groups before the least recently used groups (all but the one just
   * written to) are closed. Default 2,000. A record that arrives for a group already closed starts a continuation
   * part (`…:part2`), which happens only when the records of one day lie far apart in the file.
   */
  readonly maxOpenRecords?: number;
  /** Records of one group after which it is closed (and a later record starts a continuation part). Default 20,000. */
  readonly maxGroupRecords?: number;
  /** Called for every route file a workout references (in document order). */
  readonly onRoute?: (route: AppleHealthRouteReference) => void;
  /** Called once, after the last batch, with what was read and left out. */
  readonly onSummary?: (summary: AppleHealthReadSummary) => void;
}
