import type { JsonValue } from '@trainkit/core';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationFailure, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult, SkippedRecord } from '../normalization-result.js';
import { asJson, CHILDREN_KEY, NAME_KEY, type AppleHealthElementJson } from './apple-health-element.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { DailyTotalsAccumulator } from './apple-health-daily-totals.js';
import { normalizeAppleHealthActivitySummary } from './normalize-apple-health-activity-summary.js';
import { normalizeAppleHealthMe } from './normalize-apple-health-me.js';
import { normalizeAppleHealthCorrelationGroup, normalizeAppleHealthRecordGroup } from './normalize-apple-health-record-group.js';
import { normalizeAppleHealthWorkout } from './normalize-apple-health-workout.js';
import type { AppleHealthReadSummary, ReadAppleHealthXmlOptions } from './read-apple-health-xml-types.js';
import { stableHash } from './stable-hash.js';
import { XmlInputFilter } from './xml-input-filter.js';

const MAX_XML_ERRORS = 100;
const MAX_REMEMBERED_SHAPES = 16;
const REPEATING = new Set([NAME_KEY, 'type', 'sourceName', 'sourceVersion', 'device', 'unit', 'key', 'workoutActivityType', 'durationUnit']);
const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}/;
const NOT_TRAINING_DATA: Readonly<Record<string, string>> = {
  ClinicalRecord: 'clinical record (health records are not training data); not imported',
  Audiogram: 'audiogram (not training data); not imported',
  VisionPrescription: 'vision prescription (not training data); not imported',
};

type GroupKind = 'record' | 'correlation';

/** A list of attribute names seen on a tag: their sorted order, and the first name written twice (an XML error). */
interface AttributeShape {
  readonly names: readonly string[];
  readonly order: readonly number[];
  readonly duplicate: string | null;
}

/**
 * Has `parser` hand each attribute straight to `names` and `values` (in document order; the `opentagstart` handler
 * empties them), in place of what saxes 6 does for every tag: an object per attribute in a list, copied at the end of
 * the tag into the tag's `attributes` record. That copy (about 5% of reading an export, and garbage besides) is never
 * read here, so the tags this parser reports have no attributes; the reader reports a repeated attribute itself.
 * saxes is pinned to 6.0.0, whose `pushAttrib` and `processAttribs` these replace (`read-apple-health-xml.test.ts`
 * fails if that ever changes).
 */
function takeAttributesDirectly(parser: object, names: string[], values: string[]): void {
  const internals = parser as unknown as { pushAttrib: (name: string, value: string) => void; processAttribs: () => void };
  internals.pushAttrib = (name, value) => {
    names.push(name);
    values.push(value);
  };
  internals.processAttribs = () => {};
}

interface OpenGroup {
  readonly kind: GroupKind;
  readonly type: string;
  readonly sourceName: string;
  readonly day: string;
  readonly records: AppleHealthElementJson[];
  touched: number;
}

/**
 * The external id of the raw record holding the `Record` (or `Correlation`) elements of one type, source and local
 * day: `record:<type without its HealthKit prefix>:<day>:<hash of the source name>`, and `:part<n>` for a
 * continuation part.
 *
 * @example
 * ```ts
 * appleHealthRecordGroupExternalId('record', 'HKQuantityTypeIdentifierStepCount', 'Jane’s iPhone', '2024-06-12'); // 'record:StepCount:2024-06-12:…'
 * ```
 */
export function appleHealthRecordGroupExternalId(kind: 'record' | 'correlation', type: string, sourceName: string, day: string, part = 1): string {
  let short = type.replace(/^HK(?:Quantity|Category|Correlation|DataType)?TypeIdentifier/, '');
  if (short.length === 0 || short.length > 64) short = stableHash(type);
  return `${kind}:${short}:${day}:${stableHash(sourceName)}${part > 1 ? `:part${part}` : ''}`;
}

/**
 * The synchronous core of `readAppleHealthXml`: write decoded text, take the finished batches, end. Never throws.
 */
export class AppleHealthXmlReader {
  private readonly batchSize: number;
  private readonly maxOpenRecords: number;
  private readonly maxGroupRecords: number;
  private readonly filter = new XmlInputFilter();
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private readonly stack: AppleHealthElementJson[] = [];
  private readonly interned = new Map<string, string>();
  /** The attributes of the tag being opened, in document order (saxes reports each before the tag itself). */
  private readonly tagNames: string[] = [];
  private readonly tagValues: string[] = [];
  private readonly shapes: AttributeShape[] = [];
  private readonly previous: Record<string, string> = {};
  private depth = 0;
  private currentTopName = 'element';
  private rootSeen = false;
  private halted = false;
  private ended = false;

  private readonly groups = new Map<string, OpenGroup>();
  private readonly closedParts = new Map<string, number>();
  private openRecords = 0;
  private evictAt = 0;
  private tick = 0;
  private readonly totals = new DailyTotalsAccumulator();
  /** The daily totals still to make, once the input has ended. */
  private dailyTotals: Iterator<RecordOutcome> | null = null;

  private batch: NormalizationResult = emptyBatch();
  private batchWeight = 0;
  private readonly ready: NormalizationResult[] = [];

  private exportDate: string | null = null;
  private locale: string | null = null;
  private charactersRead = 0;
  private readonly elements: Record<string, number> = {};
  private readonly rawRecords: Record<string, number> = {};
  private readonly skippedCounts: Record<string, number> = {};
  private readonly failureCounts: Record<string, number> = {};
  private continuationParts = 0;
  private routesReferenced = 0;
  private xmlErrors = 0;

  constructor(private readonly options: ReadAppleHealthXmlOptions = {}) {
    this.batchSize = positive(options.batchSize, 1_000);
    this.maxOpenRecords = positive(options.maxOpenRecords, 2_000);
    this.maxGroupRecords = positive(options.maxGroupRecords, 20_000);
    this.evictAt = this.maxOpenRecords;
    this.parser.on('opentagstart', () => {
      this.tagNames.length = 0;
      this.tagValues.length = 0;
    });
    takeAttributesDirectly(this.parser, this.tagNames, this.tagValues);
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag));
    this.parser.on('error', (error) => this.xmlError(error));
  }

  /** True once reading stopped (too many XML errors, not an Apple Health export, an internal error). */
  get stopped(): boolean {
    return this.halted;
  }

  /** Parses the next piece of text. */
  write(text: string): void {
    if (this.halted || this.ended || text.length === 0) return;
    this.charactersRead += text.length;
    this.guarded(() => {
      const filtered = this.filter.push(text);
      const problem = this.filter.problem();
      if (problem !== null) {
        this.failure(null, { code: 'invalid_xml', message: problem, path: [] });
        this.halted = true;
        return;
      }
      if (filtered.length > 0) this.parser.write(filtered);
    });
  }

  /** Records that the input could not be read further (a read error of the source); reading stops. */
  sourceFailed(error: unknown): void {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    this.failure(null, { code: 'normalizer_error', message: `reading the export failed: ${reason}`, path: [] });
    this.halted = true;
  }

  /**
   * Ends the input: closes open groups and finishes the batch. The daily totals, known only now, follow from `take()`
   * a batch at a time (a multi-year export has thousands); the summary is reported with the last batch.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.guarded(() => {
      if (!this.halted) {
        const rest = this.filter.end();
        const problem = this.filter.problem();
        if (problem !== null) this.failure(null, { code: 'invalid_xml', message: problem, path: [] });
        else {
          if (rest.length > 0) this.parser.write(rest);
          this.parser.close();
        }
      }
    });
    this.guarded(() => {
      if (this.stack.length > 0 && !this.halted) {
        const name = this.currentTopName;
        this.failure(null, { code: 'invalid_xml', message: `the document ended inside <${name}>; that element was not read`, path: [name] }, asJson(this.stack[0]!));
        this.stack.length = 0;
      }
      for (const [key, group] of [...this.groups]) this.closeGroup(key, group);
      this.dailyTotals = this.totals.finish();
    });
    if (this.dailyTotals === null) this.finish();
  }

  /** The batches finished so far (each yielded once); after `end()`, the next batch of daily totals, `[]` once all are taken. */
  take(): NormalizationResult[] {
    while (this.ready.length === 0 && this.dailyTotals !== null) this.nextDailyTotals();
    return this.ready.splice(0, this.ready.length);
  }

  /** Makes daily totals until a batch is full or none is left (then the last batch and the summary). */
  private nextDailyTotals(): void {
    const totals = this.dailyTotals!;
    let done = true;
    this.guarded(() => {
      for (let next = totals.next(); !next.done; next = totals.next()) {
        this.emit(next.value, next.value.kind === 'skipped' ? 0 : 1);
        if (this.ready.length > 0) {
          done = false;
          return;
        }
      }
    });
    if (!done) return;
    this.dailyTotals = null;
    this.finish();
  }

  private finish(): void {
    this.cut();
    this.options.onSummary?.(this.summary());
  }

  /** What was read and left out so far. */
  summary(): AppleHealthReadSummary {
    const report = this.filter.report();
    return {
      exportDate: this.exportDate,
      locale: this.locale,
      exportVersion: report.exportVersion,
      doctypeRemoved: report.doctypeRemoved,
      illegalCharactersRemoved: report.illegalCharactersRemoved,
      charactersRead: this.charactersRead,
      elements: { ...this.elements },
      rawRecords: { ...this.rawRecords },
      continuationParts: this.continuationParts,
      routesReferenced: this.routesReferenced,
      skipped: { ...this.skippedCounts },
      failures: { ...this.failureCounts },
      xmlErrors: this.xmlErrors,
      stoppedEarly: this.halted,
    };
  }

  private open(tag: SaxesTagPlain): void {
    if (this.halted) return;
    const shape = this.attributeShape(this.tagNames);
    if (shape.duplicate !== null) this.xmlError(new Error(`duplicate attribute: ${shape.duplicate}.`));
    if (this.depth === 0) {
      this.depth = 1;
      if (this.rootSeen) return;
      this.rootSeen = true;
      if (tag.name !== 'HealthData') {
        this.failure(null, { code: 'invalid_xml', message: `not an Apple Health export: the root element is <${tag.name}>, not <HealthData>`, path: [] });
        this.halted = true;
        return;
      }
      const locale = this.tagValues[this.tagNames.lastIndexOf('locale')];
      this.locale = locale !== undefined && locale.length > 0 ? locale : null;
      return;
    }
    this.depth += 1;
    if (this.depth === 2) {
      const element: AppleHealthElementJson = {};
      this.setAttributes(element, shape);
      this.currentTopName = tag.name;
      this.stack.length = 0;
      this.stack.push(element);
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return;
    const child: AppleHealthElementJson = { [NAME_KEY]: this.compact(NAME_KEY, tag.name) };
    this.setAttributes(child, shape);
    const children = parent[CHILDREN_KEY];
    if (children === undefined) parent[CHILDREN_KEY] = [child];
    else children.push(child);
    this.stack.push(child);
  }

  /**
   * Sets the attributes of the tag just opened on its element, in sorted order: elements are written with their keys
   * sorted (`#name` sorts before any attribute name), the order of the canonical JSON the raw lake stores, so that
   * serializing a payload copies none of its elements. The few attribute lists of an export repeat element after
   * element: the sorted order of each recent list is remembered (`open` reports a repeated attribute as an XML
   * error, as saxes would have; the attribute keeps its last value, as in saxes).
   */
  private setAttributes(element: AppleHealthElementJson, shape: AttributeShape): void {
    const names = this.tagNames;
    const values = this.tagValues;
    for (const index of shape.order) setAttribute(element, names[index]!, this.compact(names[index]!, values[index]!));
  }

  /** The names' sorted order (equal names in document order) and the first name that repeats, if one does. */
  private attributeShape(names: readonly string[]): AttributeShape {
    for (const shape of this.shapes) if (sameNames(names, shape.names)) return shape;
    const order = names.map((_, index) => index).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b));
    const repeated = order.find((index, position) => position > 0 && names[order[position - 1]!] === names[index]);
    const shape = { names: [...names], order, duplicate: repeated === undefined ? null : names[repeated]! };
    this.shapes.unshift(shape);
    if (this.shapes.length > MAX_REMEMBERED_SHAPES) this.shapes.pop();
    return shape;
  }

  /**
   * The parser slices attribute values (and element names) out of its input text, and a slice of 13 characters or
   * more keeps the whole text it was cut from alive (a 16 KiB piece, see `readAppleHealthXml`). A held record (a
   * group stays open for a day of heart rate, up to 1,500 records) would keep every piece it was read from, and the
   * garbage collector would copy those pieces out of the young generation again and again: they were most of what
   * it moved to the old one (590 MB for a 200 MB export; 280 MB once copied). So a long value is copied here. Values
   * that repeat (types, sources, devices, units, metadata keys, element names) are shared through a small table of
   * their own copies instead, which also saves their memory in held records.
   */
  private compact(key: string, value: string): string {
    if (value.length < 13) return value;
    if (!REPEATING.has(key)) return detached(value);
    // Consecutive records mostly repeat the previous one's values: compare with it before hashing the value.
    const previous = this.previous[key];
    if (previous !== undefined && previous === value) return previous;
    const known = this.interned.get(value);
    if (known !== undefined) {
      this.previous[key] = known;
      return known;
    }
    const copy = detached(value);
    if (this.interned.size >= 20_000) this.interned.clear();
    this.interned.set(copy, copy);
    this.previous[key] = copy;
    return copy;
  }

  private close(tag: SaxesTagPlain): void {
    if (this.halted || this.depth === 0) return;
    if (this.depth === 2) {
      const element = this.stack.pop();
      this.stack.length = 0;
      if (element !== undefined) this.dispatch(tag.name, element);
    } else if (this.depth > 2) this.stack.pop();
    this.depth -= 1;
  }

  private xmlError(error: Error): void {
    this.xmlErrors += 1;
    if (this.xmlErrors > MAX_XML_ERRORS) {
      if (!this.halted) {
        this.failure(null, { code: 'invalid_xml', message: `more than ${MAX_XML_ERRORS} XML errors; reading stopped at character ${this.parser.position}`, path: [] });
        this.halted = true;
      }
      return;
    }
    this.failure(null, { code: 'invalid_xml', message: `${error.message} (at character ${this.parser.position})`, path: [] });
  }

  private dispatch(name: string, element: AppleHealthElementJson): void {
    const ordinal = this.elements[name] ?? 0;
    this.elements[name] = ordinal + 1;
    const path: PayloadPath = [name, ordinal];
    switch (name) {
      case 'Record':
        this.intake('record', element, path);
        return;
      case 'Correlation':
        this.intake('correlation', element, path);
        return;
      case 'Workout': {
        const { outcome, externalId, routePaths } = normalizeAppleHealthWorkout(element, []);
        this.emit(withPath(outcome, path), 1);
        if (externalId !== null && outcome.kind === 'draft') {
          for (const routePath of routePaths) {
            this.routesReferenced += 1;
            this.options.onRoute?.({ path: routePath, workoutExternalId: externalId });
          }
        }
        return;
      }
      case 'Me':
        this.emit(withPath(normalizeAppleHealthMe(element, []), path), 1);
        return;
      case 'ActivitySummary': {
        const { outcome, activeEnergyDay } = normalizeAppleHealthActivitySummary(element, []);
        if (activeEnergyDay !== null) this.totals.activeEnergyFromSummary(activeEnergyDay);
        this.emit(withPath(outcome, path), 1);
        return;
      }
      case 'ExportDate':
        this.exportDate = typeof element.value === 'string' ? element.value : null;
        return;
      default:
        this.skip({ external_id: null, reason: NOT_TRAINING_DATA[name] ?? `unknown element <${name}>; not imported`, path });
    }
  }

  private intake(kind: GroupKind, element: AppleHealthElementJson, path: PayloadPath): void {
    const type = element.type;
    const sourceName = element.sourceName;
    const startDate = element.startDate;
    if (typeof type !== 'string' || type.length === 0 || typeof sourceName !== 'string' || sourceName.length === 0) {
      this.failure(null, { code: 'schema_mismatch', message: `a ${kind === 'record' ? 'Record' : 'Correlation'} needs a type and a sourceName`, path }, asJson(element));
      return;
    }
    if (typeof startDate !== 'string' || !DAY_PREFIX.test(startDate)) {
      this.failure(null, { code: 'invalid_date', message: `startDate ${JSON.stringify(startDate ?? null)} is not an Apple Health date`, path: [...path, 'startDate'] }, asJson(element));
      return;
    }
    const day = startDate.slice(0, 10);
    const key = `${kind}\u0001${type}\u0001${sourceName}\u0001${day}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { kind, type, sourceName, day, records: [], touched: 0 };
      this.groups.set(key, group);
    }
    group.records.push(element);
    group.touched = ++this.tick;
    this.openRecords += 1;
    if (group.records.length >= this.maxGroupRecords) this.closeGroup(key, group);
    else if (this.openRecords > this.evictAt) this.evict();
  }

  /**
   * Closes the least recently used groups until at most half the budget of open records is left. The group just
   * written to stays open (it closes at `maxGroupRecords`); when it alone exceeds the budget, the next eviction waits
   * for another half budget of records, so a large group never makes every record sort the groups.
   */
  private evict(): void {
    const byAge = [...this.groups].sort((a, b) => a[1].touched - b[1].touched);
    byAge.pop();
    for (const [key, group] of byAge) {
      if (this.openRecords <= this.maxOpenRecords / 2) break;
      this.closeGroup(key, group);
    }
    this.evictAt = Math.max(this.maxOpenRecords, this.openRecords + this.maxOpenRecords / 2);
  }

  private closeGroup(key: string, group: OpenGroup): void {
    this.groups.delete(key);
    this.openRecords -= group.records.length;
    const part = (this.closedParts.get(key) ?? 0) + 1;
    this.closedParts.set(key, part);
    if (part > 1) this.continuationParts += 1;
    const externalId = appleHealthRecordGroupExternalId(group.kind, group.type, group.sourceName, group.day, part);
    if (group.kind === 'record') {
      const { outcome, contribution } = normalizeAppleHealthRecordGroup(group.records, externalId);
      if (contribution !== null) this.totals.add(contribution);
      this.emit(outcome, group.records.length);
    } else {
      this.emit(normalizeAppleHealthCorrelationGroup(group.records, externalId), group.records.length);
    }
  }

  private emit(outcome: RecordOutcome, weight: number): void {
    if (outcome.kind === 'draft') {
      this.batch.drafts.push(outcome.draft);
      const resource = outcome.draft.record.resource;
      this.rawRecords[resource] = (this.rawRecords[resource] ?? 0) + 1;
    } else if (outcome.kind === 'failure') {
      this.batch.failures.push(outcome.failure);
      this.failureCounts[outcome.failure.failure.code] = (this.failureCounts[outcome.failure.failure.code] ?? 0) + 1;
    } else this.skip(outcome.skipped);
    this.batchWeight += weight;
    if (this.batchWeight >= this.batchSize) this.cut();
  }

  private skip(entry: SkippedRecord): void {
    this.batch.skipped.push(entry);
    this.skippedCounts[entry.reason] = (this.skippedCounts[entry.reason] ?? 0) + 1;
    this.batchWeight += 1;
    if (this.batchWeight >= this.batchSize) this.cut();
  }

  private failure(externalId: string | null, failure: NormalizationFailure, raw: JsonValue | null = null): void {
    this.emit({ kind: 'failure', failure: { external_id: externalId, raw_payload: raw, failure } }, 1);
  }

  private cut(): void {
    const batch = this.batch;
    if (batch.drafts.length > 0 || batch.failures.length > 0 || batch.skipped.length > 0) this.ready.push(batch);
    this.batch = emptyBatch();
    this.batchWeight = 0;
  }

  private guarded(body: () => void): void {
    try {
      body();
    } catch (error) {
      const reason = error instanceof Error && error.message ? error.message : 'unexpected error';
      this.batch.failures.push({ external_id: null, raw_payload: null, failure: { code: 'normalizer_error', message: `normalizer error: ${reason}`, path: [] } });
      this.failureCounts.normalizer_error = (this.failureCounts.normalizer_error ?? 0) + 1;
      this.halted = true;
    }
  }
}

function emptyBatch(): NormalizationResult {
  return { normalizer: APPLE_HEALTH_NORMALIZERS.export, drafts: [], failures: [], skipped: [], next_token: null };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** Prefixes the paths of a failure or skipped entry with the element's place in the document. */
function withPath(outcome: RecordOutcome, path: PayloadPath): RecordOutcome {
  if (outcome.kind === 'failure') return { kind: 'failure', failure: { ...outcome.failure, failure: { ...outcome.failure.failure, path: [...path, ...outcome.failure.failure.path] } } };
  if (outcome.kind === 'skipped') return { kind: 'skipped', skipped: { ...outcome.skipped, path: [...path, ...outcome.skipped.path] } };
  return outcome;
}

/** A copy of `value` that shares no memory with the text it was sliced from (flattening a new concatenation copies). */
function detached(value: string): string {
  return (' ' + value).slice(1);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** Sets an attribute as an own key: assigning an attribute named `__proto__` would set the prototype and lose it. */
function setAttribute(element: AppleHealthElementJson, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(element, key, { value, enumerable: true, writable: true, configurable: true });
  else element[key] = value;
}
