import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LocalDateSchema, ProviderInputSchema, type LocalDate, type Provider } from '@trainkit/core';
import { PROVIDER_RESOURCES, type IngestResourceOptions } from '@trainkit/ingest';
import { defineCommand } from '../cli-command.js';
import { createProgressBar } from '../ingest/progress-bar.js';
import { reportIngestRuns, type LabeledRun } from '../ingest/report-ingest-runs.js';
import { resolveInputPaths } from '../ingest/resolve-input-paths.js';
import { withIngest } from '../ingest/with-ingest.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';
import { UsageError } from '../usage-error.js';

const PATH = ['ingest'] as const;

/** The providers that have API resources, and theirs, one line each for the help. */
function resourceLines(): string {
  const entries = Object.entries(PROVIDER_RESOURCES).filter(([, resources]) => Object.keys(resources).length > 0);
  const width = Math.max(...entries.map(([provider]) => provider.length));
  return entries.map(([provider, resources]) => `  ${provider.padEnd(width)}  ${Object.keys(resources).join(', ')}`).join('\n');
}

function parseProvider(text: string): Provider {
  const parsed = ProviderInputSchema.safeParse(text);
  if (!parsed.success || !(parsed.data in PROVIDER_RESOURCES)) {
    throw new UsageError(`unknown provider '${text}': expected one of ${Object.keys(PROVIDER_RESOURCES).join(', ')}`, PATH);
  }
  return parsed.data;
}

function parseResource(provider: Provider, text: string): string {
  const resources = Object.keys(PROVIDER_RESOURCES[provider]);
  if (!resources.includes(text)) {
    const offered = resources.length === 0 ? 'none (use trainkit import for its files)' : resources.join(', ');
    throw new UsageError(`unknown ${provider} resource '${text}': expected one of ${offered}`, PATH);
  }
  return text;
}

function parseDate(text: string | undefined): LocalDate | undefined {
  if (text === undefined) return undefined;
  const parsed = LocalDateSchema.safeParse(text.trim());
  if (!parsed.success) throw quantityError('--date', text, 'a date like 2024-06-12');
  return parsed.data;
}

/**
 * `trainkit ingest <provider> <resource> <file...> --user <id>`: ingests JSON exactly as a provider's API returned it
 * (a page of Strava activities, a WHOOP workout collection, an Oura `daily_readiness` page, a Garmin push body, ...)
 * through the facade's pipeline (`trainkit.ingest.ingestPayload`), one run per file. The file is passed on as text,
 * so a truncated body or an HTML error page is recorded on its run with a typed failure (and exits 4), not a crash.
 * Resources come from the pipeline's registry (`PROVIDER_RESOURCES`); an unknown provider or resource is a usage
 * error listing the valid ones. The athlete is created when missing; a progress bar over the files shows on a
 * terminal; each run is summarized.
 *
 * @example
 * ```ts
 * await runCli(['ingest', 'strava', 'activities', 'page-1.json', 'page-2.json', '--user', 'u1'], io);
 * ```
 */
export const ingestCommand = defineCommand({
  path: PATH,
  summary: 'Ingest provider API JSON (Strava, WHOOP, Oura, Garmin) exactly as the API returned it',
  description:
    'Each file is one response body of the provider\'s API, unchanged: a page or a single object.\n' +
    'Every record is stored raw (content-hashed: the same payload again changes nothing, a revised one keeps the\n' +
    'earlier version), then normalized; records of a session another provider already recorded are merged into\n' +
    'the same activity. One run per file, summarized at the end. Resources, named after the API endpoints:\n' +
    `${resourceLines()}\n` +
    'Apple Health exports and FIT files are files: give them to trainkit import.\n' +
    'The athlete is created when missing. Exit 0 when ingested (a warning line when some records failed), 2 for a\n' +
    'wrong provider, resource or path, 4 when a file could not be read at all (truncated JSON, an HTML page, the\n' +
    'wrong shape). Pending migrations are applied first. See docs/guides/ingestion.md.',
  arguments: [
    { name: 'provider', description: `The provider: ${Object.keys(PROVIDER_RESOURCES).join(', ')}` },
    { name: 'resource', description: 'The API resource the JSON came from (see above)' },
    { name: 'file', variadic: true, description: 'JSON files exactly as the API returned them' },
  ],
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required; created when missing)' },
    'activity-id': {
      type: 'string',
      valueName: 'id',
      description: 'strava streams: the activity they belong to (default: the digits of the file name)',
    },
    date: { type: 'string', valueName: 'date', description: "oura personal_info: the day it was fetched (default: today in the athlete's zone)" },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'ingest strava activities athlete-activities-page-1.json --user u1',
    'ingest strava streams streams-11843527901.json --user u1',
    'ingest whoop workouts workouts.json --user u1 --json',
    'ingest oura daily_readiness readiness.json sleep.json --user u1',
  ],
  run: async ({ values, positionals, common, io }) => {
    const [providerText = '', resourceText = '', ...files] = positionals;
    const provider = parseProvider(providerText);
    const resource = parseResource(provider, resourceText);
    const userId = parseUserOption(values.user, PATH);
    const date = parseDate(values.date);
    const inputs = await resolveInputPaths(files, { cwd: io.cwd, allowDirectories: false, commandPath: PATH });
    const bytesTotal = inputs.reduce((sum, input) => sum + input.bytes, 0);
    const bar = createProgressBar(io.stderr, { enabled: io.stderr.isTTY === true && !common.json, now: () => io.now() });
    return withIngest(common, io, { userId, createUser: true, closeInterrupted: true }, async ({ ingest, createdUser }) => {
      const runs: LabeledRun[] = [];
      let bytesRead = 0;
      try {
        for (const [index, input] of inputs.entries()) {
          bar.update(`${index + 1}/${inputs.length} ${basename(input.absolute)}`, { phase: 'writing', bytesRead, bytesTotal, records: index });
          const options: IngestResourceOptions = {
            sourceName: basename(input.absolute),
            ...(values['activity-id'] === undefined ? {} : { activityId: values['activity-id'] }),
            ...(date === undefined ? {} : { date }),
          };
          const text = await readFile(input.absolute, 'utf8');
          const summary = await ingest.ingestPayload({ userId, provider, resource, payload: text, kind: 'file_import', options });
          bytesRead += input.bytes;
          runs.push({ label: `${provider} ${resource} ${input.given}`, summary });
        }
      } finally {
        bar.done();
      }
      return reportIngestRuns(runs, { common, io, userId, createdUser });
    });
  },
});
