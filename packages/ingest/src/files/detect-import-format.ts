import { open } from 'node:fs/promises';
import type { ImportFormat } from './import-source.js';

/** What the content of a file says it is, and why not, when it is none of the formats trainkit imports. */
export type DetectedFormat =
  | { readonly format: Exclude<ImportFormat, 'unsupported'> }
  | { readonly format: 'unsupported'; readonly reason: string };

const HEAD_BYTES = 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/**
 * Detects the format of the file at `path` from its first bytes (at most 1 MiB: enough to pass the DTD Apple writes
 * before the root element). A zip is reported as `apple_health_zip` here; whether it holds an Apple Health export is
 * checked when its directory is read.
 */
export async function detectImportFormat(path: string): Promise<DetectedFormat> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return detectFromHead(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Detects the format from the first bytes of a file. */
export function detectFromHead(head: Uint8Array): DetectedFormat {
  if (head.length === 0) return { format: 'unsupported', reason: 'the file is empty' };
  if (startsWith(head, ZIP_MAGIC)) return { format: 'apple_health_zip' };
  if (startsWith(head, EMPTY_ZIP_MAGIC)) return { format: 'unsupported', reason: 'an empty zip archive' };
  if (head.length >= 12 && (head[0] === 12 || head[0] === 14) && head[8] === 0x2e && head[9] === 0x46 && head[10] === 0x49 && head[11] === 0x54) {
    return { format: 'fit' };
  }
  const text = new TextDecoder('utf-8').decode(head.subarray(0, Math.min(head.length, HEAD_BYTES)));
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) {
    const root = xmlRootName(trimmed);
    if (root === 'HealthData') return { format: 'apple_health_xml' };
    if (root === null) return { format: 'unsupported', reason: 'XML without a root element in its first megabyte' };
    if (root === 'ClinicalDocument') return { format: 'unsupported', reason: 'an HL7 clinical document (Apple Health export_cda.xml), not the export itself (export.xml)' };
    if (root === 'gpx') return { format: 'unsupported', reason: 'a GPX route: workout routes are imported with their export (export.zip, or the folder holding export.xml)' };
    return { format: 'unsupported', reason: `XML whose root element is <${root}>, not an Apple Health export (<HealthData>)` };
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { format: 'unsupported', reason: 'JSON: provider API payloads are ingested with `trainkit ingest <provider> <resource> <file>`' };
  }
  return { format: 'unsupported', reason: 'not a format trainkit imports (an Apple Health export.zip or export.xml, or a FIT file)' };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** The name of the root element of XML text, skipping the declaration, comments, processing instructions and DOCTYPE. */
export function xmlRootName(text: string): string | null {
  let index = 0;
  for (;;) {
    while (index < text.length && /\s/.test(text[index]!)) index += 1;
    if (index >= text.length) return null;
    if (text.startsWith('<?', index)) {
      const close = text.indexOf('?>', index + 2);
      if (close < 0) return null;
      index = close + 2;
    } else if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (close < 0) return null;
      index = close + 3;
    } else if (text.startsWith('<!DOCTYPE', index)) {
      const bracket = text.indexOf('[', index);
      const angle = text.indexOf('>', index);
      if (angle < 0) return null;
      if (bracket >= 0 && bracket < angle) {
        // The internal subset may be broken (iOS 16): look only for `]` followed by `>`.
        const close = /\]\s*>/g;
        close.lastIndex = bracket + 1;
        const match = close.exec(text);
        if (match === null) return null;
        index = match.index + match[0].length;
      } else index = angle + 1;
    } else if (text[index] === '<') {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(index, index + 256));
      return match?.[1] ?? null;
    } else return null;
  }
}
