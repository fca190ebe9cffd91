import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Provider } from '@trainkit/core';
import { PROVIDER_RESOURCES, type IngestRunSummary, type Trainkit } from 'trainkit';
import { ProblemSchema, problem, problemResponse, type Problem } from '../problem.js';
import { UploadTooLargeError, safeUploadName, streamToTempFile } from '../uploads/stream-to-temp-file.js';
import { discardRestOfBody } from '../uploads/discard-rest-of-body.js';

/** Options of {@link registerImportRoutes}. */
export interface ImportRoutesOptions {
  readonly trainkit: Trainkit;
  /** Largest upload in bytes: a larger declared `Content-Length` is refused before reading, a longer body while streaming. */
  readonly maxUploadBytes: number;
  /** Where uploads are written while they are imported (a folder of their own each, always deleted); default the OS temp dir. */
  readonly uploadDir?: string | undefined;
}

type UserEnv = { Variables: { userId: string } };

/** What the import routes answer for one run. */
export interface RunSummaryJson {
  readonly runId: string;
  readonly provider: string;
  readonly kind: string;
  readonly status: string;
  readonly counts: IngestRunSummary['counts'];
  readonly merges: number;
  readonly failures: { code: string; message: string; externalId: string | null; resource: string | null }[];
  readonly warningCount: number;
}

const RunSummarySchema = z
  .object({
    runId: z.string(),
    provider: z.string(),
    kind: z.string(),
    status: z.string(),
    counts: z.record(z.string(), z.number()),
    merges: z.number(),
    failures: z.array(z.object({ code: z.string(), message: z.string(), externalId: z.string().nullable(), resource: z.string().nullable() })),
    warningCount: z.number(),
  })
  .openapi('IngestRunSummary');

const problemContent = { 'application/problem+json': { schema: ProblemSchema } } as const;
const bearer = [{ bearerAuth: [] }];

/**
 * `POST /me/imports` (a file upload streamed to a temporary file, then `trainkit.ingest.importFiles`) and
 * `POST /me/ingest/{provider}/{resource}` (a provider API payload, `trainkit.ingest.ingestPayload`). Both need the
 * user middleware of `/me/*` to have set `userId`.
 */
export function registerImportRoutes(app: OpenAPIHono<UserEnv>, options: ImportRoutesOptions): void {
  const { trainkit, maxUploadBytes } = options;

  app.openapi(
    createRoute({
      method: 'post', path: '/me/imports', security: bearer,
      summary: 'Import a file (Apple Health export.zip or export.xml, FIT), streamed: detected by its content; one run per file',
      request: {
        query: z.strictObject({ filename: z.string().max(255).optional().openapi({ description: 'The file\'s name, kept in the run\'s messages' }) }),
        // Plain OpenAPI schemas (not zod): documented, never read by a validator, so the body stays a stream.
        body: { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      },
      responses: {
        201: { description: 'The runs of the import', content: { 'application/json': { schema: z.object({ runs: z.array(RunSummarySchema) }) } } },
        400: { description: 'Invalid request', content: problemContent },
        401: { description: 'Missing or invalid bearer token', content: problemContent },
        413: { description: `The upload is larger than the limit (${maxUploadBytes} bytes)`, content: problemContent },
        422: { description: 'Nothing in the file could be imported (not a supported format, a broken zip); the failed run is named', content: problemContent },
      },
    }),
    async (c) => {
      const tooLarge = () => problemResponse(problem(413, 'PAYLOAD_TOO_LARGE', `The upload exceeds ${maxUploadBytes} bytes.`));
      const declared = c.req.header('content-length');
      if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > maxUploadBytes) {
        // Answered before the body is read; what the client still sends is dropped within bounds, then the connection cut.
        void discardRestOfBody(c.req.raw.body);
        return tooLarge() as never;
      }
      const { filename } = c.req.valid('query');
      let upload;
      try {
        upload = await streamToTempFile(c.req.raw.body, { maxBytes: maxUploadBytes, fileName: safeUploadName(filename), dir: options.uploadDir });
      } catch (error) {
        if (error instanceof UploadTooLargeError) return tooLarge() as never;
        throw error;
      }
      try {
        if (upload.bytes === 0) return problemResponse(problem(400, 'EMPTY_UPLOAD', 'The request body is empty: send the file as the body.')) as never;
        const summaries = await trainkit.ingest.importFiles({ userId: c.var.userId, paths: [upload.path] });
        const runs = summaries.map((summary) => summaryJson(summary, upload.path));
        if (runs.length > 0 && runs.every((run) => run.status === 'failed')) return failedRuns(runs, 'IMPORT_FAILED', 'Nothing in the file could be imported') as never;
        return c.json({ runs }, 201);
      } finally {
        await upload.dispose();
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/me/ingest/{provider}/{resource}', security: bearer,
      summary: 'Ingest one provider API payload exactly as the provider returned it (`trainkit.ingest.ingestPayload`)',
      request: {
        params: z.object({ provider: z.string(), resource: z.string() }),
        query: z.strictObject({ activityId: z.string().optional(), sourceName: z.string().max(255).optional() }),
        // A plain OpenAPI schema: no validator parses the body, so malformed JSON reaches the library as text.
        body: { content: { 'application/json': { schema: { description: 'The response body exactly as the provider sent it' } } } },
      },
      responses: {
        201: { description: 'The run', content: { 'application/json': { schema: RunSummarySchema } } },
        401: { description: 'Missing or invalid bearer token', content: problemContent },
        404: { description: 'Unknown provider or resource', content: problemContent },
        413: { description: 'The body is larger than the JSON limit', content: problemContent },
        422: { description: 'Nothing in the payload could be read (malformed JSON, an error page); the failed run is named', content: problemContent },
      },
    }),
    async (c) => {
      const { provider, resource } = c.req.valid('param');
      const resources = Object.hasOwn(PROVIDER_RESOURCES, provider) ? PROVIDER_RESOURCES[provider as Provider] : undefined;
      if (resources === undefined || !Object.hasOwn(resources, resource)) {
        const known = resources === undefined ? `providers: ${Object.keys(PROVIDER_RESOURCES).join(', ')}` : `resources of ${provider}: ${Object.keys(resources).join(', ') || 'none (import its files)'}`;
        return problemResponse(problem(404, 'NOT_FOUND', `Unknown provider resource ${provider}/${resource} (known ${known}).`)) as never;
      }
      const { activityId, sourceName } = c.req.valid('query');
      // The raw text, so a truncated body or an HTML error page is kept beside its failure; the JSON body limit applies.
      const payload = await c.req.text();
      const summary = await trainkit.ingest.ingestPayload({
        userId: c.var.userId, provider: provider as Provider, resource, payload,
        options: { ...(activityId === undefined ? {} : { activityId }), ...(sourceName === undefined ? {} : { sourceName }) },
      });
      const run = summaryJson(summary);
      if (run.status === 'failed') return failedRuns([run], 'INGEST_FAILED', 'Nothing in the payload could be read') as never;
      return c.json(run, 201);
    },
  );
}

function summaryJson(summary: IngestRunSummary, tempPath?: string): RunSummaryJson {
  const hide = (text: string) => (tempPath === undefined ? text : text.split(tempPath).join(tempPath.split(/[\\/]/).pop() ?? ''));
  return {
    runId: summary.run.id,
    provider: summary.run.provider,
    kind: summary.run.kind,
    status: summary.run.status,
    counts: summary.counts,
    merges: summary.merges,
    failures: summary.failures.map((failure) => ({ code: failure.code, message: hide(failure.message), externalId: failure.external_id, resource: failure.resource })),
    warningCount: summary.warningCount,
  };
}

/** A 422 problem naming the failed runs (stored, listed by `GET /me/runs`) and the first failure's typed code. */
function failedRuns(runs: readonly RunSummaryJson[], code: string, what: string): Response {
  const first = runs.flatMap((run) => run.failures)[0];
  const base = problem(422, code, `${what}${first === undefined ? '' : `: ${first.message}`} (run ${runs.map((run) => run.runId).join(', ')}).`, first === undefined ? {} : { reason: first.code });
  return problemResponse({ ...base, title: 'Unprocessable Content', runs } as Problem);
}
