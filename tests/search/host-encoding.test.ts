/**
 * The search index sent the way public/_headers asks (Netlify, Cloudflare Pages): Pagefind's
 * files with `Content-Encoding: gzip`, so that the browser unpacks them and Pagefind does not.
 * The rules must fit the built bundle exactly: a plain file sent as gzip would break the search.
 */
import { describe, expect, inject, it } from 'vitest';
import { hostHeaders, misencoded, PAGEFIND_GZIP } from '../support/host-headers.ts';
import { LAPTOP, useReader } from '../support/reader.ts';
import { search } from './search-page.ts';

const plain = useReader();
const withHeaders = useReader({ withHeaders: true });

describe('the search index sent as gzip', () => {
  it('is what _headers asks for: every index, fragment, filter, metadata and WebAssembly file, and nothing that is not gzip', () => {
    expect(misencoded(inject('dist'))).toEqual([]);
    const headers = hostHeaders(inject('dist'));
    for (const pathname of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/beria/', '/_headers']) expect(headers(pathname)['Content-Encoding']).toBeUndefined();
  });

  it('finds the same as from a plain static server, with the files unpacked by the browser', async () => {
    const queries = ['"Molotov was reunited with his wife"', 'Kantemirovskaya', 'Trotskyist'];
    const encoded: string[] = [];
    const page = await withHeaders.open('beria/', LAPTOP);
    page.on('response', (response) => {
      if (PAGEFIND_GZIP.test(new URL(response.url()).pathname)) encoded.push(response.headers()['content-encoding'] ?? 'none');
    });
    const found = [];
    for (const query of queries) found.push(await search(page, query));
    expect(encoded.length).toBeGreaterThan(0);
    expect(new Set(encoded)).toEqual(new Set(['gzip']));

    const control = await plain.open('beria/', LAPTOP);
    for (const [at, query] of queries.entries()) {
      const hits = await search(control, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(found[at]).toEqual(hits);
    }
  });
});
