import { appleHealthExportDtd } from '../testing/apple-health-export-dtd.js';
import { exportXml, PHONE, recordXml, WATCH, WATCH_DEVICE } from './collect-apple-health.js';

function quantity(type: string, source: string, unit: string, value: string, start: string, end = start, children = ''): string {
  return recordXml({ type: `HKQuantityTypeIdentifier${type}`, sourceName: source, sourceVersion: '10.4', ...(source === WATCH ? { device: WATCH_DEVICE } : {}), unit, creationDate: end, startDate: start, endDate: end, value }, children);
}

/**
 * A small export with every kind of element the reader handles, the broken iOS 16 DTD and stray control characters:
 * the input of the property tests.
 */
export function sampleExportXml(): string {
  const body = [
    ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-08-21" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet"/>\n',
    quantity('BodyMass', 'Withings', 'lb', '140.2', '2025-05-03 06:45:10 -0700'),
    quantity('BodyFatPercentage', 'Withings', '%', '0.215', '2025-05-03 06:45:10 -0700'),
    quantity('HeartRate', WATCH, 'count/min', '72', '2025-05-03 07:13:58 -0700', '2025-05-03 07:13:58 -0700', '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n'),
    quantity('HeartRate', WATCH, 'count/min', '131', '2025-05-03 07:20:03 -0700'),
    quantity('HeartRate', WATCH, 'count/min', '64', '2025-05-04 07:13:58 -0700'),
    quantity('StepCount', PHONE, 'count', '500', '2025-05-03 08:00:00 -0700', '2025-05-03 08:10:00 -0700'),
    quantity('StepCount', WATCH, 'count', '520', '2025-05-03 08:00:30 -0700', '2025-05-03 08:10:00 -0700'),
    quantity('StepCount', PHONE, 'count', '900', '2025-05-04 09:00:00 -0700', '2025-05-04 09:15:00 -0700'),
    quantity('DistanceWalkingRunning', PHONE, 'mi', '0.5', '2025-05-04 09:00:00 -0700', '2025-05-04 09:15:00 -0700'),
    quantity('ActiveEnergyBurned', WATCH, 'Cal', '12.5', '2025-05-03 08:00:00 -0700', '2025-05-03 08:10:00 -0700'),
    quantity('ActiveEnergyBurned', WATCH, 'Cal', '9.25', '2025-05-04 08:00:00 -0700', '2025-05-04 08:10:00 -0700'),
    quantity('BasalEnergyBurned', WATCH, 'kJ', '251.04', '2025-05-03 08:00:00 -0700', '2025-05-03 09:00:00 -0700'),
    quantity('RestingHeartRate', WATCH, 'count/min', '51', '2025-05-03 00:00:01 -0700', '2025-05-03 23:59:00 -0700').replace('sourceVersion="10.4"', 'sourceVersion="10.4\u000b"'),
    quantity('HeartRateVariabilitySDNN', WATCH, 'ms', '42.5', '2025-05-03 02:14:04 -0700', '2025-05-03 02:15:05 -0700', '  <HeartRateVariabilityMetadataList>\n   <InstantaneousBeatsPerMinute bpm="61" time="2:14:05.21 AM"/>\n  </HeartRateVariabilityMetadataList>\n'),
    quantity('VO2Max', WATCH, 'mL/min·kg', '47.3', '2025-05-03 08:02:00 -0700'),
    quantity('FlightsClimbed', PHONE, 'count', '3', '2025-05-03 08:00:00 -0700'),
    ' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="OMRON connect" creationDate="2025-05-03 08:00:00 -0700" startDate="2025-05-03 08:00:00 -0700" endDate="2025-05-03 08:00:00 -0700">\n  <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="OMRON connect" unit="mmHg" startDate="2025-05-03 08:00:00 -0700" endDate="2025-05-03 08:00:00 -0700" value="118"/>\n </Correlation>\n',
    ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45.5" durationUnit="min" sourceName="${WATCH}" sourceVersion="10.4" device="${WATCH_DEVICE}" creationDate="2025-05-03 08:00:12 -0700" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700">\n` +
      '  <MetadataEntry key="HKTimeZone" value="America/Los_Angeles"/>\n  <MetadataEntry key="HKElevationAscended" value="8420 cm"/>\n  <MetadataEntry key="HKWeatherTemperature" value="61.5 degF"/>\n  <MetadataEntry key="HKWorkoutBrandName" value="Morning\u000bRun"/>\n' +
      '  <WorkoutEvent type="HKWorkoutEventTypePause" date="2025-05-03 07:30:00 -0700"/>\n' +
      '  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" sum="6.2" unit="mi"/>\n' +
      '  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700" average="151.3" minimum="98" maximum="178" unit="count/min"/>\n' +
      `  <WorkoutRoute sourceName="${WATCH}" startDate="2025-05-03 07:12:45 -0700" endDate="2025-05-03 08:00:10 -0700">\n   <FileReference path="/workout-routes/route_2025-05-03_7.12am.gpx"/>\n  </WorkoutRoute>\n </Workout>\n`,
    ' <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="60" durationUnit="min" totalDistance="32.5" totalDistanceUnit="km" totalEnergyBurned="2092" totalEnergyBurnedUnit="kJ" sourceName="Strava" startDate="2025-05-04 09:00:00 +0200" endDate="2025-05-04 10:05:00 +0200"/>\n',
    ' <ActivitySummary dateComponents="2025-05-03" activeEnergyBurned="512.25" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="Cal" appleExerciseTime="42" appleStandHours="11"/>\n',
    ' <ClinicalRecord type="HKClinicalTypeIdentifierLabResultRecord" identifier="x" sourceName="Clinic" resourceFilePath="/clinical-records/x.json"/>\n',
  ].join('');
  return exportXml(body, { doctype: appleHealthExportDtd({ version: '12', broken: true }) });
}
