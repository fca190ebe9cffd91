/**
 * `@trainkit/providers`: pure, versioned normalizers that turn provider payloads, exactly as each provider delivers
 * them, into raw-record identities (for the raw lake) and canonical drafts (activities in SI units, raw streams,
 * recovery signals, biometrics). This entry holds the shared types; each provider has its own subpath
 * (`@trainkit/providers/strava`, `@trainkit/providers/whoop`, `@trainkit/providers/oura`), so loading one never loads the others.
 *
 * Normalizers never throw: every result lists its drafts and a typed failure (`{ code, message, path }`) for each
 * record that could not be normalized.
 *
 * @packageDocumentation
 */
export * from './normalizer-descriptor.js';
export * from './normalization-failure.js';
export * from './provider-record-draft.js';
export * from './normalization-result.js';
export * from './provider-webhook-event.js';
