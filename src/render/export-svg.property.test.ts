import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeBox } from '../layout/labels.ts';
import { approximateMeasure } from '../layout/measure.ts';
import { buildIndex, filterGraph } from '../model/queries.ts';
import type { DebateMap, LoadedMap } from '../model/types.ts';
import { validateMap } from '../model/validate.ts';
import { actorColours, initials } from './actors.ts';
import { exportSvg, type ExportInput } from './export-svg.ts';

/** Pieces that break naive XML writers: markup, CDATA ends, entities, bidi and control characters, lone surrogates. */
const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&nbsp;',
  '&',
  '"',
  "'",
  'xmlns:x="y"',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\r\n',
  '\t',
  'é',
  '𝕏',
];
const nasty = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 0,
    maxLength: 5,
  })
  .map((parts) => `x${parts.join('')}`);

/** A valid map whose every text (title, labels, actor names, sources, ids) is nasty. */
const nastyMap = fc
  .record({
    title: nasty,
    labels: fc.array(nasty, { minLength: 1, maxLength: 7 }),
    actors: fc.array(nasty, { minLength: 1, maxLength: 3 }),
    publisher: nasty,
    ids: fc.array(nasty, { minLength: 7, maxLength: 7 }),
    kinds: fc.array(fc.constantFrom('question', 'position', 'argument', 'fact' as const), {
      minLength: 7,
      maxLength: 7,
    }),
    edges: fc.array(
      fc.record({
        from: fc.nat(6),
        to: fc.nat(6),
        kind: fc.constantFrom('supports', 'attacks', 'rephrases', 'contradicts' as const),
      }),
      { maxLength: 10 },
    ),
  })
  .map((g): DebateMap => {
    const nodeId = (i: number) => `${i}${g.ids[i]}`;
    const n = g.labels.length;
    return {
      format: 'capot/1',
      id: 'nasty',
      title: g.title,
      description: g.title,
      language: 'en',
      sources: [{ id: 's', title: g.title, publisher: g.publisher, language: 'en' }],
      actors: g.actors.map((name, i) => ({ id: `a${i}${name}`, name, kind: 'person' })),
      axes: [],
      nodes: g.labels.map((label, i) => ({
        id: nodeId(i),
        kind: g.kinds[i]!,
        label,
        text: label,
        actors: [`a${i % g.actors.length}${g.actors[i % g.actors.length]}`],
      })),
      edges: g.edges
        .map((e) => ({ from: nodeId(e.from % n), to: nodeId(e.to % n), kind: e.kind, note: g.publisher }))
        .filter((e) => e.from !== e.to),
    };
  });

/** Everything the exporter needs, with nodes on a plain grid (positions do not matter to well-formedness). */
function exportInput(map: LoadedMap): ExportInput {
  const boxes = new Map(map.nodes.map((node) => [node.id, nodeBox(node, approximateMeasure)]));
  const positions = new Map(map.nodes.map((node, i) => [node.id, { x: (i % 3) * 260, y: Math.floor(i / 3) * 140 }]));
  const colours = actorColours(map);
  const actorLooks = new Map(
    map.actors.map((a) => [a.id, { name: a.name, initials: initials(a.name), colour: colours.get(a.id)! }]),
  );
  const present = filterGraph(buildIndex(map), { actors: null, nodeKinds: null, edgeKinds: null });
  const focus = filterGraph(buildIndex(map), {
    actors: new Set([map.actors[0]!.id]),
    nodeKinds: null,
    edgeKinds: null,
  });
  return { map, scene: { present, focus }, positions, boxes, actorLooks, actors: [map.actors[0]!.id] };
}

// What XML cannot carry becomes U+FFFD; line ends are normalised by every XML parser.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const asXmlText = (text: string) => text.replace(INVALID_XML, '\uFFFD').replace(/\r\n?/g, '\n');

describe('SVG export of any valid map (property)', () => {
  it('is well-formed XML that keeps every label as text and carries no script', () => {
    fc.assert(
      fc.property(nastyMap, (doc) => {
        const validated = validateMap(doc);
        if (!validated.ok)
          throw new Error(`the generator made an invalid map: ${JSON.stringify(validated.problems[0])}`);
        const map = validated.map;
        const { svg } = exportSvg(exportInput(map));
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(parsed.documentElement.localName).toBe('svg');
        expect(parsed.querySelectorAll('script, foreignObject, img, iframe')).toHaveLength(0);
        const attributes = [...parsed.querySelectorAll('*')].flatMap((e) => e.getAttributeNames());
        expect(attributes.filter((a) => /^on/i.test(a) || (a.includes(':') && !a.startsWith('xmlns')))).toEqual([]);
        const groups = [...parsed.querySelectorAll('[data-node-id]')];
        expect(groups).toHaveLength(map.nodes.length);
        const titles = groups.map((g) => g.querySelector('title')?.textContent).sort();
        expect(titles).toEqual(map.nodes.map((node) => asXmlText(node.label)).sort());
      }),
      { numRuns: 150 },
    );
  });
});
