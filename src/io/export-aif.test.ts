// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAif } from './export-aif.ts';
import { importAif } from './import-aif.ts';
import { importCapot } from './import-capot.ts';
import type { ImportResult } from './import-result.ts';
import type { LoadedMap } from '../model/types.ts';

const mapOf = (result: ImportResult): LoadedMap => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
};
const read = (url: URL) => mapOf(importCapot(readFileSync(url, 'utf8')));

/** What an AIF round trip must keep: claims with their words, relations between them, who said what. */
function essentials(map: LoadedMap) {
  const speaker = new Map(map.actors.map((a) => [a.id, a.name]));
  const edgeById = new Map(map.edges.map((e) => [e.id, e]));
  return {
    // The AIF importer orders claims by when they were said, so compare them by id.
    nodes: [...map.nodes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => ({
        id: n.id,
        label: n.label,
        text: n.text,
        quotes: (n.quotes ?? []).map((q) => ({ text: q.text, speaker: speaker.get(q.speaker) })),
      })),
    edges: map.edges.map((e) => {
      const target = e.kind === 'undercuts' ? edgeById.get(e.to) : undefined;
      return {
        from: e.from,
        to: target === undefined ? e.to : `${target.from}→${target.to}`,
        kind: e.kind,
        note: e.note,
      };
    }),
  };
}

describe('exportAif', () => {
  const fixture = new URL('./fixtures/capot-v1.json', import.meta.url);

  it('writes AIFdb-style nodes, edges, locutions and participants', () => {
    const aif = JSON.parse(exportAif(read(fixture))) as Record<string, { type?: string }[]>;
    expect(Object.keys(aif)).toEqual(['title', 'nodes', 'edges', 'locutions', 'participants']);
    const types = aif.nodes!.map((n) => n.type);
    expect(types.filter((t) => t === 'I')).toHaveLength(6);
    expect(types.filter((t) => t === 'RA')).toHaveLength(5);
    expect(types.filter((t) => t === 'CA')).toHaveLength(2);
    expect(aif.edges![0]).toEqual({ edgeID: '1', fromID: 'yes', toID: 'a1', formEdgeID: null });
    expect(aif.locutions).toEqual([{ nodeID: 'yes-L', personID: 1, start: null }]);
    expect(aif.participants).toEqual([{ participantID: 1, firstname: 'Ben', surname: 'Okafor' }]);
  });

  it('keeps labels, texts, edge kinds and quote speakers through an AIF round trip', () => {
    const map = read(fixture);
    const again = mapOf(importAif(exportAif(map)));
    expect(essentials(again)).toEqual(essentials(map));
    expect(again.nodes.find((n) => n.id === 'q')?.kind).toBe('question');
  });

  it('keeps text that looks like markup as it was', () => {
    const map = read(fixture);
    const odd = { ...map, nodes: map.nodes.map((n, i) => (i === 1 ? { ...n, label: 'x <b>y</b> &amp; z' } : n)) };
    expect(mapOf(importAif(exportAif(odd))).nodes[1]?.label).toBe('x <b>y</b> &amp; z');
  });

  const builtIn = new URL('../../data/ai-openness.json', import.meta.url);
  it.skipIf(!existsSync(builtIn))('round-trips the built-in map', () => {
    const map = read(builtIn);
    expect(essentials(mapOf(importAif(exportAif(map))))).toEqual(essentials(map));
  });
});
