/**
 * Rolling-average acute:chronic workload ratio. `coupled`: mean of the last `acuteDays` over the mean of the last
 * `chronicDays` (the acute week is inside the chronic window: `4A/(A + 3C_unc)`, Lolli 2019). `uncoupled`: over the
 * mean of the `chronicDays − acuteDays` days before the acute window (Windt & Gabbett 2019). Means are over tracked
 * days only (`tracked[d] === false` marks a gap, not a rest day); a value is `null` until its whole window lies in
 * the series, when a window has no tracked day, or when the chronic mean is below `minChronic`.
 *
 * @example
 * ```ts
 * const { ratio } = rollingAcwr(loads28, { coupling: 'uncoupled' });
 * ratio[27]; // 1.4516
 * ```
 */
export function rollingAcwr(
  loads: ArrayLike<number>,
  options: {
    acuteDays?: number;
    chronicDays?: number;
    coupling?: 'coupled' | 'uncoupled';
    tracked?: ArrayLike<boolean>;
    minChronic?: number;
  } = {},
): { acute: Array<number | null>; chronic: Array<number | null>; ratio: Array<number | null> } {
  const acuteDays = options.acuteDays ?? 7;
  const chronicDays = options.chronicDays ?? 28;
  const uncoupled = options.coupling === 'uncoupled';
  const minChronic = options.minChronic ?? 1e-6;
  const count = loads.length;
  const acute: Array<number | null> = new Array<number | null>(count).fill(null);
  const chronic: Array<number | null> = new Array<number | null>(count).fill(null);
  const ratio: Array<number | null> = new Array<number | null>(count).fill(null);
  const mean = (from: number, to: number): number | null => {
    let sum = 0;
    let days = 0;
    for (let day = from; day <= to; day += 1) {
      if (options.tracked !== undefined && options.tracked[day] === false) continue;
      sum += loads[day]!;
      days += 1;
    }
    return days === 0 ? null : sum / days;
  };
  for (let day = chronicDays - 1; day < count; day += 1) {
    const acuteMean = mean(day - acuteDays + 1, day);
    const chronicMean = uncoupled ? mean(day - chronicDays + 1, day - acuteDays) : mean(day - chronicDays + 1, day);
    acute[day] = acuteMean;
    chronic[day] = chronicMean;
    ratio[day] = acuteMean !== null && chronicMean !== null && chronicMean >= minChronic ? acuteMean / chronicMean : null;
  }
  return { acute, chronic, ratio };
}
