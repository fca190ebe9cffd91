import type { NormalizationWarning, NormalizationWarningCode, PayloadPath } from '../normalization-failure.js';

const KEEP = 20;

/** Collects warnings, keeping the first 20 and counting the rest (a record group can hold thousands of records). */
export class CappedWarnings {
  private readonly kept: NormalizationWarning[] = [];
  private dropped = 0;

  add(code: NormalizationWarningCode, message: string, path: PayloadPath): void {
    if (this.kept.length < KEEP) this.kept.push({ code, message, path });
    else this.dropped += 1;
  }

  /** The kept warnings, plus one that counts the dropped ones. */
  list(): NormalizationWarning[] {
    if (this.dropped === 0) return [...this.kept];
    return [...this.kept, { code: 'invalid_value', message: `${this.dropped} more values were dropped for the reasons above`, path: [] }];
  }
}
