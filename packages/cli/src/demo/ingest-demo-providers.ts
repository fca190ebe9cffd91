import type { IngestPipeline, IngestRunSummary } from '@trainkit/ingest';
import { readAppleHealthXml } from '@trainkit/providers/apple-health';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import type { DemoProviderPayload } from './generate-demo-provider-data.js';

/**
 * One payload of the demo and the ingestion run it went into.
 *
 * @example
 * ```ts
 * const ingested: DemoIngestedPayload = { payload, summary };
 * ingested.summary.run.status; // 'succeeded'
 * ```
 */
export interface DemoIngestedPayload {
  /** The payload as its provider delivered it. */
  readonly payload: DemoProviderPayload;
  /** The pipeline's summary of its run. */
  readonly summary: IngestRunSummary;
}

/**
 * Ingests the demo's provider payloads through the real pipeline (`trainkit.ingest`), one run each, in arrival order,
 * exactly as `trainkit ingest` and `trainkit import` would: API JSON as text through `ingestPayload`, the FIT file
 * through the Garmin FIT normalizer and the Apple Health export.xml streamed through the Apple Health reader, both
 * with `ingestResults` (the in-memory equivalent of importing the files). `beforeEach` runs before each payload (the
 * demo moves its clock there, so that every run and decision has its own instant).
 *
 * @example
 * ```ts
 * const ingested = await ingestDemoProviders(trainkit.ingest, DEMO_USER_ID, data.payloads);
 * ```
 */
export async function ingestDemoProviders(
  ingest: IngestPipeline,
  userId: string,
  payloads: readonly DemoProviderPayload[],
  options: { readonly beforeEach?: (payload: DemoProviderPayload, index: number) => void } = {},
): Promise<DemoIngestedPayload[]> {
  const ingested: DemoIngestedPayload[] = [];
  for (const [index, payload] of payloads.entries()) {
    options.beforeEach?.(payload, index);
    let summary: IngestRunSummary;
    switch (payload.kind) {
      case 'api':
        summary = await ingest.ingestPayload({
          userId,
          provider: payload.provider,
          resource: payload.resource,
          payload: payload.text,
          options: { sourceName: payload.name },
        });
        break;
      case 'fit':
        summary = await ingest.ingestResults({
          userId,
          provider: 'garmin',
          kind: 'file_import',
          results: [normalizeGarminFit(payload.bytes, { fileName: payload.name })],
        });
        break;
      case 'apple_health_xml':
        summary = await ingest.ingestResults({
          userId,
          provider: 'apple_health',
          kind: 'file_import',
          results: readAppleHealthXml([payload.text]),
        });
        break;
    }
    ingested.push({ payload, summary });
  }
  return ingested;
}
