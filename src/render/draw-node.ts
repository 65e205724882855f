import type { NodeBox } from '../layout/labels.ts';
import type { DebateNode } from '../model/types.ts';
import { nodeKinds } from './kinds.ts';
import { el, type SvgEl } from './svg-tree.ts';
import { theme } from './theme.ts';

/** What drawing needs to know about actors. */
export interface ActorLook {
  name: string;
  initials: string;
  colour: string;
}

const CHIP_H = 13;
const CHIP_GAP = 3;
const MAX_CHIPS = 4;
const r1 = (n: number) => Math.round(n * 10) / 10;

const chipWidth = (label: string) => 8 + 6.2 * [...label].length;
const rowWidth = (labels: string[]) => labels.reduce((sum, l) => sum + chipWidth(l) + CHIP_GAP, -CHIP_GAP);

/** The chips that fit in `maxWidth`, with a "+n" chip for the rest. */
function chipLabels(actors: ActorLook[], maxWidth: number): { shown: ActorLook[]; labels: string[] } {
  for (let n = Math.min(actors.length, MAX_CHIPS); n >= 0; n--) {
    const shown = actors.slice(0, n);
    const labels = shown.map((a) => a.initials);
    if (n < actors.length) labels.push(`+${actors.length - n}`);
    if (rowWidth(labels) <= maxWidth || n === 0) return { shown, labels };
  }
  return { shown: [], labels: [] };
}

function chips(actors: ActorLook[], y: number, maxWidth: number): SvgEl[] {
  const { shown, labels } = chipLabels(actors, maxWidth);
  const widths = labels.map(chipWidth);
  const total = rowWidth(labels);
  let x = -total / 2;
  return labels.map((label, i) => {
    const w = widths[i]!;
    const actor = shown[i];
    const chip = el('g', { transform: `translate(${r1(x)},${r1(y)})` }, [
      el('rect', { width: r1(w), height: CHIP_H, rx: 6.5, fill: actor?.colour ?? theme.muted }),
      el(
        'text',
        { x: r1(w / 2), y: 9.6, 'text-anchor': 'middle', 'font-size': 9, 'font-weight': 700, fill: '#ffffff' },
        undefined,
        label,
      ),
      ...(actor ? [el('title', {}, undefined, actor.name)] : []),
    ]);
    x += w + CHIP_GAP;
    return chip;
  });
}

/**
 * A node's drawing, centred on (0, 0): its outline, its wrapped label and a chip per actor. The live map and the
 * exports both draw nodes with this, so they cannot drift apart.
 */
export function drawNode(node: DebateNode, box: NodeBox, actors: ActorLook[]): SvgEl[] {
  const style = nodeKinds[node.kind];
  const { width: w, height: h, lines, fontSize, lineHeight } = box;
  const top = -h / 2;
  const outline = style.shape(w, h);
  outline.attrs = { ...outline.attrs, fill: style.fill, stroke: style.stroke, 'stroke-width': style.strokeWidth };
  return [
    el('title', {}, undefined, node.label),
    outline,
    el(
      'text',
      {
        'text-anchor': 'middle',
        'font-size': fontSize,
        'font-weight': style.fontWeight,
        fill: style.textColor,
      },
      lines.map((line, i) =>
        el('tspan', { x: 0, y: r1(top + box.textTop + i * lineHeight + fontSize * 0.92) }, undefined, line),
      ),
    ),
    ...(box.chipsTop === null ? [] : chips(actors, top + box.chipsTop + 1, w - 8)),
  ];
}
