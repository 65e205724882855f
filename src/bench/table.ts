import type { MapSummary } from './results.ts';

/** `0.8 ms`, `42 ms`, `1,234 ms`, `12.3 s`; `–` for nothing measured. */
export function formatMs(ms: number | null): string {
  if (ms === null) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** `812 B`, `14.2 KB`, `3.4 MB` (powers of 1024). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '–';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const fixed = (value: number | null, digits: number, unit = '') =>
  value === null ? '–' : value.toFixed(digits) + unit;

/** A markdown table with its columns padded to line up in a terminal. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (i < 1 ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 1 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const HEADERS = [
  'map',
  'nodes',
  'edges',
  'runs',
  'first paint',
  'paint after load',
  'paint after data',
  'settled',
  'settle after paint',
  'Node floor',
  'settle ÷ floor',
  'layout fps',
  'layout worst frame',
  'pan/zoom fps',
  'pan/zoom worst frame',
  'filter → paint',
  'SVG export',
  'SVG size',
  'JS heap',
];

/** One row per map, medians of its runs; settle times are lower bounds ("> 120 s") when it did not settle in time. */
export function summaryTable(summaries: readonly MapSummary[]): string {
  const rows = summaries.map((s) => {
    const late = (text: string) => (s.timedOut && text !== '–' ? `> ${text}` : text);
    return [
      s.label,
      s.nodes.toLocaleString('en-US'),
      s.edges.toLocaleString('en-US'),
      String(s.runs),
      formatMs(s.firstPaint),
      formatMs(s.paintAfterLoad),
      formatMs(s.paintAfterData),
      late(formatMs(s.settled)),
      late(formatMs(s.settleAfterPaint)),
      s.floor ? formatMs(s.floor.ms) : '–',
      late(fixed(s.ratio, s.ratio !== null && s.ratio < 10 ? 1 : 0, '×')),
      fixed(s.layoutFps, 1),
      formatMs(s.layoutLongest),
      fixed(s.panFps, 1),
      formatMs(s.panLongest),
      formatMs(s.filterMs),
      formatMs(s.exportMs),
      formatBytes(s.exportBytes),
      formatBytes(s.heapBytes),
    ];
  });
  return markdownTable(HEADERS, rows);
}
