import { readResponseBytes, type OnProgress } from './read-bytes.ts';

/** The bytes of a map fetched from an address, or why they could not be had, in plain words. */
export type Fetched = { ok: true; bytes: ArrayBuffer; name: string } | { ok: false; name: string; error: string };

/** The name a map from `url` is reported under: its file name, else the whole address. */
export function nameOfUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.href;
  } catch {
    return last ?? url.href;
  }
}

/**
 * Fetches a map from `address` (absolute, or relative to `base`, the page's address). Only http(s) addresses are
 * fetched. A refused or unreachable server, a cross-origin server that does not allow reading (CORS), and an error
 * status are all reported, never thrown.
 */
export async function fetchMap(
  address: string,
  base: string,
  onProgress: OnProgress,
  fetchFn: typeof fetch = fetch,
): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { ok: false, name: address, error: 'this is not a web address' };
  }
  const name = nameOfUrl(url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, name, error: `only http and https addresses are opened, not ${url.protocol}` };
  }
  let response: Response;
  try {
    response = await fetchFn(url.href, { credentials: 'same-origin' });
  } catch {
    const reason = 'the server did not answer, or it does not let other sites read this file (CORS)';
    return { ok: false, name, error: `could not fetch ${url.href}: ${reason}` };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, name, error: `could not fetch ${url.href}: the server answered ${status}` };
  }
  try {
    return { ok: true, name, bytes: await readResponseBytes(response, onProgress) };
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return { ok: false, name, error: `the download of ${url.href} failed: ${reason}` };
  }
}
