import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMovementRefused, MOVEMENT_CONSTRAINT_LEVELS, MOVEMENT_REFUSAL_LEVEL, MovementConstraintLevelSchema } from './movement.js';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('movement constraint levels', () => {
  it('refuses exactly the hard_no level', () => {
    expect(MOVEMENT_REFUSAL_LEVEL).toBe(MovementConstraintLevelSchema.enum.hard_no);
    expect(MOVEMENT_CONSTRAINT_LEVELS.filter((level) => isMovementRefused(level))).toEqual([MOVEMENT_REFUSAL_LEVEL]);
    expect(isMovementRefused(null)).toBe(false);
    expect(isMovementRefused(undefined)).toBe(false);
  });

  it('has no "forbidden" level: the legacy spelling is rejected', () => {
    expect(MovementConstraintLevelSchema.safeParse('forbidden').success).toBe(false);
  });

  it('is never compared as a string literal outside the enum file', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const offenders = sourceFiles(root)
      .filter((path) => !path.endsWith(join('enums', 'movement.ts')))
      .filter((path) => /(['"])hard_no\1/.test(withoutComments(readFileSync(path, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
