/**
 * Folds a free-text name to a comparison key: Unicode compatibility form without diacritics, lower case, and only
 * the letters and digits kept. `'Hiking/Rucking'`, `'hiking_rucking'` and `' HIKING rucking '` all give
 * `'hikingrucking'`; `'TrailRun'`, `'trail_run'` and `'TRAIL RUN'` give `'trailrun'`.
 *
 * @example
 * ```ts
 * normalizeVocabularyKey('Jiu-Jitsu'); // 'jiujitsu'
 * normalizeVocabularyKey('HKWorkoutActivityTypeRunning'); // 'hkworkoutactivitytyperunning'
 * ```
 */
export function normalizeVocabularyKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
