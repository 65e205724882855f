import { describe, expect, it } from 'vitest';
import { summarise, type RunResult } from './results.ts';

const run = (over: Partial<RunResult>): RunResult => ({
  ...{ loaded: 80, dataIn: 100, firstPaint: 300, settled: 1300, timedOut: false, layout: null, panZoom: null },
  ...{ filterMs: null, exportMs: null, exportBytes: null, heapBytes: null, errors: [], stuck: false },
  ...over,
});
const info = { label: '100', nodes: 100, edges: 130, timeoutMs: 10_000 };
const floor = { ms: 100, runs: [100], ticks: 300, nodes: 100, links: 130 };

describe('summarise', () => {
  it('takes medians per value, over the runs that measured it', () => {
    const s = summarise({ ...info, floor }, [
      run({ settled: 1300, exportMs: 50 }),
      run({ settled: 1100 }),
      run({ settled: 2300, exportMs: 70 }),
    ]);
    expect(s).toMatchObject({ runs: 3, timedOut: false, settled: 1300, settleAfterPaint: 1000, exportMs: 60 });
    expect(s.paintAfterData).toBe(200);
    expect(s.paintAfterLoad).toBe(220);
    // (settled − data in) / floor
    expect(s.ratio).toBe(12);
  });

  it('counts a run that did not settle at the timeout, a lower bound', () => {
    const s = summarise({ ...info, floor }, [run({ settled: null, timedOut: true })]);
    expect(s).toMatchObject({ timedOut: true, settled: 10_000, settleAfterPaint: 9700, ratio: 99 });
  });

  it('has no ratio without a floor, and gathers distinct errors', () => {
    const s = summarise({ ...info, floor: null }, [run({ errors: ['boom'] }), run({ errors: ['boom'] })]);
    expect(s.ratio).toBeNull();
    expect(s.errors).toEqual(['boom']);
  });
});
