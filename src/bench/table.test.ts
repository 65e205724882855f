import { describe, expect, it } from 'vitest';
import type { MapSummary } from './results.ts';
import { formatBytes, formatMs, markdownTable, summaryTable } from './table.ts';

describe('formatMs and formatBytes', () => {
  it('keep a few significant digits and say nothing measured with a dash', () => {
    expect([0.84, 42.4, 1234.5, 12_345].map(formatMs)).toEqual(['0.8 ms', '42 ms', '1,235 ms', '12.3 s']);
    expect([812, 14_540, 3_565_158].map(formatBytes)).toEqual(['812 B', '14.2 KB', '3.4 MB']);
    expect([formatMs(null), formatBytes(null)]).toEqual(['–', '–']);
  });
});

describe('markdownTable', () => {
  it('pads the columns, the first to the left and the rest to the right', () => {
    expect(
      markdownTable(
        ['map', 'ms'],
        [
          ['builtin', '5'],
          ['100', '1,234'],
        ],
      ),
    ).toBe(['| map     |    ms |', '| ------- | ----: |', '| builtin |     5 |', '| 100     | 1,234 |'].join('\n'));
  });
});

describe('summaryTable', () => {
  const summary: MapSummary = {
    ...{ label: '5,000', nodes: 5000, edges: 6500, runs: 1, timedOut: true, timeoutMs: 120_000 },
    floor: { ms: 16_000, runs: [16_000], ticks: 300, nodes: 5000, links: 6600 },
    ...{
      firstPaint: 8000,
      paintAfterLoad: 7500,
      paintAfterData: 7000,
      settled: 120_000,
      settleAfterPaint: 112_000,
      ratio: 7.4,
    },
    ...{ layoutFps: 0.9, layoutLongest: 9000, panFps: null, panLongest: null, filterMs: 400 },
    ...{ exportMs: 6700, exportBytes: 6.6 * 1024 * 1024, heapBytes: 60 * 1024 * 1024, errors: [] },
  };

  it('shows the times of a map that did not settle as lower bounds', () => {
    const row = summaryTable([summary])
      .split('\n')[2]!
      .split('|')
      .map((cell) => cell.trim());
    expect(row.slice(1, -1)).toEqual([
      ...[
        '5,000',
        '5,000',
        '6,500',
        '1',
        '8,000 ms',
        '7,500 ms',
        '7,000 ms',
        '> 120.0 s',
        '> 112.0 s',
        '16.0 s',
        '> 7.4×',
      ],
      ...['0.9', '9,000 ms', '–', '–', '400 ms', '6,700 ms', '6.6 MB', '60.0 MB'],
    ]);
  });

  it('shows plain medians for a map that settled', () => {
    const row = summaryTable([{ ...summary, timedOut: false, ratio: 12.34 }])
      .split('\n')[2]!
      .split('|');
    expect(row.map((cell) => cell.trim()).slice(8, 12)).toEqual(['120.0 s', '112.0 s', '16.0 s', '12×']);
  });
});
