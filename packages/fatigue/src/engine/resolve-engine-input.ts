import { toValidationIssues, ValidationError, type ValidationIssue } from '@trainkit/core';
import { z } from 'zod';
import { canonicalJson } from '../config/canonical-json.js';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import { parseHeuristicsConfig } from '../config/parse-heuristics-config.js';
import { ComputeFatigueInputSchema, type ParsedComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import type { FatigueSession } from '../inputs/fatigue-session-schema.js';
import { MuscleMapsSchema, type MuscleMaps } from '../inputs/muscle-maps-schema.js';
import type { DuplicateExclusion } from '../dedup/dedupe-sessions.js';

const InputWithoutMapsSchema = ComputeFatigueInputSchema.extend({ muscleMaps: z.unknown().optional() });
const EMPTY_MAPS: MuscleMaps = { movements: {} };
const PARSED_MAPS = new WeakMap<object, MuscleMaps>();

/** Internal: the subject named by validation errors of the engine's input. */
export const INPUT_SUBJECT = 'fatigue input';

function prefixIssues(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}

/** Internal: validates muscle maps (memoized per input object: maps are treated as immutable). */
export function parseMuscleMaps(raw: unknown, path = 'muscleMaps'): MuscleMaps {
  if (raw === undefined || raw === null) return EMPTY_MAPS;
  if (typeof raw === 'object') {
    const cached = PARSED_MAPS.get(raw);
    if (cached !== undefined) return cached;
  }
  const parsed = MuscleMapsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError(INPUT_SUBJECT, prefixIssues(path, toValidationIssues(parsed.error.issues)), {
      cause: parsed.error,
    });
  }
  if (typeof raw === 'object') PARSED_MAPS.set(raw, parsed.data);
  return parsed.data;
}

/** Internal: validated input, config and maps. Throws `ValidationError` (input) or `ConfigError` (config). */
export function resolveEngineInput(input: unknown): {
  parsed: Omit<ParsedComputeFatigueInput, 'muscleMaps'>;
  config: HeuristicsConfig;
  maps: MuscleMaps;
} {
  const parsed = InputWithoutMapsSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(INPUT_SUBJECT, toValidationIssues(parsed.error.issues), { cause: parsed.error });
  }
  const maps = parseMuscleMaps(parsed.data.muscleMaps);
  const config = parsed.data.config === undefined ? DEFAULT_HEURISTICS_CONFIG : parseHeuristicsConfig(parsed.data.config);
  return { parsed: parsed.data, config, maps };
}

/**
 * Internal: collapses repeated ids. Identical repeats are dropped and reported (`same_id`); a repeated id with
 * different content is a `ValidationError` naming the later entry's `id`.
 */
export function collapseSameIds(
  sessions: readonly FatigueSession[],
  pathPrefix: string,
): { unique: FatigueSession[]; duplicates: DuplicateExclusion[] } {
  const seen = new Map<string, FatigueSession>();
  const unique: FatigueSession[] = [];
  const duplicates: DuplicateExclusion[] = [];
  const issues: ValidationIssue[] = [];
  sessions.forEach((session, position) => {
    const first = seen.get(session.id);
    if (first === undefined) {
      seen.set(session.id, session);
      unique.push(session);
      return;
    }
    if (canonicalJson(first) === canonicalJson(session)) {
      duplicates.push({ id: session.id, duplicate_of: session.id, rule: 'same_id' });
    } else {
      issues.push({
        path: `${pathPrefix}.${position}.id`,
        rule: 'duplicate_id',
        message: 'another session has this id with different content',
      });
    }
  });
  if (issues.length > 0) throw new ValidationError(INPUT_SUBJECT, issues);
  return { unique, duplicates };
}
