import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';
import { validateMap } from '../model/validate.ts';
import { appPath, mapFiles, parseSizes, specLabel } from './maps.ts';

describe('the bench command line', () => {
  it('defaults to 100 to 20,000 nodes, 20,000 from a file and the built-in map, three runs, a two-minute timeout', () => {
    const options = parseBenchArgs([]);
    expect(options.sizes.map(specLabel)).toEqual(['100', '1,000', '5,000', '20,000', '20,000 file', 'builtin']);
    expect(options).toMatchObject({ runs: 3, seed: 1, fresh: false, timeoutMs: 120_000, floorOnly: false });
  });

  it('reads sizes, runs and flags', () => {
    const options = parseBenchArgs(['--sizes', '5k, builtin', '--runs', '5', '--fresh', '--timeout', '30']);
    expect(options.sizes).toEqual([{ kind: 'generated', nodes: 5000 }, { kind: 'builtin' }]);
    expect(options).toMatchObject({ runs: 5, fresh: true, timeoutMs: 30_000 });
  });

  it('refuses what it cannot read', () => {
    expect(() => parseSizes('100,lots')).toThrow(/"lots"/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow();
  });

  it('asks the app for a generated map in the query string', () => {
    expect(appPath({ kind: 'generated', nodes: 1000 }, 3)).toBe('/?generate=1000&seed=3');
    expect(appPath({ kind: 'builtin' }, 3)).toBe('/');
  });

  it('serves a file map as Capot JSON and opens it by its address', () => {
    const [spec] = parseSizes('file:2k');
    expect(spec).toEqual({ kind: 'file', nodes: 2000 });
    const files = mapFiles([spec!, { kind: 'generated', nodes: 10 }], 3);
    expect([...files.keys()]).toEqual(['/bench-maps/generated-2000-3.json']);
    expect(appPath(spec!, 3)).toBe('/?map=/bench-maps/generated-2000-3.json');
    const served = validateMap(JSON.parse(files.get('/bench-maps/generated-2000-3.json')!));
    expect(served.ok && served.map.nodes.length).toBe(2000);
    expect(() => parseSizes('file:')).toThrow(/"file:"/);
  });
});
