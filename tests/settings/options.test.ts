/**
 * The reader's options (src/config.ts): given to reader() in astro.config.mjs, checked with a
 * message that names the option and what it takes, and overridden by the environment at build time.
 */
import { describe, expect, it } from 'vitest';
import { normalizeBase, resolveOptions, siteAndBase } from '../../src/config.ts';
import { loadOptions } from '../../src/cli/settings.ts';
import { ROOT } from '../support/site.ts';

describe('the reader’s options', () => {
  it('are completed with their defaults', () => {
    expect(resolveOptions({ editor: 'Jane Rowe' }, {})).toMatchObject({ title: 'Annotated Reader', editor: 'Jane Rowe', language: 'en', contentDir: 'content', strict: false, originalBase: 'http://mailstar.net/' });
  });

  it('stop with the name of a wrong option and what it takes', () => {
    expect(() => resolveOptions({ language: 'English' }, {})).toThrow(/reader\(\) in astro\.config\.mjs:\n  - language: expected a language code such as en or pt-BR/);
    expect(() => resolveOptions({ originalBase: 'mailstar.net' }, {})).toThrow(/originalBase: expected an http\(s\) address/);
    expect(() => resolveOptions({ strict: 'yes' }, {})).toThrow(/strict:/);
    expect(() => resolveOptions({ titel: 'Typo' }, {})).toThrow(/titel/);
  });

  it('take the content folder and strict mode from the environment first', () => {
    expect(resolveOptions({ contentDir: 'texts', strict: true }, { CONTENT_DIR: '../mine', READER_STRICT: '0' })).toMatchObject({ contentDir: '../mine', strict: false });
    expect(resolveOptions({}, { READER_STRICT: '1' }).strict).toBe(true);
  });

  it('take the address and base path from the environment first, then from Astro', () => {
    expect(siteAndBase({ site: 'https://a.example.org', base: '/' }, { BASE_PATH: 'reader' })).toEqual({ site: 'https://a.example.org', base: '/reader/' });
    expect(siteAndBase({}, { SITE_URL: 'https://b.example.org' })).toEqual({ site: 'https://b.example.org', base: '/' });
    expect(() => siteAndBase({}, { SITE_URL: 'books.example.org' })).toThrow(/SITE_URL, expected an http\(s\) address/);
    expect(normalizeBase('/reader//')).toBe('/reader/');
  });

  it('are what the command-line tools read from astro.config.mjs', async () => {
    expect(await loadOptions(ROOT)).toMatchObject({ editor: 'Peter Myers', originalBase: 'http://mailstar.net/' });
  });
});
