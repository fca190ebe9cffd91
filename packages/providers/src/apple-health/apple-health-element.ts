import type { JsonValue } from '@trainkit/core';

/**
 * An XML element of the export as JSON, exactly as received: its attributes as string members (the reader writes
 * them in sorted order, the order the raw lake stores, since attribute order carries no meaning in XML); its child
 * elements (if any) in `#children`, in document order, each with its name in `#name`. `#` cannot start an XML attribute name,
 * so these keys never collide with an attribute.
 *
 * @example
 * ```ts
 * const record: AppleHealthElementJson = { type: 'HKQuantityTypeIdentifierHeartRate', value: '72', '#children': [{ '#name': 'MetadataEntry', key: 'HKMetadataKeyHeartRateMotionContext', value: '0' }] };
 * ```
 */
export interface AppleHealthElementJson {
  [attribute: string]: string | AppleHealthElementJson[] | undefined;
  '#name'?: string;
  '#children'?: AppleHealthElementJson[];
}

/** Key of an element's name in {@link AppleHealthElementJson}. */
export const NAME_KEY = '#name';
/** Key of an element's children in {@link AppleHealthElementJson}. */
export const CHILDREN_KEY = '#children';

/** An attribute of an element JSON as a string, `null` when absent, empty or not a string. */
export function attribute(element: unknown, name: string): string | null {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return null;
  const value = (element as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The child elements of an element JSON (an empty list when it has none or they are malformed). */
export function childrenOf(element: unknown): readonly AppleHealthElementJson[] {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return [];
  const children = (element as Record<string, unknown>)[CHILDREN_KEY];
  return Array.isArray(children) ? (children.filter((child) => typeof child === 'object' && child !== null && !Array.isArray(child)) as AppleHealthElementJson[]) : [];
}

/**
 * The `MetadataEntry` children of an element as a key → value map (first value wins). An entry with an empty value
 * says nothing (an empty `HKTimeZone` names no zone), as an empty attribute does (`attribute`).
 */
export function metadataOf(element: unknown): ReadonlyMap<string, string> {
  const metadata = new Map<string, string>();
  for (const child of childrenOf(element)) {
    if (child[NAME_KEY] !== 'MetadataEntry') continue;
    const key = attribute(child, 'key');
    const value = attribute(child, 'value');
    if (key !== null && value !== null && !metadata.has(key)) metadata.set(key, value);
  }
  return metadata;
}

/** The element JSON as a `JsonValue` (it is one by construction). */
export function asJson(element: AppleHealthElementJson | readonly AppleHealthElementJson[]): JsonValue {
  return element as unknown as JsonValue;
}
