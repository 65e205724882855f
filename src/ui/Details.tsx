import { useMemo } from 'react';
import { buildIndex } from '../model/queries.ts';
import type { DebateNode, EdgeKind, LoadedMap, Quote } from '../model/types.ts';
import { NODE_KIND_NAMES } from '../model/kinds.ts';
import { useAppStore } from '../state/context.tsx';
import { safeHref } from './safe-url.ts';

/** Relation headings, from this node's point of view. */
const outNames: Record<EdgeKind, string> = {
  supports: 'Supports',
  attacks: 'Attacks',
  answers: 'Answers',
  undercuts: 'Undercuts the link',
  rephrases: 'Rephrases',
  contradicts: 'Contradicts',
};
const inNames: Record<EdgeKind, string> = {
  supports: 'Supported by',
  attacks: 'Attacked by',
  answers: 'Answered by',
  undercuts: 'Its link is undercut by',
  rephrases: 'Rephrased by',
  contradicts: 'Contradicted by',
};

function QuoteView({ quote, map }: { quote: Quote; map: LoadedMap }) {
  const speaker = map.actors.find((a) => a.id === quote.speaker);
  const source = map.sources.find((s) => s.id === quote.source);
  const href = safeHref(source?.url);
  return (
    <figure className="quote">
      <blockquote lang={quote.lang}>« {quote.text} »</blockquote>
      {quote.translation && (
        <p className="translation" lang={map.language}>
          “{quote.translation}”
        </p>
      )}
      <figcaption>
        — {speaker?.name ?? quote.speaker}
        {source && (
          <>
            {', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}{' '}
            ({source.publisher}
            {source.date ? `, ${source.date}` : ''})
          </>
        )}
        {quote.locator && `, ${quote.locator}`}
      </figcaption>
    </figure>
  );
}

interface Relation {
  heading: string;
  nodes: DebateNode[];
}

function relationsOf(map: LoadedMap, id: string): Relation[] {
  const index = buildIndex(map);
  const groups = new Map<string, DebateNode[]>();
  const add = (heading: string, nodeId: string | undefined) => {
    const node = nodeId === undefined ? undefined : index.nodeById.get(nodeId);
    if (!node) return;
    const list = groups.get(heading) ?? [];
    if (!list.includes(node)) list.push(node);
    groups.set(heading, list);
  };
  for (const e of index.outgoing.get(id) ?? []) {
    const target = index.edgeById.get(e.to);
    if (e.kind === 'undercuts' && target) add(`${outNames.undercuts}`, target.to);
    else add(outNames[e.kind], e.to);
  }
  for (const e of index.incoming.get(id) ?? []) add(inNames[e.kind], e.from);
  return [...groups].map(([heading, nodes]) => ({ heading, nodes }));
}

/** The details of the selected node: full text, actors, quotes with their source, and its relations as links. */
export function Details() {
  const map = useAppStore((s) => s.map);
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const node = useMemo(() => (map && selected ? map.nodes.find((n) => n.id === selected) : undefined), [map, selected]);
  const relations = useMemo(() => (map && node ? relationsOf(map, node.id) : []), [map, node]);
  if (!map || !node) return null;
  const actors = node.actors.map((id) => map.actors.find((a) => a.id === id)?.name ?? id);
  return (
    <aside className="details" aria-label="Details">
      <header>
        <p className={`kind-badge kind-${node.kind}`}>{NODE_KIND_NAMES[node.kind]}</p>
        <button type="button" className="close" aria-label="Close details" onClick={() => select(null)}>
          ×
        </button>
      </header>
      <h2>{node.label}</h2>
      {node.text && node.text !== node.label && <p className="full-text">{node.text}</p>}
      {actors.length > 0 && (
        <p className="actors">
          <strong>Held by:</strong> {actors.join(', ')}
          {node.date && <span className="date"> · {node.date}</span>}
        </p>
      )}
      {node.quotes?.map((q, i) => (
        <QuoteView key={i} quote={q} map={map} />
      ))}
      {relations.map((r) => (
        <section key={r.heading} className="relations">
          <h3>{r.heading}</h3>
          <ul>
            {r.nodes.map((n) => (
              <li key={n.id}>
                <button type="button" className="link" onClick={() => select(n.id)}>
                  {n.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
