/**
 * A horizontal bar of `cells` characters, `█` for the filled share of `fraction` (0..1, clamped; rounded to whole
 * cells) and `░` for the rest.
 *
 * @example
 * ```ts
 * formatBar(0.78, 10); // '████████░░'
 * ```
 */
export function formatBar(fraction: number, cells: number): string {
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.round(share * cells);
  return '█'.repeat(filled) + '░'.repeat(Math.max(0, cells - filled));
}
