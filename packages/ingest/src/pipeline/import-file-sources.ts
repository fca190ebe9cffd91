import type { ImportFilesInput, IngestPipeline, IngestRunSummary } from '../ingest-pipeline.js';
import { openImportSources } from '../files/open-import-sources.js';

/**
 * Imports files and folders, one run per file found (kind `file_import`), each detected by its content: Apple Health
 * `export.zip` / `export.xml`, FIT files. A file that is none of them still gets a run, `failed` with an
 * `unsupported_file` failure, so every path given is accounted for. Once `signal` is aborted, the file being read
 * ends its run `cancelled` and no further file is opened.
 *
 * @internal
 */
export async function importFileSources(pipeline: Pick<IngestPipeline, 'ingestResults'>, input: ImportFilesInput): Promise<IngestRunSummary[]> {
  const summaries: IngestRunSummary[] = [];
  for await (const source of openImportSources(input.paths, { worker: input.worker ?? false })) {
    if (input.signal?.aborted === true) break;
    summaries.push(
      await pipeline.ingestResults({
        userId: input.userId,
        provider: source.provider,
        kind: 'file_import',
        results: source.results(),
        bytes: { read: () => source.bytesRead(), total: source.bytesTotal, path: source.path },
        ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
        ...(input.signal === undefined ? {} : { signal: input.signal }),
      }),
    );
  }
  return summaries;
}
