import { useMemo } from 'react';
import type { EdgeKind, NodeKind } from '../model/types.ts';
import { drawLegend } from './legend.ts';
import { toReact } from './to-react.tsx';

/**
 * The legend panel: drawn by the same code as the exported file's legend. Its arrowheads are the map's own `<defs>`
 * (one set of marker ids per page).
 */
export function Legend({ nodeKinds, edgeKinds }: { nodeKinds: readonly NodeKind[]; edgeKinds: readonly EdgeKind[] }) {
  const legend = useMemo(() => drawLegend({ nodeKinds, edgeKinds }, 2, 116), [nodeKinds, edgeKinds]);
  return (
    <figure className="legend-panel">
      <figcaption>Legend</figcaption>
      <svg
        width={legend.width}
        height={legend.height}
        role="img"
        aria-label={`Legend: ${[...nodeKinds, ...edgeKinds].join(', ')}`}
      >
        {toReact(legend.el)}
      </svg>
    </figure>
  );
}
