import { ValidationError, isTrainkitError, type ValidationIssue } from '@trainkit/core';
import { z } from '@hono/zod-openapi';

/** An RFC 9457 problem document as this server writes it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly reason?: string;
  readonly errors?: readonly ValidationIssue[];
}

/** The OpenAPI schema of a problem document. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    reason: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), rule: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Builds a problem with `type` derived from its code (`about:blank`-style URN per code). */
export function problem(status: number, code: string, detail: string, extra: { reason?: string; errors?: readonly ValidationIssue[] } = {}): Problem {
  return {
    type: `urn:trainkit:problem:${code.toLowerCase()}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
  };
}

/** A `Response` carrying a problem as `application/problem+json`. */
export function problemResponse(value: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status: value.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** Zod issues (request validation) as the library's validation issues. */
export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), rule: issue.code, message: issue.message }));
}

/**
 * Maps anything thrown by a handler to a problem: trainkit's typed errors by their stable code, everything else a
 * generic 500 whose detail never carries the message or stack.
 */
export function problemFromError(error: unknown): Problem {
  if (error instanceof ValidationError) {
    return problem(400, error.code, error.message, { errors: error.issues });
  }
  if (isTrainkitError(error, 'NOT_FOUND')) return problem(404, error.code, error.message);
  if (isTrainkitError(error, 'CONFLICT')) return problem(409, error.code, error.message);
  if (isTrainkitError(error, 'PROVIDER_FAILED')) return problem(502, error.code, error.message);
  if (isTrainkitError(error, 'STORAGE_UNAVAILABLE')) return problem(503, error.code, 'The database is not available.');
  if (isTrainkitError(error, 'CONFIG_INVALID')) return problem(500, error.code, 'The server is misconfigured.');
  if (isTrainkitError(error)) {
    const reason = readReason(error);
    return problem(500, error.code, 'The request could not be completed.', reason === undefined ? {} : { reason });
  }
  return problem(500, 'INTERNAL', 'The request could not be completed.');
}

function readReason(error: object): string | undefined {
  const reason = (error as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : undefined;
}
