import type { Actor, ActorKind, DebateEdge, DebateMap, DebateNode, Group, Source } from '../model/types.ts';
import { FORMAT } from '../model/schema.ts';
import { note, type ImportWarning } from './import-result.ts';
import { slug, UniqueIds } from './text-tools.ts';

/** The map-level fields an importer decides. */
export interface DraftMeta {
  id: string;
  title: string;
  description: string;
  language: string;
}

/**
 * The map an importer is building, with what it skipped: nodes and edges are appended as they are found, actors are
 * created once per name, duplicate edges are merged. The result is a plain document for {@link finishImport} to
 * validate; nothing here is shared with the app.
 */
export class MapDraft {
  readonly nodes: DebateNode[] = [];
  readonly edges: DebateEdge[] = [];
  readonly actors: Actor[] = [];
  readonly sources: Source[] = [];
  readonly groups: Group[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly #actorIds = new UniqueIds();
  readonly #actorByName = new Map<string, string>();
  readonly #edgeIds = new UniqueIds();
  readonly #edgeByKey = new Map<string, string>();

  /** Records something skipped or changed, located in the imported file. */
  warn(where: string, message: string, id?: string): void {
    this.warnings.push(note(where, message, id));
  }

  /** The id of the actor with this name (compared without case), creating it on first use. */
  actor(name: string, kind: ActorKind = 'person'): string {
    const key = name.trim().toLowerCase();
    const known = this.#actorByName.get(key);
    if (known !== undefined) return known;
    const id = this.#actorIds.take(slug(name, 'actor'));
    this.actors.push({ id, name: name.trim(), kind });
    this.#actorByName.set(key, id);
    return id;
  }

  /**
   * Adds an edge and returns its id (`preferredId`, made unique, or `<from>-<kind>-<to>`). The same relation
   * between the same two ends is added once; adding it again returns the first edge's id.
   */
  edge(edge: Omit<DebateEdge, 'id'>, preferredId?: string): string {
    const key = `${edge.from}\u0000${edge.kind}\u0000${edge.to}`;
    const known = this.#edgeByKey.get(key);
    if (known !== undefined) return known;
    const id = this.#edgeIds.take(preferredId ?? `${edge.from}-${edge.kind}-${edge.to}`);
    this.edges.push({ id, ...edge });
    this.#edgeByKey.set(key, id);
    return id;
  }

  /** The finished document, in the current Capot format. */
  document(meta: DraftMeta): DebateMap {
    const groups = this.groups.length > 0 ? { groups: this.groups } : {};
    return {
      format: FORMAT,
      ...meta,
      sources: this.sources,
      actors: this.actors,
      axes: [],
      nodes: this.nodes,
      edges: this.edges,
      ...groups,
    };
  }
}
