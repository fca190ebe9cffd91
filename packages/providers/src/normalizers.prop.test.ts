import fc from 'fast-check';
import { describe, it } from 'vitest';
import { normalizeStravaActivities, normalizeStravaActivity } from './strava/normalize-strava-activity.js';
import { normalizeStravaStreams } from './strava/normalize-strava-streams.js';
import { normalizeStravaWebhookEvent } from './strava/normalize-strava-webhook-event.js';
import { fixtureJson } from './test-support/read-fixture.js';
import { expectTotalAndDeterministic, expectWebhookTotalAndDeterministic, payloadMutations } from './test-support/payload-mutations.js';
import { normalizeWhoopCycles } from './whoop/normalize-whoop-cycles.js';
import { normalizeWhoopRecoveries } from './whoop/normalize-whoop-recoveries.js';
import { normalizeWhoopSleeps } from './whoop/normalize-whoop-sleeps.js';
import { normalizeWhoopWebhookEvent } from './whoop/normalize-whoop-webhook-event.js';
import { normalizeWhoopWorkout, normalizeWhoopWorkouts } from './whoop/normalize-whoop-workouts.js';
import { normalizeOuraDailyActivity } from './oura/normalize-oura-daily-activity.js';
import { normalizeOuraDailyReadiness } from './oura/normalize-oura-daily-readiness.js';
import { normalizeOuraHeartRate } from './oura/normalize-oura-heartrate.js';
import { normalizeOuraPersonalInfo } from './oura/normalize-oura-personal-info.js';
import { normalizeOuraSleeps } from './oura/normalize-oura-sleeps.js';
import { normalizeOuraWebhookEvent } from './oura/normalize-oura-webhook-event.js';
import { normalizeOuraWorkouts } from './oura/normalize-oura-workouts.js';
import type { NormalizationResult } from './normalization-result.js';
import type { WebhookNormalizationResult } from './provider-webhook-event.js';

const RUNS = { numRuns: 300 };

const recordNormalizers: [string, 'strava' | 'whoop' | 'oura', string, (payload: unknown) => NormalizationResult][] = [
  ['normalizeStravaActivities', 'strava', 'athlete-activities-page.json', normalizeStravaActivities],
  ['normalizeStravaActivity', 'strava', 'detailed-activity.json', normalizeStravaActivity],
  ['normalizeStravaStreams (object)', 'strava', 'streams-key-by-type.json', (payload) => normalizeStravaStreams(payload, { activityId: 11843527901 })],
  ['normalizeStravaStreams (array)', 'strava', 'streams-array.json', (payload) => normalizeStravaStreams(payload, { activityId: '11860004455' })],
  ['normalizeWhoopWorkouts', 'whoop', 'workouts-v2-page.json', normalizeWhoopWorkouts],
  ['normalizeWhoopWorkout (v1)', 'whoop', 'workout-v1.json', normalizeWhoopWorkout],
  ['normalizeWhoopRecoveries', 'whoop', 'recoveries-page.json', (payload) => normalizeWhoopRecoveries(payload, { timeZone: 'America/New_York' })],
  ['normalizeWhoopCycles', 'whoop', 'cycles-page.json', normalizeWhoopCycles],
  ['normalizeWhoopSleeps', 'whoop', 'sleeps-page.json', normalizeWhoopSleeps],
  ['normalizeOuraWorkouts', 'oura', 'workout-page.json', normalizeOuraWorkouts],
  ['normalizeOuraDailyReadiness', 'oura', 'daily-readiness-page.json', normalizeOuraDailyReadiness],
  ['normalizeOuraSleeps', 'oura', 'sleep-page.json', normalizeOuraSleeps],
  ['normalizeOuraDailyActivity', 'oura', 'daily-activity-page.json', normalizeOuraDailyActivity],
  ['normalizeOuraHeartRate', 'oura', 'heartrate-page.json', normalizeOuraHeartRate],
  ['normalizeOuraPersonalInfo', 'oura', 'personal-info.json', (payload) => normalizeOuraPersonalInfo(payload, { date: '2025-05-09' })],
];

const webhookNormalizers: [string, 'strava' | 'whoop' | 'oura', string, (payload: unknown) => WebhookNormalizationResult][] = [
  ['normalizeStravaWebhookEvent', 'strava', 'webhook-activity-update.json', normalizeStravaWebhookEvent],
  ['normalizeStravaWebhookEvent (deauthorize)', 'strava', 'webhook-athlete-deauthorize.json', normalizeStravaWebhookEvent],
  ['normalizeWhoopWebhookEvent (v2)', 'whoop', 'webhook-v2-workout-updated.json', normalizeWhoopWebhookEvent],
  ['normalizeWhoopWebhookEvent (v1)', 'whoop', 'webhook-v1-recovery-updated.json', normalizeWhoopWebhookEvent],
  ['normalizeOuraWebhookEvent', 'oura', 'webhook-sleep-update.json', normalizeOuraWebhookEvent],
];

describe('normalizers never throw, always return well-formed in-bounds drafts, and are deterministic', () => {
  for (const [name, provider, fixture, normalize] of recordNormalizers) {
    it(`${name} over mutations of ${fixture}`, () => {
      fc.assert(fc.property(payloadMutations(fixtureJson(provider, fixture)), (payload) => expectTotalAndDeterministic(normalize, payload)), RUNS);
    });
  }
  for (const [name, provider, fixture, normalize] of webhookNormalizers) {
    it(`${name} over mutations of ${fixture}`, () => {
      fc.assert(fc.property(payloadMutations(fixtureJson(provider, fixture)), (payload) => expectWebhookTotalAndDeterministic(normalize, payload)), RUNS);
    });
  }
  it('every normalizer over arbitrary values, text and bytes', () => {
    const anything = fc.oneof(fc.anything(), fc.string(), fc.uint8Array(), fc.jsonValue().map((value) => JSON.stringify(value)));
    fc.assert(
      fc.property(anything, (payload) => {
        for (const [, , , normalize] of recordNormalizers) expectTotalAndDeterministic(normalize, payload);
        for (const [, , , normalize] of webhookNormalizers) expectWebhookTotalAndDeterministic(normalize, payload);
      }),
      { numRuns: 200 },
    );
  });
});
