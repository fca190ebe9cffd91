import { ValidationError, toValidationIssues, type ValidationIssue } from '@trainkit/core';
import type { z } from 'zod';
import type { TableRuntime } from './table-runtime.js';

/**
 * Validates one row with the table's insert schema (through its lean compiled validator when it can decide); returns the completed row (defaults applied, values
 * canonicalized) or throws a {@link ValidationError} naming the table, the field and the rule.
 *
 * @internal
 */
export function validateRow(runtime: TableRuntime, input: unknown): Record<string, unknown> {
  return runtime.fastValidate?.(input) ?? (validateWith(runtime.definition.insertSchema, input, runtime.name) as Record<string, unknown>);
}

/**
 * Validates every row before anything is written; the error of the first bad row names its position
 * (`row 3: ...`, counting from `firstIndex` for a chunk of a larger batch), its field and its rule.
 *
 * @internal
 */
export function validateRows(runtime: TableRuntime, inputs: readonly unknown[], firstIndex = 0): Record<string, unknown>[] {
  if (!Array.isArray(inputs)) {
    throw new ValidationError(runtime.name, [{ path: '', rule: 'invalid_type', message: 'expected an array of rows' }]);
  }
  const schema = runtime.definition.insertSchema;
  const rows = new Array<Record<string, unknown>>(inputs.length);
  const fast = runtime.fastValidate;
  for (let index = 0; index < inputs.length; index += 1) {
    const accepted = fast?.(inputs[index]);
    if (accepted) {
      rows[index] = accepted;
      continue;
    }
    const parsed = schema.safeParse(inputs[index]);
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error.issues).map((issue) => ({
        ...issue,
        message: inputs.length > 1 || firstIndex > 0 ? `row ${firstIndex + index}: ${issue.message}` : issue.message,
      }));
      throw new ValidationError(runtime.name, issues, { cause: parsed.error });
    }
    rows[index] = parsed.data as Record<string, unknown>;
  }
  return rows;
}

/**
 * Validates `input` with any schema, throwing a {@link ValidationError} about `subject`.
 *
 * @internal
 */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(subject, toValidationIssues(parsed.error.issues), { cause: parsed.error });
}

/**
 * A {@link ValidationError} with one issue.
 *
 * @internal
 */
export function validationError(subject: string, path: string, rule: string, message: string): ValidationError {
  const issue: ValidationIssue = { path, rule, message };
  return new ValidationError(subject, [issue]);
}
