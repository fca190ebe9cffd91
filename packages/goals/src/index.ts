/**
 * `@trainkit/goals`: the pure goals engine. Macro cycles (about 12 months) holding 12-week blocks, typed goal targets
 * (a zod union discriminated by `type`) checked against the goal type, append-only goal revisions produced through a
 * private immer instance with optimistic concurrency, bitemporal queries ("the goal valid on X as known on Y") that
 * never trust a stored `effective_to`, check-ins, progress with a least-squares projection, and the goal snapshot of
 * a program. No I/O, no clock, no randomness: callers pass `asOf`, `at` and ids.
 *
 * @packageDocumentation
 */

// Targets
export * from './targets/goal-target-schema.js';
export * from './targets/goal-target-types-by-goal-type.js';
export * from './targets/parse-goal-target.js';
export * from './targets/goal-target-measure.js';

// Errors
export * from './errors/goal-revision-conflict-error.js';
export * from './errors/goal-retired-error.js';
export * from './errors/macro-cycle-overlap-error.js';
export * from './errors/block-outside-cycle-error.js';

// Macro cycles and blocks
export * from './cycles/validate-macro-cycles.js';
export * from './cycles/validate-block-in-cycle.js';

// Revisions
export * from './revisions/retired-goal-statuses.js';
export * from './revisions/latest-goal-revision.js';
export { createGoalRevision, type GoalRevisionStamp, type NewGoal } from './revisions/create-goal-revision.js';
export * from './revisions/revise-goal.js';
export * from './revisions/retire-goal.js';

// Bitemporal queries
export * from './bitemporal/goal-timeline-as-known-on.js';
export * from './bitemporal/resolve-goal-as-known-on.js';
export * from './bitemporal/goals-in-force.js';

// Progress
export * from './progress/least-squares-fit.js';
export * from './progress/goal-observation-schema.js';
export * from './progress/checkin-measure-value.js';
export * from './progress/format-measure-value.js';
export * from './progress/goal-progress-schema.js';
export * from './progress/goal-progress.js';

// Program snapshot
export * from './snapshot/program-goal-snapshot.js';
