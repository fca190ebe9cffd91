import { parsePlanningHeuristics } from './parse-planning-heuristics.js';
import type { PlanningHeuristics, PlanningHeuristicsInput } from './planning-heuristics-schema.js';

/**
 * The content of {@link PLANNING_HEURISTICS} before validation and hashing. Every value is our heuristic (H); the
 * form bands follow the usual reading of TSB as a share of CTL (about −10 % to −30 % a productive training load,
 * below −30 % a high-risk load).
 */
const PLANNING_HEURISTICS_SOURCE = {
  id: 'trainkit.planning',
  version: '0.1.0',
  form: { min_ctl: 10, min_history_days: 84, reduce_below_percent: -30, recovery_below_percent: -50 },
  systemic: { reduce_at_percent: 60, recovery_at_percent: 85 },
  muscle: { roles: ['primary'], reduce_at_percent: 45, swap_at_percent: 65 },
  readiness: { applies_days: 0, move_at_or_below_score: 25 },
  adjustments: {
    volume_reduction_percent: 30,
    muscle_volume_reduction_percent: 40,
    taper_volume_reduction_percent: 40,
    intensity_reduction_percent: 10,
    rpe_reduction: 1,
    load_step_kg: 2.5,
    min_sets: 1,
  },
  move: { max_days: 2 },
  recovery: { activity: 'walking', category: 'recovery', duration_seconds: 1800, max_rpe: 3 },
  goals: { taper_days: 7, protect_goal_movements: true },
} satisfies PlanningHeuristicsInput;

/**
 * The default planning heuristics (`trainkit.planning@0.1.0`), validated, hashed and frozen: the thresholds that
 * turn a fatigue report, readiness, goals, skills and constraints into recommendations, and the stated amounts of
 * every adjustment. Every recommendation names its id, version and sha256. Derive a variant with
 * {@link parsePlanningHeuristics} (the hash follows the content).
 *
 * @example
 * ```ts
 * PLANNING_HEURISTICS.id; // 'trainkit.planning'
 * planningHeuristicsProvenance(PLANNING_HEURISTICS).sha256.length; // 64
 * ```
 */
export const PLANNING_HEURISTICS: PlanningHeuristics = parsePlanningHeuristics(PLANNING_HEURISTICS_SOURCE);
