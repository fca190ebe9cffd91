import fc from 'fast-check';
import { expect } from 'vitest';
import { NormalizationResultSchema, type NormalizationResult } from '../normalization-result.js';
import { WebhookNormalizationResultSchema, type WebhookNormalizationResult } from '../provider-webhook-event.js';

type Path = (string | number)[];

/** Every path (object keys and array indexes) inside a JSON value, the root included. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...allPaths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...prefix, key]));
  }
  return paths;
}

/** A deep copy of `value` with the value at `path` replaced (or removed when `replacement` is `REMOVE`). */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (rest.length === 0 && replacement === REMOVE) delete copy[head as string];
    else copy[head as string] = replaceAt(copy[head as string], rest, replacement);
    return copy;
  }
  return value;
}

/** Marker for {@link replaceAt}: remove the key or element. */
export const REMOVE = Symbol('remove');

const absurdValue = fc.oneof(
  fc.constantFrom(900, -1, 0, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1, '', 'null', '900', true, null, [], {}),
  fc.constantFrom('1899-12-31T23:59:59Z', '2024-02-30T10:00:00Z', '2024-06-12T07:01:12', 'yesterday', '+99:99', 'Z', '<html>'),
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.integer(),
  fc.string(),
);

/**
 * Mutations of a valid payload: the payload text truncated anywhere, an HTML page, and the parsed payload with up to
 * three values replaced by wrong types or absurd values (a heart rate of 900, NaN, dates out of range) or removed.
 */
export function payloadMutations(valid: unknown): fc.Arbitrary<unknown> {
  const text = JSON.stringify(valid);
  const paths = allPaths(valid);
  const truncated = fc.nat({ max: text.length }).map((length) => text.slice(0, length));
  const html = fc.constant('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>');
  const edit = fc.tuple(fc.constantFrom(...paths), fc.oneof(absurdValue, fc.constant<unknown>(REMOVE)));
  const edited = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) =>
    edits.reduce<unknown>((payload, [path, replacement]) => replaceAt(payload, path, replacement), valid),
  );
  const editedText = edited.map((payload) => {
    try {
      return JSON.stringify(payload) ?? 'undefined';
    } catch {
      return 'not json';
    }
  });
  return fc.oneof({ weight: 1, arbitrary: truncated }, { weight: 1, arbitrary: html }, { weight: 4, arbitrary: edited }, { weight: 2, arbitrary: editedText });
}

/** Asserts a record normalizer never throws on `payload`, returns a well-formed result and is deterministic. */
export function expectTotalAndDeterministic(normalize: (payload: unknown) => NormalizationResult, payload: unknown): void {
  const first = normalize(payload);
  const second = normalize(payload);
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  const parsed = NormalizationResultSchema.safeParse(first);
  if (!parsed.success) throw new Error(`malformed result: ${parsed.error.message}\n${JSON.stringify(first).slice(0, 2000)}`);
  const hidden = first.failures.find((failed) => failed.failure.code === 'normalizer_error' || failed.failure.message.startsWith('draft rejected'));
  if (hidden) throw new Error(`a rule let an unexpected error or an invalid draft through: ${hidden.failure.message}`);
}

/** Asserts a webhook normalizer never throws on `payload`, returns a well-formed result and is deterministic. */
export function expectWebhookTotalAndDeterministic(normalize: (payload: unknown) => WebhookNormalizationResult, payload: unknown): void {
  const first = normalize(payload);
  expect(JSON.stringify(normalize(payload))).toBe(JSON.stringify(first));
  const parsed = WebhookNormalizationResultSchema.safeParse(first);
  if (!parsed.success) throw new Error(`malformed result: ${parsed.error.message}`);
  if (!first.ok && first.failure.code === 'normalizer_error') throw new Error(`unexpected error: ${first.failure.message}`);
}
