/**
 * Volume load (tonnage) in kg: `Σ reps × load_kg` over the sets (one entry per performed set; missing values
 * count 0).
 *
 * @example
 * ```ts
 * volumeLoadKg([{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }]); // 1500
 * ```
 */
export function volumeLoadKg(sets: ReadonlyArray<{ reps?: number | null; loadKg?: number | null }>): number {
  let total = 0;
  for (const set of sets) total += Math.max(0, set.reps ?? 0) * Math.max(0, set.loadKg ?? 0);
  return total;
}
