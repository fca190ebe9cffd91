import type { Instant, LocalDate, TrainkitStorage } from '@trainkit/core';

/**
 * What a {@link DemoReportSection} gets to build its part of the demo report.
 *
 * @example
 * ```ts
 * const context: DemoReportContext = {
 *   storage, userId: 'demo_athlete', range: { from, to }, today, timeZone: 'Europe/Berlin', now,
 *   display: { bars: false, columns: 80 },
 * };
 * ```
 */
export interface DemoReportContext {
  /** The open storage, already holding the demo athlete. */
  readonly storage: TrainkitStorage;
  /** The demo athlete's id. */
  readonly userId: string;
  /** The days of history, inclusive. */
  readonly range: { readonly from: LocalDate; readonly to: LocalDate };
  /** The athlete's current local day. */
  readonly today: LocalDate;
  /** The athlete's IANA time zone. */
  readonly timeZone: string;
  /** The current instant (the injected clock's). */
  readonly now: Instant;
  /**
   * How to draw: `bars` is true when `--bars` was given or stdout is a terminal at least
   * {@link DEMO_BARS_MIN_COLUMNS} wide; `columns` is the terminal width (80 when unknown).
   */
  readonly display: { readonly bars: boolean; readonly columns: number };
}

/**
 * The narrowest terminal the demo draws bar charts in without `--bars`.
 *
 * @example
 * ```ts
 * const bars = io.stdout.isTTY === true && (io.stdout.columns ?? 0) >= DEMO_BARS_MIN_COLUMNS;
 * ```
 */
export const DEMO_BARS_MIN_COLUMNS = 60;

/**
 * An extra part of the `trainkit demo` report (a fatigue summary, say), added with `createDemoCommand({ sections })`.
 * Its text is printed after the built-in tables and its data lands under `key` in `--json` output.
 *
 * @example
 * ```ts
 * const fatigue: DemoReportSection = {
 *   key: 'fatigue',
 *   title: 'Fatigue today',
 *   build: async ({ storage, userId, today }) => ({ json: { score: 42 }, text: 'systemic fatigue 42/100\n' }),
 * };
 * ```
 */
export interface DemoReportSection {
  /** Property name of the section's data in `--json` output. */
  readonly key: string;
  /** Heading printed above the section's text. */
  readonly title: string;
  /** Computes the section from the stored demo data. */
  build(context: DemoReportContext): Promise<{ readonly json: unknown; readonly text: string }>;
}
