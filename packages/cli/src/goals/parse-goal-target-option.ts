import { ValidationError } from '@trainkit/core';
import { parseDistance } from '../units/parse-distance.js';
import { parseDuration } from '../units/parse-duration.js';

/** Target fields that take a duration (`45:00`, `1h30m`, `2700`) or a distance (`10km`, `5000`). */
const DURATION_FIELDS = new Set(['duration_seconds', 'hold_seconds', 'seconds_per_km']);
const DISTANCE_FIELDS = new Set(['distance_m']);
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function invalid(option: string, text: string, message: string): ValidationError {
  return new ValidationError('command line', [{ path: option, rule: 'invalid_format', message: `${message}, got '${text}'` }]);
}

function fieldValue(key: string, text: string, option: string): string | number {
  if (NUMBER.test(text)) return Number(text);
  if (DURATION_FIELDS.has(key)) return parseDuration(text, `${option} ${key}`);
  if (DISTANCE_FIELDS.has(key)) return parseDistance(text, `${option} ${key}`);
  return text;
}

/**
 * Reads `--target`: a JSON object (`{"type":"one_rep_max","movement_id":"back_squat","load_kg":140}`) or the same
 * as `key=value` pairs separated by commas (`type=one_rep_max,movement_id=back_squat,load_kg=140`). In the pair form
 * numbers become numbers, durations may be written `45:00` or `45m` (`duration_seconds`, `hold_seconds`,
 * `seconds_per_km`: `4:30` is 270 s/km) and distances `10km` (`distance_m`). What the target means is checked by the
 * facade (`GoalTargetSchema` of `@trainkit/goals`).
 *
 * @throws {ValidationError} On path `--target` when the text is neither form.
 *
 * @example
 * ```ts
 * parseGoalTargetOption('type=time,discipline_id=running,distance_m=10km,duration_seconds=45:00');
 * // { type: 'time', discipline_id: 'running', distance_m: 10000, duration_seconds: 2700 }
 * ```
 */
export function parseGoalTargetOption(text: string, option = '--target'): Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw invalid(option, text, 'expected a JSON object');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid(option, text, 'expected a JSON object');
    return parsed as Record<string, unknown>;
  }
  const target: Record<string, unknown> = {};
  for (const pair of trimmed.split(',')) {
    const match = /^\s*([a-z_]+)\s*=\s*(.+?)\s*$/.exec(pair);
    if (!match) throw invalid(option, text, 'expected key=value pairs like type=one_rep_max,movement_id=back_squat,load_kg=140, or a JSON object');
    target[match[1]!] = fieldValue(match[1]!, match[2]!, option);
  }
  return target;
}
