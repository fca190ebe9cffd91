import { describe, expect, it } from 'vitest';
import { appleHealthWorkoutExternalId } from './normalize-apple-health-workout.js';
import { collectAppleHealth, exportXml, WATCH, WATCH_DEVICE } from './test-support/collect-apple-health.js';

const RUN_IOS17 = ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45.5" durationUnit="min" sourceName="${WATCH}" sourceVersion="10.4" device="${WATCH_DEVICE}" creationDate="2025-05-03 08:00:12 -0700" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKTimeZone" value="America/Los_Angeles"/>
  <MetadataEntry key="HKElevationAscended" value="8420 cm"/>
  <MetadataEntry key="HKWeatherTemperature" value="61.5 degF"/>
  <MetadataEntry key="HKWeatherHumidity" value="7100 %"/>
  <MetadataEntry key="HKAverageMETs" value="9.8123 kcal/hr·kg"/>
  <WorkoutEvent type="HKWorkoutEventTypePause" date="2025-05-03 07:30:00 -0700"/>
  <WorkoutEvent type="HKWorkoutEventTypeResume" date="2025-05-03 07:31:55 -0700"/>
  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="2025-05-03 07:12:45 -0700" duration="8.1" durationUnit="min"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" sum="512.4" unit="Cal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierBasalEnergyBurned" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" sum="60.2" unit="Cal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" sum="6.2" unit="mi"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" average="151.3" minimum="98" maximum="178" unit="count/min"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierRunningPower" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" average="245" minimum="80" maximum="390" unit="W"/>
  <WorkoutRoute sourceName="${WATCH}" sourceVersion="10.4" creationDate="2025-05-03 08:00:12 -0700" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700">
   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>
   <FileReference path="/workout-routes/route_2025-05-03_7.12am.gpx"/>
  </WorkoutRoute>
 </Workout>
`;

async function workouts(body: string) {
  const collected = await collectAppleHealth(exportXml(body));
  return { ...collected, workouts: collected.drafts.filter((draft) => draft.record.resource === 'workout') };
}

describe('Apple Health workouts', () => {
  it('reads an iOS 16+ workout: active vs elapsed time, statistics in imperial units, zone, elevation, weather, route', async () => {
    const { workouts: [draft], routes, failures } = await workouts(RUN_IOS17);
    expect(failures).toEqual([]);
    const externalId = appleHealthWorkoutExternalId('HKWorkoutActivityTypeRunning', WATCH, '2025-05-03T14:12:45.000Z', '2025-05-03T15:00:10.000Z');
    expect(externalId).toMatch(/^workout:[0-9a-f]{16}$/);
    expect(draft?.record).toMatchObject({
      provider: 'apple_health', resource: 'workout', external_id: externalId, record_kind: 'activity', activity_type_raw: 'HKWorkoutActivityTypeRunning',
      start_time: '2025-05-03T14:12:45.000Z', end_time: '2025-05-03T15:00:10.000Z', timezone_raw: 'America/Los_Angeles', utc_offset_minutes: -420,
    });
    expect(draft?.activity).toEqual({
      activity_definition_slug: 'running', activity_type_raw: 'HKWorkoutActivityTypeRunning', activity_type_matched: true, title: null,
      performed_start: '2025-05-03T14:12:45.000Z', performed_end: '2025-05-03T15:00:10.000Z', timezone: 'America/Los_Angeles', utc_offset_minutes: -420,
      local_date: '2025-05-03', start_time_hidden: false, manual: false,
      // duration is the active time (45.5 min); end - start is the elapsed 47 min 25 s.
      duration_seconds: 2730,
      distance_m: 9977.9328, elevation_gain_m: 84.2, energy_kcal: 512.4, work_kj: null, avg_hr_bpm: 151.3, max_hr_bpm: 178, avg_power_w: 245, device_name: 'Apple Watch',
    });
    expect(draft?.samples).toEqual([{ metric_type: 'temperature_c', recorded_at: '2025-05-03T14:12:45.000Z', value: 16.3888888889, unit: 'degC', stream_index: null }]);
    expect(draft?.warnings).toEqual([]);
    expect(routes).toEqual([{ path: '/workout-routes/route_2025-05-03_7.12am.gpx', workoutExternalId: externalId }]);
    // Events, statistics, metadata and the route stay in the raw payload, in document order, exactly as written.
    const children = (draft?.record.raw_payload as { '#children': { '#name': string }[] })['#children'];
    expect(children.map((child) => child['#name'])).toEqual([
      'MetadataEntry', 'MetadataEntry', 'MetadataEntry', 'MetadataEntry', 'MetadataEntry', 'MetadataEntry',
      'WorkoutEvent', 'WorkoutEvent', 'WorkoutEvent',
      'WorkoutStatistics', 'WorkoutStatistics', 'WorkoutStatistics', 'WorkoutStatistics', 'WorkoutStatistics', 'WorkoutRoute',
    ]);
    expect(children[5]).toEqual({ '#name': 'MetadataEntry', key: 'HKAverageMETs', value: '9.8123 kcal/hr·kg' });
    expect(children[14]).toMatchObject({ '#children': [{ '#name': 'MetadataEntry' }, { '#name': 'FileReference', path: '/workout-routes/route_2025-05-03_7.12am.gpx' }] });
  });

  it('reads the legacy totalDistance / totalEnergyBurned attributes (before iOS 16), in km and kJ; indoor cycling', async () => {
    const legacy = ` <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="3600" durationUnit="s" totalDistance="32.5" totalDistanceUnit="km" totalEnergyBurned="2092" totalEnergyBurnedUnit="kJ" sourceName="${WATCH}" startDate="2021-06-05 09:00:00 +0200" endDate="2021-06-05 10:05:00 +0200">
  <MetadataEntry key="HKIndoorWorkout" value="1"/>
 </Workout>
`;
    const { workouts: [draft] } = await workouts(legacy);
    expect(draft?.activity).toMatchObject({
      activity_definition_slug: 'indoor_cycling', activity_type_matched: true, duration_seconds: 3600, distance_m: 32500, energy_kcal: 500,
      performed_start: '2021-06-05T07:00:00.000Z', performed_end: '2021-06-05T08:05:00.000Z', timezone: null, utc_offset_minutes: 120, local_date: '2021-06-05',
      avg_hr_bpm: null, device_name: WATCH,
    });
  });

  it('prefers WorkoutStatistics over legacy attributes when a workout has both', async () => {
    const both = RUN_IOS17.replace('durationUnit="min"', 'durationUnit="min" totalDistance="1" totalDistanceUnit="km" totalEnergyBurned="1" totalEnergyBurnedUnit="Cal"');
    const { workouts: [draft] } = await workouts(both);
    expect(draft?.activity).toMatchObject({ distance_m: 9977.9328, energy_kcal: 512.4 });
  });

  it('uses HKTimeZone as the zone when the dates were written in the exporting phone’s offset', async () => {
    const abroad = RUN_IOS17.replace('America/Los_Angeles', 'Europe/Berlin');
    const { workouts: [draft] } = await workouts(abroad);
    expect(draft?.activity).toMatchObject({ performed_start: '2025-05-03T14:12:45.000Z', timezone: 'Europe/Berlin', utc_offset_minutes: 120, local_date: '2025-05-03' });
    expect(draft?.record).toMatchObject({ timezone_raw: 'Europe/Berlin', utc_offset_minutes: -420 });
    expect(draft?.warnings.map((warning) => warning.code)).toEqual(['inconsistent_values']);
    const unknownZone = RUN_IOS17.replace('America/Los_Angeles', 'Mars/Olympus_Mons');
    const { workouts: [other] } = await workouts(unknownZone);
    expect(other?.activity).toMatchObject({ timezone: null, utc_offset_minutes: -420 });
    expect(other?.warnings.map((warning) => warning.code)).toEqual(['unknown_time_zone']);
    const emptyZone = RUN_IOS17.replace('America/Los_Angeles', '');
    const { workouts: [third], failures } = await workouts(emptyZone);
    expect(failures).toEqual([]);
    expect(third?.activity).toMatchObject({ timezone: null, utc_offset_minutes: -420 });
    expect(third?.record.timezone_raw).toBeNull();
    expect(third?.warnings).toEqual([]);
  });

  it('gives the same external id when a re-export writes the same instants with another offset', async () => {
    const shifted = RUN_IOS17.replaceAll('2025-05-03 07:12:45 -0700', '2025-05-03 16:12:45 +0200').replaceAll('2025-05-03 08:00:10 -0700', '2025-05-03 17:00:10 +0200');
    const [{ workouts: [first] }, { workouts: [second] }] = await Promise.all([workouts(RUN_IOS17), workouts(shifted)]);
    expect(second?.record.external_id).toBe(first?.record.external_id);
    expect(second?.activity?.performed_start).toBe(first?.activity?.performed_start);
  });

  it('maps unknown activity types to other with the raw value kept; marks manual workouts; open-water swims', async () => {
    const xml = ` <Workout workoutActivityType="HKWorkoutActivityTypeUnderwaterBasketWeaving" duration="20" durationUnit="min" sourceName="Some App" startDate="2025-05-03 18:00:00 -0700" endDate="2025-05-03 18:20:00 -0700">
  <MetadataEntry key="HKWasUserEntered" value="1"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeSwimming" duration="30" durationUnit="min" totalDistance="1500" totalDistanceUnit="yd" sourceName="${WATCH}" startDate="2025-05-04 07:00:00 -0700" endDate="2025-05-04 07:31:00 -0700">
  <MetadataEntry key="HKSwimmingLocationType" value="2"/>
 </Workout>
`;
    const { workouts: [unknown, swim] } = await workouts(xml);
    expect(unknown?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: 'HKWorkoutActivityTypeUnderwaterBasketWeaving', activity_type_matched: false, manual: true, device_name: 'Some App' });
    expect(swim?.activity).toMatchObject({ activity_definition_slug: 'open_water_swimming', distance_m: 1371.6 });
  });

  it('drops what does not fit, with warnings: active time beyond elapsed, max below average, unknown units', async () => {
    const odd = RUN_IOS17.replace('duration="45.5"', 'duration="50"').replace('maximum="178"', 'maximum="140"').replace('sum="6.2" unit="mi"', 'sum="6.2" unit="furlong"');
    const { workouts: [draft] } = await workouts(odd);
    expect(draft?.activity).toMatchObject({ duration_seconds: null, max_hr_bpm: null, avg_hr_bpm: 151.3, distance_m: null });
    expect(draft?.warnings.map((warning) => warning.code).sort()).toEqual(['inconsistent_values', 'inconsistent_values', 'invalid_value']);
  });

  it('fails a workout without a readable start, keeping its raw element', async () => {
    const { failures, workouts: none } = await workouts(` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" sourceName="${WATCH}" startDate="2025-02-30 07:00:00 -0700" endDate="2025-05-03 08:00:00 -0700"/>\n`);
    expect(none).toEqual([]);
    expect(failures).toEqual([
      {
        external_id: null,
        raw_payload: { workoutActivityType: 'HKWorkoutActivityTypeRunning', sourceName: WATCH, startDate: '2025-02-30 07:00:00 -0700', endDate: '2025-05-03 08:00:00 -0700' },
        failure: { code: 'invalid_date', message: 'startDate "2025-02-30 07:00:00 -0700" is not an Apple Health date', path: ['Workout', 0, 'startDate'] },
      },
    ]);
  });
});
