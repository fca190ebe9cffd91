import type { ExternalIngestionRunRow, IngestionFailureRow } from '@trainkit/core';
import type { IngestRunSummary } from '@trainkit/ingest';
import { describe, expect, it } from 'vitest';
import { describeCliError } from '../report-cli-error.js';
import { createTestIo } from '../testing/create-test-io.js';
import { formatPayloadPath, formatRunSummary, SUMMARY_FAILURE_LINES } from './format-run-summary.js';
import { IngestFailedError } from './ingest-failed-error.js';
import { reportIngestRuns } from './report-ingest-runs.js';

const common = { db: './trainkit.db', json: false, verbose: false };

function failure(index: number, overrides: Partial<IngestionFailureRow> = {}): IngestionFailureRow {
  return {
    id: `fail_${index}`,
    user_id: 'u1',
    ingestion_run_id: 'run_1',
    provider: 'strava',
    resource: 'activities',
    external_id: `1184352790${index}`,
    external_activity_record_id: null,
    code: 'invalid_date',
    message: 'start_date is not an ISO-8601 instant',
    path_json: [index, 'start_date'],
    raw_payload_json: { id: index },
    raw_text: null,
    created_at: '2024-06-12T10:00:00.000Z',
    ...overrides,
  } as IngestionFailureRow;
}

function summary(status: ExternalIngestionRunRow['status'], failed: number, overrides: Partial<IngestRunSummary> = {}): IngestRunSummary {
  const failures = Array.from({ length: Math.min(failed, 100) }, (_, index) => failure(index));
  return {
    run: {
      id: `run_${status}`,
      user_id: 'u1',
      provider: 'strava',
      kind: 'sync',
      started_at: '2024-06-12T10:00:00.000Z',
      finished_at: '2024-06-12T10:00:01.000Z',
      status,
      error: null,
      cursor_json: null,
      stats_json: null,
    } as ExternalIngestionRunRow,
    counts: { seen: 3 + failed, new: 2, updated: 0, unchanged: 1, failed, skipped: 0 },
    failures,
    merges: 1,
    warnings: [],
    warningCount: 0,
    ...overrides,
  };
}

describe('formatRunSummary', () => {
  it('names the input, the run, its counts and merges, and lists the first failures with code, path and id', () => {
    expect(formatRunSummary('page.json', summary('partial', 1))).toBe(
      'page.json: run run_partial (strava, sync) partial\n' +
        '  records   4 seen: 2 new, 0 updated, 1 unchanged, 1 failed, 0 skipped\n' +
        '  merges    1\n' +
        '  failures  invalid_date at [0].start_date (id 11843527900): start_date is not an ISO-8601 instant\n',
    );
  });

  it(`shows at most ${SUMMARY_FAILURE_LINES} failures and counts the rest`, () => {
    const text = formatRunSummary('page.json', summary('partial', 250));
    expect(text.match(/invalid_date at/g)).toHaveLength(SUMMARY_FAILURE_LINES);
    expect(text).toContain(`(245 more: trainkit runs --user u1)`);
  });

  it('lists the first warnings, counting the rest', () => {
    const warnings = Array.from({ length: 4 }, (_, index) => ({
      external_id: String(index), code: 'out_of_bounds', message: 'average_heartrate 900 is outside 20..250', path: [index, 'average_heartrate'],
    }));
    const text = formatRunSummary('page.json', summary('succeeded', 0, { warnings, warningCount: 9 }));
    expect(text).toContain('  warnings  out_of_bounds at [0].average_heartrate (id 0): average_heartrate 900 is outside 20..250\n');
    expect(text.match(/out_of_bounds at/g)).toHaveLength(3);
    expect(text).toContain('(6 more warnings: values dropped or guessed, the raw records keep them)');
  });

  it('writes payload paths as a reader would', () => {
    expect(formatPayloadPath([])).toBe('(payload)');
    expect(formatPayloadPath(['records', 0, 'score', 'kilojoule'])).toBe('records[0].score.kilojoule');
    expect(formatPayloadPath([3, 'start_date'])).toBe('[3].start_date');
  });
});

describe('reportIngestRuns', () => {
  it('exits 0 silently on stderr when every run succeeded, with a total line for several runs', () => {
    const io = createTestIo();
    const code = reportIngestRuns(
      [{ label: 'a.json', summary: summary('succeeded', 0) }, { label: 'b.json', summary: summary('succeeded', 0) }],
      { common, io, userId: 'u1', createdUser: false },
    );
    expect(code).toBe(0);
    expect(io.stderrText()).toBe('');
    expect(io.stdoutText()).toContain('2 runs: 6 records seen, 4 new, 0 updated, 2 unchanged, 0 failed, 0 skipped, 2 merges\n');
  });

  it('exits 0 with one warning line when some records failed and the rest went in', () => {
    const io = createTestIo();
    expect(reportIngestRuns([{ label: 'a.json', summary: summary('partial', 2) }], { common, io, userId: 'u1', createdUser: false })).toBe(0);
    expect(io.stderrText()).toBe(
      "warning: 2 records could not be ingested in 1 run; the rest was; see the failures above or 'trainkit runs --user u1'\n",
    );
  });

  it('prints the summaries, then throws one INGEST_FAILED line (exit 4) naming the input, the failure and the run', () => {
    const io = createTestIo();
    const html = summary('failed', 1, {
      failures: [failure(0, { code: 'not_json', message: 'received an HTML page, not JSON', path_json: [], external_id: null })],
    });
    let thrown: unknown;
    try {
      reportIngestRuns([{ label: 'strava activities page.html', summary: html }, { label: 'b', summary: summary('failed', 1) }], {
        common, io, userId: 'u1', createdUser: false,
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IngestFailedError);
    expect(io.stdoutText()).toContain('strava activities page.html: run run_failed (strava, sync) failed');
    expect(describeCliError(thrown)).toMatchObject({
      exitCode: 4,
      code: 'INGEST_FAILED',
      message: 'error: strava activities page.html: not_json at (payload): received an HTML page, not JSON (run run_failed) (and 1 more input)',
    });
  });

  it('with --json prints one object with every run and no warning, failures without their raw data', () => {
    const io = createTestIo();
    reportIngestRuns([{ label: 'a.json', summary: summary('partial', 1) }], { common: { ...common, json: true }, io, userId: 'u1', createdUser: true });
    expect(io.stderrText()).toBe('');
    const body = JSON.parse(io.stdoutText()) as { user: string; created_user: boolean; runs: { input: string; failures: Record<string, unknown>[] }[] };
    expect(body).toMatchObject({ user: 'u1', created_user: true, runs: [{ input: 'a.json', counts: { failed: 1 }, merges: 1 }] });
    expect(body.runs[0]!.failures[0]).toMatchObject({ code: 'invalid_date', path_json: [0, 'start_date'] });
    expect(body.runs[0]!.failures[0]).not.toHaveProperty('raw_payload_json');
    expect(body.runs[0]!.failures[0]).not.toHaveProperty('raw_text');
  });
});
