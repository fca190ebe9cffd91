import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/not-found-error.js';
import { getTable, isTableName, TABLE_NAMES, TABLES } from './table-registry.js';
import type { TableDefinition } from './table-definition.js';
import { WORKOUT_LOGS_VIEW } from './workout-logs-view.js';

const tables: readonly TableDefinition[] = TABLES;
const columnNames = (table: TableDefinition) => table.columns.map((column) => column.name);
const GLOBAL_TABLES = [
  'disciplines',
  'muscles',
  'movements',
  'activity_definitions',
  'movement_muscle_map',
  'activity_muscle_map',
  'movement_progressions',
];

describe('table registry', () => {
  it('names every table once and finds it by name', () => {
    expect(new Set(TABLE_NAMES).size).toBe(TABLES.length);
    for (const name of TABLE_NAMES) expect(getTable(name).name).toBe(name);
    expect(() => getTable('nope')).toThrow(NotFoundError);
    expect(isTableName('workout_logs')).toBe(false);
  });

  it('covers the brief: every table it names, plus users and the assumed tables', () => {
    for (const name of [
      'users', 'external_provider_accounts', 'external_ingestion_runs', 'external_activity_records', 'external_metric_streams',
      'activity_definitions', 'activity_instances', 'activity_instance_links', 'disciplines', 'user_discipline_preferences',
      'macro_cycles', 'goals', 'goal_checkins', 'user_profile', 'user_biometrics_history', 'user_skill_profiles',
      'movement_progressions', 'muscles', 'movement_muscle_map', 'activity_muscle_map', 'user_fatigue_state', 'programs',
      'program_disciplines', 'planned_sessions', 'planned_session_exercises', 'movements', 'user_movement_constraints',
      'activity_strength_sets', 'recovery_signals', 'user_settings', 'recommendations', 'metric_samples',
    ]) {
      expect(isTableName(name), name).toBe(true);
    }
  });

  it('scopes every table but users and the reference tables by user_id, with a cascading foreign key', () => {
    for (const table of tables) {
      const expectedScoped = table.name !== 'users' && !GLOBAL_TABLES.includes(table.name);
      expect(table.userScoped, table.name).toBe(expectedScoped);
      expect(columnNames(table).includes('user_id'), table.name).toBe(expectedScoped);
      if (expectedScoped) {
        expect(table.foreignKeys).toContainEqual(
          expect.objectContaining({ columns: ['user_id'], references: { table: 'users', columns: ['id'] }, onDelete: 'cascade' }),
        );
      }
    }
  });

  it('lists parents before children and references existing keys', () => {
    const seen = new Set<string>();
    for (const table of tables) {
      for (const foreignKey of table.foreignKeys) {
        expect(seen.has(foreignKey.references.table) || foreignKey.references.table === table.name, `${table.name} -> ${foreignKey.references.table}`).toBe(true);
        const parent = getTable(foreignKey.references.table);
        const parentKeys = [parent.primaryKey, ...parent.uniqueKeys.map((unique) => unique.columns)];
        expect(parentKeys.some((key) => key.join() === foreignKey.references.columns.join()), foreignKey.name).toBe(true);
        for (const column of foreignKey.columns) expect(columnNames(table), foreignKey.name).toContain(column);
        if (foreignKey.onDelete === 'set null') {
          for (const column of foreignKey.columns) expect(table.columns.find((c) => c.name === column)?.nullable, foreignKey.name).toBe(true);
        }
      }
      seen.add(table.name);
    }
  });

  it('builds keys and indexes from existing, non-json columns with unique names PostgreSQL accepts', () => {
    const names = new Set<string>();
    for (const table of tables) {
      const keys = [
        { name: `pk_${table.name}`, columns: table.primaryKey },
        ...table.uniqueKeys,
        ...table.indexes,
        ...table.foreignKeys,
      ];
      for (const key of keys) {
        expect(key.name.length, key.name).toBeLessThanOrEqual(63);
        expect(names.has(key.name), key.name).toBe(false);
        names.add(key.name);
        for (const column of key.columns) {
          const definition = table.columns.find((c) => c.name === column);
          expect(definition, `${key.name}.${column}`).toBeDefined();
          expect(definition?.kind, `${key.name}.${column}`).not.toBe('json');
        }
      }
      for (const column of table.primaryKey) expect(table.columns.find((c) => c.name === column)?.nullable).toBe(false);
    }
  });

  it('indexes every cascading or nulling foreign key so parent deletes never scan', () => {
    for (const table of tables) {
      const leading = [table.primaryKey, ...table.uniqueKeys.map((u) => u.columns), ...table.indexes.map((i) => i.columns)];
      for (const foreignKey of table.foreignKeys) {
        if (foreignKey.onDelete !== 'cascade' && foreignKey.onDelete !== 'set null') continue;
        const covered = leading.some((columns) => foreignKey.columns.every((column, index) => columns[index] === column));
        expect(covered, foreignKey.name).toBe(true);
      }
    }
  });

  it('has the analytics access paths (user + time)', () => {
    const hasIndex = (name: string, columns: string[]) =>
      [...getTable(name).indexes, ...getTable(name).uniqueKeys].some((index) => index.columns.join() === columns.join());
    expect(hasIndex('activity_instances', ['user_id', 'performed_start'])).toBe(true);
    expect(hasIndex('activity_instances', ['user_id', 'local_date'])).toBe(true);
    expect(hasIndex('planned_sessions', ['user_id', 'scheduled_date'])).toBe(true);
    expect(hasIndex('user_biometrics_history', ['user_id', 'metric_type', 'date'])).toBe(true);
    expect(hasIndex('recovery_signals', ['user_id', 'local_date'])).toBe(true);
    expect(hasIndex('metric_samples', ['user_id', 'metric_type', 'recorded_at'])).toBe(true);
    expect(hasIndex('external_activity_records', ['user_id', 'provider', 'external_id'])).toBe(true);
  });

  it('follows the naming conventions: *_json is json, *_at is an instant, date / *_date is a local day', () => {
    for (const table of tables) {
      for (const column of table.columns) {
        const where = `${table.name}.${column.name}`;
        if (column.name.endsWith('_json')) expect(column.kind, where).toBe('json');
        if (column.name.endsWith('_at')) expect(column.kind, where).toBe('instant');
        if (column.name === 'date' || column.name.endsWith('_date')) expect(column.kind, where).toBe('date');
        if (column.kind === 'json') expect(column.name.endsWith('_json') || column.name === 'default_equipment_tags', where).toBe(true);
      }
    }
  });

  it('keeps the brief column names', () => {
    const expectColumns = (name: string, expected: string[]) => expect(columnNames(getTable(name))).toEqual(expect.arrayContaining(expected));
    expectColumns('external_provider_accounts', ['id', 'user_id', 'provider', 'external_user_id', 'scopes', 'access_token_encrypted', 'refresh_token_encrypted', 'token_expires_at', 'status', 'created_at', 'updated_at']);
    expectColumns('external_ingestion_runs', ['id', 'user_id', 'provider', 'started_at', 'finished_at', 'status', 'error', 'cursor_json']);
    expectColumns('external_activity_records', ['id', 'user_id', 'provider', 'external_id', 'activity_type_raw', 'start_time', 'end_time', 'timezone', 'raw_payload_json', 'ingestion_run_id', 'created_at']);
    expectColumns('external_metric_streams', ['id', 'external_activity_record_id', 'stream_type', 'raw_stream_json']);
    expectColumns('activity_definitions', ['id', 'name', 'category', 'discipline_id', 'default_metric_type', 'default_equipment_tags', 'met_value', 'met_compendium_code', 'met_compendium_edition', 'cns_impact']);
    expectColumns('activity_instances', ['id', 'user_id', 'planned_session_id', 'source', 'activity_definition_id', 'performed_start', 'performed_end', 'duration_seconds', 'notes', 'perceived_difficulty', 'enjoyment_rating', 'visibility', 'created_at', 'timezone', 'utc_offset_minutes', 'local_date']);
    expectColumns('activity_instance_links', ['activity_instance_id', 'external_activity_record_id', 'workout_log_id']);
    expectColumns('disciplines', ['id', 'slug', 'name']);
    expectColumns('user_discipline_preferences', ['user_id', 'discipline_id', 'weight', 'enabled', 'notes']);
    expectColumns('macro_cycles', ['id', 'user_id', 'start_date', 'end_date', 'name', 'created_at']);
    expectColumns('goals', ['id', 'user_id', 'macro_cycle_id', 'program_id', 'goal_type', 'target_json', 'priority', 'status', 'effective_from', 'effective_to', 'created_at', 'goal_key', 'revision']);
    expectColumns('goal_checkins', ['id', 'goal_id', 'date', 'value_json', 'notes', 'user_id']);
    expectColumns('user_profile', ['user_id', 'date_of_birth', 'sex', 'height_cm', 'created_at', 'updated_at']);
    expectColumns('user_biometrics_history', ['id', 'user_id', 'date', 'metric_type', 'value', 'source', 'external_record_id']);
    expectColumns('user_skill_profiles', ['id', 'user_id', 'scope_type', 'scope_id', 'skill_level', 'can_do_flag', 'notes', 'updated_at']);
    expectColumns('movement_progressions', ['id', 'source_movement_id', 'target_movement_id', 'relationship_type', 'difficulty_delta', 'notes']);
    expectColumns('muscles', ['id', 'name', 'region']);
    expectColumns('movement_muscle_map', ['movement_id', 'muscle_id', 'role', 'magnitude']);
    expectColumns('activity_muscle_map', ['activity_definition_id', 'muscle_id', 'role', 'magnitude', 'cns_impact']);
    expectColumns('user_fatigue_state', ['user_id', 'date', 'muscle_id', 'fatigue_score', 'computed_from', 'created_at']);
    expectColumns('programs', ['goal_1', 'goal_2', 'goal_3']);
    expectColumns('recovery_signals', ['raw_payload_json']);
    expectColumns('recommendations', ['goal_revision_ids_json', 'heuristics_config_id', 'heuristics_config_version', 'heuristics_config_sha256', 'ingestion_run_ids_json', 'engine_version', 'explanation', 'kind', 'status', 'payload_json', 'created_at', 'as_of']);
  });

  it('stores webhook deliveries once per (provider, delivery_key), owned by a user, pointing at the run that processed them', () => {
    const table = getTable('provider_webhook_deliveries');
    expect(columnNames(table)).toEqual([
      'id', 'user_id', 'provider', 'delivery_key', 'event_json', 'status', 'attempts', 'error', 'ingestion_run_id', 'received_at',
      'processed_at', 'created_at', 'updated_at',
    ]);
    const nullable = table.columns.filter((column) => column.nullable).map((column) => column.name);
    expect(nullable).toEqual(['error', 'ingestion_run_id', 'processed_at']);
    expect(table.columns.find((column) => column.name === 'status')?.enumValues).toEqual(['received', 'processed', 'failed', 'ignored']);
    expect(table.primaryKey).toEqual(['id']);
    // Not (user_id, ...): a duplicate delivery is found before its user is known to be the same.
    expect(table.uniqueKeys.map((key) => key.columns)).toEqual([['provider', 'delivery_key']]);
    expect(table.foreignKeys.map(({ columns, references, onDelete }) => ({ columns, references, onDelete }))).toEqual([
      { columns: ['user_id'], references: { table: 'users', columns: ['id'] }, onDelete: 'cascade' },
      { columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] }, onDelete: 'set null' },
    ]);
    // listPending: status = 'received' order by received_at, id.
    expect(table.indexes.map((index) => index.columns)).toContainEqual(['status', 'received_at']);
    expect(TABLE_NAMES.indexOf('provider_webhook_deliveries')).toBeGreaterThan(TABLE_NAMES.indexOf('external_ingestion_runs'));
  });

  it('keeps workout_logs a view whose columns all exist on activity_instances', () => {
    const activityColumns = columnNames(getTable('activity_instances'));
    for (const column of WORKOUT_LOGS_VIEW.columns) expect(activityColumns).toContain(column);
    expect(WORKOUT_LOGS_VIEW.selectSql).toBe(`SELECT ${WORKOUT_LOGS_VIEW.columns.join(', ')} FROM activity_instances`);
  });
});
