import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { biometricDeviceClassOf } from './biometric-device-class-of.js';
import { biometricSourceRank } from './biometric-source-rank.js';
import { BIOMETRIC_SOURCE_PRIORITY } from './biometric-source-priority.js';
import { parseBiometricSourcePriority } from './biometric-source-priority-schema.js';

describe('BIOMETRIC_SOURCE_PRIORITY', () => {
  it('is a valid, frozen configuration with a manual entry first for every metric', () => {
    expect(parseBiometricSourcePriority(BIOMETRIC_SOURCE_PRIORITY)).toEqual(BIOMETRIC_SOURCE_PRIORITY);
    expect(Object.isFrozen(BIOMETRIC_SOURCE_PRIORITY.order.default)).toBe(true);
    for (const order of [BIOMETRIC_SOURCE_PRIORITY.order.default, ...Object.values(BIOMETRIC_SOURCE_PRIORITY.order.by_metric)]) {
      expect(order[0]).toBe('manual');
    }
  });

  it('classes sources by normalizer, then provider', () => {
    expect(biometricDeviceClassOf({ source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions' })).toBe('scale');
    expect(biometricDeviceClassOf({ source: 'provider', provider: 'garmin', normalizer_id: 'garmin.activities' })).toBe('watch');
    expect(biometricDeviceClassOf({ source: 'provider', provider: 'oura', normalizer_id: 'oura.personal_info' })).toBe('profile_entry');
    expect(biometricDeviceClassOf({ source: 'provider', provider: 'oura', normalizer_id: 'oura.sleep' })).toBe('overnight_wearable');
    expect(biometricDeviceClassOf({ source: 'provider', provider: 'apple_health' })).toBe('health_hub');
    expect(biometricDeviceClassOf({ source: 'provider', provider: null })).toBe('other');
    expect(biometricDeviceClassOf({ source: 'manual', provider: null })).toBe('manual');
  });

  it('ranks by the metric order, classes it does not name last', () => {
    const whoop = { source: 'provider', provider: 'whoop', normalizer_id: 'whoop.recovery' } as const;
    const watch = { source: 'provider', provider: 'garmin', normalizer_id: 'garmin.dailies' } as const;
    expect(biometricSourceRank({ ...whoop, metric_type: 'resting_hr_bpm' })).toBeLessThan(biometricSourceRank({ ...watch, metric_type: 'resting_hr_bpm' }));
    expect(biometricSourceRank({ ...whoop, metric_type: 'weight_kg' })).toBeGreaterThan(biometricSourceRank({ ...watch, metric_type: 'weight_kg' }));
    const narrow = parseBiometricSourcePriority({ ...BIOMETRIC_SOURCE_PRIORITY, order: { default: ['watch'], by_metric: {} } });
    expect(biometricSourceRank({ ...watch, metric_type: 'weight_kg' }, narrow)).toBe(0);
    expect(biometricSourceRank({ source: 'manual', metric_type: 'weight_kg' }, narrow)).toBe(1);
    expect(biometricSourceRank({ ...whoop, metric_type: 'weight_kg' }, narrow)).toBe(3);
  });

  it('rejects a bad configuration with a typed error naming the field', () => {
    try {
      parseBiometricSourcePriority({ ...BIOMETRIC_SOURCE_PRIORITY, order: { default: ['manual', 'manual'], by_metric: { weight_kg: ['tablet'] } } });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual(['order.by_metric.weight_kg.0', 'order.default']);
    }
  });
});
