import type { JsonValue } from '@trainkit/core';
import { isJsonObject } from '../../internal/read-payload.js';
import type { PayloadPath } from '../../normalization-failure.js';

/** One decoded FIT message as JSON (field name → value), as `fitJson` writes it: dates are ISO-8601 strings. */
export type FitJsonMesg = Readonly<Record<string, JsonValue>>;

/** The message lists the FIT normalizer reads, under the keys `@garmin/fitsdk`'s decoder gives them. */
export const FIT_MESSAGE_KEYS = ['fileIdMesgs', 'activityMesgs', 'sessionMesgs', 'lapMesgs', 'recordMesgs', 'setMesgs'] as const;

/** One of {@link FIT_MESSAGE_KEYS}. */
export type FitMessageKey = (typeof FIT_MESSAGE_KEYS)[number];

/** The lists of {@link FIT_MESSAGE_KEYS} (an absent list is empty). */
export type FitMessageLists = Readonly<Record<FitMessageKey, readonly FitJsonMesg[]>>;

/** The lists, or where the messages are not shaped as decoded FIT messages. */
export type FitMessageListsRead =
  | { readonly ok: true; readonly lists: FitMessageLists }
  | { readonly ok: false; readonly message: string; readonly path: PayloadPath };

/**
 * Reads the message lists the normalizer needs from decoded FIT messages as JSON: each of {@link FIT_MESSAGE_KEYS}
 * is absent (or `null`: an empty list) or an array of objects; anything else is reported with its path. Other keys
 * (`deviceInfoMesgs`, `eventMesgs`, developer data) are not read.
 */
export function readFitMessageLists(messages: Readonly<Record<string, unknown>>): FitMessageListsRead {
  const lists: Partial<Record<FitMessageKey, readonly FitJsonMesg[]>> = {};
  for (const key of FIT_MESSAGE_KEYS) {
    const value = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
    if (value === undefined || value === null) {
      lists[key] = [];
      continue;
    }
    if (!Array.isArray(value)) return { ok: false, message: `${key} is not a list of FIT messages`, path: [key] };
    for (let index = 0; index < value.length; index += 1) {
      if (!isJsonObject(value[index])) return { ok: false, message: `${key}[${index}] is not a FIT message (an object)`, path: [key, index] };
    }
    lists[key] = value as FitJsonMesg[];
  }
  return { ok: true, lists: lists as FitMessageLists };
}
