import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Trainkit } from 'trainkit';
import { ProblemSchema } from '../problem.js';

type UserEnv = { Variables: { userId: string } };

const bearer = [{ bearerAuth: [] }];
const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
// Validated by the facade (a `ValidationError` is a 400 problem naming `from` or `to`).
const Day = z.string().openapi({ format: 'date', description: 'A local day (YYYY-MM-DD) in the user\'s zone', example: '2024-06-12' });
const PmcPoint = z
  .object({ date: z.string(), load: z.number(), ctl: z.number(), atl: z.number(), tsb: z.number() })
  .openapi('PmcPoint');
const PmcSeries = z
  .object({
    user_id: z.string(),
    from: z.string(),
    to: z.string(),
    convention: z.object({ alpha: z.string(), tsb: z.string(), ctl_days: z.number(), atl_days: z.number(), seed_ctl: z.number(), seed_atl: z.number() }),
    points: z.array(PmcPoint),
    provenance: z.any().openapi({ type: 'object', description: 'Engine, heuristics id + version + sha256, sessions used, inputs (as in the fatigue report)' }),
  })
  .openapi('PmcSeries');

/**
 * `GET /me/pmc?from&to`: the PMC series (CTL, ATL, TSB and load per local day) of the token's user, exactly
 * `trainkit.fatigue.pmc` (the caller's `/me/*` middleware puts the token's user in `c.var.userId`). Malformed days,
 * `to` before `from` or a range over `MAX_PMC_SERIES_DAYS` are 400 problems.
 */
export function registerPmcRoutes<E extends UserEnv>(app: OpenAPIHono<E>, options: { readonly trainkit: Trainkit }): void {
  const api = app as unknown as OpenAPIHono<UserEnv>;
  api.openapi(
    createRoute({
      method: 'get', path: '/me/pmc', summary: 'The PMC series: CTL, ATL, TSB and load per local day (trainkit.fatigue.pmc)', security: bearer,
      request: { query: z.strictObject({ from: Day, to: Day }) },
      responses: {
        200: { description: 'One point per local day from `from` to `to`', content: { 'application/json': { schema: PmcSeries } } },
        400: { description: 'Invalid request', content: problemContent },
        401: { description: 'Missing or invalid bearer token', content: problemContent },
      },
    }),
    async (c) => c.json(await options.trainkit.fatigue.pmc({ userId: c.var.userId, ...c.req.valid('query') }), 200),
  );
}
