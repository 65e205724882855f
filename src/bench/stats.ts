/** The median of some numbers (the mean of the middle two for an even count); `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How smooth a stretch of time was, from the timestamps of the animation frames drawn in it. */
export interface FrameStats {
  /** Frames per second over the window. */
  fps: number;
  /** The longest gap between two consecutive frames ending in the window, in ms. */
  longest: number;
  frames: number;
}

/** Windows shorter than this say nothing about smoothness. */
const MIN_WINDOW_MS = 50;

/**
 * Frame statistics over `(from, to]` from rAF timestamps (sorted, in ms). A gap counts when the frame that ends it
 * falls in the window, so a long frame that started just before `from` still shows. `null` when the window is too
 * short or holds no frame.
 */
export function frameStats(timestamps: readonly number[], from: number, to: number): FrameStats | null {
  if (!(to - from >= MIN_WINDOW_MS)) return null;
  let frames = 0;
  let longest = 0;
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i]!;
    if (t <= from || t > to) continue;
    frames++;
    if (i > 0) longest = Math.max(longest, t - timestamps[i - 1]!);
  }
  if (frames === 0) return null;
  return { fps: (frames * 1000) / (to - from), longest, frames };
}
