import { createContext, useContext } from 'react';
import type { NodeBox } from '../layout/labels.ts';
import type { DebateNode, LoadedEdge } from '../model/types.ts';
import type { ActorLook } from './draw-node.ts';

/**
 * What the node and edge components share with the view, none of which changes per tick. Positions never pass
 * through here (or through React at all): the view's frame loop writes them into the elements that `registerNode`
 * and `registerEdge` collect.
 */
export interface ViewContextValue {
  nodeById: ReadonlyMap<string, DebateNode>;
  edgeById: ReadonlyMap<string, LoadedEdge>;
  boxes: ReadonlyMap<string, NodeBox>;
  actorLooks: ReadonlyMap<string, ActorLook>;
  registerNode: (id: string, el: SVGGElement | null) => void;
  registerEdge: (id: string, el: SVGPathElement | null) => void;
  onNodeDoubleClick: (id: string) => void;
}

export const ViewContext = createContext<ViewContextValue | null>(null);

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('map components need a <ViewContext.Provider>');
  return value;
}
