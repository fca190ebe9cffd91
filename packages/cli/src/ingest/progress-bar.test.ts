import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgressLine, PROGRESS_REDRAW_MS } from './progress-bar.js';

function recorder(options: { isTTY?: boolean; columns?: number } = {}) {
  const chunks: string[] = [];
  return { output: { write: (text: string) => chunks.push(text), ...options }, chunks };
}

describe('formatProgressLine', () => {
  it('draws a bar, the share, the bytes, the records and the phase when the size is known', () => {
    expect(formatProgressLine('export.zip', { phase: 'writing', bytesRead: 52_428_800, bytesTotal: 209_715_200, records: 120_000 }, 120)).toBe(
      'export.zip  █████░░░░░░░░░░░░░░░   25%  50.0/200.0 MB  120,000 records  writing',
    );
  });

  it('shows only what it knows: bytes without a total, records without bytes', () => {
    expect(formatProgressLine('a.fit', { phase: 'reading', bytesRead: 1_048_576, records: 3 }, 80)).toBe('a.fit  1.0 MB  3 records  reading');
    expect(formatProgressLine('b.fit', { phase: 'reading', bytesRead: 12_288, bytesTotal: 24_576, records: 3 }, 80)).toBe(
      'b.fit  ██████████░░░░░░░░░░   50%  12.0/24.0 KB  3 records  reading',
    );
    expect(formatProgressLine('replay strava', { phase: 'merging', records: 42 }, 80)).toBe('replay strava  42 records  merging');
  });

  it('never exceeds the terminal width and never claims more than 100 %', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.nat(10_000_000_000),
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.nat(100_000_000),
        fc.integer({ min: 10, max: 200 }),
        (label, read, total, records, columns) => {
          const line = formatProgressLine(label, { phase: 'writing', bytesRead: read, bytesTotal: total, records }, columns);
          expect(line.length).toBeLessThanOrEqual(columns);
          const percent = /(\d+)%/.exec(line.slice(label.length));
          if (percent) expect(Number(percent[1])).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('createProgressBar', () => {
  it('redraws one line in place, at most every PROGRESS_REDRAW_MS by the injected clock, and erases it when done', () => {
    const { output, chunks } = recorder({ isTTY: true, columns: 100 });
    let now = 0;
    const bar = createProgressBar(output, { enabled: true, now: () => new Date(now) });
    bar.update('a.fit', { phase: 'reading', bytesRead: 10, bytesTotal: 100, records: 1 });
    now += PROGRESS_REDRAW_MS - 1;
    bar.update('a.fit', { phase: 'reading', bytesRead: 20, bytesTotal: 100, records: 2 });
    now += 1;
    bar.update('a.fit', { phase: 'writing', bytesRead: 50, bytesTotal: 100, records: 5 });
    bar.done();
    expect(chunks).toHaveLength(3);
    expect(chunks[0]?.startsWith('\r\x1b[Ka.fit  ')).toBe(true);
    expect(chunks[0]).toContain(' 10%');
    expect(chunks[1]).toContain(' 50%');
    expect(chunks[1]).toContain('5 records  writing');
    expect(chunks[2]).toBe('\r\x1b[K');
    expect(chunks.join('')).not.toContain('\n');
  });

  it('writes nothing at all when disabled (not a terminal, or --json), and nothing on done without a draw', () => {
    const { output, chunks } = recorder();
    const bar = createProgressBar(output, { enabled: false, now: () => new Date(0) });
    bar.update('a', { phase: 'reading', records: 1 });
    bar.done();
    const idle = recorder({ isTTY: true });
    createProgressBar(idle.output, { enabled: true, now: () => new Date(0) }).done();
    expect([...chunks, ...idle.chunks]).toEqual([]);
  });
});
