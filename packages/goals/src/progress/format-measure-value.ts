import { SKILL_LEVELS } from '@trainkit/core';

function round(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function clock(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * A measure value for people: durations of a minute or more as `m:ss` / `h:mm:ss`, paces as `m:ss/km`, skill levels
 * by name, everything else rounded to one decimal with its unit. Deterministic.
 *
 * @example
 * ```ts
 * formatMeasureValue(2700, 's'); // '45:00'
 * formatMeasureValue(271.4, 's/km'); // '4:31/km'
 * formatMeasureValue(132.25, 'kg'); // '132.3 kg'
 * formatMeasureValue(3, 'level'); // 'intermediate'
 * ```
 */
export function formatMeasureValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 's' && Math.abs(value) >= 60) return value < 0 ? `-${clock(-value)}` : clock(value);
  if (unit === 's/km' && value > 0) return `${clock(value)}/km`;
  if (unit === 'level' && Number.isInteger(value) && SKILL_LEVELS[value] !== undefined) return SKILL_LEVELS[value];
  return `${round(value, 1)} ${unit}`;
}
