import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
import { normalizeGarminActivities } from './garmin/normalize-garmin-activities.js';
import { normalizeGarminActivityDetails } from './garmin/normalize-garmin-activity-details.js';
import { normalizeGarminBodyCompositions } from './garmin/normalize-garmin-body-compositions.js';
import { normalizeGarminDailies } from './garmin/normalize-garmin-dailies.js';
import { normalizeGarminFit } from './garmin/normalize-garmin-fit.js';
import { normalizeGarminFitMessages } from './garmin/normalize-garmin-fit-messages.js';
import { GarminPingResultSchema, normalizeGarminPing } from './garmin/normalize-garmin-ping.js';
import { fitByteMutations } from './test-support/fit-mutations.js';
import { garminFixtureBytes, garminFixtureJson } from './test-support/read-garmin-fixture.js';
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

const garminNormalizers: [string, string, (payload: unknown) => NormalizationResult][] = [
  ['normalizeGarminActivities (push)', 'activities-push.json', normalizeGarminActivities],
  ['normalizeGarminActivities (manually updated)', 'manually-updated-activities.json', normalizeGarminActivities],
  ['normalizeGarminActivities (pull)', 'activities-pull.json', normalizeGarminActivities],
  ['normalizeGarminActivityDetails', 'activity-details-push.json', normalizeGarminActivityDetails],
  ['normalizeGarminDailies', 'dailies-push.json', normalizeGarminDailies],
  ['normalizeGarminBodyCompositions', 'body-compositions-push.json', normalizeGarminBodyCompositions],
];

/** Asserts the Garmin ping normalizer never throws on `payload`, returns a well-formed result and is deterministic. */
function expectPingTotalAndDeterministic(payload: unknown): void {
  const first = normalizeGarminPing(payload);
  expect(JSON.stringify(normalizeGarminPing(payload))).toBe(JSON.stringify(first));
  const parsed = GarminPingResultSchema.safeParse(first);
  if (!parsed.success) throw new Error(`malformed ping result: ${parsed.error.message}`);
  const hidden = first.failures.find((failed) => failed.failure.code === 'normalizer_error');
  if (hidden) throw new Error(`unexpected error: ${hidden.failure.message}`);
}

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
  for (const [name, fixture, normalize] of garminNormalizers) {
    it(`${name} over mutations of ${fixture}`, () => {
      fc.assert(fc.property(payloadMutations(garminFixtureJson(fixture)), (payload) => expectTotalAndDeterministic(normalize, payload)), RUNS);
    });
  }
  for (const fixture of ['ping-activities.json', 'ping-activity-files.json']) {
    it(`normalizeGarminPing over mutations of ${fixture}`, () => {
      fc.assert(fc.property(payloadMutations(garminFixtureJson(fixture)), expectPingTotalAndDeterministic), RUNS);
    });
  }
  for (const fixture of ['strength.fit', 'multisport.fit']) {
    it(`normalizeGarminFit over byte mutations of ${fixture} (checksums stale or recomputed)`, () => {
      const normalize = (bytes: unknown) => normalizeGarminFit(bytes as Uint8Array);
      fc.assert(fc.property(fitByteMutations(garminFixtureBytes(fixture)), (bytes) => expectTotalAndDeterministic(normalize, bytes)), { numRuns: 150 });
    });
  }
  it('normalizeGarminFitMessages over mutations of the stored messages of multisport.fit', () => {
    const stored = normalizeGarminFit(garminFixtureBytes('multisport.fit')).drafts[0]!.record.raw_payload;
    fc.assert(fc.property(payloadMutations(stored), (payload) => expectTotalAndDeterministic(normalizeGarminFitMessages, payload)), { numRuns: 150 });
  });
  it('every normalizer over arbitrary values, text and bytes', () => {
    // The constant is a counterexample CI once found: a `__proto__` key must stay a key.
    const anything = fc.oneof(fc.anything(), fc.string(), fc.uint8Array(), fc.jsonValue().map((value) => JSON.stringify(value)), fc.constant('{"__proto__":[]}'));
    fc.assert(
      fc.property(anything, (payload) => {
        for (const [, , , normalize] of recordNormalizers) expectTotalAndDeterministic(normalize, payload);
        for (const [, , , normalize] of webhookNormalizers) expectWebhookTotalAndDeterministic(normalize, payload);
        for (const [, , normalize] of garminNormalizers) expectTotalAndDeterministic(normalize, payload);
        expectPingTotalAndDeterministic(payload);
        expectTotalAndDeterministic((bytes) => normalizeGarminFit(bytes as Uint8Array), payload);
        expectTotalAndDeterministic(normalizeGarminFitMessages, payload);
      }),
      { numRuns: 200 },
    );
  });
});
