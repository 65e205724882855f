import { drag, type D3DragEvent } from 'd3-drag';
import type { Point } from '../layout/types.ts';

/**
 * Dragging a node: it follows the pointer (in map coordinates: d3-drag measures against the node's parent, inside
 * the zoomed viewport) and stays pinned where dropped. A click that barely moves stays a click.
 */
export function createNodeDrag(options: {
  positionOf: (id: string) => Point | undefined;
  pin: (id: string, x: number, y: number) => void;
  /** The node was dropped after being moved (not called for a plain click). */
  drop: (id: string) => void;
}) {
  type Event = D3DragEvent<SVGGElement, unknown, Point>;
  const idOf = (el: SVGGElement) => el.dataset.nodeId ?? '';
  return (
    drag<SVGGElement, unknown, Point>()
      .clickDistance(4)
      // d3's default filter, plus: a synthetic event with no window (a test's, an assistive tool's) cannot start a drag.
      .filter((event: MouseEvent) => !event.ctrlKey && !event.button && event.view != null)
      .subject(function (this: SVGGElement, event: Event) {
        return options.positionOf(idOf(this)) ?? { x: event.x, y: event.y };
      })
      .on('start', function (this: SVGGElement) {
        delete this.dataset.moved;
      })
      .on('drag', function (this: SVGGElement, event: Event) {
        this.dataset.moved = 'true';
        this.classList.add('dragging');
        options.pin(idOf(this), event.x, event.y);
      })
      .on('end', function (this: SVGGElement) {
        this.classList.remove('dragging');
        if (this.dataset.moved) options.drop(idOf(this));
        delete this.dataset.moved;
      })
  );
}
