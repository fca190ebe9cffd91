import type { ValueBounds } from '@trainkit/core';
import type { NormalizationWarning, NormalizationWarningCode, PayloadPath } from '../normalization-failure.js';
import { isJsonObject } from './read-payload.js';

/**
 * Reads optional fields of one record, never throwing: an absent or `null` field is `null`; a field of the wrong type
 * or outside its bounds is `null` too, with a warning naming its path (relative to the record).
 */
export class FieldReader {
  constructor(
    readonly value: Record<string, unknown>,
    readonly warnings: NormalizationWarning[],
    readonly base: PayloadPath = [],
  ) {}

  /** The path of `key` from the record's root. */
  path(key: string): PayloadPath {
    return [...this.base, key];
  }

  /** Adds a warning at `key`. */
  warn(code: NormalizationWarningCode, key: string, message: string): void {
    this.warnings.push({ code, message, path: this.path(key) });
  }

  /** The raw field. */
  raw(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.value, key) ? this.value[key] : undefined;
  }

  /** A finite number within `bounds` (inclusive), else `null`. */
  number(key: string, bounds?: ValueBounds): number | null {
    const value = this.raw(key);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.warn('invalid_value', key, `${this.label(key)} is not a finite number; dropped`);
      return null;
    }
    if (bounds && (value < bounds.min || value > bounds.max)) {
      this.warn('out_of_bounds', key, `${this.label(key)} ${value} is outside ${bounds.min}..${bounds.max}; dropped`);
      return null;
    }
    return value;
  }

  /** A string (empty strings count as absent), else `null`. */
  string(key: string): string | null {
    const value = this.raw(key);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.warn('invalid_value', key, `${this.label(key)} is not a string; dropped`);
      return null;
    }
    return value.length === 0 ? null : value;
  }

  /** A boolean, else `null`. */
  boolean(key: string): boolean | null {
    const value = this.raw(key);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') {
      this.warn('invalid_value', key, `${this.label(key)} is not a boolean; dropped`);
      return null;
    }
    return value;
  }

  /** A reader over the nested object at `key`, or `null` when absent or not an object. */
  child(key: string): FieldReader | null {
    const value = this.raw(key);
    if (value === undefined || value === null) return null;
    if (!isJsonObject(value)) {
      this.warn('invalid_value', key, `${this.label(key)} is not an object; dropped`);
      return null;
    }
    return new FieldReader(value, this.warnings, this.path(key));
  }

  private label(key: string): string {
    return this.path(key).join('.');
  }
}
