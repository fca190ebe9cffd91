import type { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import { err, ok, type Result } from '../result/result.js';

/**
 * Converts zod issues into trainkit {@link ValidationIssue}s: dotted path, rule name, message.
 *
 * @example
 * ```ts
 * const issues = toValidationIssues(schema.safeParse(x).error!.issues);
 * ```
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    rule: issue.code,
    message: issue.message,
  }));
}

/**
 * Validates `input` with `schema`; returns a {@link Result} holding the parsed value or a {@link ValidationError}.
 *
 * @example
 * ```ts
 * const result = safeParseWithSchema(ActivityInstanceSchema, input, 'activity_instances');
 * ```
 */
export function safeParseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): Result<z.output<S>, ValidationError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(new ValidationError(subject, toValidationIssues(parsed.error.issues), { cause: parsed.error }));
}

/**
 * Validates `input` with `schema`; returns the parsed value or throws a {@link ValidationError} naming field and rule.
 *
 * @example
 * ```ts
 * const row = parseWithSchema(ActivityInstanceSchema, input, 'activity_instances');
 * ```
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeParseWithSchema(schema, input, subject);
  if (result.ok) return result.value;
  throw result.error;
}
