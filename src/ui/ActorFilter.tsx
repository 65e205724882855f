import { useId, useMemo } from 'react';
import type { Actor } from '../model/types.ts';
import { useAppStore, useShallow } from '../state/context.tsx';

interface ActorTree {
  actor: Actor;
  members: ActorTree[];
}

/** Organisations with their members below them; an actor in several organisations is listed under the first. */
function actorTree(actors: Actor[]): ActorTree[] {
  const ids = new Set(actors.map((a) => a.id));
  const parentOf = (a: Actor) => a.memberOf?.find((id) => ids.has(id));
  const build = (actor: Actor, seen: Set<string>): ActorTree => ({
    actor,
    members: actors
      .filter((m) => parentOf(m) === actor.id && !seen.has(m.id))
      .map((m) => build(m, new Set([...seen, m.id]))),
  });
  return actors.filter((a) => parentOf(a) === undefined).map((a) => build(a, new Set([a.id])));
}

function ActorItem({ tree }: { tree: ActorTree }) {
  const { actor, members } = tree;
  const checked = useAppStore((s) => s.actors.includes(actor.id));
  const toggleActor = useAppStore((s) => s.toggleActor);
  return (
    <li>
      <label title={actor.role ?? actor.description}>
        <input type="checkbox" checked={checked} onChange={() => toggleActor(actor.id)} /> {actor.name}
      </label>
      {members.length > 0 && (
        <ul>
          {members.map((m) => (
            <ActorItem key={m.actor.id} tree={m} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The actor filter: one checkbox per actor, members under their organisation, and the highlight/isolate mode. */
export function ActorFilter() {
  const actors = useAppStore(useShallow((s) => s.map?.actors ?? []));
  const mode = useAppStore((s) => s.mode);
  const { setMode, setActors } = useAppStore(useShallow((s) => ({ setMode: s.setMode, setActors: s.setActors })));
  const tree = useMemo(() => actorTree(actors), [actors]);
  const headingId = useId();
  return (
    <section className="panel-section" role="group" aria-labelledby={headingId}>
      <h2 id={headingId}>Actors</h2>
      {actors.length === 0 && <p className="muted">This map names no actors.</p>}
      <div className="segmented" role="radiogroup" aria-label="Filter mode">
        {(['highlight', 'isolate'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="filter-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'highlight' ? 'Highlight' : 'Isolate'}
          </label>
        ))}
      </div>
      <ul className="actor-list">
        {tree.map((t) => (
          <ActorItem key={t.actor.id} tree={t} />
        ))}
      </ul>
      <div className="row">
        <button type="button" onClick={() => setActors(actors.map((a) => a.id))}>
          Select all
        </button>
        <button type="button" onClick={() => setActors([])}>
          Clear
        </button>
      </div>
    </section>
  );
}
