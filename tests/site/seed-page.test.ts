import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

describe('the built seed page', () => {
  const html = readFileSync(path.join(inject('dist'), 'beria/index.html'), 'utf8');

  it('carries the document and its seven excerpts', () => {
    expect(html).toContain('data-document="beria"');
    expect(html.match(/<section class="excerpt"/g)).toHaveLength(7);
  });
});
