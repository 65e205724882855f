import type { IRelation, RelationMember } from '@argdown/core';
import type { DebateEdge } from '../model/types.ts';
import type { MapDraft } from './map-draft.ts';

/** Argdown relation types as Capot edges; `contrary` has no kind of its own, so it is an attack noted "contrary". */
const RELATIONS: Record<string, Pick<DebateEdge, 'kind' | 'note'>> = {
  support: { kind: 'supports' },
  attack: { kind: 'attacks' },
  undercut: { kind: 'undercuts' },
  contradictory: { kind: 'contradicts' },
  contrary: { kind: 'attacks', note: 'contrary' },
  entails: { kind: 'supports', note: 'entails' },
};

/** What an Argdown relation needs to find its ends among the nodes and edges already made. */
export interface RelationEnds {
  /** The node id of each statement and argument. */
  nodeOf: ReadonlyMap<RelationMember, string>;
  /** The id of the inference edge (argument → main conclusion) of each argument, by argument title. */
  inference: ReadonlyMap<string, string>;
  /** The ids of the supports and attacks going out of each node, for undercuts of unreconstructed arguments. */
  outgoing: ReadonlyMap<string, readonly string[]>;
}

/**
 * Adds the edge(s) of one Argdown relation. An undercut aims at an inference: the edge from the argument to its
 * main conclusion, or, for an argument without a premise–conclusion structure, its outgoing supports and attacks.
 * An undercut of a statement (which has no inference) is kept as an attack noted "undercut", with a warning.
 */
export function addRelation(relation: IRelation, { nodeOf, inference, outgoing }: RelationEnds, draft: MapDraft): void {
  const line = relation.occurrences.find((o) => o.startLine !== undefined)?.startLine;
  const where = line === undefined ? '(root)' : `line ${line}`;
  const mapping = RELATIONS[relation.relationType];
  const from = relation.from === undefined ? undefined : nodeOf.get(relation.from);
  const target = relation.to;
  const name = `${relation.relationType} relation`;
  if (mapping === undefined || from === undefined || target === undefined) {
    return draft.warn(where, `${name} between elements that are not in the map: skipped`);
  }
  if (mapping.kind === 'undercuts') {
    if (target.type === 'equivalence-class') {
      const to = nodeOf.get(target);
      if (to === undefined) return draft.warn(where, `${name} of a statement that is not in the map: skipped`);
      if (to === from) return draft.warn(where, `${name} of a statement by itself: skipped`);
      draft.warn(where, 'an undercut of a statement (not an inference) is kept as an attack');
      draft.edge({ from, to, kind: 'attacks', note: 'undercut' });
      return;
    }
    const title = target.type === 'inference' ? target.argumentTitle : target.title;
    const own = inference.get(title ?? '');
    const argument = target.type === 'argument' ? nodeOf.get(target) : undefined;
    const targets = own === undefined ? (outgoing.get(argument ?? '') ?? []) : [own];
    if (targets.length === 0) {
      return draft.warn(where, `${name} of <${title ?? '?'}>, which supports or attacks nothing: skipped`);
    }
    for (const to of targets) draft.edge({ from, to, kind: 'undercuts' });
    return;
  }
  const to = target.type === 'inference' ? undefined : nodeOf.get(target);
  if (to === undefined) return draft.warn(where, `${name} aimed at an inference or an unknown element: skipped`);
  if (to === from) return draft.warn(where, `${name} from an element to itself: skipped`);
  draft.edge({ from, to, ...mapping });
}
