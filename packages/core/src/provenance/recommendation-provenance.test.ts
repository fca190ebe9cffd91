import { describe, expect, it } from 'vitest';
import { parseRecommendation } from '../schema/recommendation.js';
import { EngineOutputProvenanceSchema } from './engine-output-provenance.js';
import { recommendationProvenanceColumns, RecommendationProvenanceSchema } from './recommendation-provenance.js';

const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('provenance', () => {
  it('maps recommendation provenance onto valid recommendation columns', () => {
    const provenance = RecommendationProvenanceSchema.parse({
      goalRevisionIds: ['goal_01_r2'],
      heuristics: { id: 'default', version: '1.2.0', sha256 },
      ingestionRunIds: ['run_01', 'run_02'],
      engineVersion: '0.1.0',
      explanation: 'Quadriceps fatigue is high.',
    });
    const row = parseRecommendation({
      ...recommendationProvenanceColumns(provenance),
      id: 'reco_01',
      user_id: 'usr_01',
      kind: 'deload',
      as_of: '2025-03-10T06:00:00Z',
      payload_json: { volume_factor: 0.6 },
      created_at: '2025-03-10T06:00:01Z',
    });
    expect(row).toMatchObject({
      goal_revision_ids_json: ['goal_01_r2'],
      heuristics_config_version: '1.2.0',
      heuristics_config_sha256: sha256,
      ingestion_run_ids_json: ['run_01', 'run_02'],
      status: 'proposed',
    });
  });

  it('rejects provenance without a real sha256 or semantic version', () => {
    const base = { goalRevisionIds: [], ingestionRunIds: [], engineVersion: '0.1.0', explanation: 'x' };
    expect(RecommendationProvenanceSchema.safeParse({ ...base, heuristics: { id: 'd', version: '1.0.0', sha256: 'abc' } }).success).toBe(false);
    expect(RecommendationProvenanceSchema.safeParse({ ...base, heuristics: { id: 'd', version: 'latest', sha256 } }).success).toBe(false);
  });

  it('normalizes asOf of engine outputs', () => {
    const provenance = EngineOutputProvenanceSchema.parse({
      engine: 'fatigue', engineVersion: '0.1.0', heuristics: { id: 'default', version: '1.0.0', sha256 },
      asOf: '2025-03-10T07:00:00+01:00', sessionsUsed: [{ activityInstanceId: 'act_01', method: 'sets' }],
      duplicatesExcluded: [{ activityInstanceId: 'act_02', duplicateOf: 'act_01', reason: 'same start within 60 s' }], warnings: [],
    });
    expect(provenance.asOf).toBe('2025-03-10T06:00:00.000Z');
  });
});
