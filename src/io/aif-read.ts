import { field, isRecord, list } from '../model/read-unknown.ts';
import type { MapDraft } from './map-draft.ts';

/** An AIF node after reading: id as a string, type in capitals, where it was in the file. */
export interface AifNode {
  id: string;
  type: string;
  text: string;
  where: string;
  timestamp?: string;
  scheme?: string;
  /** Capot's own extension: the label of a node exported by Capot, when it differs from its text. */
  label?: string;
}

/** An AIF edge between two nodes that exist, with where it was in the file. */
export interface AifEdge {
  from: string;
  to: string;
  where: string;
  id?: string;
}

/** The first locution of an L-node: who spoke (`personID`) and when (`start`). */
export interface AifLocution {
  person?: string;
  start?: string;
}

/** An AIF document, read defensively: everything unusable was left out with a warning on the draft. */
export interface AifDocument {
  title?: string;
  nodes: AifNode[];
  byId: Map<string, AifNode>;
  edges: AifEdge[];
  /** The first locution of each L-node. */
  locutions: Map<string, AifLocution>;
  /** Participant names by `participantID`. */
  participants: Map<string, string>;
  /** The nodes each node is linked from, and linked to, by the edges kept. */
  into: Map<string, AifNode[]>;
  outOf: Map<string, AifNode[]>;
}

/** The nodes linked to `id` in one direction (`aif.into` or `aif.outOf`), of the given types. */
export function linked(links: Map<string, AifNode[]>, id: string, ...types: string[]): AifNode[] {
  return (links.get(id) ?? []).filter((node) => types.length === 0 || types.includes(node.type));
}

/**
 * Reads plain AIF (`{nodes, edges, locutions, participants}`) or the wrapped xAIF/OVA3 form (`{"AIF": …}`). AIFdb
 * and OVA ids are strings or numbers, often both in one file (`1` and `"1"` are the same id): they become strings.
 * Duplicate ids, edges to nowhere, self-loops and locutions of missing nodes are skipped with a warning each.
 */
export function readAif(root: unknown, draft: MapDraft): AifDocument {
  const wrapped = isRecord(root) && isRecord(root.AIF);
  const doc = wrapped ? root.AIF : root;
  const at = wrapped ? 'AIF.' : '';
  const title = text(field(doc, 'title')) ?? text(field(root, 'title'));
  const result: AifDocument = {
    nodes: [],
    byId: new Map(),
    edges: [],
    locutions: new Map(),
    participants: new Map(),
    into: new Map(),
    outOf: new Map(),
  };
  if (title !== undefined && title.trim() !== '') result.title = title.trim();

  list(field(doc, 'nodes')).forEach((raw, i) => {
    const where = `${at}nodes[${i}]`;
    const id = anyId(field(raw, 'nodeID'));
    if (id === undefined) return draft.warn(where, 'node without a usable nodeID: skipped');
    if (result.byId.has(id)) return draft.warn(where, `second node with id ${id}: skipped`, id);
    const node: AifNode = { id, type: (text(field(raw, 'type')) ?? '').trim().toUpperCase(), text: '', where };
    node.text = text(field(raw, 'text')) ?? '';
    const [timestamp, scheme, label] = ['timestamp', 'scheme', 'label'].map((key) => text(field(raw, key)));
    if (timestamp !== undefined) node.timestamp = timestamp;
    if (scheme !== undefined) node.scheme = scheme;
    if (label !== undefined && label.trim() !== '') node.label = label;
    result.nodes.push(node);
    result.byId.set(id, node);
  });

  list(field(doc, 'edges')).forEach((raw, i) => {
    const where = `${at}edges[${i}]`;
    const id = anyId(field(raw, 'edgeID'));
    const [from, to] = [anyId(field(raw, 'fromID')), anyId(field(raw, 'toID'))];
    if (from === undefined || to === undefined) return draft.warn(where, 'edge without fromID or toID: skipped', id);
    const missing = [from, to].filter((end) => !result.byId.has(end));
    if (missing.length > 0)
      return draft.warn(where, `edge to a node that does not exist (${missing.join(', ')}): skipped`, id);
    if (from === to) return draft.warn(where, `edge from node ${from} to itself: skipped`, id);
    result.edges.push(id === undefined ? { from, to, where } : { from, to, where, id });
    append(result.into, to, result.byId.get(from));
    append(result.outOf, from, result.byId.get(to));
  });

  list(field(doc, 'locutions')).forEach((raw, i) => {
    const where = `${at}locutions[${i}]`;
    const node = anyId(field(raw, 'nodeID'));
    if (node === undefined) return draft.warn(where, 'locution without a nodeID: skipped');
    if (!result.byId.has(node))
      return draft.warn(where, `locution of node ${node}, which does not exist: skipped`, node);
    if (result.locutions.has(node))
      return draft.warn(where, `second locution of node ${node}: the first is used`, node);
    const locution: AifLocution = {};
    const person = anyId(field(raw, 'personID'));
    const start = text(field(raw, 'start'));
    if (person !== undefined) locution.person = person;
    if (start !== undefined && start.trim() !== '') locution.start = start.trim();
    result.locutions.set(node, locution);
  });

  for (const raw of list(field(doc, 'participants'))) {
    const id = anyId(field(raw, 'participantID'));
    const parts = [field(raw, 'firstname'), field(raw, 'surname')].map((part) => text(part)?.trim() ?? '');
    const name = parts.filter((part) => part !== '').join(' ');
    if (id !== undefined && name !== '' && !result.participants.has(id)) result.participants.set(id, name);
  }
  return result;
}

function append(links: Map<string, AifNode[]>, key: string, node: AifNode | undefined): void {
  if (node === undefined) return;
  const known = links.get(key);
  if (known === undefined) links.set(key, [node]);
  else known.push(node);
}

/** An AIF id: a non-empty string or a finite number, as a string. */
function anyId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** A text field; numbers (seen in OVA exports) count as text. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
