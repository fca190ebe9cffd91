import type { ActivityMergeDecisionRow } from '@trainkit/core';
import type { ActivityWithSources } from '@trainkit/ingest';
import { describe, expect, it } from 'vitest';
import { fieldSourcesOf, formatFieldSources } from './format-field-sources.js';

function decision(fieldSources: Record<string, string> | null, kind: 'merge' | 'unmerge' = 'merge'): ActivityMergeDecisionRow {
  return { decision: kind, field_sources_json: fieldSources } as unknown as ActivityMergeDecisionRow;
}

const sources = [
  { record: { id: 'raw_garmin', provider: 'garmin' } },
  { record: { id: 'raw_strava', provider: 'strava' } },
] as unknown as ActivityWithSources['sources'];

describe('fieldSourcesOf', () => {
  it('names the provider of each field group by the latest merge, leaving the origin snapshot out', () => {
    const decisions = [
      decision({ timing: 'raw_strava', title: 'raw_strava' }),
      decision({ timing: 'raw_garmin', distance: 'raw_garmin', title: 'raw_strava', subjective: 'planned', 'origin.title': '"Long run"' }),
      decision(null, 'unmerge'),
    ];
    expect(fieldSourcesOf({ sources, decisions })).toEqual({
      timing: 'garmin', title: 'strava', distance: 'garmin', subjective: "the planned session's log",
    });
    expect(fieldSourcesOf({ sources, decisions: [] })).toEqual({});
  });

  it('groups the fields by source in the order they first appear', () => {
    expect(formatFieldSources({ timing: 'garmin', title: 'strava', distance: 'garmin', subjective: 'the manual log' })).toBe(
      'timing, distance from garmin; title from strava; subjective from the manual log',
    );
    expect(formatFieldSources({})).toBe('');
  });
});
