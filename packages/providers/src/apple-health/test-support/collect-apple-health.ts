import type { NormalizationResult, RecordFailure, SkippedRecord } from '../../normalization-result.js';
import type { ProviderRecordDraft } from '../../provider-record-draft.js';
import { readAppleHealthXml } from '../read-apple-health-xml.js';
import type { AppleHealthReadSummary, AppleHealthRouteReference, ReadAppleHealthXmlOptions } from '../read-apple-health-xml-types.js';

/** Everything {@link readAppleHealthXml} yields for an input, gathered. */
export interface CollectedAppleHealth {
  readonly batches: NormalizationResult[];
  readonly drafts: ProviderRecordDraft[];
  readonly failures: RecordFailure[];
  readonly skipped: SkippedRecord[];
  readonly routes: AppleHealthRouteReference[];
  readonly summary: AppleHealthReadSummary;
}

/** Reads `input` (a string, or chunks) to the end and gathers the batches, routes and summary. */
export async function collectAppleHealth(
  input: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: ReadAppleHealthXmlOptions = {},
): Promise<CollectedAppleHealth> {
  const batches: NormalizationResult[] = [];
  const routes: AppleHealthRouteReference[] = [];
  let summary: AppleHealthReadSummary | null = null;
  const chunks = typeof input === 'string' ? [input] : input;
  for await (const batch of readAppleHealthXml(chunks, { ...options, onRoute: (route) => routes.push(route), onSummary: (value) => (summary = value) })) batches.push(batch);
  if (summary === null) throw new Error('no summary reported');
  return {
    batches,
    drafts: batches.flatMap((batch) => batch.drafts),
    failures: batches.flatMap((batch) => batch.failures),
    skipped: batches.flatMap((batch) => batch.skipped),
    routes,
    summary,
  };
}

export const WATCH = 'Jane’s Apple Watch';
export const PHONE = 'Jane’s iPhone';
export const WATCH_DEVICE = '&lt;&lt;HKDevice: 0x2837d5590&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.4&gt;';

/** An export document around `body` (elements under `HealthData`), as the Health app writes it. */
export function exportXml(body: string, options: { readonly doctype?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${options.doctype ?? ''}<HealthData locale="en_US">\n <ExportDate value="2025-05-11 09:14:22 -0700"/>\n${body}</HealthData>\n`;
}

/** A `Record` element. */
export function recordXml(attributes: Record<string, string>, children = ''): string {
  const text = Object.entries(attributes).map(([key, value]) => `${key}="${value}"`).join(' ');
  return children === '' ? ` <Record ${text}/>\n` : ` <Record ${text}>\n${children} </Record>\n`;
}
