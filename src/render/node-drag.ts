import { drag, type D3DragEvent } from 'd3-drag';
import type { Point } from '../layout/types.ts';

/**
 * Dragging a node: it follows the pointer (in map coordinates: d3-drag measures against the node's parent, inside
 * the zoomed viewport) and stays pinned where dropped. A click that barely moves stays a click.
 */
export function createNodeDrag(options: {
  positionOf: (id: string) => Point | undefined;
  pin: (id: string, x: number, y: number) => void;
}) {
  type Event = D3DragEvent<SVGGElement, unknown, Point>;
  const idOf = (el: SVGGElement) => el.dataset.nodeId ?? '';
  return drag<SVGGElement, unknown, Point>()
    .clickDistance(4)
    // d3's default filter, plus: a synthetic event with no window (a test's, an assistive tool's) cannot start a drag.
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && event.view != null)
    .subject(function (this: SVGGElement, event: Event) {
      return options.positionOf(idOf(this)) ?? { x: event.x, y: event.y };
    })
    .on('start', function (this: SVGGElement) {
      this.classList.add('dragging');
    })
    .on('drag', function (this: SVGGElement, event: Event) {
      options.pin(idOf(this), event.x, event.y);
      this.classList.add('pinned');
    })
    .on('end', function (this: SVGGElement) {
      this.classList.remove('dragging');
    });
}
