/**
 * The reader's Astro integration: assembles the parts that run around Astro's own build.
 * Search indexing is added by src/search/ once the pages are written.
 */
import type { AstroIntegration } from 'astro';

export default function reader(): AstroIntegration {
  return {
    name: 'annotated-reader',
    hooks: {},
  };
}
