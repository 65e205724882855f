import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';
import { appPath, parseSizes } from './maps.ts';

describe('the bench command line', () => {
  it('defaults to 100 to 20,000 nodes and the built-in map, three runs, a two-minute timeout', () => {
    const options = parseBenchArgs([]);
    expect(options.sizes.map((s) => (s.kind === 'builtin' ? 'builtin' : s.nodes))).toEqual([
      100,
      1000,
      5000,
      20_000,
      'builtin',
    ]);
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
});
