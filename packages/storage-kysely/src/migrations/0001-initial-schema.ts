import type { Kysely, Migration } from 'kysely';
import { booleanCheck, columnTypesV1, oneOf, strictOnSqlite } from './migration-ddl-v1.js';

/**
 * `0001_initial_schema`: every table of trainkit with its primary key, foreign keys (user-owned rows cascade from
 * `users`), unique keys, enum CHECK constraints and indexes (including the analytics paths, user + time).
 *
 * FROZEN once released: never edit; add a new migration instead. The DDL is written out here, not derived from
 * core's table registry at run time; `schema-agreement.test.ts` proves the two agree.
 *
 * @example
 * ```ts
 * await migration0001InitialSchema.up(db);
 * ```
 */
export const migration0001InitialSchema: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const type = columnTypesV1(db);
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('display_name', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_users', ['id'])
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('disciplines')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('slug', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text')
      .addPrimaryKeyConstraint('pk_disciplines', ['id'])
      .addUniqueConstraint('uq_disciplines_slug', ['slug'])
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('muscles')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('region', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_muscles', ['id'])
      .addCheckConstraint(
        'ck_muscles_region',
        oneOf('region', [
          'upper_push', 'upper_pull', 'arms', 'core', 'lower_anterior', 'lower_posterior', 'lower_leg',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('movements')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('slug', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('pattern', 'text', (column) => column.notNull())
      .addColumn('equipment', 'text', (column) => column.notNull())
      .addColumn('mechanic', 'text', (column) => column.notNull())
      .addColumn('is_unilateral', type.boolean, (column) => column.notNull())
      .addColumn('description', 'text')
      .addPrimaryKeyConstraint('pk_movements', ['id'])
      .addUniqueConstraint('uq_movements_slug', ['slug'])
      .addCheckConstraint(
        'ck_movements_pattern',
        oneOf('pattern', [
          'squat', 'hinge', 'lunge', 'horizontal_push', 'vertical_push', 'horizontal_pull', 'vertical_pull', 'carry',
          'core_flexion', 'core_anti_extension', 'core_rotation', 'elbow_flexion', 'elbow_extension', 'knee_flexion',
          'knee_extension', 'hip_abduction', 'hip_adduction', 'calf_raise', 'shoulder_isolation', 'olympic', 'jump',
          'gymnastics_skill', 'conditioning', 'other',
        ]),
      )
      .addCheckConstraint(
        'ck_movements_equipment',
        oneOf('equipment', [
          'barbell', 'dumbbell', 'kettlebell', 'machine', 'cable', 'bodyweight', 'band', 'rings', 'pull_up_bar',
          'parallettes', 'medicine_ball', 'sled', 'trap_bar', 'ez_bar', 'plate', 'box', 'rower', 'ski_erg', 'air_bike',
          'jump_rope', 'sandbag', 'other',
        ]),
      )
      .addCheckConstraint('ck_movements_mechanic', oneOf('mechanic', ['compound', 'isolation']))
      .$call(booleanCheck(db, 'ck_movements_is_unilateral', 'is_unilateral'))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema.createIndex('ix_movements_pattern').on('movements').columns(['pattern']).execute();

    await db.schema
      .createTable('activity_definitions')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('slug', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('discipline_id', 'text')
      .addColumn('default_metric_type', 'text', (column) => column.notNull())
      .addColumn('default_equipment_tags', type.json, (column) => column.notNull())
      .addColumn('met_value', type.real)
      .addColumn('description', 'text')
      .addPrimaryKeyConstraint('pk_activity_definitions', ['id'])
      .addForeignKeyConstraint(
        'fk_activity_definitions_discipline_id',
        ['discipline_id'],
        'disciplines',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_activity_definitions_slug', ['slug'])
      .addCheckConstraint(
        'ck_activity_definitions_category',
        oneOf('category', [
          'strength', 'cardio', 'mobility', 'sport', 'hobby', 'recovery', 'other',
        ]),
      )
      .addCheckConstraint(
        'ck_activity_definitions_default_metric_type',
        oneOf('default_metric_type', [
          'duration', 'distance', 'load', 'reps', 'rounds', 'score', 'elevation',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_definitions_discipline_id')
      .on('activity_definitions')
      .columns(['discipline_id'])
      .execute();

    await db.schema
      .createTable('movement_muscle_map')
      .addColumn('movement_id', 'text', (column) => column.notNull())
      .addColumn('muscle_id', 'text', (column) => column.notNull())
      .addColumn('role', 'text', (column) => column.notNull())
      .addColumn('magnitude', type.real, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_movement_muscle_map', ['movement_id', 'muscle_id'])
      .addForeignKeyConstraint(
        'fk_movement_muscle_map_movement_id',
        ['movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_movement_muscle_map_muscle_id',
        ['muscle_id'],
        'muscles',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addCheckConstraint('ck_movement_muscle_map_role', oneOf('role', ['primary', 'secondary', 'stabilizer']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_movement_muscle_map_muscle_id')
      .on('movement_muscle_map')
      .columns(['muscle_id'])
      .execute();

    await db.schema
      .createTable('activity_muscle_map')
      .addColumn('activity_definition_id', 'text', (column) => column.notNull())
      .addColumn('muscle_id', 'text', (column) => column.notNull())
      .addColumn('magnitude', type.real, (column) => column.notNull())
      .addColumn('cns_impact', type.real, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_activity_muscle_map', ['activity_definition_id', 'muscle_id'])
      .addForeignKeyConstraint(
        'fk_activity_muscle_map_activity_definition_id',
        ['activity_definition_id'],
        'activity_definitions',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_muscle_map_muscle_id',
        ['muscle_id'],
        'muscles',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_muscle_map_muscle_id')
      .on('activity_muscle_map')
      .columns(['muscle_id'])
      .execute();

    await db.schema
      .createTable('movement_progressions')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('source_movement_id', 'text', (column) => column.notNull())
      .addColumn('target_movement_id', 'text', (column) => column.notNull())
      .addColumn('relationship_type', 'text', (column) => column.notNull())
      .addColumn('difficulty_delta', type.real)
      .addColumn('notes', 'text')
      .addPrimaryKeyConstraint('pk_movement_progressions', ['id'])
      .addForeignKeyConstraint(
        'fk_movement_progressions_source_movement_id',
        ['source_movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_movement_progressions_target_movement_id',
        ['target_movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addUniqueConstraint('uq_movement_progressions_source_movement_id_target_movement_id_relationship_type', ['source_movement_id', 'target_movement_id', 'relationship_type'])
      .addCheckConstraint(
        'ck_movement_progressions_relationship_type',
        oneOf('relationship_type', [
          'progression', 'regression', 'variation',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_movement_progressions_target_movement_id')
      .on('movement_progressions')
      .columns(['target_movement_id'])
      .execute();

    await db.schema
      .createTable('user_profile')
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('date_of_birth', type.date)
      .addColumn('sex', 'text')
      .addColumn('height_cm', type.real)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_profile', ['user_id'])
      .addForeignKeyConstraint('fk_user_profile_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addCheckConstraint('ck_user_profile_sex', oneOf('sex', ['female', 'male', 'intersex', 'unspecified']))
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('user_settings')
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('unit_system', 'text', (column) => column.notNull())
      .addColumn('timezone', 'text')
      .addColumn('week_start_day', 'text', (column) => column.notNull())
      .addColumn('heuristics_config_id', 'text')
      .addColumn('heuristics_config_version', 'text')
      .addColumn('fatigue_overrides_json', type.json)
      .addColumn('hr_max_bpm', type.real)
      .addColumn('hr_rest_bpm', type.real)
      .addColumn('lthr_bpm', type.real)
      .addColumn('ftp_w', type.real)
      .addColumn('threshold_pace_seconds_per_km', type.real)
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_settings', ['user_id'])
      .addForeignKeyConstraint('fk_user_settings_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addCheckConstraint('ck_user_settings_unit_system', oneOf('unit_system', ['metric', 'imperial']))
      .addCheckConstraint(
        'ck_user_settings_week_start_day',
        oneOf('week_start_day', [
          'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('external_provider_accounts')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('external_user_id', 'text', (column) => column.notNull())
      .addColumn('scopes', 'text')
      .addColumn('access_token_encrypted', 'text')
      .addColumn('refresh_token_encrypted', 'text')
      .addColumn('token_expires_at', type.instant)
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('status_raw', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_external_provider_accounts', ['id'])
      .addForeignKeyConstraint(
        'fk_external_provider_accounts_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addUniqueConstraint('uq_external_provider_accounts_user_id_provider_external_user_id', ['user_id', 'provider', 'external_user_id'])
      .addCheckConstraint(
        'ck_external_provider_accounts_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .addCheckConstraint(
        'ck_external_provider_accounts_status',
        oneOf('status', [
          'active', 'expired', 'revoked', 'error', 'disconnected',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_external_provider_accounts_provider_external_user_id')
      .on('external_provider_accounts')
      .columns(['provider', 'external_user_id'])
      .execute();

    await db.schema
      .createTable('external_ingestion_runs')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('started_at', type.instant, (column) => column.notNull())
      .addColumn('finished_at', type.instant)
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('error', 'text')
      .addColumn('cursor_json', type.json)
      .addColumn('stats_json', type.json)
      .addPrimaryKeyConstraint('pk_external_ingestion_runs', ['id'])
      .addForeignKeyConstraint(
        'fk_external_ingestion_runs_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addCheckConstraint(
        'ck_external_ingestion_runs_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .addCheckConstraint(
        'ck_external_ingestion_runs_kind',
        oneOf('kind', [
          'sync', 'backfill', 'webhook', 'file_import', 'replay',
        ]),
      )
      .addCheckConstraint(
        'ck_external_ingestion_runs_status',
        oneOf('status', [
          'running', 'succeeded', 'partial', 'failed', 'cancelled',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_external_ingestion_runs_user_id_provider_started_at')
      .on('external_ingestion_runs')
      .columns(['user_id', 'provider', 'started_at'])
      .execute();
    await db.schema
      .createIndex('ix_external_ingestion_runs_user_id_started_at')
      .on('external_ingestion_runs')
      .columns(['user_id', 'started_at'])
      .execute();

    await db.schema
      .createTable('external_activity_records')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('external_id', 'text', (column) => column.notNull())
      .addColumn('record_kind', 'text', (column) => column.notNull())
      .addColumn('activity_type_raw', 'text')
      .addColumn('start_time', type.instant)
      .addColumn('end_time', type.instant)
      .addColumn('timezone', 'text')
      .addColumn('utc_offset_minutes', type.integer)
      .addColumn('raw_payload_json', type.json, (column) => column.notNull())
      .addColumn('ingestion_run_id', 'text', (column) => column.notNull())
      .addColumn('normalization_status', 'text', (column) => column.notNull())
      .addColumn('normalization_error', 'text')
      .addColumn('normalizer_id', 'text')
      .addColumn('normalizer_version', 'text')
      .addColumn('normalized_at', type.instant)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_external_activity_records', ['id'])
      .addForeignKeyConstraint(
        'fk_external_activity_records_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_external_activity_records_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('no action'),
      )
      .addUniqueConstraint('uq_external_activity_records_user_id_provider_external_id', ['user_id', 'provider', 'external_id'])
      .addCheckConstraint(
        'ck_external_activity_records_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .addCheckConstraint(
        'ck_external_activity_records_record_kind',
        oneOf('record_kind', [
          'activity', 'sleep', 'recovery', 'biometric', 'daily_summary', 'other',
        ]),
      )
      .addCheckConstraint(
        'ck_external_activity_records_normalization_status',
        oneOf('normalization_status', [
          'pending', 'normalized', 'failed', 'skipped',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_external_activity_records_user_id_start_time')
      .on('external_activity_records')
      .columns(['user_id', 'start_time'])
      .execute();
    await db.schema
      .createIndex('ix_external_activity_records_user_id_normalization_status')
      .on('external_activity_records')
      .columns(['user_id', 'normalization_status'])
      .execute();
    await db.schema
      .createIndex('ix_external_activity_records_ingestion_run_id')
      .on('external_activity_records')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('external_metric_streams')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('external_activity_record_id', 'text', (column) => column.notNull())
      .addColumn('stream_type', 'text', (column) => column.notNull())
      .addColumn('unit', 'text')
      .addColumn('sample_count', type.integer)
      .addColumn('raw_stream_json', type.json, (column) => column.notNull())
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_external_metric_streams', ['id'])
      .addForeignKeyConstraint(
        'fk_external_metric_streams_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_external_metric_streams_external_activity_record_id',
        ['external_activity_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addUniqueConstraint('uq_external_metric_streams_external_activity_record_id_stream_type', ['external_activity_record_id', 'stream_type'])
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_external_metric_streams_user_id_stream_type')
      .on('external_metric_streams')
      .columns(['user_id', 'stream_type'])
      .execute();

    await db.schema
      .createTable('macro_cycles')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('start_date', type.date, (column) => column.notNull())
      .addColumn('end_date', type.date, (column) => column.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_macro_cycles', ['id'])
      .addForeignKeyConstraint('fk_macro_cycles_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_macro_cycles_user_id_start_date')
      .on('macro_cycles')
      .columns(['user_id', 'start_date'])
      .execute();

    await db.schema
      .createTable('programs')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('macro_cycle_id', 'text')
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('start_date', type.date, (column) => column.notNull())
      .addColumn('end_date', type.date)
      .addColumn('goal_1', 'text')
      .addColumn('goal_2', 'text')
      .addColumn('goal_3', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_programs', ['id'])
      .addForeignKeyConstraint('fk_programs_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_programs_macro_cycle_id',
        ['macro_cycle_id'],
        'macro_cycles',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('ck_programs_status', oneOf('status', ['draft', 'active', 'completed', 'archived']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_programs_user_id_start_date')
      .on('programs')
      .columns(['user_id', 'start_date'])
      .execute();
    await db.schema.createIndex('ix_programs_macro_cycle_id').on('programs').columns(['macro_cycle_id']).execute();

    await db.schema
      .createTable('program_disciplines')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('program_id', 'text', (column) => column.notNull())
      .addColumn('discipline_id', 'text', (column) => column.notNull())
      .addColumn('weight', type.real)
      .addPrimaryKeyConstraint('pk_program_disciplines', ['id'])
      .addForeignKeyConstraint(
        'fk_program_disciplines_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_program_disciplines_program_id',
        ['program_id'],
        'programs',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_program_disciplines_discipline_id',
        ['discipline_id'],
        'disciplines',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_program_disciplines_program_id_discipline_id', ['program_id', 'discipline_id'])
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_program_disciplines_user_id_discipline_id')
      .on('program_disciplines')
      .columns(['user_id', 'discipline_id'])
      .execute();

    await db.schema
      .createTable('goals')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('goal_key', 'text', (column) => column.notNull())
      .addColumn('revision', type.integer, (column) => column.notNull())
      .addColumn('parent_goal_key', 'text')
      .addColumn('macro_cycle_id', 'text')
      .addColumn('program_id', 'text')
      .addColumn('horizon', 'text', (column) => column.notNull())
      .addColumn('goal_type', 'text', (column) => column.notNull())
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('target_json', type.json, (column) => column.notNull())
      .addColumn('priority', type.integer, (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('effective_from', type.instant, (column) => column.notNull())
      .addColumn('effective_to', type.instant)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_goals', ['id'])
      .addForeignKeyConstraint('fk_goals_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_goals_macro_cycle_id',
        ['macro_cycle_id'],
        'macro_cycles',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint('fk_goals_program_id', ['program_id'], 'programs', ['id'], (fk) => fk.onDelete('set null'))
      .addUniqueConstraint('uq_goals_user_id_goal_key_revision', ['user_id', 'goal_key', 'revision'])
      .addCheckConstraint('ck_goals_horizon', oneOf('horizon', ['macro', 'block', 'session']))
      .addCheckConstraint(
        'ck_goals_goal_type',
        oneOf('goal_type', [
          'strength', 'endurance', 'body_composition', 'skill', 'performance', 'event', 'consistency', 'health',
          'other',
        ]),
      )
      .addCheckConstraint('ck_goals_status', oneOf('status', ['active', 'paused', 'achieved', 'abandoned']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_goals_user_id_effective_from')
      .on('goals')
      .columns(['user_id', 'effective_from'])
      .execute();
    await db.schema.createIndex('ix_goals_user_id_status').on('goals').columns(['user_id', 'status']).execute();
    await db.schema.createIndex('ix_goals_macro_cycle_id').on('goals').columns(['macro_cycle_id']).execute();
    await db.schema.createIndex('ix_goals_program_id').on('goals').columns(['program_id']).execute();

    await db.schema
      .createTable('goal_checkins')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('goal_id', 'text', (column) => column.notNull())
      .addColumn('goal_key', 'text', (column) => column.notNull())
      .addColumn('date', type.date, (column) => column.notNull())
      .addColumn('value_json', type.json, (column) => column.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_goal_checkins', ['id'])
      .addForeignKeyConstraint('fk_goal_checkins_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint('fk_goal_checkins_goal_id', ['goal_id'], 'goals', ['id'], (fk) => fk.onDelete('cascade'))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_goal_checkins_user_id_goal_key_date')
      .on('goal_checkins')
      .columns(['user_id', 'goal_key', 'date'])
      .execute();
    await db.schema.createIndex('ix_goal_checkins_goal_id').on('goal_checkins').columns(['goal_id']).execute();

    await db.schema
      .createTable('planned_sessions')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('program_id', 'text')
      .addColumn('scheduled_date', type.date, (column) => column.notNull())
      .addColumn('order_index', type.integer, (column) => column.notNull())
      .addColumn('discipline_id', 'text')
      .addColumn('activity_definition_id', 'text')
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('planned_duration_seconds', type.real)
      .addColumn('planned_distance_m', type.real)
      .addColumn('planned_rpe', type.real)
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_planned_sessions', ['id'])
      .addForeignKeyConstraint(
        'fk_planned_sessions_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_planned_sessions_program_id',
        ['program_id'],
        'programs',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_planned_sessions_discipline_id',
        ['discipline_id'],
        'disciplines',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addForeignKeyConstraint(
        'fk_planned_sessions_activity_definition_id',
        ['activity_definition_id'],
        'activity_definitions',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addCheckConstraint(
        'ck_planned_sessions_status',
        oneOf('status', [
          'planned', 'completed', 'partially_completed', 'skipped', 'cancelled',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_planned_sessions_user_id_scheduled_date')
      .on('planned_sessions')
      .columns(['user_id', 'scheduled_date'])
      .execute();
    await db.schema
      .createIndex('ix_planned_sessions_program_id_scheduled_date')
      .on('planned_sessions')
      .columns(['program_id', 'scheduled_date'])
      .execute();

    await db.schema
      .createTable('planned_session_exercises')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('planned_session_id', 'text', (column) => column.notNull())
      .addColumn('movement_id', 'text', (column) => column.notNull())
      .addColumn('order_index', type.integer, (column) => column.notNull())
      .addColumn('sets', type.integer)
      .addColumn('reps', type.integer)
      .addColumn('load_kg', type.real)
      .addColumn('rpe', type.real)
      .addColumn('rir', type.real)
      .addColumn('duration_seconds', type.real)
      .addColumn('distance_m', type.real)
      .addColumn('rest_seconds', type.real)
      .addColumn('notes', 'text')
      .addPrimaryKeyConstraint('pk_planned_session_exercises', ['id'])
      .addForeignKeyConstraint(
        'fk_planned_session_exercises_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_planned_session_exercises_planned_session_id',
        ['planned_session_id'],
        'planned_sessions',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_planned_session_exercises_movement_id',
        ['movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_planned_session_exercises_planned_session_id_order_index', ['planned_session_id', 'order_index'])
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_planned_session_exercises_user_id_movement_id')
      .on('planned_session_exercises')
      .columns(['user_id', 'movement_id'])
      .execute();

    await db.schema
      .createTable('activity_instances')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('planned_session_id', 'text')
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('provider', 'text')
      .addColumn('activity_definition_id', 'text')
      .addColumn('discipline_id', 'text')
      .addColumn('title', 'text')
      .addColumn('performed_start', type.instant, (column) => column.notNull())
      .addColumn('performed_end', type.instant)
      .addColumn('timezone', 'text')
      .addColumn('utc_offset_minutes', type.integer, (column) => column.notNull())
      .addColumn('local_date', type.date, (column) => column.notNull())
      .addColumn('duration_seconds', type.real)
      .addColumn('distance_m', type.real)
      .addColumn('elevation_gain_m', type.real)
      .addColumn('energy_kcal', type.real)
      .addColumn('avg_hr_bpm', type.real)
      .addColumn('max_hr_bpm', type.real)
      .addColumn('avg_power_w', type.real)
      .addColumn('perceived_difficulty', type.real)
      .addColumn('enjoyment_rating', type.integer)
      .addColumn('notes', 'text')
      .addColumn('visibility', 'text', (column) => column.notNull())
      .addColumn('ingestion_run_id', 'text')
      .addColumn('normalizer_id', 'text')
      .addColumn('normalizer_version', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_activity_instances', ['id'])
      .addForeignKeyConstraint(
        'fk_activity_instances_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instances_planned_session_id',
        ['planned_session_id'],
        'planned_sessions',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instances_activity_definition_id',
        ['activity_definition_id'],
        'activity_definitions',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instances_discipline_id',
        ['discipline_id'],
        'disciplines',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instances_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('ck_activity_instances_source', oneOf('source', ['planned', 'manual', 'provider']))
      .addCheckConstraint(
        'ck_activity_instances_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .addCheckConstraint('ck_activity_instances_visibility', oneOf('visibility', ['private', 'followers', 'public']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_user_id_performed_start')
      .on('activity_instances')
      .columns(['user_id', 'performed_start'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_user_id_local_date')
      .on('activity_instances')
      .columns(['user_id', 'local_date'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_user_id_discipline_id_local_date')
      .on('activity_instances')
      .columns(['user_id', 'discipline_id', 'local_date'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_planned_session_id')
      .on('activity_instances')
      .columns(['planned_session_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_ingestion_run_id')
      .on('activity_instances')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('activity_instance_links')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('activity_instance_id', 'text', (column) => column.notNull())
      .addColumn('external_activity_record_id', 'text')
      .addColumn('workout_log_id', 'text')
      .addColumn('link_kind', 'text', (column) => column.notNull())
      .addColumn('match_confidence', type.real)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_activity_instance_links', ['id'])
      .addForeignKeyConstraint(
        'fk_activity_instance_links_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instance_links_activity_instance_id',
        ['activity_instance_id'],
        'activity_instances',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_instance_links_external_activity_record_id',
        ['external_activity_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addUniqueConstraint('uq_activity_instance_links_external_activity_record_id', ['external_activity_record_id'])
      .addCheckConstraint('ck_activity_instance_links_link_kind', oneOf('link_kind', ['source', 'duplicate', 'legacy']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_instance_links_activity_instance_id')
      .on('activity_instance_links')
      .columns(['activity_instance_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instance_links_user_id_workout_log_id')
      .on('activity_instance_links')
      .columns(['user_id', 'workout_log_id'])
      .execute();

    await db.schema
      .createTable('activity_strength_sets')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('activity_instance_id', 'text', (column) => column.notNull())
      .addColumn('movement_id', 'text', (column) => column.notNull())
      .addColumn('planned_session_exercise_id', 'text')
      .addColumn('set_index', type.integer, (column) => column.notNull())
      .addColumn('reps', type.integer)
      .addColumn('load_kg', type.real)
      .addColumn('rpe', type.real)
      .addColumn('rir', type.real)
      .addColumn('duration_seconds', type.real)
      .addColumn('distance_m', type.real)
      .addColumn('is_warmup', type.boolean, (column) => column.notNull())
      .addColumn('notes', 'text')
      .addPrimaryKeyConstraint('pk_activity_strength_sets', ['id'])
      .addForeignKeyConstraint(
        'fk_activity_strength_sets_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_strength_sets_activity_instance_id',
        ['activity_instance_id'],
        'activity_instances',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_strength_sets_movement_id',
        ['movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addForeignKeyConstraint(
        'fk_activity_strength_sets_planned_session_exercise_id',
        ['planned_session_exercise_id'],
        'planned_session_exercises',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addUniqueConstraint('uq_activity_strength_sets_activity_instance_id_set_index', ['activity_instance_id', 'set_index'])
      .$call(booleanCheck(db, 'ck_activity_strength_sets_is_warmup', 'is_warmup'))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_strength_sets_user_id_movement_id')
      .on('activity_strength_sets')
      .columns(['user_id', 'movement_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_strength_sets_planned_session_exercise_id')
      .on('activity_strength_sets')
      .columns(['planned_session_exercise_id'])
      .execute();

    await db.schema
      .createTable('metric_samples')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('external_metric_stream_id', 'text')
      .addColumn('activity_instance_id', 'text')
      .addColumn('metric_type', 'text', (column) => column.notNull())
      .addColumn('recorded_at', type.instant, (column) => column.notNull())
      .addColumn('value', type.real, (column) => column.notNull())
      .addColumn('unit', 'text')
      .addPrimaryKeyConstraint('pk_metric_samples', ['id'])
      .addForeignKeyConstraint('fk_metric_samples_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_metric_samples_external_metric_stream_id',
        ['external_metric_stream_id'],
        'external_metric_streams',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_metric_samples_activity_instance_id',
        ['activity_instance_id'],
        'activity_instances',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_metric_samples_user_id_metric_type_recorded_at')
      .on('metric_samples')
      .columns(['user_id', 'metric_type', 'recorded_at'])
      .execute();
    await db.schema
      .createIndex('ix_metric_samples_activity_instance_id_metric_type_recorded_at')
      .on('metric_samples')
      .columns(['activity_instance_id', 'metric_type', 'recorded_at'])
      .execute();
    await db.schema
      .createIndex('ix_metric_samples_external_metric_stream_id_recorded_at')
      .on('metric_samples')
      .columns(['external_metric_stream_id', 'recorded_at'])
      .execute();

    await db.schema
      .createTable('user_discipline_preferences')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('discipline_id', 'text', (column) => column.notNull())
      .addColumn('weight', type.real, (column) => column.notNull())
      .addColumn('enabled', type.boolean, (column) => column.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_discipline_preferences', ['id'])
      .addForeignKeyConstraint(
        'fk_user_discipline_preferences_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_user_discipline_preferences_discipline_id',
        ['discipline_id'],
        'disciplines',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_user_discipline_preferences_user_id_discipline_id', ['user_id', 'discipline_id'])
      .$call(booleanCheck(db, 'ck_user_discipline_preferences_enabled', 'enabled'))
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('user_biometrics_history')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('date', type.date, (column) => column.notNull())
      .addColumn('measured_at', type.instant)
      .addColumn('metric_type', 'text', (column) => column.notNull())
      .addColumn('value', type.real, (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('provider', 'text')
      .addColumn('external_record_id', 'text')
      .addColumn('ingestion_run_id', 'text')
      .addColumn('normalizer_id', 'text')
      .addColumn('normalizer_version', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_biometrics_history', ['id'])
      .addForeignKeyConstraint(
        'fk_user_biometrics_history_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_user_biometrics_history_external_record_id',
        ['external_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_user_biometrics_history_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'ck_user_biometrics_history_metric_type',
        oneOf('metric_type', [
          'weight_kg', 'body_fat_percent', 'lean_mass_kg', 'height_cm', 'waist_cm', 'resting_hr_bpm', 'hrv_rmssd_ms',
          'vo2max_ml_kg_min', 'blood_pressure_systolic_mmhg', 'blood_pressure_diastolic_mmhg',
        ]),
      )
      .addCheckConstraint('ck_user_biometrics_history_source', oneOf('source', ['manual', 'provider']))
      .addCheckConstraint(
        'ck_user_biometrics_history_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_user_biometrics_history_user_id_metric_type_date')
      .on('user_biometrics_history')
      .columns(['user_id', 'metric_type', 'date'])
      .execute();
    await db.schema
      .createIndex('ix_user_biometrics_history_external_record_id')
      .on('user_biometrics_history')
      .columns(['external_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_user_biometrics_history_ingestion_run_id')
      .on('user_biometrics_history')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('recovery_signals')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('provider', 'text')
      .addColumn('signal_type', 'text', (column) => column.notNull())
      .addColumn('signal_type_raw', 'text')
      .addColumn('measured_at', type.instant, (column) => column.notNull())
      .addColumn('local_date', type.date, (column) => column.notNull())
      .addColumn('value', type.real, (column) => column.notNull())
      .addColumn('unit', 'text')
      .addColumn('raw_payload_json', type.json)
      .addColumn('external_record_id', 'text')
      .addColumn('ingestion_run_id', 'text')
      .addColumn('normalizer_id', 'text')
      .addColumn('normalizer_version', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_recovery_signals', ['id'])
      .addForeignKeyConstraint(
        'fk_recovery_signals_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_recovery_signals_external_record_id',
        ['external_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_recovery_signals_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('ck_recovery_signals_source', oneOf('source', ['manual', 'provider']))
      .addCheckConstraint(
        'ck_recovery_signals_provider',
        oneOf('provider', [
          'apple_health', 'garmin', 'whoop', 'oura', 'strava',
        ]),
      )
      .addCheckConstraint(
        'ck_recovery_signals_signal_type',
        oneOf('signal_type', [
          'sleep_duration_seconds', 'sleep_score', 'sleep_efficiency_percent', 'hrv_rmssd_ms', 'resting_hr_bpm',
          'readiness_score', 'recovery_score', 'strain_score', 'body_battery', 'respiratory_rate_bpm',
          'skin_temperature_deviation_c', 'soreness', 'stress', 'mood', 'energy', 'other',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_recovery_signals_user_id_signal_type_measured_at')
      .on('recovery_signals')
      .columns(['user_id', 'signal_type', 'measured_at'])
      .execute();
    await db.schema
      .createIndex('ix_recovery_signals_user_id_local_date')
      .on('recovery_signals')
      .columns(['user_id', 'local_date'])
      .execute();
    await db.schema
      .createIndex('ix_recovery_signals_external_record_id')
      .on('recovery_signals')
      .columns(['external_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_recovery_signals_ingestion_run_id')
      .on('recovery_signals')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('user_skill_profiles')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('scope_type', 'text', (column) => column.notNull())
      .addColumn('scope_id', 'text', (column) => column.notNull())
      .addColumn('skill_level', 'text', (column) => column.notNull())
      .addColumn('can_do_flag', type.boolean, (column) => column.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_skill_profiles', ['id'])
      .addForeignKeyConstraint(
        'fk_user_skill_profiles_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addUniqueConstraint('uq_user_skill_profiles_user_id_scope_type_scope_id', ['user_id', 'scope_type', 'scope_id'])
      .addCheckConstraint('ck_user_skill_profiles_scope_type', oneOf('scope_type', ['discipline', 'pattern', 'movement']))
      .addCheckConstraint(
        'ck_user_skill_profiles_skill_level',
        oneOf('skill_level', [
          'none', 'novice', 'beginner', 'intermediate', 'advanced', 'elite',
        ]),
      )
      .$call(booleanCheck(db, 'ck_user_skill_profiles_can_do_flag', 'can_do_flag'))
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('user_movement_constraints')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('movement_id', 'text', (column) => column.notNull())
      .addColumn('level', 'text', (column) => column.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_movement_constraints', ['id'])
      .addForeignKeyConstraint(
        'fk_user_movement_constraints_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_user_movement_constraints_movement_id',
        ['movement_id'],
        'movements',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_user_movement_constraints_user_id_movement_id', ['user_id', 'movement_id'])
      .addCheckConstraint(
        'ck_user_movement_constraints_level',
        oneOf('level', [
          'preferred', 'allowed', 'limited', 'hard_no',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();

    await db.schema
      .createTable('user_fatigue_state')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('date', type.date, (column) => column.notNull())
      .addColumn('scope', 'text', (column) => column.notNull())
      .addColumn('muscle_id', 'text')
      .addColumn('scope_key', 'text', (column) => column.notNull())
      .addColumn('fatigue_score', type.real, (column) => column.notNull())
      .addColumn('acute_load', type.real)
      .addColumn('chronic_load', type.real)
      .addColumn('computed_from', 'text', (column) => column.notNull())
      .addColumn('provenance_json', type.json)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_user_fatigue_state', ['id'])
      .addForeignKeyConstraint(
        'fk_user_fatigue_state_user_id',
        ['user_id'],
        'users',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_user_fatigue_state_muscle_id',
        ['muscle_id'],
        'muscles',
        ['id'],
        (fk) => fk.onDelete('restrict'),
      )
      .addUniqueConstraint('uq_user_fatigue_state_user_id_date_scope_key', ['user_id', 'date', 'scope_key'])
      .addCheckConstraint('ck_user_fatigue_state_scope', oneOf('scope', ['muscle', 'systemic']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_user_fatigue_state_user_id_scope_key_date')
      .on('user_fatigue_state')
      .columns(['user_id', 'scope_key', 'date'])
      .execute();

    await db.schema
      .createTable('recommendations')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('as_of', type.instant, (column) => column.notNull())
      .addColumn('planned_session_id', 'text')
      .addColumn('payload_json', type.json, (column) => column.notNull())
      .addColumn('explanation', 'text', (column) => column.notNull())
      .addColumn('goal_revision_ids_json', type.json, (column) => column.notNull())
      .addColumn('heuristics_config_id', 'text', (column) => column.notNull())
      .addColumn('heuristics_config_version', 'text', (column) => column.notNull())
      .addColumn('heuristics_config_sha256', 'text', (column) => column.notNull())
      .addColumn('ingestion_run_ids_json', type.json, (column) => column.notNull())
      .addColumn('engine_version', 'text', (column) => column.notNull())
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_recommendations', ['id'])
      .addForeignKeyConstraint('fk_recommendations_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_recommendations_planned_session_id',
        ['planned_session_id'],
        'planned_sessions',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'ck_recommendations_kind',
        oneOf('kind', [
          'adjust_load', 'adjust_volume', 'deload', 'rest_day', 'swap_movement', 'progress_movement',
          'regress_movement', 'add_session', 'skip_session', 'reschedule_session', 'note',
        ]),
      )
      .addCheckConstraint(
        'ck_recommendations_status',
        oneOf('status', [
          'proposed', 'accepted', 'rejected', 'applied', 'expired', 'superseded',
        ]),
      )
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_recommendations_user_id_as_of')
      .on('recommendations')
      .columns(['user_id', 'as_of'])
      .execute();
    await db.schema
      .createIndex('ix_recommendations_user_id_status')
      .on('recommendations')
      .columns(['user_id', 'status'])
      .execute();
    await db.schema
      .createIndex('ix_recommendations_planned_session_id')
      .on('recommendations')
      .columns(['planned_session_id'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('recommendations').execute();
    await db.schema.dropTable('user_fatigue_state').execute();
    await db.schema.dropTable('user_movement_constraints').execute();
    await db.schema.dropTable('user_skill_profiles').execute();
    await db.schema.dropTable('recovery_signals').execute();
    await db.schema.dropTable('user_biometrics_history').execute();
    await db.schema.dropTable('user_discipline_preferences').execute();
    await db.schema.dropTable('metric_samples').execute();
    await db.schema.dropTable('activity_strength_sets').execute();
    await db.schema.dropTable('activity_instance_links').execute();
    await db.schema.dropTable('activity_instances').execute();
    await db.schema.dropTable('planned_session_exercises').execute();
    await db.schema.dropTable('planned_sessions').execute();
    await db.schema.dropTable('goal_checkins').execute();
    await db.schema.dropTable('goals').execute();
    await db.schema.dropTable('program_disciplines').execute();
    await db.schema.dropTable('programs').execute();
    await db.schema.dropTable('macro_cycles').execute();
    await db.schema.dropTable('external_metric_streams').execute();
    await db.schema.dropTable('external_activity_records').execute();
    await db.schema.dropTable('external_ingestion_runs').execute();
    await db.schema.dropTable('external_provider_accounts').execute();
    await db.schema.dropTable('user_settings').execute();
    await db.schema.dropTable('user_profile').execute();
    await db.schema.dropTable('movement_progressions').execute();
    await db.schema.dropTable('activity_muscle_map').execute();
    await db.schema.dropTable('movement_muscle_map').execute();
    await db.schema.dropTable('activity_definitions').execute();
    await db.schema.dropTable('movements').execute();
    await db.schema.dropTable('muscles').execute();
    await db.schema.dropTable('disciplines').execute();
    await db.schema.dropTable('users').execute();
  },
};
