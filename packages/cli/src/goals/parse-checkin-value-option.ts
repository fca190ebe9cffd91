import { SKILL_LEVELS, type SkillLevel } from '@trainkit/core';
import { UsageError } from '../usage-error.js';
import { parseDuration } from '../units/parse-duration.js';
import { quantityError } from '../units/quantity-error.js';

/**
 * Reads `--value` of `trainkit goals checkin`: a number in the goal's unit (`132.5` kg, `83.4` kg, `4` sessions), a
 * time `47:30` / `1:02:05` (seconds, for times and paces: `4:30` is 270 s/km), or a skill level by name
 * (`intermediate`).
 *
 * @throws {UsageError} When `--value` is missing.
 * @throws {ValidationError} On path `--value` when it is none of these.
 *
 * @example
 * ```ts
 * parseCheckinValueOption('47:30', ['goals', 'checkin']); // 2850
 * ```
 */
export function parseCheckinValueOption(text: string | undefined, commandPath: readonly string[]): number | SkillLevel {
  if (text === undefined || text.trim() === '') throw new UsageError('--value is required', commandPath);
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if ((SKILL_LEVELS as readonly string[]).includes(trimmed)) return trimmed as SkillLevel;
  if (/^\d+(?::\d{1,2}){1,2}$/.test(trimmed)) return parseDuration(trimmed, '--value');
  throw quantityError('--value', text, `a number (132.5), a time (47:30) or a skill level (${SKILL_LEVELS.join(', ')})`);
}
