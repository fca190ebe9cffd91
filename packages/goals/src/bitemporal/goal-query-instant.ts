import { InstantSchema, ValidationError } from '@trainkit/core';

/** Internal: an instant argument of a goal query in epoch ms, or a `ValidationError` naming it. */
export function goalQueryInstant(value: unknown, name: string): number {
  const parsed = InstantSchema.safeParse(value);
  if (parsed.success) return Date.parse(parsed.data);
  throw new ValidationError('goal query', [
    { path: name, rule: 'invalid_format', message: `must be an ISO-8601 date-time with Z or a UTC offset, got ${JSON.stringify(value)}` },
  ]);
}
