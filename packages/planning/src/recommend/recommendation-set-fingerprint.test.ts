import { describe, expect, it } from 'vitest';
import { catalogProgressionGraph } from '../scaling/catalog-progression-graph.js';
import { AS_OF, catalogMovementMaps, fatigueReportFor, plannedSession } from '../test-support/planning-fixtures.js';
import type { RecommendationDraft } from './recommendation-draft-schema.js';
import { recommendationSetFingerprint } from './recommendation-set-fingerprint.js';
import { recommendSessions } from './recommend-sessions.js';

describe('recommendationSetFingerprint', () => {
  const drafts = recommendSessions({
    asOf: AS_OF,
    sessions: [plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100]])],
    fatigueReport: fatigueReportFor([]),
    goals: [],
    graph: catalogProgressionGraph(),
    muscleMaps: catalogMovementMaps(),
    ingestionRunIds: ['run_1'],
  });

  it('ignores the instants computed for, and changes with anything stored', () => {
    const fingerprint = recommendationSetFingerprint(drafts);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const later: RecommendationDraft[] = drafts.map((draft) => ({
      ...draft,
      as_of: '2024-06-12T09:00:00.000Z' as RecommendationDraft['as_of'],
      payload: { ...draft.payload, basis: { ...(draft.payload.basis as object), fatigue: { ...((draft.payload.basis as { fatigue: object }).fatigue), as_of: '2024-06-12T09:00:00.000Z' } } },
    }));
    expect(recommendationSetFingerprint(later)).toBe(fingerprint);
    const otherRun = drafts.map((draft) => ({ ...draft, provenance: { ...draft.provenance, ingestion_run_ids: ['run_2'] } }));
    expect(recommendationSetFingerprint(otherRun)).not.toBe(fingerprint);
    const otherText = drafts.map((draft) => ({ ...draft, explanation: `${draft.explanation}!` }));
    expect(recommendationSetFingerprint(otherText)).not.toBe(fingerprint);
    expect(recommendationSetFingerprint([])).not.toBe(fingerprint);
  });
});
