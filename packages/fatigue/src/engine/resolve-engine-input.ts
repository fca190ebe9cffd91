import { toValidationIssues, ValidationError, type ValidationIssue } from '@trainkit/core';
import { z } from 'zod';
import { compiledCheck } from '../inputs/dual-schema.js';
import { canonicalJson } from '../config/canonical-json.js';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import { parseHeuristicsConfig } from '../config/parse-heuristics-config.js';
import { ComputeFatigueInputSchema, type ParsedComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import { FATIGUE_SESSION_RULE, FatigueSessionSchema, type FatigueSession } from '../inputs/fatigue-session-schema.js';
import { MuscleMapsSchema, type MuscleMaps } from '../inputs/muscle-maps-schema.js';
import type { DuplicateExclusion } from '../dedup/dedupe-sessions.js';

const InputShellSchema = ComputeFatigueInputSchema.extend({
  sessions: z.unknown(),
  plannedSessions: z.unknown().optional(),
  muscleMaps: z.unknown().optional(),
});
const MAX_SESSIONS = 200_000;
const MAX_PLANNED_SESSIONS = 10_000;
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

/**
 * Internal: validates a session list. Fast path: every session passes the compiled predicate of
 * {@link FatigueSessionSchema} (then zod would return it unchanged); otherwise zod reports every issue.
 */
export function validateSessions(raw: unknown, path: string, max: number): FatigueSession[] {
  if (Array.isArray(raw) && raw.length <= max) {
    const check = compiledCheck(FATIGUE_SESSION_RULE);
    let valid = true;
    for (let index = 0; index < raw.length && valid; index += 1) valid = check(raw[index]);
    if (valid) return raw as FatigueSession[];
  }
  const parsed = z.array(FatigueSessionSchema).max(max).safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError(INPUT_SUBJECT, prefixIssues(path, toValidationIssues(parsed.error.issues)), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Internal: validated input, config and maps. Throws `ValidationError` (input) or `ConfigError` (config). */
export function resolveEngineInput(input: unknown): {
  parsed: Omit<ParsedComputeFatigueInput, 'muscleMaps'>;
  config: HeuristicsConfig;
  maps: MuscleMaps;
} {
  let parsed: Omit<ParsedComputeFatigueInput, 'muscleMaps'> & { muscleMaps?: unknown };
  try {
    const shell = InputShellSchema.safeParse(input);
    if (!shell.success) throw shell.error;
    const sessions = validateSessions(shell.data.sessions, 'sessions', MAX_SESSIONS);
    const plannedSessions =
      shell.data.plannedSessions == null
        ? shell.data.plannedSessions
        : validateSessions(shell.data.plannedSessions, 'plannedSessions', MAX_PLANNED_SESSIONS);
    parsed = { ...shell.data, sessions, plannedSessions };
  } catch (error) {
    // Report every issue of the whole input with full paths.
    const full = ComputeFatigueInputSchema.safeParse(input);
    if (!full.success) {
      throw new ValidationError(INPUT_SUBJECT, toValidationIssues(full.error.issues), { cause: full.error });
    }
    throw error;
  }
  const maps = parseMuscleMaps(parsed.muscleMaps);
  const config = parsed.config === undefined ? DEFAULT_HEURISTICS_CONFIG : parseHeuristicsConfig(parsed.config);
  return { parsed, config, maps };
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
