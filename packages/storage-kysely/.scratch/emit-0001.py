out=open('.scratch/gen-out.txt').read()
up,down=out.split('-----DOWN')
header='''import type { Kysely, Migration } from 'kysely';
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
'''
body='\n'.join(('  '+l if l.strip() else l) for l in up.strip('\n').split('\n'))
downbody='\n'.join('  '+l for l in down.strip('\n').split('\n'))
src=header+body+'\n  },\n\n  async down(db: Kysely<unknown>): Promise<void> {\n'+downbody+'\n  },\n};\n'
open('src/migrations/0001-initial-schema.ts','w').write(src)
