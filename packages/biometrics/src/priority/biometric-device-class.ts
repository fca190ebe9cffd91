import { z } from 'zod';

/**
 * What kind of source a biometric value came from, best measurement first for body composition:
 *
 * - `manual`: typed in by the person (a clinic measurement, a scale reading copied by hand);
 * - `scale`: a connected body-composition scale (Garmin Index through `garmin.body_compositions`);
 * - `overnight_wearable`: a ring or strap that measures resting heart rate and HRV during sleep (WHOOP, Oura);
 * - `watch`: a sports watch's daily summary or activity file (Garmin dailies, FIT);
 * - `health_hub`: an aggregator that stores values from many devices without saying which (Apple Health);
 * - `profile_entry`: a value the person typed into a provider's profile once (Oura personal info, Apple Health `Me`);
 * - `other`: any other provider source.
 *
 * @example
 * ```ts
 * BIOMETRIC_DEVICE_CLASSES.includes('scale'); // true
 * ```
 */
export const BIOMETRIC_DEVICE_CLASSES = ['manual', 'scale', 'overnight_wearable', 'watch', 'health_hub', 'profile_entry', 'other'] as const;

/**
 * One of {@link BIOMETRIC_DEVICE_CLASSES}.
 *
 * @example
 * ```ts
 * const deviceClass: BiometricDeviceClass = 'overnight_wearable';
 * ```
 */
export type BiometricDeviceClass = (typeof BIOMETRIC_DEVICE_CLASSES)[number];

/**
 * Schema of {@link BIOMETRIC_DEVICE_CLASSES}.
 *
 * @example
 * ```ts
 * BiometricDeviceClassSchema.parse('watch');
 * ```
 */
export const BiometricDeviceClassSchema = z.enum(BIOMETRIC_DEVICE_CLASSES);
