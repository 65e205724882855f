import { memo, useCallback } from 'react';
import { useAppStore } from '../state/context.tsx';
import { emphasisOf, selectHoverSet, selectScene } from '../state/selectors.ts';
import { edgeAttrs } from './draw-edge.ts';
import { toReact } from './to-react.tsx';
import { el } from './svg-tree.ts';
import { useView } from './view-context.ts';

/** One edge: its look from the shared edge table; its `d` is written by the view's frame loop. */
export const MapEdge = memo(function MapEdge({ id }: { id: string }) {
  const view = useView();
  const edge = view.edgeById.get(id);
  const emphasis = useAppStore((s) => {
    const scene = selectScene(s);
    return scene ? emphasisOf(scene, selectHoverSet(s), id, 'edge') : 'normal';
  });
  const ref = useCallback((path: SVGPathElement | null) => view.registerEdge(id, path), [view, id]);
  if (!edge) return null;
  return toReact(el('path', { ...edgeAttrs(edge), class: `edge ${emphasis}` }), undefined, { ref });
});
