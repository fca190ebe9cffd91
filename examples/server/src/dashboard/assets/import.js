/* global document, XMLHttpRequest, URLSearchParams, setTimeout */
import { UnauthorizedError, authorizationHeader, dateTime, el, getJson, handleError, problemMessage, startPage, text } from './dashboard.js';

// Uploads a file to POST /me/imports with XMLHttpRequest, whose upload progress events drive the progress bar. While
// the server imports it, GET /me/runs is polled for the runs the upload opened (status and counts as they are
// recorded); once the upload answers with its run ids, they are polled until each has a final status.

const POLL_INTERVAL_MS = 500;
const FINAL_STATUSES = new Set(['succeeded', 'partial', 'failed', 'cancelled']);

startPage(async () => {
  document.getElementById('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const file = event.target.elements.file.files[0];
    if (file === undefined) return;
    upload(file).catch((error) => {
      setPhase('failed', `The import failed: ${error instanceof Error ? error.message : String(error)}`);
      handleError(error);
    });
  });
  document.getElementById('refresh-runs').addEventListener('click', () => loadRuns().catch(handleError));
  await loadRuns();
});

function setPhase(phase, message) {
  document.querySelector('[data-testid="import-state"]').dataset.phase = phase;
  text(document.getElementById('upload-status'), message);
}

async function upload(file) {
  const progress = document.getElementById('upload-progress');
  const submit = document.querySelector('[data-testid="import-submit"]');
  const result = document.getElementById('import-result');
  progress.max = Math.max(1, file.size);
  progress.value = 0;
  result.hidden = true;
  submit.disabled = true;
  setPhase('uploading', `Uploading ${file.name}…`);
  try {
    // Runs listed before the upload are not its own: any other run that appears while the server imports is.
    const earlierRunIds = new Set((await loadRuns()).map((entry) => entry.run.id));
    const watch = { active: false };
    const response = await send(file, progress, () => {
      setPhase('processing', `Uploaded ${bytes(file.size)}. Importing ${file.name}…`);
      watch.active = true;
      void watchNewRuns(earlierRunIds, watch, result);
    });
    watch.active = false;
    if (response.status === 401) throw new UnauthorizedError();
    const runIds = Array.isArray(response.body?.runs) ? response.body.runs.map((run) => run.runId) : [];
    if (runIds.length === 0) {
      setPhase('failed', `The import failed: ${problemMessage(response.status, response.body)}`);
      return;
    }
    setPhase('processing', `Imported ${file.name} in ${runIds.length === 1 ? 'run' : 'runs'} ${runIds.join(', ')}; reading the final status…`);
    const runs = await waitForFinalRuns(runIds, result);
    const statuses = [...new Set(runs.map((entry) => entry.run.status))].join(', ');
    if (response.status === 201) setPhase('done', `Imported ${file.name}: ${statuses}.`);
    else setPhase('failed', `The import failed: ${problemMessage(response.status, response.body)}`);
  } finally {
    submit.disabled = false;
  }
}

/** POSTs the file; `onSent` is called once every byte is sent. Resolves with the status and the JSON body. */
function send(file, progress, onSent) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/me/imports?${new URLSearchParams({ filename: file.name })}`);
    request.setRequestHeader('authorization', authorizationHeader());
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.max = Math.max(1, event.total);
      progress.value = event.loaded;
      progress.dataset.sent = String(event.loaded);
      setPhase('uploading', `Uploading ${file.name}: ${bytes(event.loaded)} of ${bytes(event.lengthComputable ? event.total : file.size)} sent`);
    });
    request.upload.addEventListener('load', onSent);
    request.addEventListener('load', () => resolve({ status: request.status, body: request.response }));
    request.addEventListener('error', () => reject(new Error('The upload was interrupted (network error). Try again.')));
    request.send(file);
  });
}

/** Shows the runs that appear while `watch.active` (the upload's, still running or already finished). */
async function watchNewRuns(earlierRunIds, watch, result) {
  while (watch.active) {
    const runs = (await getJson('/me/runs')).filter((entry) => !earlierRunIds.has(entry.run.id));
    if (watch.active && runs.length > 0) showRuns(result, runs);
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Polls GET /me/runs until every run of `runIds` has a final status; shows them as they are and returns them. */
async function waitForFinalRuns(runIds, result) {
  for (;;) {
    const listed = await loadRuns();
    const runs = runIds.map((id) => listed.find((entry) => entry.run.id === id)).filter((entry) => entry !== undefined);
    showRuns(result, runs);
    if (runs.length === runIds.length && runs.every((entry) => FINAL_STATUSES.has(entry.run.status))) return runs;
    await sleep(POLL_INTERVAL_MS);
  }
}

function showRuns(container, runs) {
  container.replaceChildren(...runs.map(({ run, counts, failures }) => el('article', { className: 'run-summary', 'data-testid': 'import-run', dataset: { runId: run.id, status: run.status } },
    el('header', {},
      el('h3', {}, 'Run ', el('code', { 'data-testid': 'import-run-id' }, run.id)),
      el('span', { className: `status status-${run.status}`, 'data-testid': 'import-run-status' }, run.status)),
    el('p', { className: 'muted small' }, `${run.provider} · ${run.kind.replaceAll('_', ' ')} · started ${dateTime(run.started_at)}`),
    counts === null
      ? el('p', { className: 'muted small' }, 'Counting…')
      : el('dl', { className: 'counts' }, Object.entries(counts).map(([name, count]) => el('div', {}, el('dt', {}, name), el('dd', { dataset: { count: name } }, String(count))))),
    failures.length === 0
      ? el('p', { className: 'muted small' }, 'No failures.')
      : el('ul', { className: 'failures' }, failures.map((failure) => el('li', { 'data-testid': 'import-failure' }, el('code', {}, failure.code), ` ${failure.message}`))),
  )));
  container.hidden = runs.length === 0;
}

/** Fills the recent runs table from GET /me/runs and returns the runs. */
async function loadRuns() {
  const runs = await getJson('/me/runs');
  document.querySelector('[data-testid="runs-table"] tbody').replaceChildren(...(runs.length === 0
    ? [el('tr', {}, el('td', { colspan: 8, className: 'empty' }, 'No ingestion runs yet.'))]
    : runs.map(({ run, counts, failures }) => el('tr', { 'data-testid': 'run-row', dataset: { runId: run.id, status: run.status } },
      el('td', { className: 'nowrap' }, dateTime(run.started_at)),
      el('td', {}, el('span', { className: `badge badge-${run.provider}` }, run.provider)),
      el('td', {}, run.kind.replaceAll('_', ' ')),
      el('td', {}, el('span', { className: `status status-${run.status}` }, run.status)),
      el('td', { className: 'num' }, String(counts?.new ?? 0)),
      el('td', { className: 'num' }, String(counts?.updated ?? 0)),
      el('td', { className: 'num' }, String(counts?.failed ?? failures.length)),
      el('td', {}, el('code', { title: run.id }, run.id.slice(0, 8)))))));
  return runs;
}

function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function bytes(count) {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} kB`;
  return `${(count / 1024 / 1024).toFixed(1)} MB`;
}
