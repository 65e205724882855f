import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '../app/App.tsx';
import { loadBuiltinMap } from '../app/builtin.ts';
import { createAppStore } from '../state/store.ts';
import { dropMapCanvas, prepareMapCanvas, takeMapCanvas } from './prepared-canvas.ts';
import { theme } from './theme.ts';

/** A map area laid out `width` × `height` CSS pixels. */
function area(width: number, height: number): HTMLElement {
  const el = document.createElement('main');
  Object.defineProperty(el, 'clientWidth', { value: width });
  Object.defineProperty(el, 'clientHeight', { value: height });
  return el;
}

/** jsdom draws nothing: a 2D context that records what it was asked to fill, and with which colour. */
function fakeContexts() {
  const fills: { colour: string; rect: number[] }[] = [];
  const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    const ctx = {
      fillStyle: '',
      fillRect: (...rect: number[]) => fills.push({ colour: ctx.fillStyle, rect }),
    };
    return ctx as unknown as CanvasRenderingContext2D;
  });
  return { fills, getContext };
}

describe('the large-map canvas made ahead of the map', () => {
  beforeEach(() => dropMapCanvas());
  afterEach(() => {
    vi.restoreAllMocks();
    dropMapCanvas();
  });

  it('is the size of the map area, its background drawn (which allocates its memory), and is handed out once', () => {
    const { fills } = fakeContexts();
    prepareMapCanvas(area(640, 480));
    const canvas = takeMapCanvas();
    expect([canvas.width, canvas.height]).toEqual([640, 480]);
    expect(fills).toEqual([{ colour: theme.background, rect: [0, 0, 640, 480] }]);
    // The next view gets a canvas of its own, not the one already taken.
    const next = takeMapCanvas();
    expect(next).not.toBe(canvas);
    expect([next.width, next.height]).toEqual([300, 150]);
  });

  it("counts the screen's device pixels", () => {
    fakeContexts();
    vi.spyOn(window, 'devicePixelRatio', 'get').mockReturnValue(2);
    prepareMapCanvas(area(640, 480.4));
    const canvas = takeMapCanvas();
    expect([canvas.width, canvas.height]).toEqual([1280, 961]);
  });

  it('is made once for an area whose size did not change, again when it did', () => {
    const { getContext } = fakeContexts();
    prepareMapCanvas(area(640, 480));
    prepareMapCanvas(area(640, 480));
    expect(getContext).toHaveBeenCalledTimes(1);
    prepareMapCanvas(area(800, 480));
    expect(getContext).toHaveBeenCalledTimes(2);
    expect(takeMapCanvas().width).toBe(800);
  });

  it('is not made for an area not laid out yet, nor without a 2D context', () => {
    const { getContext } = fakeContexts();
    prepareMapCanvas(area(0, 480));
    prepareMapCanvas(null);
    expect(getContext).not.toHaveBeenCalled();
    getContext.mockReturnValue(null);
    prepareMapCanvas(area(640, 480));
    expect(takeMapCanvas().width).toBe(300);
  });

  it('is let go when dropped, and when a small map is shown (its SVG view takes no canvas)', () => {
    fakeContexts();
    prepareMapCanvas(area(640, 480));
    dropMapCanvas();
    expect(takeMapCanvas().width).toBe(300);

    prepareMapCanvas(area(640, 480));
    const store = createAppStore();
    loadBuiltinMap(store);
    render(<App store={store} />);
    expect(takeMapCanvas().width).toBe(300);
  });
});
