import type { Floor } from './floor.ts';
import { median, type FrameStats } from './stats.ts';

/** What one browser run of one map measured. Times are ms from navigation start unless said otherwise. */
export interface RunResult {
  /** The page's load event ended (navigation timing `loadEventEnd`). */
  loaded: number | null;
  /** `capot:data-in`: the map entered the store. */
  dataIn: number | null;
  firstPaint: number | null;
  settled: number | null;
  /** The layout had not settled when the timeout ran out (the interactions were then measured while it ran). */
  timedOut: boolean;
  /** Frames between first paint and settled (or the timeout). */
  layout: FrameStats | null;
  /** Frames while dragging the background and wheel-zooming, after settling. */
  panZoom: FrameStats | null;
  /** From the click on the first actor checkbox to the end of the next frame after the map's DOM changed. */
  filterMs: number | null;
  /** From the click on Export SVG to the browser's download event. */
  exportMs: number | null;
  exportBytes: number | null;
  /** Used JS heap after settling and a forced garbage collection. */
  heapBytes: number | null;
  errors: string[];
  /** The page stopped answering (a main-thread task of minutes): the run was cut short there. */
  stuck: boolean;
}

/** The medians of a map's runs, as one table row shows them. */
export interface MapSummary {
  label: string;
  nodes: number;
  edges: number;
  runs: number;
  /** Most runs did not settle before the timeout: the settle times and ratio are lower bounds ("> …"). */
  timedOut: boolean;
  timeoutMs: number;
  floor: Floor | null;
  firstPaint: number | null;
  paintAfterLoad: number | null;
  paintAfterData: number | null;
  settled: number | null;
  settleAfterPaint: number | null;
  /** Layout time in the browser (data in → settled) over the Node floor's median. */
  ratio: number | null;
  layoutFps: number | null;
  layoutLongest: number | null;
  panFps: number | null;
  panLongest: number | null;
  filterMs: number | null;
  exportMs: number | null;
  exportBytes: number | null;
  heapBytes: number | null;
  errors: string[];
}

export interface MapInfo {
  label: string;
  nodes: number;
  edges: number;
  timeoutMs: number;
  floor: Floor | null;
}

/** Medians over the runs; each value over the runs that measured it. */
export function summarise(info: MapInfo, runs: readonly RunResult[]): MapSummary {
  const of = (value: (run: RunResult) => number | null | undefined) =>
    median(runs.map(value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const timedOut = 2 * runs.filter((r) => r.timedOut).length >= runs.length && runs.length > 0;
  const floorMs = info.floor?.ms ?? null;
  // A run that timed out settled later than the timeout: its times count as the timeout, a lower bound.
  const settledAt = (r: RunResult) => (r.timedOut ? info.timeoutMs : r.settled);
  return {
    ...info,
    runs: runs.length,
    timedOut,
    firstPaint: of((r) => r.firstPaint),
    paintAfterLoad: of((r) => diff(r.firstPaint, r.loaded)),
    paintAfterData: of((r) => diff(r.firstPaint, r.dataIn)),
    settled: of(settledAt),
    settleAfterPaint: of((r) => diff(settledAt(r), r.firstPaint)),
    ratio: floorMs ? of((r) => (diff(settledAt(r), r.dataIn) ?? NaN) / floorMs) : null,
    layoutFps: of((r) => r.layout?.fps),
    layoutLongest: of((r) => r.layout?.longest),
    panFps: of((r) => r.panZoom?.fps),
    panLongest: of((r) => r.panZoom?.longest),
    filterMs: of((r) => r.filterMs),
    exportMs: of((r) => r.exportMs),
    exportBytes: of((r) => r.exportBytes),
    heapBytes: of((r) => r.heapBytes),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}
