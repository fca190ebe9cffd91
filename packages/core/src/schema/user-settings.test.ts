import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { getTable } from './table-registry.js';
import {
  parseUserSettings,
  safeParseUserSettings,
  UserSettingsInsertSchema,
  UserSettingsPatchSchema,
  UserSettingsRowSchema,
  UserSettingsSchema,
} from './user-settings.js';

describe('user settings surface', () => {
  it('is one schema for the API and the user_settings table', () => {
    expect(UserSettingsRowSchema).toBe(UserSettingsSchema);
    expect(UserSettingsInsertSchema).toBe(UserSettingsSchema);
    expect(getTable('user_settings').rowSchema).toBe(UserSettingsSchema);
    expect(getTable('user_settings').insertSchema).toBe(UserSettingsSchema);
  });

  it('has a patch schema covering every settings column except user_id and updated_at', () => {
    const columns = getTable('user_settings').columns.map((column) => column.name);
    expect(Object.keys(UserSettingsPatchSchema.shape).sort()).toEqual(columns.filter((c) => c !== 'user_id' && c !== 'updated_at').sort());
  });

  it('a patch keeps omitted fields omitted instead of resetting them to defaults', () => {
    expect(UserSettingsPatchSchema.parse({ week_start_day: 'sunday' })).toEqual({ week_start_day: 'sunday' });
    expect(UserSettingsPatchSchema.safeParse({ user_id: 'usr_02' }).success).toBe(false);
  });

  it('applies defaults, rejects unknown fields and names the failing field', () => {
    const settings = parseUserSettings({ user_id: 'usr_01', updated_at: '2025-03-01T08:00:00Z' });
    expect(settings).toMatchObject({ unit_system: 'metric', week_start_day: 'monday', timezone: null, hr_max_bpm: null });
    expect(settings.updated_at).toBe('2025-03-01T08:00:00.000Z');
    const unknown = safeParseUserSettings({ user_id: 'usr_01', updated_at: '2025-03-01T08:00:00Z', theme: 'dark' });
    expect(unknown.ok).toBe(false);
    const bad = safeParseUserSettings({ user_id: 'usr_01', updated_at: '2025-03-01T08:00:00Z', hr_max_bpm: 400, timezone: 'Mars/Base' });
    if (bad.ok) throw new Error('expected failure');
    expect(bad.error).toBeInstanceOf(ValidationError);
    expect(bad.error.issues.map((issue) => issue.path).sort()).toEqual(['hr_max_bpm', 'timezone']);
  });
});
