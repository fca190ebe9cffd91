import type { TrainkitFatigueReport } from 'trainkit';
import { formatBar } from '../format/format-bar.js';
import { fatiguedMuscles } from './fatigued-muscles.js';

/**
 * A small bar chart of the most fatigued muscles, one line each: `quadriceps  ████████░░  78 %`. The bars take what
 * `width` (the terminal's columns) leaves after the names, 10 to 20 cells.
 *
 * @example
 * ```ts
 * formatMuscleBars(report, { width: 80, limit: 8 });
 * ```
 */
export function formatMuscleBars(report: TrainkitFatigueReport, options: { readonly width: number; readonly limit?: number }): string {
  const muscles = fatiguedMuscles(report).slice(0, options.limit ?? 8);
  if (muscles.length === 0) return '  no muscle carries fatigue\n';
  const nameWidth = Math.max(...muscles.map((muscle) => muscle.slug.length));
  const cells = Math.max(10, Math.min(20, options.width - nameWidth - 12));
  return muscles
    .map((muscle) => `  ${muscle.slug.padEnd(nameWidth)}  ${formatBar(muscle.percent / 100, cells)}  ${String(Math.round(muscle.percent)).padStart(3)} %\n`)
    .join('');
}
