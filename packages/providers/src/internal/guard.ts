import type { NormalizationFailure } from '../normalization-failure.js';

/** Runs `body`; an unexpected exception becomes a `normalizer_error` failure handed to `onError`. */
export function guard<T>(body: () => T, onError: (failure: NormalizationFailure) => T): T {
  try {
    return body();
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : 'unexpected error';
    return onError({ code: 'normalizer_error', message: `normalizer error: ${message}`, path: [] });
  }
}
