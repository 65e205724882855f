import { testDocument } from '../model/test-map.ts';
import type { DebateMap } from '../model/types.ts';

/** A bad or hostile file, and what opening it must give: the located error (a pattern), or a map shown. */
export interface HostileFile {
  what: string;
  name: string;
  bytes: Uint8Array;
  /** `opens` when the file is a valid map; otherwise a pattern of the first problem, `where: message`. */
  expected: 'opens' | RegExp;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const edited = (edit: (doc: DebateMap) => void) => {
  const doc = testDocument();
  edit(doc);
  return utf8(JSON.stringify(doc, null, 2));
};

/** A valid Capot map of `n` nodes (a question and chains of arguments), as JSON text, padded in a node's `data`. */
export function bigMapText(n: number, padding = 0): string {
  const nodes: DebateMap['nodes'] = [
    { id: 'q', kind: 'question', label: 'Root', actors: [], data: { pad: 'x'.repeat(padding) } },
  ];
  const edges: DebateMap['edges'] = [];
  for (let i = 1; i < n; i++) {
    nodes.push({ id: `n${i}`, kind: 'argument', label: `Argument ${i}`, actors: [] });
    edges.push({ from: `n${i}`, to: i % 10 === 1 ? 'q' : `n${i - 1}`, kind: 'supports' });
  }
  const { sources, actors, axes, language } = testDocument();
  return JSON.stringify({
    format: 'capot/1',
    id: `big-${n}`,
    title: `${n} nodes`,
    description: '',
    language,
    sources,
    actors,
    axes,
    nodes,
    edges,
  });
}

/** The classes of bad input every way of opening a map must survive (see the README's table). */
export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    what: 'not JSON',
    name: 'cut.json',
    bytes: utf8('{\n  "format": "capot/1",\n  "id": '),
    expected: /^line 3, column \d+: not valid JSON/,
  },
  {
    what: 'not a map at all',
    name: 'notes.txt',
    bytes: utf8('Shopping: eggs, milk.'),
    expected: /^\(root\): not a format Capot reads/,
  },
  { what: 'an empty file', name: 'empty.json', bytes: utf8(''), expected: /^\(root\): the file is empty/ },
  {
    what: 'JSON of another kind',
    name: 'package.json',
    bytes: utf8('{"name": "x", "version": "1.0.0"}'),
    expected: /^\(root\): not a Capot map: missing "format"/,
  },
  {
    what: 'a future format',
    name: 'future.json',
    bytes: utf8('{"format": "capot/99", "id": "x"}'),
    expected: /^format: made by a newer Capot \(capot\/99\)/,
  },
  {
    what: 'wrong types',
    name: 'types.json',
    bytes: edited((d) => Object.assign(d.nodes[1]!, { label: 42 })),
    expected: /^nodes\[1\]\.label: .*a number \(42\)/,
  },
  {
    what: 'a dangling reference',
    name: 'dangling.json',
    bytes: edited((d) => (d.edges[0]!.to = 'ghost')),
    expected: /^edges\[0\]\.to: .*"ghost"/,
  },
  {
    what: 'duplicate ids',
    name: 'dupes.json',
    bytes: edited((d) => (d.nodes[2]!.id = 'p-open')),
    expected: /^nodes\[2\]\.id: .*"p-open"/,
  },
  {
    what: 'a self-loop',
    name: 'loop.json',
    bytes: edited((d) => (d.edges[3]!.to = d.edges[3]!.from)),
    expected: /^edges\[3\]: .*itself/,
  },
  {
    what: 'JSON nested 100,000 deep',
    name: 'deep.json',
    bytes: utf8(`{"data": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    expected: /^line 1, column \d+: the JSON is nested too deeply/,
  },
  {
    what: 'invalid UTF-8',
    name: 'latin1.json',
    bytes: new Uint8Array([...utf8('{"title": "Caf'), 0xe9, ...utf8('"}')]),
    expected: /^\(file\): not valid UTF-8 text: invalid byte 0xE9 at byte 14 \(line 1\)/,
  },
  {
    what: 'UTF-16',
    name: 'utf16.json',
    bytes: new Uint8Array([0xff, 0xfe, 0x7b, 0x00]),
    expected: /^\(file\): the file is UTF-16 text/,
  },
  {
    what: 'a support cycle (allowed)',
    name: 'cycle.json',
    bytes: edited((d) => d.edges.push({ from: 'p-open', to: 'a-research', kind: 'supports' })),
    expected: 'opens',
  },
  {
    what: 'an empty map (allowed)',
    name: 'nothing.json',
    bytes: edited((d) => Object.assign(d, { nodes: [], edges: [] })),
    expected: 'opens',
  },
  {
    what: 'markup and controls in text (shown as text)',
    name: 'markup.json',
    bytes: edited((d) => {
      d.title = '<img src=x onerror="alert(1)"> ]]> &amp; \u202Eevil';
      d.nodes[0]!.label = '<script>alert(2)</script>';
    }),
    expected: 'opens',
  },
];

/** The hostile files that must be refused, each with the pattern of its first located problem. */
export const REFUSED_FILES = HOSTILE_FILES.filter(
  (f): f is HostileFile & { expected: RegExp } => f.expected !== 'opens',
);
/** The hostile files that are valid maps and must open. */
export const ACCEPTED_FILES = HOSTILE_FILES.filter((f) => f.expected === 'opens');
