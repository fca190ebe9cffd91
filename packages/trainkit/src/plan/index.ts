export type { TrainkitPlan } from './trainkit-plan.js';
export type { PlanAdherenceOptions, PlanListOptions, PlanRecommendOptions } from './plan-options.js';
export {
  RecommendationSetMarkerSchema,
  RecommendationSetSchema,
  type RecommendationSet,
  type RecommendationSetMarker,
} from './recommendation-set-schema.js';
export {
  PlannedSessionPlanSchema,
  TRAINKIT_PLAN_LIST_FORMAT,
  TrainkitPlanListSchema,
  type PlannedSessionPlan,
  type TrainkitPlanList,
} from './trainkit-plan-list-schema.js';
export {
  PLAN_SESSION_OUTCOMES,
  PlanRecommendationResultSchema,
  type PlanRecommendationResult,
} from './plan-recommendation-result-schema.js';
export {
  TRAINKIT_PLAN_ADHERENCE_FORMAT,
  TrainkitPlanAdherenceSchema,
  type TrainkitPlanAdherence,
} from './trainkit-plan-adherence-schema.js';
