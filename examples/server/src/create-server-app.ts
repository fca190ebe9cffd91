import { OpenAPIHono, createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ConfigError, UserIdSchema } from '@trainkit/core';
import {
  CONNECT_PROVIDERS,
  CreateUserInputSchema,
  LOG_KINDS,
  OAuthError,
  UpdateUserInputSchema,
  type ConnectProvider,
  type Connections,
  type LogKind,
  type Trainkit,
} from 'trainkit';
import { ensureApiTokensTable, issueApiToken, revokeApiToken, revokeUserApiTokens, secretsEqual, userOfApiToken } from './api-tokens.js';
import type { JobQueue } from './jobs/job-queue.js';
import { registerImportRoutes } from './routes/imports-routes.js';
import { registerDashboardRoutes } from './dashboard/register-dashboard-routes.js';
import { ProblemSchema, issuesFromZod, problem, problemFromError, problemResponse } from './problem.js';
import { registerJobsRoutes } from './routes/jobs-routes.js';
import { registerPmcRoutes } from './routes/pmc-routes.js';

/** Request limits of the server. */
export interface ServerLimits {
  /** Largest JSON request body in bytes (default 1 MiB); larger bodies get a 413 problem before being read whole. */
  readonly maxJsonBytes?: number;
  /** Largest file upload (`POST /me/imports`) in bytes (default 2 GiB); larger ones get a 413 problem, streamed ones are cut off. */
  readonly maxUploadBytes?: number;
  /** Where uploads are written while imported (each in a folder of its own, always deleted); default the OS temp dir. */
  readonly uploadDir?: string;
}

/** Options of {@link createServerApp}. */
export interface CreateServerAppOptions {
  /** The facade, created over `storage`. */
  readonly trainkit: Trainkit;
  /** The storage the facade uses; the server keeps its API tokens in it (`server_api_tokens`). */
  readonly storage: KyselyStorage;
  /** The admin bearer token (creates users and issues their tokens). */
  readonly adminToken: string;
  /** Request limits. */
  readonly limits?: ServerLimits;
  /** The clock for `created_at` of tokens; default `new Date()`. */
  readonly clock?: () => Date;
  /** The job queue; with it the job routes (`/me/sync/{provider}`, `/me/replay`, `/me/fatigue/refresh`, `/me/jobs/{jobId}`) are served. */
  readonly jobs?: JobQueue;
}

type ServerEnv = { Variables: { userId: string } };

const READINESS_PROBE_USER = UserIdSchema.parse('readiness_probe');
const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;
const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
const UNAUTHORIZED = problem(401, 'UNAUTHORIZED', 'A valid bearer token is required.');

const AnyJson = z.any().openapi({ type: 'object' });
const problems = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: ProblemSchema } } },
  401: { description: 'Missing or invalid bearer token', content: { 'application/problem+json': { schema: ProblemSchema } } },
  404: { description: 'Not found (also for ids of other users)', content: { 'application/problem+json': { schema: ProblemSchema } } },
} as const;

function ok(description: string, status: 200 | 201 = 200) {
  return { [status]: { description, content: { 'application/json': { schema: AnyJson } } } } as Record<200 | 201, { description: string; content: { 'application/json': { schema: typeof AnyJson } } }>;
}

function jsonBody<S extends z.ZodType>(schema: S) {
  return { body: { required: true, content: { 'application/json': { schema } } } } as const;
}

const bearer: RouteConfig['security'] = [{ bearerAuth: [] }];
const Range = z.strictObject({ from: z.string().optional(), to: z.string().optional() });
const RequiredRange = z.strictObject({ from: z.string(), to: z.string() });

const LogBodySchema = z
  .strictObject({
    kind: z.enum(LOG_KINDS),
    entry: z.record(z.string(), z.unknown()).openapi({ description: 'The fields of `trainkit.log.<kind>` without `userId`.' }),
  })
  .openapi('ManualLogInput');

/**
 * The HTTP API over a trainkit facade: an `OpenAPIHono` app (serve it with `@hono/node-server`). Creates the
 * `server_api_tokens` table on first use of a route.
 */
export function createServerApp(options: CreateServerAppOptions): OpenAPIHono<ServerEnv> {
  const { trainkit, storage } = options;
  const clock = options.clock ?? (() => new Date());
  const maxJsonBytes = options.limits?.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES;
  let tableReady: Promise<void> | undefined;
  const ensureTable = () => (tableReady ??= ensureApiTokensTable(storage).catch((error: unknown) => {
    tableReady = undefined;
    throw error;
  }));

  const app = new OpenAPIHono<ServerEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        return problemResponse(problem(400, 'VALIDATION_FAILED', 'The request does not match its schema.', { errors: issuesFromZod(result.error) }));
      }
      return undefined;
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });

  app.onError((error) => {
    if (error instanceof HTTPException) {
      const code = error.status === 400 ? 'MALFORMED_REQUEST' : `HTTP_${error.status}`;
      return problemResponse(problem(error.status, code, error.status === 400 ? 'The request body is not valid JSON.' : error.message));
    }
    return problemResponse(problemFromError(error));
  });
  app.notFound(() => problemResponse(problem(404, 'NOT_FOUND', 'No such route.')));

  const jsonLimit = bodyLimit({
    maxSize: maxJsonBytes,
    onError: () => problemResponse(problem(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxJsonBytes} bytes.`)),
  });
  // The webhook handlers of the library bound their own bodies; every other route takes small JSON bodies only.
  // File uploads are streamed to disk under their own limit (routes/imports-routes.ts).
  app.use('*', async (c, next) => (c.req.path.startsWith('/webhooks/') || c.req.path === '/me/imports' ? next() : jsonLimit(c, next)));

  // Admin routes: the admin token from the environment.
  app.use('/users', adminOnly);
  app.use('/users/*', adminOnly);
  async function adminOnly(c: { req: { header(name: string): string | undefined } }, next: () => Promise<void>) {
    const token = bearerOf(c.req.header('authorization'));
    if (token === undefined || !secretsEqual(token, options.adminToken)) return problemResponse(UNAUTHORIZED);
    await next();
    return undefined;
  }

  // User routes: the user comes from the token, never from the URL.
  const userOnly = async (c: { req: { header(name: string): string | undefined }; set(key: 'userId', value: string): void }, next: () => Promise<void>) => {
    const token = bearerOf(c.req.header('authorization'));
    if (token === undefined) return problemResponse(UNAUTHORIZED);
    await ensureTable();
    const userId = await userOfApiToken(storage, token);
    if (userId === undefined) return problemResponse(UNAUTHORIZED);
    c.set('userId', userId);
    await next();
    return undefined;
  };
  app.use('/me', userOnly);
  app.use('/me/*', userOnly);

  app.openapi(createRoute({ method: 'get', path: '/health', summary: 'Liveness: 200 once the server serves', responses: ok('Serving') }), (c) =>
    c.json({ status: 'ok' }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/ready', summary: 'Readiness: 200 when the database answers',
      responses: { ...ok('Ready'), 503: { description: 'Database unavailable', content: { 'application/problem+json': { schema: ProblemSchema } } } },
    }),
    async (c) => {
      try {
        await ensureTable();
        await storage.users.find(READINESS_PROBE_USER);
        return c.json({ status: 'ready' }, 200);
      } catch {
        return problemResponse(problem(503, 'NOT_READY', 'The database does not answer.')) as never;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/users', summary: 'Create a user (admin token)', security: bearer,
      request: jsonBody(CreateUserInputSchema), responses: { ...ok('The user', 201), 400: problems[400], 401: problems[401] },
    }),
    async (c) => c.json(await trainkit.users.create(c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/users/{userId}/tokens', summary: 'Issue an API token for a user (admin token); returned once', security: bearer,
      request: { params: z.object({ userId: z.string() }) },
      responses: { ...ok('The token, shown only this once', 201), 401: problems[401], 404: problems[404] },
    }),
    async (c) => {
      const { userId } = c.req.valid('param');
      const user = await trainkit.users.get(userId);
      await ensureTable();
      const issued = await issueApiToken(storage, user.id, clock());
      return c.json({ userId: user.id, token: issued.token, createdAt: issued.createdAt }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/users/{userId}/tokens', summary: 'Revoke every token of a user (admin token)', security: bearer,
      request: { params: z.object({ userId: z.string() }) },
      responses: { ...ok('How many tokens were revoked'), 401: problems[401], 404: problems[404] },
    }),
    async (c) => {
      const user = await trainkit.users.get(c.req.valid('param').userId);
      await ensureTable();
      return c.json({ userId: user.id, revoked: await revokeUserApiTokens(storage, user.id, clock()) }, 200);
    },
  );

  const userRoute = <R extends Omit<RouteConfig, 'security'>>(route: R) =>
    createRoute({ ...route, security: bearer, responses: { ...route.responses, 401: problems[401] } });

  app.openapi(userRoute({ method: 'get', path: '/me', summary: 'The user and profile', responses: ok('The user') }), async (c) =>
    c.json(await trainkit.users.get(c.var.userId), 200),
  );

  app.openapi(
    userRoute({ method: 'patch', path: '/me', summary: 'Update the user and profile', request: jsonBody(UpdateUserInputSchema), responses: { ...ok('The user'), 400: problems[400] } }),
    async (c) => c.json(await trainkit.users.update(c.var.userId, c.req.valid('json')), 200),
  );

  app.openapi(
    userRoute({ method: 'delete', path: '/me/token', summary: 'Revoke the token of this request (sign out)', responses: ok('Revoked') }),
    async (c) => {
      await revokeApiToken(storage, bearerOf(c.req.header('authorization')) ?? '', clock());
      return c.json({ revoked: true }, 200);
    },
  );

  app.openapi(
    userRoute({ method: 'post', path: '/me/logs', summary: 'Log a session by hand (trainkit.log)', request: jsonBody(LogBodySchema), responses: { ...ok('The logged session', 201), 400: problems[400] } }),
    async (c) => {
      const body = c.req.valid('json');
      if ('userId' in body.entry) {
        return problemResponse(problem(400, 'VALIDATION_FAILED', 'entry.userId is not accepted: the user comes from the token.', {
          errors: [{ path: 'entry.userId', rule: 'unrecognized_keys', message: 'Unrecognized key: "userId"' }],
        })) as never;
      }
      const log = trainkit.log[body.kind satisfies LogKind] as (input: unknown) => ReturnType<Trainkit['log']['cardio']>;
      return c.json(await log({ ...body.entry, userId: c.var.userId }), 201);
    },
  );

  app.openapi(
    userRoute({ method: 'get', path: '/me/logs', summary: 'Manually logged sessions (source manual) by local day', request: { query: Range }, responses: { ...ok('Manual sessions'), 400: problems[400] } }),
    async (c) => {
      const activities = await trainkit.ingest.listActivities({ userId: c.var.userId, ...definedOf(c.req.valid('query')) });
      return c.json(activities.filter((entry) => entry.activity.source === 'manual').map((entry) => entry.activity), 200);
    },
  );

  app.openapi(
    userRoute({ method: 'get', path: '/me/activities', summary: 'Activities with their sources and merge decisions', request: { query: Range }, responses: { ...ok('Activities'), 400: problems[400] } }),
    async (c) => c.json(await trainkit.ingest.listActivities({ userId: c.var.userId, ...definedOf(c.req.valid('query')) }), 200),
  );

  app.openapi(
    userRoute({
      method: 'post', path: '/me/activities/{activityId}/unmerge', summary: 'Split merged sources off an activity',
      request: { params: z.object({ activityId: z.string() }) }, responses: { ...ok('The unmerge result'), 404: problems[404] },
    }),
    async (c) => c.json(await trainkit.ingest.unmerge({ userId: c.var.userId, activityInstanceId: c.req.valid('param').activityId }), 200),
  );

  app.openapi(userRoute({ method: 'get', path: '/me/runs', summary: 'Ingestion runs with their failures', responses: ok('Runs') }), async (c) =>
    c.json(await trainkit.ingest.listRuns({ userId: c.var.userId }), 200),
  );

  app.openapi(
    userRoute({ method: 'get', path: '/me/fatigue', summary: 'The fatigue report', request: { query: z.strictObject({ at: z.string().optional() }) }, responses: { ...ok('The report'), 400: problems[400] } }),
    async (c) => {
      const { at } = c.req.valid('query');
      return c.json(await trainkit.fatigue.report({ userId: c.var.userId, ...(at === undefined ? {} : { asOf: at }) }), 200);
    },
  );

  app.openapi(
    userRoute({ method: 'get', path: '/me/goals', summary: 'Goals in force', request: { query: z.strictObject({ at: z.string().optional() }) }, responses: { ...ok('Goals'), 400: problems[400] } }),
    async (c) => {
      const { at } = c.req.valid('query');
      return c.json(await trainkit.goals.inForce({ userId: c.var.userId, ...(at === undefined ? {} : { validAt: at }) }), 200);
    },
  );

  app.openapi(
    userRoute({
      method: 'get', path: '/me/goals/{goalKey}/history', summary: 'A goal\'s revisions and check-ins',
      request: { params: z.object({ goalKey: z.string() }) }, responses: { ...ok('The history'), 404: problems[404] },
    }),
    async (c) => c.json(await trainkit.goals.history({ userId: c.var.userId, goalKey: c.req.valid('param').goalKey }), 200),
  );

  app.openapi(
    userRoute({ method: 'get', path: '/me/plan', summary: 'Planned sessions with their recommendations and provenance', request: { query: RequiredRange }, responses: { ...ok('The plan'), 400: problems[400] } }),
    async (c) => c.json(await trainkit.plan.list({ userId: c.var.userId, ...c.req.valid('query') }), 200),
  );

  // Provider connections: need `connect` config (see main.ts); without it these routes answer 501.
  const ProviderParam = z.object({ provider: z.enum(CONNECT_PROVIDERS) });
  const notImplemented = { description: 'Connections are not configured', content: { 'application/problem+json': { schema: ProblemSchema } } };

  app.openapi(
    userRoute({
      method: 'post', path: '/me/connections/{provider}', summary: 'Start connecting a provider account: the authorization URL to send the user to',
      request: { params: ProviderParam }, responses: { ...ok('The authorization URL and its state'), 400: problems[400], 501: notImplemented },
    }),
    async (c) => {
      const { provider } = c.req.valid('param');
      const connections = connectionsOf(trainkit);
      if (connections === undefined) return notConfigured(provider) as never;
      try {
        return c.json(await connections.authorizationUrl({ provider, userId: c.var.userId }), 200);
      } catch (error) {
        if (error instanceof ConfigError) return notConfigured(provider) as never;
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/oauth/{provider}/callback', summary: 'OAuth redirect target: completes the connection (the state names the user)',
      request: { params: ProviderParam }, responses: { ...ok('The connected account'), 400: problems[400], 501: notImplemented },
    }),
    async (c) => {
      const { provider } = c.req.valid('param');
      const connections = connectionsOf(trainkit);
      if (connections === undefined) return notConfigured(provider) as never;
      try {
        return c.json(await connections.completeAuthorization({ provider, callbackUrl: c.req.url }), 200);
      } catch (error) {
        if (error instanceof ConfigError) return notConfigured(provider) as never;
        if (error instanceof OAuthError && OAUTH_CLIENT_FAILURES.has(error.reason)) {
          return problemResponse(problem(400, error.code, error.message, { reason: error.reason })) as never;
        }
        throw error;
      }
    },
  );

  for (const method of ['get', 'post'] as const) {
    app.openapi(
      createRoute({
        method, path: '/webhooks/{provider}',
        summary: method === 'get' ? 'Webhook subscription handshake (the library\'s handler)' : 'Webhook delivery (the library\'s handler: verified, stored, processed)',
        request: { params: ProviderParam },
        responses: { 200: { description: 'Accepted' }, 400: problems[400], 401: { description: 'Verification failed' }, 501: notImplemented },
      }),
      async (c) => {
        const { provider } = c.req.valid('param');
        const connections = connectionsOf(trainkit);
        if (connections === undefined) return notConfigured(provider) as never;
        return (await connections.webhooks[provider](c.req.raw)) as never;
      },
    );
  }

  registerPmcRoutes(app, { trainkit });
  if (options.jobs !== undefined) registerJobsRoutes(app, { queue: options.jobs });

  registerImportRoutes(app, { trainkit, maxUploadBytes: options.limits?.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES, uploadDir: options.limits?.uploadDir });
  registerDashboardRoutes(app);

  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'trainkit example server', version: '0.0.0' } });
  return app;
}

/** OAuth failures caused by the request (a forged, replayed or expired state, a denied consent): 400, not 502. */
const OAUTH_CLIENT_FAILURES = new Set<string>(['state_mismatch', 'state_expired', 'missing_code', 'provider_denied']);

function connectionsOf(trainkit: Trainkit): Connections | undefined {
  try {
    return trainkit.connections;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

function notConfigured(provider: ConnectProvider): Response {
  const prefix = `TRAINKIT_${provider.toUpperCase()}`;
  return problemResponse(problem(501, 'CONNECTIONS_NOT_CONFIGURED',
    `Connecting ${provider} is not configured on this server: set TRAINKIT_ENCRYPTION_KEY, ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET (and ${prefix}_REDIRECT_URI) and restart.`));
}

function bearerOf(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

function definedOf<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as never;
}
