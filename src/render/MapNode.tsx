import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { NODE_KIND_NAMES } from '../model/kinds.ts';
import { useAppStore } from '../state/context.tsx';
import { emphasisOf, selectHoverSet, selectScene } from '../state/selectors.ts';
import { drawNode } from './draw-node.ts';
import { toReact } from './to-react.tsx';
import { useView } from './view-context.ts';

/**
 * One node. It subscribes to its own emphasis and selection only, so hovering one node re-renders the few whose look
 * changes, not the whole map. Its position is written by the view's frame loop through the registered element.
 */
export const MapNode = memo(function MapNode({ id }: { id: string }) {
  const view = useView();
  const node = view.nodeById.get(id);
  const box = view.boxes.get(id);
  const emphasis = useAppStore((s) => {
    const scene = selectScene(s);
    return scene ? emphasisOf(scene, selectHoverSet(s), id, 'node') : 'normal';
  });
  const selected = useAppStore((s) => s.selected === id);
  const pinned = useAppStore((s) => id in s.pins);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const body = useMemo(() => {
    if (!node || !box) return null;
    const looks = node.actors.flatMap((a) => view.actorLooks.get(a) ?? []);
    return drawNode(node, box, looks).map((el, i) => toReact(el, i));
  }, [node, box, view.actorLooks]);
  const ref = useCallback((el: SVGGElement | null) => view.registerNode(id, el), [view, id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(selected ? null : id);
    }
  };
  if (!node || !box) return null;
  const actorNames = node.actors.map((a) => view.actorLooks.get(a)?.name ?? a).join(', ');
  return (
    <g
      ref={ref}
      className={`node ${emphasis}${selected ? ' selected' : ''}${pinned ? ' pinned' : ''}`}
      data-node-id={id}
      data-kind={node.kind}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={`${NODE_KIND_NAMES[node.kind]}: ${node.label}${actorNames ? ` (${actorNames})` : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        select(selected ? null : id);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        view.onNodeDoubleClick(id);
      }}
      onPointerEnter={() => hover(id)}
      onPointerLeave={() => hover(null)}
      onFocus={() => hover(id)}
      onBlur={() => hover(null)}
      onKeyDown={onKeyDown}
    >
      <rect
        className="outline-ring"
        x={-box.width / 2 - 5}
        y={-box.height / 2 - 5}
        width={box.width + 10}
        height={box.height + 10}
        rx={10}
      />
      {body}
      <circle className="pin" cx={box.width / 2 - 1} cy={-box.height / 2 + 1} r={4.5} fill="#f59e0b" stroke="#fff">
        <title>Pinned: double-click to release</title>
      </circle>
    </g>
  );
});
