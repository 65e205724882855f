import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/types.ts';
import { defaultFilters, type FilterState } from './filter-slice.ts';

/** The part of the state a shared link restores: filters and selection (and which map, when not the built-in one). */
export interface UrlState extends FilterState {
  selected: string | null;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/**
 * Writes the view as a URL hash, e.g. `#actors=elon-musk,openai&mode=isolate&hide=fact,answers&node=q1`.
 * Defaults are left out so the plain URL stays plain.
 */
export function encodeHash(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.actors.length) p.set('actors', s.actors.join(','));
  if (s.mode !== defaultFilters.mode) p.set('mode', s.mode);
  const hidden = [
    ...NODE_KINDS.filter((k) => !s.nodeKinds.includes(k)),
    ...EDGE_KINDS.filter((k) => !s.edgeKinds.includes(k)),
  ];
  if (hidden.length) p.set('hide', hidden.join(','));
  if (s.selected) p.set('node', s.selected);
  const text = p.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}

/** Reads a hash written by `encodeHash`; unknown or malformed parts fall back to the defaults. */
export function decodeHash(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const hidden = new Set(list(p.get('hide')));
  return {
    actors: [...new Set(list(p.get('actors')))].sort(),
    mode: p.get('mode') === 'isolate' ? 'isolate' : 'highlight',
    nodeKinds: NODE_KINDS.filter((k: NodeKind) => !hidden.has(k)),
    edgeKinds: EDGE_KINDS.filter((k: EdgeKind) => !hidden.has(k)),
    selected: p.get('node') || null,
  };
}
