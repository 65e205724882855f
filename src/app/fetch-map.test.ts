import { describe, expect, it, vi } from 'vitest';
import { fetchMap } from './fetch-map.ts';

const BASE = 'https://capot.example/app/index.html?map=x';
const answer = (body: string, init: ResponseInit = {}) => vi.fn(() => Promise.resolve(new Response(body, init)));

describe('fetching ?map= addresses', () => {
  it('resolves a relative address against the page and reads the body with progress', async () => {
    const fetchFn = answer('{"format":"capot/1"}', { headers: { 'content-length': '20' } });
    const progress: [number, number | null][] = [];
    const got = await fetchMap('maps/a%20b.json', BASE, (loaded, total) => progress.push([loaded, total]), fetchFn);
    expect(fetchFn).toHaveBeenCalledWith('https://capot.example/app/maps/a%20b.json', { credentials: 'same-origin' });
    expect(got.ok && new TextDecoder().decode(got.bytes)).toBe('{"format":"capot/1"}');
    expect(got.name).toBe('a b.json');
    expect(progress.at(-1)).toEqual([20, 20]);
  });

  it('reports an error status with the address', async () => {
    const got = await fetchMap('/missing.json', BASE, () => {}, answer('no', { status: 404, statusText: 'Not Found' }));
    expect(got).toEqual({
      ok: false,
      name: 'missing.json',
      error: 'could not fetch https://capot.example/missing.json: the server answered 404 Not Found',
    });
  });

  it('reports a server that cannot be reached or refuses other sites (CORS)', async () => {
    const refused = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const got = await fetchMap('https://other.example/map.json', BASE, () => {}, refused);
    expect(got.ok).toBe(false);
    expect(!got.ok && got.error).toMatch(/did not answer, or it does not let other sites read this file \(CORS\)/);
  });

  it('fetches only http(s) addresses', async () => {
    const fetchFn = answer('');
    for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      const got = await fetchMap(address, BASE, () => {}, fetchFn);
      expect(!got.ok && got.error).toMatch(/only http and https addresses are opened/);
    }
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
