import { useId } from 'react';
import { usedKinds } from '../model/queries.ts';
import type { EdgeKind, NodeKind } from '../model/types.ts';
import { useAppStore } from '../state/context.tsx';

const nodeNames: Record<NodeKind, string> = {
  question: 'Questions',
  position: 'Positions',
  argument: 'Arguments',
  fact: 'Facts',
};
const edgeNames: Record<EdgeKind, string> = {
  supports: 'Supports',
  attacks: 'Attacks',
  answers: 'Answers',
  undercuts: 'Undercuts',
  rephrases: 'Rephrases',
  contradicts: 'Contradicts',
};

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
            <KindBox key={k} kind={k} name={nodeNames[k]} checked={nodeKinds.includes(k)} onToggle={toggleNodeKind} />
          ))}
        </ul>
      </section>
      <section className="panel-section" role="group" aria-labelledby={edgesId}>
        <h2 id={edgesId}>Edge kinds</h2>
        <ul className="kind-list">
          {used?.edgeKinds.map((k) => (
            <KindBox key={k} kind={k} name={edgeNames[k]} checked={edgeKinds.includes(k)} onToggle={toggleEdgeKind} />
          ))}
        </ul>
      </section>
    </>
  );
}
