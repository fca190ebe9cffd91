import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { PROVIDERS } from '@trainkit/core';
import { CONNECT_PROVIDERS } from 'trainkit';
import type { JobQueue } from '../jobs/job-queue.js';
import { ProblemSchema, problem, problemResponse } from '../problem.js';

type UserEnv = { Variables: { userId: string } };

const bearer = [{ bearerAuth: [] }];
const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
const JobAccepted = z.object({ jobId: z.string() }).openapi('JobAccepted');
const JobStateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: z.enum(['created', 'active', 'completed', 'failed', 'retry']),
    output: z.any().optional(),
    error: z.string().optional(),
  })
  .openapi('JobState');
const accepted = { 202: { description: 'The job was queued', content: { 'application/json': { schema: JobAccepted } } } } as const;
const common = {
  400: { description: 'Invalid request', content: problemContent },
  401: { description: 'Missing or invalid bearer token', content: problemContent },
} as const;

/**
 * The job routes under `/me` (the caller's `/me/*` middleware puts the token's user in `c.var.userId`): queue a
 * sync, a replay or a fatigue refresh of the token's user (202 with the job id), and read a job's state. A job of
 * another user (its data names the user) is a 404, like an unknown id.
 */
export function registerJobsRoutes<E extends UserEnv>(app: OpenAPIHono<E>, options: { readonly queue: JobQueue }): void {
  const { queue } = options;
  const api = app as unknown as OpenAPIHono<UserEnv>;

  api.openapi(
    createRoute({
      method: 'post', path: '/me/sync/{provider}', summary: 'Queue a sync of a connected provider account', security: bearer,
      request: {
        params: z.object({ provider: z.enum(CONNECT_PROVIDERS) }),
        query: z.strictObject({ since: z.string().optional().openapi({ description: 'Backfill from this day or instant' }) }),
      },
      responses: { ...accepted, ...common },
    }),
    async (c) => {
      const { since } = c.req.valid('query');
      const jobId = await queue.enqueue('sync', { userId: c.var.userId, provider: c.req.valid('param').provider, ...(since === undefined ? {} : { since }) });
      return c.json({ jobId }, 202) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/me/replay', summary: 'Queue a replay of the raw lake (all providers, or one)', security: bearer,
      request: { query: z.strictObject({ provider: z.enum(PROVIDERS).optional() }) },
      responses: { ...accepted, ...common },
    }),
    async (c) => {
      const { provider } = c.req.valid('query');
      const jobId = await queue.enqueue('replay', { userId: c.var.userId, ...(provider === undefined ? {} : { provider }) });
      return c.json({ jobId }, 202) as never;
    },
  );

  api.openapi(
    createRoute({
      method: 'post', path: '/me/fatigue/refresh', summary: 'Queue a refresh of the cached daily fatigue state', security: bearer,
      responses: { ...accepted, 401: common[401] },
    }),
    async (c) => c.json({ jobId: await queue.enqueue('fatigue-refresh', { userId: c.var.userId }) }, 202) as never,
  );

  api.openapi(
    createRoute({
      method: 'get', path: '/me/jobs/{jobId}', summary: 'A job\'s state, with its output once completed or its error', security: bearer,
      request: { params: z.object({ jobId: z.string() }) },
      responses: {
        200: { description: 'The job', content: { 'application/json': { schema: JobStateSchema } } },
        401: common[401],
        404: { description: 'No such job of this user', content: problemContent },
      },
    }),
    async (c) => {
      const { jobId } = c.req.valid('param');
      const job = /^[0-9a-f-]{36}$/i.test(jobId) ? await queue.get(jobId) : undefined;
      if (job === undefined || job.data.userId !== c.var.userId) {
        return problemResponse(problem(404, 'NOT_FOUND', `No job ${jobId}.`)) as never;
      }
      const { data: _data, ...visible } = job;
      return c.json(visible, 200);
    },
  );
}
