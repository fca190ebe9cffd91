import type { CliOutput } from '../cli-io.js';
import { formatBar } from '../format/format-bar.js';
import { formatNumber } from '../format/format-quantity.js';

/**
 * One progress report of long ingestion work, as the pipeline's `onProgress` hands it: the phase, the bytes read so
 * far of how many (when the size is known) and the records handled.
 *
 * @example
 * ```ts
 * const progress: ProgressState = { phase: 'writing', bytesRead: 52_428_800, bytesTotal: 209_715_200, records: 120_000 };
 * ```
 */
export interface ProgressState {
  /** What the pipeline is doing: reading the input, writing rows, matching duplicates. */
  readonly phase: string;
  /** Bytes of the input read so far, when it is a file. */
  readonly bytesRead?: number;
  /** Size of the input in bytes, when known. */
  readonly bytesTotal?: number;
  /** Records handled so far. */
  readonly records: number;
}

/**
 * A progress bar on one terminal line of stderr, redrawn in place (`\r`) and erased when the work ends, so that it
 * never mixes with the output or the summary. A disabled bar writes nothing at all.
 *
 * @example
 * ```ts
 * const bar = createProgressBar(io.stderr, { enabled: true, now: () => io.now() });
 * bar.update('export.zip', { phase: 'reading', bytesRead: 1024, bytesTotal: 4096, records: 10 });
 * bar.done();
 * ```
 */
export interface ProgressBar {
  /** Shows `progress` of the input `label` (redrawn at most every {@link PROGRESS_REDRAW_MS} ms). */
  update(label: string, progress: ProgressState): void;
  /** Erases the bar's line (when one was drawn). */
  done(): void;
}

/**
 * The shortest time between two redraws of the bar, in milliseconds: ten a second is smooth and costs nothing.
 *
 * @example
 * ```ts
 * PROGRESS_REDRAW_MS; // 100
 * ```
 */
export const PROGRESS_REDRAW_MS = 100;

const BAR_CELLS = 20;
const KIBIBYTE = 1024;
const MEBIBYTE = 1024 * KIBIBYTE;

/** `12.3/290.0 MB` (`KB` under a megabyte), or `12.3 MB` when the total is unknown. */
function bytesText(read: number, total: number | undefined): string {
  const [unit, name] = (total ?? read) >= MEBIBYTE ? [MEBIBYTE, 'MB'] : [KIBIBYTE, 'KB'];
  const size = (bytes: number) => formatNumber(bytes / unit, 1, 1);
  return total === undefined ? `${size(read)} ${name}` : `${size(read)}/${size(total)} ${name}`;
}

/**
 * The bar's text for one progress report, without control characters:
 * `export.zip  ████████░░░░░░░░░░░░  42%  122.1/290.0 MB  120,000 records  writing`. Without a known size there is no
 * bar, only the counts. Cut to `columns` characters.
 *
 * @example
 * ```ts
 * formatProgressLine('a.fit', { phase: 'reading', bytesRead: 12_288, bytesTotal: 24_576, records: 3 }, 80);
 * // 'a.fit  ██████████░░░░░░░░░░   50%  12.0/24.0 KB  3 records  reading'
 * ```
 */
export function formatProgressLine(label: string, progress: ProgressState, columns: number): string {
  const parts = [label];
  const { bytesRead, bytesTotal } = progress;
  if (bytesRead !== undefined && bytesTotal !== undefined && bytesTotal > 0) {
    const share = Math.min(1, bytesRead / bytesTotal);
    parts.push(formatBar(share, BAR_CELLS), `${String(Math.floor(share * 100)).padStart(3)}%`, bytesText(bytesRead, bytesTotal));
  } else if (bytesRead !== undefined) {
    parts.push(bytesText(bytesRead, undefined));
  }
  parts.push(`${formatNumber(progress.records)} records`, progress.phase);
  const line = parts.join('  ');
  return line.length > columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/**
 * Creates a {@link ProgressBar} drawing on `output` (stderr). Commands enable it only when stderr is a terminal and
 * `--json` is off, so pipes, files and scripts never see control characters. Redraws are throttled with the
 * injected clock (`now`), never the process's.
 *
 * @example
 * ```ts
 * const bar = createProgressBar(io.stderr, { enabled: io.stderr.isTTY === true && !common.json, now: () => io.now() });
 * ```
 */
export function createProgressBar(output: CliOutput, options: { readonly enabled: boolean; readonly now: () => Date }): ProgressBar {
  if (!options.enabled) return { update: () => undefined, done: () => undefined };
  let drawnAt: number | undefined;
  let drawn = false;
  return {
    update(label, progress) {
      const at = options.now().getTime();
      if (drawnAt !== undefined && at - drawnAt < PROGRESS_REDRAW_MS) return;
      drawnAt = at;
      drawn = true;
      output.write(`\r\x1b[K${formatProgressLine(label, progress, output.columns ?? 80)}`);
    },
    done() {
      if (drawn) output.write('\r\x1b[K');
      drawn = false;
      drawnAt = undefined;
    },
  };
}
