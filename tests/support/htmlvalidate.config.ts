/**
 * html-validate's settings for the built pages: its recommended rules, minus those that only judge
 * how a serializer writes markup (doctype case, `<br>` vs `<br/>`, boolean attribute forms), which
 * differ between Astro, rehype and hand-written redirect pages without any effect on readers.
 * Everything about structure, content models, ids, references, accessibility and inline styles
 * stays on.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
  },
};
