import type { SkillScopeType } from '@trainkit/core';
import { compareSkillLevels } from './compare-skill-levels.js';
import type { ResolvedSkill } from './resolved-skill.js';
import type { SkillQuery } from './resolve-skill-level.js';
import { z } from 'zod';
import { SkillProfileInputSchema } from './skill-profile-input.js';

/** Internal: a list of skill profiles, validated once per call. */
export const SkillProfilesSchema = z.array(SkillProfileInputSchema).readonly();

/** Internal: a validated skill profile. */
export type ParsedSkillProfile = z.output<typeof SkillProfileInputSchema>;

/**
 * Internal (not exported from the package): {@link resolveSkillLevel} on profiles that were already validated, so that
 * scaling validates once and resolves per candidate movement.
 */
export function pickSkillProfile(profiles: readonly ParsedSkillProfile[], query: SkillQuery): ResolvedSkill | null {
  const lookups: readonly (readonly [SkillScopeType, string | null | undefined])[] = [
    ['movement', query.movement.id],
    ['pattern', query.movement.pattern],
    ['discipline', query.disciplineId],
  ];
  for (const [scopeType, scopeId] of lookups) {
    if (scopeId === null || scopeId === undefined) continue;
    let chosen: ParsedSkillProfile | undefined;
    for (const profile of profiles) {
      if (profile.scope_type !== scopeType || profile.scope_id !== scopeId) continue;
      if (chosen === undefined || moreConservative(profile, chosen)) chosen = profile;
    }
    if (chosen !== undefined) {
      return {
        profile_id: chosen.id,
        scope_type: chosen.scope_type,
        scope_id: chosen.scope_id,
        skill_level: chosen.skill_level,
        can_do_flag: chosen.can_do_flag,
      };
    }
  }
  return null;
}

/** `can_do_flag` false first, then the lowest level, then the smallest id. */
function moreConservative(candidate: ParsedSkillProfile, current: ParsedSkillProfile): boolean {
  if (candidate.can_do_flag !== current.can_do_flag) return !candidate.can_do_flag;
  const byLevel = compareSkillLevels(candidate.skill_level, current.skill_level);
  if (byLevel !== 0) return byLevel < 0;
  return candidate.id < current.id;
}
