import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { testMap } from '../model/test-map.ts';
import { ACCEPTED_FILES, bigMapText, REFUSED_FILES } from '../test/hostile-files.ts';
import { openIdbLibrary } from './idb-library.ts';
import { runJob, type ImportJob } from './import-jobs.ts';
import type { MapLibrary } from './saved-map.ts';

const bytesOf = (data: Uint8Array | string) => {
  const view = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
};
const importJob = (name: string, data: Uint8Array | string, keep = false): ImportJob => ({
  kind: 'import',
  bytes: bytesOf(data),
  fileName: name,
  source: name,
  keep,
});
const noLibrary = () => Promise.reject(new Error('no storage in this test'));

describe('import jobs (what the worker runs)', () => {
  it.each(REFUSED_FILES)('refuses $what ($name), saying where and why', async ({ name, bytes, expected }) => {
    const answer = await runJob(importJob(name, bytes), noLibrary);
    const result = answer.kind === 'import' ? answer.result : null;
    const first = result && !result.ok ? result.errors[0] : undefined;
    expect(first && `${first.where}: ${first.message}`).toMatch(expected);
  });

  it.each(ACCEPTED_FILES)('opens $what ($name)', async ({ name, bytes }) => {
    const answer = await runJob(importJob(name, bytes), noLibrary);
    expect(answer).toMatchObject({ kind: 'import', result: { ok: true } });
  });

  it('imports a map of 10,000 nodes', async () => {
    const answer = await runJob(importJob('big.json', bigMapText(10_000)), noLibrary);
    expect(answer.kind === 'import' && answer.result.ok && answer.result.map.nodes.length).toBe(10_000);
  });

  it('imports a 50 MB file', async () => {
    const text = bigMapText(20, 50 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const answer = await runJob(importJob('fifty.json', text), noLibrary);
    expect(answer.kind === 'import' && answer.result.ok).toBe(true);
  });

  it('keeps an imported map when asked, and reads it back validated', async () => {
    const library = await openIdbLibrary(new IDBFactory());
    const open = () => Promise.resolve(library);
    const answer = await runJob(importJob('m.json', JSON.stringify(testMap), true), open);
    expect(answer).toMatchObject({ kind: 'import', kept: { ok: true, key: 'map:test-map' } });
    expect((await library.list())[0]).toMatchObject({
      key: 'map:test-map',
      title: testMap.title,
      format: 'capot',
      source: 'm.json',
    });
    const loaded = await runJob({ kind: 'load', key: 'map:test-map' }, open);
    expect(loaded.kind === 'load' && loaded.result.ok && loaded.result.map).toEqual(testMap);
  });

  it('hands the imported map over before keeping it', async () => {
    let keeping = false;
    const slow = { put: () => ((keeping = true), new Promise(() => {})) } as unknown as MapLibrary;
    const imported = await new Promise(
      (done) => void runJob(importJob('m.json', JSON.stringify(testMap), true), () => Promise.resolve(slow), done),
    );
    expect(imported).toMatchObject({ ok: true, map: { id: testMap.id } });
    await vi.waitFor(() => expect(keeping).toBe(true));
  });

  it('reports a full disk, a missing map and a corrupted one instead of throwing', async () => {
    const full: MapLibrary = {
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    } as unknown as MapLibrary;
    const kept = await runJob(importJob('m.json', JSON.stringify(testMap), true), () => Promise.resolve(full));
    expect(kept).toMatchObject({ kind: 'import', result: { ok: true }, kept: { ok: false, full: true } });

    const library = await openIdbLibrary(new IDBFactory());
    const open = () => Promise.resolve(library);
    expect(await runJob({ kind: 'load', key: 'map:none' }, open)).toMatchObject({
      result: { ok: false, problems: [{ where: '(storage)', message: 'the map is no longer in this browser' }] },
    });
    const summary = { key: 'map:bad', title: 'Bad', format: 'capot', source: 'b', savedAt: '', nodes: 1 } as const;
    await library.put(summary, { ...testMap, nodes: 'oops' } as unknown as typeof testMap);
    const bad = await runJob({ kind: 'load', key: 'map:bad' }, open);
    expect(bad).toMatchObject({ result: { ok: false, problems: [{ where: 'nodes' }] } });
  });
});
