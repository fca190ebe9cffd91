import { canonicalJson, sha256Hex } from '@trainkit/fatigue';
import type { RecommendationDraft } from './recommendation-draft-schema.js';

/**
 * SHA-256 of the canonical JSON of a set of drafts (in order): their session, kind, payload, explanation and
 * provenance, without the instants they were computed for (`as_of`, and `payload.basis.fatigue.as_of`). Two calls
 * that would store the same recommendations give the same fingerprint even when the clock moved; any change of a
 * decision, a number read, a goal revision, the heuristics or the ingestion runs changes it.
 *
 * @example
 * ```ts
 * const fingerprint = recommendationSetFingerprint(recommendSessions(input).filter((draft) => draft.planned_session_id === 'ps1'));
 * ```
 */
export function recommendationSetFingerprint(drafts: readonly RecommendationDraft[]): string {
  return sha256Hex(
    canonicalJson(
      drafts.map((draft) => {
        const { as_of: _asOf, ...rest } = draft;
        const payload = { ...draft.payload } as Record<string, unknown>;
        const basis = payload.basis;
        if (basis !== null && typeof basis === 'object' && !Array.isArray(basis)) {
          const fatigue = (basis as Record<string, unknown>).fatigue;
          if (fatigue !== null && typeof fatigue === 'object' && !Array.isArray(fatigue)) {
            const { as_of: _fatigueAsOf, ...fatigueRest } = fatigue as Record<string, unknown>;
            payload.basis = { ...(basis as Record<string, unknown>), fatigue: fatigueRest };
          }
        }
        return { ...rest, payload };
      }),
    ),
  );
}
