import { describe, expect, it } from 'vitest';
import { nodeBox } from '../layout/labels.ts';
import { approximateMeasure } from '../layout/measure.ts';
import { toLayoutGraph } from '../layout/graph.ts';
import { createForceLayout } from '../layout/simulation.ts';
import { lcg } from '../layout/lcg.ts';
import type { Point } from '../layout/types.ts';
import { buildIndex, filterGraph } from '../model/queries.ts';
import { testDocument, testMap } from '../model/test-map.ts';
import { loadMap } from '../model/load.ts';
import type { LoadedMap, Visible } from '../model/types.ts';
import { actorColours, initials } from './actors.ts';
import { exportSvg, type ExportInput } from './export-svg.ts';

const all = (map: LoadedMap): Visible =>
  filterGraph(buildIndex(map), { actors: null, nodeKinds: null, edgeKinds: null });

/** A seeded, settled layout of `map`, as the live view would hand it to the exporter. */
function exportInput(
  map: LoadedMap,
  present = all(map),
  focus: Visible | null = null,
  actors: string[] = [],
): ExportInput {
  const boxes = new Map(map.nodes.map((n) => [n.id, nodeBox(n, approximateMeasure)]));
  const layout = createForceLayout({ random: lcg(7) });
  const graph = toLayoutGraph(map, (n) => boxes.get(n.id)!, present);
  layout.setGraph(graph);
  layout.tick(300);
  layout.stop();
  const positions = new Map<string, Point>(graph.nodes.map((n) => [n.id, layout.positionOf(n.id)!]));
  const colours = actorColours(map);
  const actorLooks = new Map(
    map.actors.map((a) => [a.id, { name: a.name, initials: initials(a.name), colour: colours.get(a.id)! }]),
  );
  return { map, scene: { present, focus }, positions, boxes, actorLooks, actors };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
/** Golden files compare whole pixels, so a last-digit wobble in float maths cannot fail them. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

describe('SVG export', () => {
  it('matches the golden file for the test map', async () => {
    const { svg } = exportSvg(exportInput(testMap));
    await expect(normalise(svg)).toMatchFileSnapshot('./__snapshots__/test-map.svg');
  });

  it('is well-formed XML with a title per node, and no script or event attribute', () => {
    const { svg, width, height } = exportSvg(exportInput(testMap));
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
    const nodes = [...doc.querySelectorAll('[data-node-id]')];
    expect(nodes.map((n) => n.getAttribute('data-node-id')).sort()).toEqual(testMap.nodes.map((n) => n.id).sort());
    for (const n of nodes)
      expect(n.querySelector('title')?.textContent).toBe(
        testMap.nodes.find((m) => m.id === n.getAttribute('data-node-id'))!.label,
      );
    expect(doc.querySelectorAll('[data-from][data-to][data-kind]')).toHaveLength(testMap.edges.length);
    expect(svg).not.toMatch(/<script|\son\w+=|href=|url\((?!#)/i);
  });

  it('leaves hidden nodes out and dims the dimmed ones', () => {
    const index = buildIndex(testMap);
    const present = filterGraph(index, {
      actors: null,
      nodeKinds: new Set(['question', 'position', 'argument']),
      edgeKinds: null,
    });
    const focus = filterGraph(index, { actors: new Set(['bengio']), nodeKinds: null, edgeKinds: null });
    const { svg } = exportSvg(exportInput(testMap, present, focus, ['bengio']));
    const doc = parse(svg);
    expect(doc.querySelector('[data-node-id="f-leak"]')).toBeNull();
    expect(doc.querySelector('[data-from="f-leak"]')).toBeNull();
    expect(doc.querySelector('[data-node-id="a-research"]')?.getAttribute('opacity')).toBe('0.18');
    expect(doc.querySelector('[data-node-id="a-misuse"]')?.hasAttribute('opacity')).toBe(false);
    expect(svg).toContain('Claims of Yoshua Bengio (others dimmed)');
  });

  it('keeps hostile text as text', () => {
    const doc = testDocument();
    const evil = '<script>alert(1)</script> & <img src=x onerror=alert(2)> ]]> \u202Eevil\u0007';
    doc.title = evil;
    doc.nodes[0]!.label = evil;
    doc.actors[0]!.name = '"><svg onload=alert(3)>';
    const map = loadMap(doc);
    const { svg } = exportSvg(exportInput(map));
    const parsed = parse(svg);
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('script, img, svg svg')).toBeNull();
    expect(parsed.querySelector('title')?.textContent).toBe(evil.replace('\u0007', '\uFFFD'));
    expect(svg).not.toMatch(/<script|<img/);
    const attributes = [...parsed.querySelectorAll('*')].flatMap((e) => e.getAttributeNames());
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
  });
});
