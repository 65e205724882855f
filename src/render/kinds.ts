import { NODE_KIND_NAMES } from '../model/kinds.ts';
import type { EdgeKind, NodeKind } from '../model/types.ts';
import { el, type SvgEl } from './svg-tree.ts';

/** How each node kind looks. Shape and colour both differ, so colour is never the only cue. */
export interface NodeKindStyle {
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  textColor: string;
  fontWeight: number;
  /** The outline, centred on (0, 0). */
  shape: (w: number, h: number) => SvgEl;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export const nodeKinds: Record<NodeKind, NodeKindStyle> = {
  question: {
    label: NODE_KIND_NAMES.question,
    fill: '#312e81',
    stroke: '#1e1b4b',
    strokeWidth: 2,
    textColor: '#ffffff',
    fontWeight: 700,
    // An octagon with cut corners: reads as a sign, the debate's entry points.
    shape: (w, h) => {
      const [x, y, c] = [w / 2, h / 2, Math.min(12, h / 4)];
      const pts = [
        [-x + c, -y],
        [x - c, -y],
        [x, -y + c],
        [x, y - c],
        [x - c, y],
        [-x + c, y],
        [-x, y - c],
        [-x, -y + c],
      ];
      return el('polygon', { points: pts.map(([px, py]) => `${r1(px!)},${r1(py!)}`).join(' ') });
    },
  },
  position: {
    label: NODE_KIND_NAMES.position,
    fill: '#dbeafe',
    stroke: '#1d4ed8',
    strokeWidth: 2.5,
    textColor: '#0f172a',
    fontWeight: 650,
    shape: (w, h) => el('rect', { x: r1(-w / 2), y: r1(-h / 2), width: r1(w), height: r1(h), rx: 12 }),
  },
  argument: {
    label: NODE_KIND_NAMES.argument,
    fill: '#ffffff',
    stroke: '#64748b',
    strokeWidth: 1.5,
    textColor: '#0f172a',
    fontWeight: 450,
    shape: (w, h) => el('rect', { x: r1(-w / 2), y: r1(-h / 2), width: r1(w), height: r1(h), rx: 4 }),
  },
  fact: {
    label: NODE_KIND_NAMES.fact,
    fill: '#fef3c7',
    stroke: '#b45309',
    strokeWidth: 1.5,
    textColor: '#0f172a',
    fontWeight: 450,
    // A sheet with a folded corner: a fact is something on record.
    shape: (w, h) => {
      const [x, y, f] = [w / 2, h / 2, 10];
      return el('path', { d: `M${r1(-x)},${r1(-y)}H${r1(x - f)}L${r1(x)},${r1(-y + f)}V${r1(y)}H${r1(-x)}Z` });
    },
  },
};

/** How each edge kind looks: colour, dash pattern and arrowhead all differ. */
export interface EdgeKindStyle {
  label: string;
  colour: string;
  dash: string | undefined;
  width: number;
  marker: 'arrow' | 'tee' | 'open' | 'diamond' | 'cross' | 'doubleBar';
}

export const edgeKinds: Record<EdgeKind, EdgeKindStyle> = {
  supports: { label: 'supports', colour: '#15803d', dash: undefined, width: 2, marker: 'arrow' },
  attacks: { label: 'attacks', colour: '#c81e1e', dash: '7 4', width: 2, marker: 'tee' },
  answers: { label: 'answers', colour: '#475569', dash: '2 4', width: 1.75, marker: 'open' },
  undercuts: { label: 'undercuts', colour: '#7e22ce', dash: '10 3 2 3', width: 2, marker: 'cross' },
  rephrases: { label: 'rephrases', colour: '#0f766e', dash: '1 3', width: 2, marker: 'diamond' },
  contradicts: { label: 'contradicts', colour: '#c2410c', dash: '12 3', width: 2.25, marker: 'doubleBar' },
};

/** The id of an edge kind's arrowhead marker. Exports and the live view both use these. */
export const markerId = (kind: EdgeKind) => `capot-m-${kind}`;
