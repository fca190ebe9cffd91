import { describe, expect, it } from 'vitest';
import { NormalizationResultSchema } from '../normalization-result.js';
import { appleHealthRecordGroupExternalId } from './apple-health-xml-reader.js';
import { readAppleHealthXml } from './read-apple-health-xml.js';
import { appleHealthExportDtd } from './testing/apple-health-export-dtd.js';
import { collectAppleHealth, exportXml, PHONE, recordXml, WATCH, WATCH_DEVICE } from './test-support/collect-apple-health.js';

const ME =
  ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-08-21" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>\n';

function quantity(type: string, source: string, unit: string, value: string, start: string, end = start, children = ''): string {
  return recordXml(
    {
      type: `HKQuantityTypeIdentifier${type}`,
      sourceName: source,
      sourceVersion: '10.4',
      ...(source === WATCH ? { device: WATCH_DEVICE } : {}),
      unit,
      creationDate: end,
      startDate: start,
      endDate: end,
      value,
    },
    children,
  );
}

describe('readAppleHealthXml: Me, biometrics, samples and recovery', () => {
  it('reads Me into a profile draft', async () => {
    const { drafts } = await collectAppleHealth(exportXml(ME));
    const me = drafts.find((draft) => draft.record.resource === 'me');
    expect(me?.record.external_id).toBe('me');
    expect(me?.profile).toEqual({ date_of_birth: '1990-08-21', sex: 'female', height_cm: null });
    expect(me?.record.raw_payload).toMatchObject({ HKCharacteristicTypeIdentifierBloodType: 'HKBloodTypeNotSet' });
  });

  it('keeps an attribute named __proto__ as a key of the raw payload', async () => {
    const { drafts } = await collectAppleHealth(exportXml(ME.replace('<Me ', '<Me __proto__="kept" ')));
    const me = drafts.find((draft) => draft.record.resource === 'me');
    expect(Object.getPrototypeOf(me?.record.raw_payload)).toBe(Object.prototype);
    expect(Object.keys(me?.record.raw_payload as object)).toContain('__proto__');
  });

  it('writes every element with its attributes in sorted order, children in document order; a repeated attribute keeps its last value', async () => {
    const heartRate = quantity('HeartRate', WATCH, 'count/min', '72', '2025-05-03 06:45:10 -0700', undefined, '  <MetadataEntry value="1" key="HKMetadataKeyHeartRateMotionContext"/>\n  <MetadataEntry key="Z" value="2"/>\n');
    const repeated = recordXml({ type: 'HKQuantityTypeIdentifierStepCount', sourceName: PHONE, unit: 'count', startDate: '2025-05-03 07:00:00 -0700', endDate: '2025-05-03 07:10:00 -0700', value: '10' }).replace(' value="10"', ' value="10" value="12"');
    const { drafts, failures, summary } = await collectAppleHealth(exportXml(heartRate + repeated));
    const elementOf = (type: string) => (drafts.find((draft) => draft.record.activity_type_raw === type)?.record.raw_payload as Record<string, unknown>[])[0]!;
    const heart = elementOf('HKQuantityTypeIdentifierHeartRate');
    const attributes = Object.keys(heart).filter((key) => key !== '#children');
    expect(attributes).toStrictEqual([...attributes].sort());
    expect(heart['#children']).toStrictEqual([
      { '#name': 'MetadataEntry', key: 'HKMetadataKeyHeartRateMotionContext', value: '1' },
      { '#name': 'MetadataEntry', key: 'Z', value: '2' },
    ]);
    expect(Object.keys((heart['#children'] as object[])[0]!)).toStrictEqual(['#name', 'key', 'value']);
    expect(elementOf('HKQuantityTypeIdentifierStepCount').value).toBe('12');
    expect(failures.map((failure) => [failure.failure.code, failure.failure.message.split(' (')[0]])).toStrictEqual([['invalid_xml', 'duplicate attribute: value.']]);
    expect(summary.xmlErrors).toBe(1);
  });

  it('converts body mass in lb and body fat fractions, and keeps resting heart rate and VO2max', async () => {
    const xml = exportXml(
      quantity('BodyMass', 'Withings', 'lb', '140.2', '2025-05-03 06:45:10 -0700') +
        quantity('BodyFatPercentage', 'Withings', '%', '0.215', '2025-05-03 06:45:10 -0700') +
        quantity('RestingHeartRate', WATCH, 'count/min', '51', '2025-05-03 00:00:01 -0700', '2025-05-03 23:59:00 -0700') +
        quantity('VO2Max', WATCH, 'mL/min·kg', '47.3', '2025-05-03 08:02:00 -0700'),
    );
    const { drafts, failures } = await collectAppleHealth(xml);
    expect(failures).toEqual([]);
    const biometrics = drafts.flatMap((draft) => draft.biometrics.map((biometric) => [biometric.metric_type, biometric.value, biometric.date, biometric.measured_at]));
    expect(biometrics).toEqual([
      ['weight_kg', 63.593650274, '2025-05-03', '2025-05-03T13:45:10.000Z'],
      ['body_fat_percent', 21.5, '2025-05-03', '2025-05-03T13:45:10.000Z'],
      ['resting_hr_bpm', 51, '2025-05-03', '2025-05-03T07:00:01.000Z'],
      ['vo2max_ml_kg_min', 47.3, '2025-05-03', '2025-05-03T15:02:00.000Z'],
    ]);
    const weight = drafts.find((draft) => draft.record.activity_type_raw === 'HKQuantityTypeIdentifierBodyMass');
    expect(weight?.record).toMatchObject({ resource: 'record', record_kind: 'biometric', external_id: appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierBodyMass', 'Withings', '2025-05-03'), utc_offset_minutes: -420 });
  });

  it('keeps HRV SDNN out of hrv_rmssd_ms: a recovery signal of type other with the raw type', async () => {
    const beats = '  <HeartRateVariabilityMetadataList>\n   <InstantaneousBeatsPerMinute bpm="61" time="2:14:05.21 AM"/>\n  </HeartRateVariabilityMetadataList>\n';
    const { drafts } = await collectAppleHealth(exportXml(quantity('HeartRateVariabilitySDNN', WATCH, 'ms', '42.5', '2025-05-03 02:14:04 -0700', '2025-05-03 02:15:05 -0700', beats)));
    const draft = drafts.find((candidate) => candidate.record.activity_type_raw === 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN');
    expect(draft?.biometrics).toEqual([]);
    expect(draft?.recovery_signals).toEqual([
      { signal_type: 'other', signal_type_raw: 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN', measured_at: '2025-05-03T09:14:04.000Z', local_date: '2025-05-03', value: 42.5, unit: 'ms', source_path: [0, 'value'] },
    ]);
    expect(draft?.record.record_kind).toBe('recovery');
    // The beat list is kept exactly as received.
    expect(draft?.record.raw_payload).toEqual([
      expect.objectContaining({
        value: '42.5',
        '#children': [{ '#name': 'HeartRateVariabilityMetadataList', '#children': [{ '#name': 'InstantaneousBeatsPerMinute', bpm: '61', time: '2:14:05.21 AM' }] }],
      }),
    ]);
  });

  it('turns heart-rate records into samples, grouped per source and local day, the payload the records exactly', async () => {
    const motion = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n';
    const xml = exportXml(
      quantity('HeartRate', WATCH, 'count/min', '72', '2025-05-03 07:13:58 -0700', '2025-05-03 07:13:58 -0700', motion) +
        quantity('HeartRate', WATCH, 'count/min', '900', '2025-05-03 07:18:58 -0700') +
        quantity('HeartRate', WATCH, 'count/min', '64', '2025-05-04 07:13:58 -0700'),
    );
    const { drafts } = await collectAppleHealth(xml);
    const groups = drafts.filter((draft) => draft.record.activity_type_raw === 'HKQuantityTypeIdentifierHeartRate');
    expect(groups.map((draft) => draft.record.external_id)).toEqual([
      appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierHeartRate', WATCH, '2025-05-03'),
      appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierHeartRate', WATCH, '2025-05-04'),
    ]);
    expect(groups[0]?.samples).toEqual([{ metric_type: 'heart_rate_bpm', recorded_at: '2025-05-03T14:13:58.000Z', value: 72, unit: 'bpm', stream_index: null }]);
    expect(groups[0]?.warnings.map((warning) => [warning.code, warning.path])).toEqual([['out_of_bounds', [1, 'value']]]);
    expect(groups[0]?.record.raw_payload).toEqual([
      {
        type: 'HKQuantityTypeIdentifierHeartRate', sourceName: WATCH, sourceVersion: '10.4',
        device: '<<HKDevice: 0x2837d5590>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.4>',
        unit: 'count/min', creationDate: '2025-05-03 07:13:58 -0700', startDate: '2025-05-03 07:13:58 -0700', endDate: '2025-05-03 07:13:58 -0700', value: '72',
        '#children': [{ '#name': 'MetadataEntry', key: 'HKMetadataKeyHeartRateMotionContext', value: '1' }],
      },
      expect.objectContaining({ value: '900' }),
    ]);
    expect(groups[0]?.record).toMatchObject({ start_time: '2025-05-03T14:13:58.000Z', end_time: '2025-05-03T14:18:58.000Z' });
  });

  it('keeps types it does not map in the raw lake only, and correlations without counting their records twice', async () => {
    const at = '2025-05-03 08:00:00 -0700';
    const inner = (type: string, value: string) => `  <Record type="HKQuantityTypeIdentifier${type}" sourceName="OMRON connect" unit="mmHg" creationDate="${at}" startDate="${at}" endDate="${at}" value="${value}"/>\n`;
    const xml = exportXml(
      quantity('FlightsClimbed', PHONE, 'count', '3', at) +
        inner('BloodPressureSystolic', '118').replace('  <', ' <') +
        ` <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="OMRON connect" creationDate="${at}" startDate="${at}" endDate="${at}">\n${inner('BloodPressureSystolic', '118')}${inner('BloodPressureDiastolic', '76')} </Correlation>\n`,
    );
    const { drafts } = await collectAppleHealth(xml);
    expect(drafts.find((draft) => draft.record.activity_type_raw === 'HKQuantityTypeIdentifierFlightsClimbed')).toMatchObject({ biometrics: [], samples: [], daily_totals: [] });
    const correlation = drafts.find((draft) => draft.record.resource === 'correlation');
    expect(correlation?.record.external_id).toBe(appleHealthRecordGroupExternalId('correlation', 'HKCorrelationTypeIdentifierBloodPressure', 'OMRON connect', '2025-05-03'));
    expect(correlation?.biometrics).toEqual([]);
    expect(drafts.flatMap((draft) => draft.biometrics.map((biometric) => [biometric.metric_type, biometric.value]))).toEqual([['blood_pressure_systolic_mmhg', 118]]);
  });

  it('skips clinical records and unknown elements, with the reason, and counts them', async () => {
    const xml = exportXml(' <ClinicalRecord type="HKClinicalTypeIdentifierLabResultRecord" identifier="x" sourceName="Clinic" sourceURL="u" fhirVersion="4.0.1" receivedDate="2025-05-03 08:00:00 -0700" resourceFilePath="/clinical-records/x.json"/>\n <Hologram kind="future"/>\n');
    const { skipped, summary } = await collectAppleHealth(xml);
    expect(skipped).toEqual([
      { external_id: null, reason: 'clinical record (health records are not training data); not imported', path: ['ClinicalRecord', 0] },
      { external_id: null, reason: 'unknown element <Hologram>; not imported', path: ['Hologram', 0] },
    ]);
    expect(summary.elements).toMatchObject({ ClinicalRecord: 1, Hologram: 1, ExportDate: 1 });
    expect(summary.exportDate).toBe('2025-05-11 09:14:22 -0700');
    expect(summary.locale).toBe('en_US');
  });
});

describe('readAppleHealthXml: daily totals never add overlapping sources', () => {
  it('counts one source per day, the largest, with the per-source sums kept in the daily_total record', async () => {
    const steps = (source: string, value: string, start: string, end: string) => quantity('StepCount', source, 'count', value, start, end);
    const xml = exportXml(
      steps(PHONE, '500', '2025-05-03 08:00:00 -0700', '2025-05-03 08:10:00 -0700') +
        steps(WATCH, '520', '2025-05-03 08:00:30 -0700', '2025-05-03 08:10:00 -0700') +
        steps(PHONE, '300', '2025-05-03 12:00:00 -0700', '2025-05-03 12:05:00 -0700') +
        steps(WATCH, '310', '2025-05-03 12:00:00 -0700', '2025-05-03 12:05:00 -0700') +
        // The same watch record written twice: counted once.
        steps(WATCH, '310', '2025-05-03 12:00:00 -0700', '2025-05-03 12:05:00 -0700') +
        steps(PHONE, '900', '2025-05-04 09:00:00 -0700', '2025-05-04 09:15:00 -0700') +
        quantity('DistanceWalkingRunning', PHONE, 'mi', '0.5', '2025-05-04 09:00:00 -0700', '2025-05-04 09:15:00 -0700'),
    );
    const { drafts } = await collectAppleHealth(xml);
    const totals = drafts.filter((draft) => draft.record.resource === 'daily_total');
    expect(totals.map((draft) => [draft.record.external_id, draft.daily_totals])).toEqual([
      ['daily_total:distance_m:2025-05-04', [{ metric_type: 'distance_m', local_date: '2025-05-04', value: 804.672, source_name: PHONE, source_path: ['sources', 0, 'value'] }]],
      ['daily_total:steps:2025-05-03', [{ metric_type: 'steps', local_date: '2025-05-03', value: 830, source_name: WATCH, source_path: ['sources', 0, 'value'] }]],
      ['daily_total:steps:2025-05-04', [{ metric_type: 'steps', local_date: '2025-05-04', value: 900, source_name: PHONE, source_path: ['sources', 0, 'value'] }]],
    ]);
    const watchGroup = appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierStepCount', WATCH, '2025-05-03');
    expect(totals[1]?.record).toMatchObject({ record_kind: 'daily_summary', parent_external_id: watchGroup });
    expect(totals[1]?.record.raw_payload).toEqual({
      metric: 'steps', type: 'HKQuantityTypeIdentifierStepCount', local_date: '2025-05-03', unit: 'count',
      sources: [
        // Sorted by name: 'Jane’s Apple Watch' < 'Jane’s iPhone'.
        { sourceName: WATCH, value: 830, records: 2, record_external_ids: [watchGroup] },
        { sourceName: PHONE, value: 800, records: 2, record_external_ids: [appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierStepCount', PHONE, '2025-05-03')] },
      ],
    });
    const watchDraft = drafts.find((draft) => draft.record.external_id === watchGroup);
    expect(watchDraft?.warnings.map((warning) => warning.message)).toEqual(['1 records repeat another record\'s interval and value exactly; counted once']);
    expect(watchDraft?.record.raw_payload).toHaveLength(3);
  });

  it('converts energy in kJ and lets an ActivitySummary state the day’s active energy', async () => {
    const xml = exportXml(
      quantity('ActiveEnergyBurned', WATCH, 'kJ', '418.4', '2025-05-03 08:00:00 -0700', '2025-05-03 08:10:00 -0700') +
        quantity('ActiveEnergyBurned', WATCH, 'kJ', '41.84', '2025-05-04 08:00:00 -0700', '2025-05-04 08:10:00 -0700') +
        quantity('BasalEnergyBurned', WATCH, 'Cal', '60.5', '2025-05-03 08:00:00 -0700', '2025-05-03 09:00:00 -0700') +
        ' <ActivitySummary dateComponents="2025-05-03" activeEnergyBurned="512.25" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="Cal" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="42" appleExerciseTimeGoal="30" appleStandHours="11" appleStandHoursGoal="12"/>\n' +
        ' <ActivitySummary dateComponents="2025-05-04" activeEnergyBurned="0" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="Cal" appleExerciseTime="0" appleStandHours="2"/>\n',
    );
    const { drafts, skipped } = await collectAppleHealth(xml);
    const totals = drafts.flatMap((draft) => draft.daily_totals.map((total) => [draft.record.resource, total.local_date, total.metric_type, total.value]));
    expect(totals).toEqual([
      ['activity_summary', '2025-05-03', 'active_energy_kcal', 512.25],
      ['activity_summary', '2025-05-03', 'exercise_minutes', 42],
      ['activity_summary', '2025-05-03', 'stand_hours', 11],
      ['activity_summary', '2025-05-03', 'move_minutes', 0],
      ['activity_summary', '2025-05-04', 'exercise_minutes', 0],
      ['activity_summary', '2025-05-04', 'stand_hours', 2],
      ['daily_total', '2025-05-04', 'active_energy_kcal', 10],
      ['daily_total', '2025-05-03', 'basal_energy_kcal', 60.5],
    ]);
    expect(skipped).toEqual([
      { external_id: 'daily_total:active_energy_kcal:2025-05-03', reason: 'active energy comes from the day’s ActivitySummary (Apple’s Move ring figure), not from the records', path: [] },
    ]);
    expect(drafts.find((draft) => draft.record.resource === 'activity_summary')?.record).toMatchObject({ external_id: 'activity_summary:2025-05-03', record_kind: 'daily_summary' });
  });
});

describe('readAppleHealthXml: malformed exports', () => {
  const body = ME + quantity('RestingHeartRate', WATCH, 'count/min', '51', '2025-05-03 00:00:01 -0700');

  it('survives the broken internal DTD of iOS 16 exports, and reports it removed', async () => {
    const doctype = appleHealthExportDtd({ version: '12', broken: true });
    expect(doctype).toContain('brand            CDATA #IMPLIED\n<!ELEMENT RightEye');
    const { drafts, failures, summary } = await collectAppleHealth(exportXml(body, { doctype }));
    expect(failures).toEqual([]);
    expect(drafts.map((draft) => draft.record.resource)).toEqual(['me', 'record']);
    expect(summary).toMatchObject({ doctypeRemoved: true, exportVersion: '12', xmlErrors: 0 });
  });

  it('removes stray control characters such as \\x0b, and counts them', async () => {
    const xml = exportXml(ME + quantity('RestingHeartRate', WATCH, 'count/min', '51', '2025-05-03 00:00:01 -0700').replace('sourceVersion="10.4"', 'sourceVersion="10.4\x0b"') + ' <Workout workoutActivityType="HKWorkoutActivityTypeYoga" duration="20" durationUnit="min" sourceName="Yoga\x0c App" startDate="2025-05-03 18:00:00 -0700" endDate="2025-05-03 18:20:00 -0700">\n  <MetadataEntry key="HKWorkoutBrandName" value="Morning\x0bFlow\x00"/>\n </Workout>\n');
    const { drafts, failures, summary } = await collectAppleHealth(xml);
    expect(failures).toEqual([]);
    expect(summary.illegalCharactersRemoved).toBe(4);
    expect(drafts.find((draft) => draft.record.resource === 'record')?.record.raw_payload).toEqual([expect.objectContaining({ sourceVersion: '10.4' })]);
    const workout = drafts.find((draft) => draft.record.resource === 'workout');
    expect(workout?.record.raw_payload).toMatchObject({ sourceName: 'Yoga App', '#children': [{ key: 'HKWorkoutBrandName', value: 'MorningFlow' }] });
  });

  it('reports an export cut off in the middle: the elements read so far are kept, the open one is a failure', async () => {
    const full = exportXml(body + ' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="W" startDate="2025-05-03 07:00:00 -0700" endDate="2025-05-03 07:30:00 -0700">\n  <MetadataEntry key="HKTimeZone" value="America/Los_Angeles"/>\n </Workout>\n');
    const cut = full.slice(0, full.indexOf('</Workout>'));
    const { drafts, failures, summary } = await collectAppleHealth(cut);
    expect(drafts.map((draft) => draft.record.resource)).toEqual(['me', 'record']);
    expect(failures.at(-1)).toEqual({
      external_id: null,
      raw_payload: expect.objectContaining({ workoutActivityType: 'HKWorkoutActivityTypeRunning' }),
      failure: { code: 'invalid_xml', message: 'the document ended inside <Workout>; that element was not read', path: ['Workout'] },
    });
    expect(failures.every((failed) => failed.failure.code === 'invalid_xml')).toBe(true);
    expect(summary.xmlErrors).toBeGreaterThan(0);
  });

  it('reports an unclosed tag and reads on', async () => {
    const xml = exportXml(' <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="W" unit="count/min" startDate="2025-05-03 00:00:01 -0700" endDate="2025-05-03 00:00:01 -0700" value="51">\n' + ME);
    const { failures, drafts } = await collectAppleHealth(xml);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failed) => failed.failure.code === 'invalid_xml')).toBe(true);
    expect(drafts.every((draft) => draft.record.provider === 'apple_health')).toBe(true);
  });

  it('refuses XML of another kind (export_cda.xml) with one failure', async () => {
    const { failures, drafts, summary } = await collectAppleHealth('<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>x</title></ClinicalDocument>\n');
    expect(drafts).toEqual([]);
    expect(failures.map((failed) => failed.failure)).toEqual([{ code: 'invalid_xml', message: 'not an Apple Health export: the root element is <ClinicalDocument>, not <HealthData>', path: [] }]);
    expect(summary.stoppedEarly).toBe(true);
  });

  it('stops after 100 XML errors on garbage, without throwing', async () => {
    const garbage = `<HealthData>${'<a b=1 c=2 & < > '.repeat(500)}`;
    const { failures, summary } = await collectAppleHealth(garbage);
    expect(failures).toHaveLength(101);
    expect(failures.at(-1)?.failure.message).toMatch(/^more than 100 XML errors; reading stopped/);
    expect(summary.stoppedEarly).toBe(true);
  });

  it('reports an empty input and a read error of the source as failures', async () => {
    expect((await collectAppleHealth('')).failures.map((failed) => failed.failure.code)).toEqual(['invalid_xml']);
    async function* broken(): AsyncGenerator<string> {
      yield exportXml(ME).slice(0, 200);
      throw new Error('EIO: i/o error, read');
    }
    const { failures } = await collectAppleHealth(broken());
    expect(failures[0]?.failure).toEqual({ code: 'normalizer_error', message: 'reading the export failed: EIO: i/o error, read', path: [] });
  });

  it('fails a record without a type or with an unreadable date, keeping its raw attributes', async () => {
    const xml = exportXml(' <Record sourceName="W" value="1" startDate="2025-05-03 00:00:01 -0700"/>\n <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="W" value="61" startDate="yesterday"/>\n');
    const { failures } = await collectAppleHealth(xml);
    expect(failures).toEqual([
      { external_id: null, raw_payload: { sourceName: 'W', value: '1', startDate: '2025-05-03 00:00:01 -0700' }, failure: { code: 'schema_mismatch', message: 'a Record needs a type and a sourceName', path: ['Record', 0] } },
      { external_id: null, raw_payload: { type: 'HKQuantityTypeIdentifierHeartRate', sourceName: 'W', value: '61', startDate: 'yesterday' }, failure: { code: 'invalid_date', message: 'startDate "yesterday" is not an Apple Health date', path: ['Record', 1, 'startDate'] } },
    ]);
  });

  it('yields well-formed results', async () => {
    const { batches } = await collectAppleHealth(exportXml(body, { doctype: appleHealthExportDtd({ version: '14', broken: false }) }));
    for (const batch of batches) expect(NormalizationResultSchema.safeParse(batch).success).toBe(true);
  });
});

describe('readAppleHealthXml: batching and grouping', () => {
  it('cuts batches at batchSize elements and splits a group written in two places into parts', async () => {
    const hr = (day: string, time: string) => quantity('HeartRate', WATCH, 'count/min', '60', `2025-05-${day} ${time} -0700`);
    let body = '';
    for (let index = 0; index < 6; index += 1) body += hr('03', `08:0${index}:00`);
    for (let index = 0; index < 6; index += 1) body += hr('04', `08:0${index}:00`);
    body += hr('03', '09:00:00');
    const { batches, drafts, summary } = await collectAppleHealth(exportXml(body), { batchSize: 4, maxOpenRecords: 4 });
    const groups = drafts.filter((draft) => draft.record.resource === 'record');
    const day3 = appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierHeartRate', WATCH, '2025-05-03');
    expect(groups.map((draft) => [draft.record.external_id, draft.samples.length])).toEqual([
      [day3, 6],
      [appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierHeartRate', WATCH, '2025-05-04'), 6],
      [`${day3}:part2`, 1],
    ]);
    expect(summary.continuationParts).toBe(1);
    expect(batches.length).toBeGreaterThanOrEqual(3);
  });

  it('makes the daily totals a batch at a time, as they are taken, and reports the summary with the last', async () => {
    let body = '';
    for (let day = 1; day <= 9; day += 1) body += quantity('StepCount', PHONE, 'count', '100', `2025-05-0${day} 08:00:00 -0700`, `2025-05-0${day} 08:10:00 -0700`);
    let summaries = 0;
    const totalsPerBatch: number[] = [];
    const summariesBeforeBatch: number[] = [];
    for await (const batch of readAppleHealthXml([exportXml(body)], { batchSize: 4, onSummary: () => (summaries += 1) })) {
      const totals = batch.drafts.filter((draft) => draft.record.resource === 'daily_total').length;
      if (totals === 0) continue;
      totalsPerBatch.push(totals);
      summariesBeforeBatch.push(summaries);
    }
    // Nine days of steps in batches of at most four (the first also ends the record groups), the summary with the last.
    expect(totalsPerBatch.reduce((sum, count) => sum + count, 0)).toBe(9);
    expect(totalsPerBatch.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...totalsPerBatch)).toBeLessThanOrEqual(4);
    expect(summariesBeforeBatch).toEqual([...totalsPerBatch.slice(1).map(() => 0), 1]);
  });
});
