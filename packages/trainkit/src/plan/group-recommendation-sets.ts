import type { RecommendationRow } from '@trainkit/core';
import { RecommendationSetMarkerSchema, type RecommendationSet } from './recommendation-set-schema.js';

/**
 * Internal: the recommendation sets of one planned session, oldest first. Rows carrying a set marker
 * (`payload_json.set`) group by its sequence, ordered by index; rows without one form sets of sequence 0, one per
 * `created_at`, before every marked set.
 */
export function groupRecommendationSets(rows: readonly RecommendationRow[]): RecommendationSet[] {
  const groups = new Map<string, { sequence: number; fingerprint: string | null; rows: { row: RecommendationRow; index: number }[] }>();
  for (const row of rows) {
    const payload = row.payload_json;
    const raw = payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>).set : undefined;
    const marker = RecommendationSetMarkerSchema.safeParse(raw);
    const key = marker.success ? `s:${String(marker.data.sequence).padStart(12, '0')}` : `l:${row.created_at}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { sequence: marker.success ? marker.data.sequence : 0, fingerprint: marker.success ? marker.data.fingerprint : null, rows: [] };
      groups.set(key, group);
    }
    group.rows.push({ row, index: marker.success ? marker.data.index : group.rows.length });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => {
      const ordered = group.rows.sort((a, b) => a.index - b.index || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)).map((entry) => entry.row);
      return {
        sequence: group.sequence,
        fingerprint: group.fingerprint,
        as_of: ordered[0]!.as_of,
        created_at: ordered[0]!.created_at,
        recommendations: ordered,
      };
    });
}
