import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { compareSkillLevels } from './compare-skill-levels.js';
import { resolveSkillLevel } from './resolve-skill-level.js';
import type { SkillProfileInput } from './skill-profile-input.js';

const pullUp = { id: 'mov_pull_up', pattern: 'vertical_pull' as const };
const chinUp = { id: 'mov_chin_up', pattern: 'vertical_pull' as const };
const backSquat = { id: 'mov_back_squat', pattern: 'squat' as const };

const skills: SkillProfileInput[] = [
  { id: 's_discipline', scope_type: 'discipline', scope_id: 'dis_crossfit', skill_level: 'advanced', can_do_flag: true },
  { id: 's_pattern', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'beginner', can_do_flag: true },
  { id: 's_movement', scope_type: 'movement', scope_id: 'mov_pull_up', skill_level: 'none', can_do_flag: false },
];

describe('resolveSkillLevel', () => {
  it('takes the movement scope first, then the pattern, then the discipline', () => {
    expect(resolveSkillLevel(skills, { movement: pullUp, disciplineId: 'dis_crossfit' })).toEqual({
      profile_id: 's_movement', scope_type: 'movement', scope_id: 'mov_pull_up', skill_level: 'none', can_do_flag: false,
    });
    expect(resolveSkillLevel(skills, { movement: chinUp, disciplineId: 'dis_crossfit' })?.profile_id).toBe('s_pattern');
    expect(resolveSkillLevel(skills, { movement: backSquat, disciplineId: 'dis_crossfit' })?.profile_id).toBe('s_discipline');
  });

  it('consults discipline rows only when a discipline is given, and returns null when nothing applies', () => {
    expect(resolveSkillLevel(skills, { movement: backSquat })).toBeNull();
    expect(resolveSkillLevel(skills, { movement: backSquat, disciplineId: 'dis_running' })).toBeNull();
    expect(resolveSkillLevel([], { movement: pullUp })).toBeNull();
  });

  it('picks the most conservative of rows sharing a scope, whatever their order', () => {
    const shared: SkillProfileInput[] = [
      { id: 'b', scope_type: 'pattern', scope_id: 'squat', skill_level: 'advanced', can_do_flag: true },
      { id: 'c', scope_type: 'pattern', scope_id: 'squat', skill_level: 'novice', can_do_flag: true },
      { id: 'a', scope_type: 'pattern', scope_id: 'squat', skill_level: 'novice', can_do_flag: true },
    ];
    expect(resolveSkillLevel(shared, { movement: backSquat })?.profile_id).toBe('a');
    expect(resolveSkillLevel([...shared].reverse(), { movement: backSquat })?.profile_id).toBe('a');
    const withCannot = [...shared, { id: 'z', scope_type: 'pattern' as const, scope_id: 'squat', skill_level: 'elite' as const, can_do_flag: false }];
    expect(resolveSkillLevel(withCannot, { movement: backSquat })?.profile_id).toBe('z');
  });

  it('rejects a malformed profile with a ValidationError naming the field', () => {
    const bad = [{ id: 's', scope_type: 'muscle', scope_id: 'x', skill_level: 'novice', can_do_flag: true }] as unknown as SkillProfileInput[];
    expect(() => resolveSkillLevel(bad, { movement: pullUp })).toThrow(ValidationError);
    try {
      resolveSkillLevel(bad, { movement: pullUp });
    } catch (error) {
      expect((error as ValidationError).issues[0]?.path).toBe('0.scope_type');
    }
  });
});

describe('compareSkillLevels', () => {
  it('orders levels from none to elite', () => {
    expect(compareSkillLevels('none', 'novice')).toBeLessThan(0);
    expect(compareSkillLevels('elite', 'advanced')).toBeGreaterThan(0);
    expect(compareSkillLevels('intermediate', 'intermediate')).toBe(0);
  });
});
