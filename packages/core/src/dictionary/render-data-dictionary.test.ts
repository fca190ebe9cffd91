import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asOpenCategorical } from '../columns/column-kind.js';
import { InstantSchema } from '../time/instant.js';
import { defineTable } from '../schema/define-table.js';
import { renderDataDictionary } from './render-data-dictionary.js';

const Parent = z.object({ id: z.string().min(1) });
const Child = z.object({
  id: z.string().min(1),
  user_id: z.string().min(1),
  parent_id: z.string().min(1).describe('The parent | owner.'),
  status: z.enum(['open', 'closed']).default('open'),
  kind_raw: asOpenCategorical(z.string()).nullable(),
  at: InstantSchema,
});
const tables = [
  defineTable({ name: 'parents', description: 'Parents.', rowSchema: Parent, insertSchema: Parent, primaryKey: ['id'], userScoped: false }),
  defineTable({
    name: 'children',
    description: 'Children | with a pipe.',
    rowSchema: Child,
    insertSchema: Child,
    primaryKey: ['id'],
    userScoped: true,
    foreignKeys: [{ columns: ['parent_id'], references: { table: 'parents', columns: ['id'] }, onDelete: 'cascade' }],
    uniqueKeys: [['user_id', 'parent_id']],
    indexes: [['user_id', 'at']],
  }),
];

describe('renderDataDictionary', () => {
  const markdown = renderDataDictionary(tables, {
    views: [{ name: 'v', description: 'A view.', columns: ['id'], selectSql: 'SELECT id FROM parents' }],
    openCategoricalFields: [{ table: 'children', column: 'kind_raw', description: 'Raw kinds.' }],
  });

  it('documents tables, keys, types, nullability, enums and open categoricals', () => {
    expect(markdown).toContain('### children');
    expect(markdown).toContain('| `id` | text | no | PK |');
    expect(markdown).toContain('FK → parents.id (on delete cascade)');
    expect(markdown).toContain('FK → users.id (on delete cascade)');
    expect(markdown).toContain('unique (user_id, parent_id)');
    expect(markdown).toContain('| `at` | instant | no |');
    expect(markdown).toContain('One of: `open`, `closed`.');
    expect(markdown).toContain('Default `"open"`.');
    expect(markdown).toContain('**Open categorical**');
    expect(markdown).toContain('| `children` | `status` | `open`, `closed` |');
    expect(markdown).toContain('| `children` | `kind_raw` | Raw kinds. |');
    expect(markdown).toContain('CREATE VIEW v AS SELECT id FROM parents');
    expect(markdown).toContain('The parent \\| owner.');
  });

  it('is deterministic', () => {
    expect(renderDataDictionary(tables)).toBe(renderDataDictionary(tables));
  });
});
