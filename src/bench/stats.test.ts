import { describe, expect, it } from 'vitest';
import { frameStats, median } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('frameStats', () => {
  const steady = Array.from({ length: 51 }, (_, i) => i * 20);

  it('counts frames per second and the longest frame in the window', () => {
    expect(frameStats(steady, 0, 1000)).toEqual({ fps: 50, longest: 20, frames: 50 });
  });

  it('sees a long frame that started before the window', () => {
    expect(frameStats([0, 16, 500, 516, 532], 100, 532)).toMatchObject({ frames: 3, longest: 484 });
  });

  it('says nothing about a window too short or without frames', () => {
    expect(frameStats(steady, 0, 10)).toBeNull();
    expect(frameStats([0, 2000], 100, 1000)).toBeNull();
  });
});
