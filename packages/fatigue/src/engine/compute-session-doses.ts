import { toValidationIssues, ValidationError } from '@trainkit/core';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { parseHeuristicsConfig } from '../config/parse-heuristics-config.js';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import { FatigueProfileSchema, type FatigueProfileInput } from '../inputs/fatigue-profile-schema.js';
import { FatigueSessionSchema, type FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { createEngineContext } from './engine-context.js';
import type { ReportSession } from './fatigue-report-schema.js';
import { prepareSession } from './prepare-session.js';
import { INPUT_SUBJECT, parseMuscleMaps } from './resolve-engine-input.js';
import { reportSession } from './summarize-fatigue-state.js';

/**
 * The load and doses of one session on its own (the engine's per-session step): load by the ladder, acute systemic
 * dose (`lu · cns_factor`) and muscle doses in HSE — lifting sets through the movement map
 * (`Σ roleWeight·magnitude·g(RIR)`), cardio and hobbies through the activity map
 * (`lu_raw/100 · hse_per_100_lu · roleWeight · magnitude · (1 + eccentric·descent_km)`). Validates like
 * {@link computeFatigue} (`session.sets.0.movement_id`, ...).
 *
 * @example
 * ```ts
 * const doses = computeSessionDoses(squatSession, { muscleMaps, profile: { time_zone: 'UTC' } });
 * doses.muscle_doses_hse.quadriceps; // 2.7
 * ```
 */
export function computeSessionDoses(
  session: FatigueSessionInput,
  options: { profile?: FatigueProfileInput | null; config?: HeuristicsConfig | null; muscleMaps?: unknown } = {},
): ReportSession {
  const parsedSession = FatigueSessionSchema.safeParse(session);
  if (!parsedSession.success) {
    const issues = toValidationIssues(parsedSession.error.issues).map((issue) => ({
      ...issue,
      path: issue.path ? `session.${issue.path}` : 'session',
    }));
    throw new ValidationError(INPUT_SUBJECT, issues, { cause: parsedSession.error });
  }
  const parsedProfile = FatigueProfileSchema.safeParse(options.profile ?? { time_zone: 'UTC' });
  if (!parsedProfile.success) {
    const issues = toValidationIssues(parsedProfile.error.issues).map((issue) => ({
      ...issue,
      path: issue.path ? `profile.${issue.path}` : 'profile',
    }));
    throw new ValidationError(INPUT_SUBJECT, issues, { cause: parsedProfile.error });
  }
  const config = options.config == null ? DEFAULT_HEURISTICS_CONFIG : parseHeuristicsConfig(options.config);
  const context = createEngineContext(config, parsedProfile.data, parseMuscleMaps(options.muscleMaps));
  const prepared = prepareSession(parsedSession.data, context, new Float64Array(context.registry.slugs.length));
  return reportSession(prepared, context);
}
