import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table.js';

describe('formatTable', () => {
  it('aligns text left and numbers right, without trailing spaces', () => {
    const text = formatTable(
      [{ header: 'Week' }, { header: 'Minutes', align: 'right' }, { header: 'Note' }],
      [
        ['2024-06-03', '95', ''],
        ['2024-06-10', '1240', 'peak'],
      ],
    );
    expect(text).toBe(
      ['Week        Minutes  Note', '----------  -------  ----', '2024-06-03       95', '2024-06-10     1240  peak', ''].join('\n'),
    );
  });

  it('prints only the header for no rows', () => {
    expect(formatTable([{ header: 'A' }], [])).toBe('A\n-\n');
  });
});
