// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAif } from './import-aif.ts';
import type { ImportResult } from './import-result.ts';
import type { LoadedMap } from '../model/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function mapOf(result: ImportResult): LoadedMap {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
}

describe('importAif on a clean AIFdb export', () => {
  const result = importAif(fixture('aif-clean.json'), 'car-free.json');
  const map = mapOf(result);

  it('makes claims from I-nodes, with short labels and the full text', () => {
    expect(map.nodes.map((n) => n.id)).toEqual(['1', '2', '3', '4']);
    const long = map.nodes.find((n) => n.id === '2');
    expect(long?.label).toMatch(/^Air pollution from traffic .*…$/);
    expect(long?.label.length).toBeLessThanOrEqual(80);
    expect(long?.text).toMatch(/fastest way to cut it$/);
  });

  it('turns RA into supports, CA into attacks, scheme names into notes', () => {
    expect(map.edges).toEqual([
      { id: '5', from: '2', to: '1', kind: 'supports' },
      { id: '6', from: '3', to: '1', kind: 'attacks' },
      { id: '7', from: '4', to: '3', kind: 'attacks', note: 'Argument From Example' },
    ]);
  });

  it('gives conclusions that are never reasons the kind position', () => {
    expect(map.nodes.map((n) => n.kind)).toEqual(['position', 'argument', 'argument', 'argument']);
  });

  it('turns locutions into quotes, with their speakers as actors and dates', () => {
    expect(map.actors).toEqual([
      { id: 'maria-lopez', name: 'Maria Lopez', kind: 'person' },
      { id: 'tom-baker', name: 'Tom Baker', kind: 'person' },
    ]);
    const thesis = map.nodes[0];
    expect(thesis?.actors).toEqual(['maria-lopez']);
    expect(thesis?.date).toBe('2024-05-02 10:00:05');
    expect(thesis?.quotes).toEqual([
      {
        text: 'Cities should ban cars from their centres.',
        lang: 'en',
        speaker: 'maria-lopez',
        source: 'aif',
        locator: '2024-05-02 10:00:05',
      },
    ]);
    expect(map.sources).toEqual([{ id: 'aif', title: 'car-free', publisher: 'AIFdb', language: 'en' }]);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('importAif on a messy wrapped export', () => {
  const result = importAif(fixture('aif-messy.json'), 'homework.json');
  const map = mapOf(result);
  const warnings = result.ok ? result.warnings : [];
  const warned = (id: string) => warnings.filter((w) => w.id === id).map((w) => `${w.where}: ${w.message}`);

  it('mixes string and number ids, strips HTML and decodes entities', () => {
    expect(map.nodes.find((n) => n.id === '1')?.label).toBe('Homework should be abolished');
    expect(map.nodes.find((n) => n.id === '2')?.label).toBe('Children need time to play & rest');
  });

  it('imports what is sound: supports, attacks, rephrases and an undercut of an inference', () => {
    expect(map.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
      '2 supports 1',
      '3 supports 2',
      '3 attacks 1',
      '5 rephrases 1',
      '4 undercuts 21',
    ]);
    expect(map.edges.find((e) => e.kind === 'undercuts')?.to).toBe(map.edges[1]?.id);
  });

  it('takes speakers from participants and keeps the words verbatim', () => {
    const quote = map.nodes.find((n) => n.id === '1')?.quotes?.[0];
    expect(quote).toMatchObject({ text: 'Homework must go.', speaker: 'participant-ada' });
  });

  it('reports every skipped thing with the AIF id', () => {
    expect(warned('3')).toEqual(['AIF.nodes[22]: second node with id 3: skipped']);
    expect(warned('7')).toEqual(['AIF.nodes[6]: claim (I-node) without text: skipped']);
    expect(warned('15')).toEqual(['AIF.edges[14]: edge from node 30 to itself: skipped']);
    expect(warned('16')[0]).toMatch(/does not exist \(999\)/);
    expect(warned('14')[0]).toMatch(/straight to claim 3/);
    expect(warned('24')[0]).toMatch(/PA nodes/);
    expect(warned('25')[0]).toMatch(/RA node without a target claim/);
    expect(warned('20')[0]).toMatch(/link to L node 31 ignored/);
    expect(warned('32')[0]).toMatch(/not linked to any claim/);
    expect(warned('33')[0]).toMatch(/no speaker/);
    expect(warned('777')[0]).toMatch(/^AIF\.locutions\[3\]/);
    expect(warned('31')[0]).toMatch(/second locution/);
    expect(warned('50')[0]).toMatch(/unknown node type "XYZ"/);
  });
});

describe('importAif on broken input', () => {
  it('refuses a document without claims', () => {
    expect(importAif('{"nodes": []}')).toEqual({
      ok: false,
      format: 'aif',
      errors: [{ where: 'nodes', message: 'no claims (I-nodes with text) to import' }],
    });
  });

  it('never throws on arbitrary AIF-like objects', () => {
    const id = fc.oneof(fc.constantFrom('1', '2', '3', 1, 2, 3), fc.string({ maxLength: 3 }), fc.integer());
    const type = fc.constantFrom('I', 'L', 'RA', 'CA', 'MA', 'PA', 'YA', 'TA', 'x', 1);
    const node = fc.record({ nodeID: id, text: fc.oneof(fc.string(), fc.integer()), type }, { requiredKeys: [] });
    const edge = fc.record({ edgeID: id, fromID: id, toID: id }, { requiredKeys: [] });
    const locution = fc.record({ nodeID: id, personID: id, start: fc.string() }, { requiredKeys: [] });
    const participant = fc.record({ participantID: id, firstname: fc.string(), surname: fc.string() });
    const doc = fc.record(
      {
        nodes: fc.array(node, { maxLength: 12 }),
        edges: fc.array(edge, { maxLength: 12 }),
        locutions: fc.array(locution, { maxLength: 4 }),
        participants: fc.array(participant, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      doc,
      doc.map((aif) => ({ AIF: aif })),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(input, (value) => {
        const result = importAif(JSON.stringify(value) ?? 'null');
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const corpus = new URL('../../../shared/corpora/aif/', import.meta.url);
describe.skipIf(!existsSync(corpus))('importAif on the AIF corpus', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.json')) : [];

  it.each(files)('imports %s', (file) => {
    const result = importAif(readFileSync(new URL(file, corpus), 'utf8'), file);
    const map = mapOf(result);
    expect(map.nodes.length).toBeGreaterThan(0);
  });

  it('reads the speakers of a wrapped OVA3 document from its participants', () => {
    const map = mapOf(importAif(readFileSync(new URL('ova3_xAIF-example.json', corpus), 'utf8')));
    expect(map.actors.map((a) => a.name)).toEqual(['Participant Rachel']);
    expect(map.edges.map((e) => e.kind)).toEqual(['supports']);
  });

  it('skips the self-loop and the locutions pointing nowhere', () => {
    const loop = importAif(readFileSync(new URL('qt30_nodeset23878.json', corpus), 'utf8'));
    expect(loop.ok && loop.warnings.some((w) => /to itself/.test(w.message))).toBe(true);
    const dangling = importAif(readFileSync(new URL('arguebuf_6064-reconstructed.json', corpus), 'utf8'));
    expect(dangling.ok && dangling.warnings.filter((w) => /does not exist/.test(w.message))).toHaveLength(13);
  });
});
