/* global document, window, location, history, sessionStorage, fetch, URLSearchParams */
// Shared by every dashboard page: the token (from the URL fragment, kept in sessionStorage), the /me API client,
// DOM building (text only: data never goes through innerHTML) and formatting.

const TOKEN_KEY = 'trainkit.dashboard.token';

/** Thrown when the API refuses the token (401). */
export class UnauthorizedError extends Error {}

/** Thrown for any other failed API call: the problem JSON's title and detail (RFC 9457), or the HTTP status. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problemMessage(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

/** `Not Found: No such route. (HTTP 404)` from a problem JSON body; the status text alone without one. */
export function problemMessage(status, problem) {
  const title = typeof problem?.title === 'string' ? problem.title : `HTTP ${status}`;
  const detail = typeof problem?.detail === 'string' && problem.detail !== '' ? `: ${problem.detail}` : '';
  return `${title}${detail} (HTTP ${status})`;
}

/** Moves a `#token=…` fragment into sessionStorage and removes it from the address bar (and so from history). */
function takeTokenFromFragment() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token === null) return;
  if (token.trim() !== '') sessionStorage.setItem(TOKEN_KEY, token.trim());
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** GET a JSON resource of the API with the kept token. */
export async function getJson(path) {
  return requestJson(path, { method: 'GET' });
}

/** POST to the API with the kept token; `body` is sent as JSON when given. */
export async function postJson(path, body) {
  return requestJson(path, body === undefined ? { method: 'POST' } : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

async function requestJson(path, init) {
  const response = await fetch(path, { ...init, headers: { ...init.headers, accept: 'application/json', authorization: `Bearer ${storedToken()}` } });
  if (response.status === 401) throw new UnauthorizedError('The server refused the token.');
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The bearer header value for requests made without `fetch` (uploads with progress). */
export function authorizationHeader() {
  return `Bearer ${storedToken()}`;
}

/**
 * Runs a page: takes the token, shows the token form when there is none, checks it with `GET /me`, then calls
 * `render(me)` and marks the body `data-state="ready"` (tests wait for it). A refused token shows a clear message.
 */
export function startPage(render) {
  takeTokenFromFragment();
  wireTokenForm();
  const run = async () => {
    if (storedToken() === null) return showSignIn();
    try {
      const me = await getJson('/me');
      text(document.querySelector('[data-testid="account"]'), me.displayName ?? me.id);
      document.getElementById('forget-token').hidden = false;
      document.getElementById('content').hidden = false;
      await render(me);
      document.body.dataset.state = 'ready';
    } catch (error) {
      handleError(error);
    }
  };
  void run();
}

/** Shows an error of a page: a refused token brings back the token form, anything else a message. */
export function handleError(error) {
  if (error instanceof UnauthorizedError) {
    sessionStorage.removeItem(TOKEN_KEY);
    document.getElementById('content').hidden = true;
    return showSignIn('This token was refused (401 Unauthorized): it is unknown, revoked or mistyped. Paste a valid token.');
  }
  const message = document.getElementById('page-error');
  message.textContent = error instanceof ApiError ? `The server answered ${error.message}` : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  message.hidden = false;
  document.body.dataset.state = 'error';
}

function showSignIn(message) {
  const auth = document.getElementById('auth');
  const error = document.getElementById('auth-error');
  auth.hidden = false;
  error.hidden = message === undefined;
  error.textContent = message ?? '';
  document.getElementById('forget-token').hidden = true;
  document.body.dataset.state = message === undefined ? 'signed-out' : 'unauthorized';
  document.getElementById('token-input').focus();
}

function wireTokenForm() {
  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = new window.FormData(event.target).get('token').trim();
    if (token === '') return;
    sessionStorage.setItem(TOKEN_KEY, token);
    location.reload();
  });
  document.getElementById('forget-token').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    location.reload();
  });
}

/** Creates an element with attributes (`dataset`, `className` and plain attributes) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return element;
}

/** Sets an element's text. */
export function text(element, value) {
  element.textContent = value;
}

/** A number with `digits` decimals (what the tests compare with the API's numbers, rounded alike). */
export function decimal(value, digits = 1) {
  return Number(value).toFixed(digits);
}

/** `3723` → `1:02:03`; `2700` → `45:00`. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(rest).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Metres as kilometres with two decimals, or a dash. */
export function distance(metres) {
  return metres === null || metres === undefined ? '–' : `${(metres / 1000).toFixed(2)} km`;
}

/** `act_trail_running` / `mov_back_squat` → `trail running` / `back squat`. */
export function humanize(id) {
  if (id === null || id === undefined) return '';
  return String(id).replace(/^(act|mov|dis)_/, '').replaceAll('_', ' ');
}

/** `trail running` → `Trail running`. */
export function capitalize(value) {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** An instant as a local date and time. */
export function dateTime(iso) {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today's local day, `YYYY-MM-DD`, in the browser's zone. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` day plus `days` (calendar arithmetic, no zone involved). */
export function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Whether `value` is a well-formed `YYYY-MM-DD` day. */
export function isDay(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** A query parameter of the page's URL, or `undefined`. */
export function queryParam(name) {
  return new URLSearchParams(location.search).get(name) ?? undefined;
}

/**
 * Wires a range form (`from`, `to`, preset buttons with `data-days`) to the page's query string: submitting reloads the
 * page with the new range, keeping the other parameters.
 */
export function wireRangeForm(form, range) {
  form.elements.from.value = range.from;
  form.elements.to.value = range.to;
  const go = (from, to) => {
    const params = new URLSearchParams(location.search);
    params.set('from', from);
    params.set('to', to);
    location.assign(`${location.pathname}?${params}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(form.elements.from.value, form.elements.to.value);
  });
  for (const button of form.querySelectorAll('[data-days]')) {
    button.addEventListener('click', () => {
      const to = form.elements.to.value || range.to;
      go(addDays(to, 1 - Number(button.dataset.days)), to);
    });
  }
}

/** The range of a page: `?from&to` when both are valid days, else `defaultDays` ending on `?to` or today. */
export function rangeFromQuery(defaultDays) {
  const to = isDay(queryParam('to')) ? queryParam('to') : today();
  const from = isDay(queryParam('from')) && queryParam('from') <= to ? queryParam('from') : addDays(to, 1 - defaultDays);
  return { from, to };
}
