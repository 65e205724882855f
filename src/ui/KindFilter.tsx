import { useId } from 'react';
import { usedKinds } from '../model/queries.ts';
import { NODE_KIND_PLURALS } from '../model/kinds.ts';
import type { EdgeKind } from '../model/types.ts';
import { useAppStore } from '../state/context.tsx';

/** An edge kind as a filter names it: "Supports". */
const edgeName = (kind: EdgeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);

function KindBox<K extends string>({
  kind,
  name,
  checked,
  onToggle,
}: {
  kind: K;
  name: string;
  checked: boolean;
  onToggle: (k: K) => void;
}) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={() => onToggle(kind)} /> {name}
      </label>
    </li>
  );
}

/** Show or hide nodes and edges by kind. Only the kinds the map uses are offered. */
export function KindFilter() {
  const map = useAppStore((s) => s.map);
  const used = map ? usedKinds(map) : null;
  const nodeKinds = useAppStore((s) => s.nodeKinds);
  const edgeKinds = useAppStore((s) => s.edgeKinds);
  const toggleNodeKind = useAppStore((s) => s.toggleNodeKind);
  const toggleEdgeKind = useAppStore((s) => s.toggleEdgeKind);
  const nodesId = useId();
  const edgesId = useId();
  return (
    <>
      <section className="panel-section" role="group" aria-labelledby={nodesId}>
        <h2 id={nodesId}>Node kinds</h2>
        <ul className="kind-list">
          {used?.nodeKinds.map((k) => (
            <KindBox
              key={k}
              kind={k}
              name={NODE_KIND_PLURALS[k]}
              checked={nodeKinds.includes(k)}
              onToggle={toggleNodeKind}
            />
          ))}
        </ul>
      </section>
      <section className="panel-section" role="group" aria-labelledby={edgesId}>
        <h2 id={edgesId}>Edge kinds</h2>
        <ul className="kind-list">
          {used?.edgeKinds.map((k) => (
            <KindBox key={k} kind={k} name={edgeName(k)} checked={edgeKinds.includes(k)} onToggle={toggleEdgeKind} />
          ))}
        </ul>
      </section>
    </>
  );
}
