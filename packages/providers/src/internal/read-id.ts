const MAX_ID_LENGTH = 128;

/**
 * A provider id as a string: a positive safe integer, or a non-empty string of at most 128 characters without
 * surrounding whitespace. `null` for anything else.
 */
export function readId(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed.length > 0 && trimmed.length <= MAX_ID_LENGTH && trimmed === value ? value : null;
  }
  return null;
}
