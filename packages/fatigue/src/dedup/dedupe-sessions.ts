/**
 * What duplicate detection reads of a session.
 *
 * @example
 * ```ts
 * const candidate: DedupCandidate = { id: 's1', startMs: 0, endMs: 3_600_000, family: 'running',
 *   provider: 'garmin', externalId: '123', priority: 30, methodRank: 2 };
 * ```
 */
export interface DedupCandidate {
  /** Session id. */
  readonly id: string;
  /** Start, epoch ms. */
  readonly startMs: number;
  /** End, epoch ms. */
  readonly endMs: number;
  /** Sport family (same family is required for a fuzzy match). */
  readonly family: string;
  /** Source provider, if known. */
  readonly provider: string | null;
  /** Id at the provider, if known. */
  readonly externalId: string | null;
  /** Higher wins. */
  readonly priority: number;
  /** Index of the session's load method in the ladder (lower, i.e. more precise, wins ties). */
  readonly methodRank: number;
}

/**
 * Dedup thresholds (config `dedup`).
 *
 * @example
 * ```ts
 * const options: DedupOptions = { maxStartDiffSeconds: 300, minOverlapRatio: 0.8 };
 * ```
 */
export interface DedupOptions {
  /** Largest start difference of a fuzzy match, seconds. */
  readonly maxStartDiffSeconds: number;
  /** Smallest overlap, as a fraction of the longer session, of a fuzzy match. */
  readonly minOverlapRatio: number;
}

/**
 * One excluded duplicate: its id, the kept session it duplicates and the rule that matched.
 *
 * @example
 * ```ts
 * const exclusion: DuplicateExclusion = { id: 's3', duplicate_of: 's1', rule: 'overlap>=0.8,start<=300s' };
 * ```
 */
export interface DuplicateExclusion {
  /** The excluded session. */
  readonly id: string;
  /** The kept session it duplicates. */
  readonly duplicate_of: string;
  /** `same_id`, `same_source_id` or `overlap>=R,start<=Ss`. */
  readonly rule: string;
}

/** Internal: lookup structures of a candidate set. */
export interface DedupIndex<T extends DedupCandidate> {
  /** Candidates sorted by start, then id. */
  readonly byStart: readonly T[];
  /** Candidates by `provider\u0000externalId` and by `\u0001id`. */
  readonly byKey: ReadonlyMap<string, readonly T[]>;
}

function sourceKey(candidate: DedupCandidate): string | null {
  return candidate.provider !== null && candidate.externalId !== null
    ? `${candidate.provider}\u0000${candidate.externalId}`
    : null;
}

/** Internal: canonical order of sessions, by start then id. */
export function compareByStart(a: DedupCandidate, b: DedupCandidate): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareByRank(a: DedupCandidate, b: DedupCandidate): number {
  return (
    b.priority - a.priority ||
    a.methodRank - b.methodRank ||
    a.startMs - b.startMs ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Internal: the rule by which two sessions are the same real-world session, or null. */
export function duplicateRule(a: DedupCandidate, b: DedupCandidate, options: DedupOptions): string | null {
  if (a.id === b.id) return 'same_id';
  const keyA = sourceKey(a);
  if (keyA !== null && keyA === sourceKey(b)) return 'same_source_id';
  if (a.family !== b.family) return null;
  if (a.provider !== null && b.provider !== null && a.provider === b.provider) return null;
  if (Math.abs(a.startMs - b.startMs) > options.maxStartDiffSeconds * 1000) return null;
  const longest = Math.max(a.endMs - a.startMs, b.endMs - b.startMs);
  const overlap = Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
  const ratio = longest <= 0 ? 1 : overlap / longest;
  return ratio >= options.minOverlapRatio ? `overlap>=${options.minOverlapRatio},start<=${options.maxStartDiffSeconds}s` : null;
}

/**
 * Internal: builds the lookup structures. `indexIds: false` leaves out the same-id groups, for callers whose ids are
 * already unique (the engine collapses repeated ids before dedup).
 */
export function buildDedupIndex<T extends DedupCandidate>(candidates: readonly T[], indexIds = true): DedupIndex<T> {
  const byStart = [...candidates].sort(compareByStart);
  const byKey = new Map<string, T[]>();
  const addKey = (key: string, candidate: T) => {
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [candidate]);
    else group.push(candidate);
  };
  for (const candidate of byStart) {
    const key = sourceKey(candidate);
    if (key !== null) addKey(key, candidate);
    if (indexIds) addKey(`\u0001${candidate.id}`, candidate);
  }
  return { byStart, byKey };
}

/** Internal: index of the first candidate whose start is >= `startMs`. */
export function lowerBoundByStart(byStart: readonly DedupCandidate[], startMs: number): number {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byStart[middle]!.startMs < startMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

function neighbours<T extends DedupCandidate>(candidate: T, index: DedupIndex<T>, options: DedupOptions): T[] {
  const found: T[] = [];
  const key = sourceKey(candidate);
  if (key !== null) for (const other of index.byKey.get(key) ?? []) if (other !== candidate) found.push(other);
  for (const other of index.byKey.get(`\u0001${candidate.id}`) ?? []) if (other !== candidate) found.push(other);
  const windowMs = options.maxStartDiffSeconds * 1000;
  for (let position = lowerBoundByStart(index.byStart, candidate.startMs - windowMs); position < index.byStart.length; position += 1) {
    const other = index.byStart[position]!;
    if (other.startMs > candidate.startMs + windowMs) break;
    if (other !== candidate && duplicateRule(candidate, other, options) !== null) found.push(other);
  }
  return found;
}

/**
 * Internal: the connected components (under {@link duplicateRule}) that contain the seeds. Sessions in different
 * components never affect each other's dedup outcome, so re-resolving these components is exact.
 */
export function componentsOf<T extends DedupCandidate>(
  seeds: readonly T[],
  index: DedupIndex<T>,
  options: DedupOptions,
  visited: Set<T> = new Set<T>(),
): T[][] {
  const components: T[][] = [];
  for (const seed of seeds) {
    if (visited.has(seed)) continue;
    visited.add(seed);
    const component: T[] = [seed];
    for (let cursor = 0; cursor < component.length; cursor += 1) {
      for (const next of neighbours(component[cursor]!, index, options)) {
        if (visited.has(next)) continue;
        visited.add(next);
        component.push(next);
      }
    }
    components.push(component);
  }
  return components;
}

/**
 * Internal: greedy resolution of one component in rank order (priority desc, then more precise load method, then
 * earlier start, then id): a session is excluded when it matches an already kept one, else kept.
 */
export function resolveComponent<T extends DedupCandidate>(
  component: readonly T[],
  options: DedupOptions,
): { kept: T[]; excluded: Array<{ candidate: T; exclusion: DuplicateExclusion }> } {
  if (component.length === 1) return { kept: [component[0]!], excluded: [] };
  const ranked = component
    .map((candidate, position) => ({ candidate, position }))
    .sort((a, b) => compareByRank(a.candidate, b.candidate) || a.position - b.position);
  const kept: T[] = [];
  const excluded: Array<{ candidate: T; exclusion: DuplicateExclusion }> = [];
  for (const { candidate } of ranked) {
    let match: { master: T; rule: string } | null = null;
    for (const master of kept) {
      const rule = duplicateRule(master, candidate, options);
      if (rule !== null) {
        match = { master, rule };
        break;
      }
    }
    if (match === null) kept.push(candidate);
    else excluded.push({ candidate, exclusion: { id: candidate.id, duplicate_of: match.master.id, rule: match.rule } });
  }
  return { kept, excluded };
}

/**
 * Removes duplicate sessions (fatigue.md §4 pitfall 7): same id, same (provider, external id), or a fuzzy match of a
 * different source (same sport family, starts within `maxStartDiffSeconds`, overlap >= `minOverlapRatio` of the
 * longer session; overlap, not "same day", so genuine AM/PM doubles stay). Among duplicates the highest priority wins,
 * then the more precise load method, the earlier start, the smaller id. Idempotent and order-independent: the
 * result depends only on the set of sessions.
 *
 * @example
 * ```ts
 * const { kept, excluded } = dedupeSessions(candidates, { maxStartDiffSeconds: 300, minOverlapRatio: 0.8 });
 * excluded[0]; // { id: 'strava_9', duplicate_of: 'garmin_1', rule: 'overlap>=0.8,start<=300s' }
 * ```
 */
export function dedupeSessions<T extends DedupCandidate>(
  candidates: readonly T[],
  options: DedupOptions,
): { kept: T[]; excluded: DuplicateExclusion[] } {
  const index = buildDedupIndex(candidates);
  const kept: T[] = [];
  const excluded: DuplicateExclusion[] = [];
  for (const component of componentsOf(index.byStart, index, options)) {
    const resolved = resolveComponent(component, options);
    kept.push(...resolved.kept);
    for (const entry of resolved.excluded) excluded.push(entry.exclusion);
  }
  kept.sort(compareByStart);
  excluded.sort(
    (a, b) =>
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.duplicate_of < b.duplicate_of ? -1 : a.duplicate_of > b.duplicate_of ? 1 : 0),
  );
  return { kept, excluded };
}
