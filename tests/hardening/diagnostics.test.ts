/**
 * What the editor is told: page markers out of order, cross-references that leave the collection,
 * characters HTML cannot carry; the report grouped per file; `npm run check` and its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { failure, formatReport } from '../../src/checks/report.ts';
import { renderDocument } from '../../src/markdown/processor.ts';
import { ROOT } from '../support/site.ts';

const HEADING = '(1) Jan Kowalski, Night Trains, Harbour Books, Leeds 1977:\n\n';

/** `line:column ruleId` of each message with the given rule ids. */
function problems(text: string, ...rules: string[]): string[] {
  const { file } = renderDocument(text, 'doc');
  return file.messages.filter((message) => rules.includes(String(message.ruleId))).map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

describe('page markers in an excerpt', () => {
  it('warns where a page goes backwards, naming both markers', () => {
    const text = `${HEADING}{p. 30} One.\n\n{p. 31} Two.\n\nThree {p. 29} four.\n`;
    expect(problems(text, 'page-backwards', 'page-repeated')).toEqual(['7:7 page-backwards']);
    const { file } = renderDocument(text, 'doc');
    expect(file.messages.find((message) => message.ruleId === 'page-backwards')!.reason).toBe(
      'Unexpected page `{p. 29}` after `{p. 31}` (line 5) in the same excerpt, expected a page after 31; is a number mistyped?',
    );
  });

  it('warns where a page comes again, also after other pages and inside a range', () => {
    expect(problems(`${HEADING}{p. 30} One.\n\n{p. 31} Two.\n\n{p. 30} Three.\n`, 'page-backwards', 'page-repeated')).toEqual(['7:1 page-repeated']);
    expect(problems(`${HEADING}{pp. 12-13} One.\n\n{p. 13} Two.\n`, 'page-backwards', 'page-repeated')).toEqual(['5:1 page-repeated']);
  });

  it('accepts pages that go forward, with gaps, roman before arabic, named pages anywhere', () => {
    const text = `${HEADING}{frontispiece} {p. xi} One.\n\n{p. xiv} Two.\n\n{p. 3} Three.\n\n{p. 40} Four {frontispiece} {pp. 41-42} five.\n\n{p. 43}\n`;
    expect(problems(text, 'page-backwards', 'page-repeated')).toEqual([]);
  });

  it('warns about a roman page after an arabic one', () => {
    expect(problems(`${HEADING}{p. 3} One.\n\n{p. xiv} Two.\n`, 'page-backwards')).toEqual(['5:1 page-backwards']);
  });

  it('compares pages within one excerpt only, not in the preamble, which quotes several books', () => {
    const text = `Preamble {p. 256} quoting one book, {p. 12} then another.\n\n${HEADING}{p. 40} One.\n\n(2) Anna Nowak, Days, Leeds 1980:\n\n{p. 7} Two.\n`;
    expect(problems(text, 'page-backwards', 'page-repeated')).toEqual([]);
  });
});

describe('cross-references', () => {
  const render = (text: string, originalBase?: string) => {
    const rendered = renderDocument(text, 'doc', { documents: new Set(['beria', 'doc']), originalBase, path: 'content/doc.txt' });
    const messages = rendered.file.messages.filter((message) => String(message.ruleId).startsWith('xref-'));
    return { html: rendered.html, messages };
  };

  it('link to a document here without a word, and to the original site with an info that says it was not checked', () => {
    const { messages, html } = render('See beria.html and kaganovich.html.');
    expect(html).toContain('href="/beria/"');
    expect(html).toContain('href="http://mailstar.net/kaganovich.html"');
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line, message.column])).toEqual([['xref-original', undefined, 1, 20]]);
    expect(messages[0]!.reason).toBe('Cross-reference `kaganovich.html` is no document here: linked to the original site, http://mailstar.net/kaganovich.html (not checked)');
  });

  it('warn when the letter case is all that keeps a cross-reference from a document here', () => {
    const { messages } = render('See Beria.html.');
    expect(messages.map((message) => `${message.ruleId} ${message.reason}`)).toEqual([
      'xref-case Unexpected cross-reference `Beria.html`, expected `beria.html` to link to the document `beria` here (letter case differs); linked to the original site',
    ]);
  });

  it('stay text, with a warning, when the original site is not an http(s) address', () => {
    for (const base of ['', 'javascript:alert(1)//']) {
      const { messages, html } = render('See kaganovich.html now.', base);
      expect(html).not.toContain('href=');
      expect(html).toContain('See kaganovich.html now.');
      expect(messages.map((message) => message.ruleId)).toEqual(['xref-unlinked']);
    }
  });
});

describe('characters HTML cannot carry', () => {
  it('are shown as their pictures, one for one, with one warning at the first', () => {
    const { file, html } = renderDocument('Old DOS text\n\nends here\u001a and \u0000 there.', 'doc');
    expect(html).toContain('ends here\u241a and \u2400 there.');
    const warnings = file.messages.filter((message) => message.ruleId === 'unprintable-character');
    expect(warnings.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '3:10 Unexpected character U+001A (and 1 more), expected printable text; shown as `␚`',
    ]);
  });

  it('leave tabs and non-breaking spaces alone', () => {
    const { file, html } = renderDocument('The night\ttrains ran\u00a0late.', 'doc');
    expect(html).toContain('The night\ttrains ran\u00a0late.');
    expect(file.messages.filter((message) => message.ruleId === 'unprintable-character')).toEqual([]);
  });
});

describe('an empty file or one without excerpts', () => {
  it('still renders a document, with a warning', () => {
    for (const text of ['', 'Just a paragraph of prose, no numbered excerpt.\n']) {
      const rendered = renderDocument(Buffer.from(text), 'doc');
      expect(rendered.html).toMatch(/^<article class="document" data-document="doc"/);
      expect(rendered.file.messages.map((message) => message.ruleId)).toContain('no-excerpts');
    }
  });
});

describe('the report', () => {
  const file = (name: string, ...messages: Array<[string, boolean | undefined, number]>) => {
    const vfile = new VFile({ path: name });
    for (const [reason, fatal, line] of messages) {
      const message = vfile.message(reason, { place: { line, column: 2 }, ruleId: 'some-rule' });
      message.fatal = fatal;
    }
    return vfile;
  };
  const files = [
    file('content/b.txt', ['Unexpected later, expected sooner', false, 12], ['Unexpected sooner, expected later', false, 3], ['Worth knowing', undefined, 7]),
    file('content/c.txt'),
    file('content/d.txt', ['Only worth knowing', undefined, 1]),
  ];

  it('groups problems per file, by place as file:line:column, with a count for each file and for all', () => {
    expect(formatReport(files, { infos: true })).toBe(
      [
        'content/b.txt: 2 warnings, 1 info',
        '  content/b.txt:3:2   warning  Unexpected sooner, expected later  some-rule',
        '  content/b.txt:7:2   info     Worth knowing  some-rule',
        '  content/b.txt:12:2  warning  Unexpected later, expected sooner  some-rule',
        '',
        'content/d.txt: 1 info',
        '  content/d.txt:1:2  info     Only worth knowing  some-rule',
        '',
        '3 documents checked: 2 warnings, 2 infos in 2 documents.',
      ].join('\n'),
    );
  });

  it('only counts the infos unless asked to list them, so that the warnings stand out', () => {
    expect(formatReport(files)).toBe(
      [
        'content/b.txt: 2 warnings, 1 info',
        '  content/b.txt:3:2   warning  Unexpected sooner, expected later  some-rule',
        '  content/b.txt:12:2  warning  Unexpected later, expected sooner  some-rule',
        '',
        '3 documents checked: 2 warnings, 2 infos in 2 documents (infos not listed: `npm run check -- --verbose` lists them).',
      ].join('\n'),
    );
  });

  it('stops a strict build on warnings, any build on errors, never on infos', () => {
    expect(failure(files, false)).toBeUndefined();
    expect(failure(files, true)).toMatch(/^Strict mode: 2 warnings in the texts \(listed above\)\. Fix them, or build without strict mode/);
    expect(failure([files[2]!], true)).toBeUndefined();
    expect(failure([file('content/e.txt', ['Unexpected end, expected more', true, 1])], false)).toMatch(/^1 error in the texts/);
  });
});

describe('npm run check', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'reader-check-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const check = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, READER_STRICT: '', ...env } });
    return { status: result.status, out: result.stdout, err: result.stderr };
  };
  const clean = path.join(folder, 'clean.txt');
  const faulty = path.join(folder, 'faulty.txt');
  const linked = path.join(folder, 'linked.txt');
  writeFileSync(clean, `${HEADING}{p. 1} The trains ran late.\n`);
  writeFileSync(faulty, `${HEADING}{p. 2} The trains {ran late.\n\n{p. 1} Back.\n`);
  writeFileSync(linked, `${HEADING}See kaganovich.html.\n`);

  it('lists the problems of the files named, grouped per file, and exits 0 without --strict', () => {
    const { status, out } = check([clean, faulty]);
    expect(status).toBe(0);
    const relative = path.relative(ROOT, faulty);
    expect(out).toContain(`${relative}: 2 warnings\n  ${relative}:3:19  warning  Unexpected unclosed \`{\``);
    expect(out).toContain(`  ${relative}:5:1   warning  Unexpected page \`{p. 1}\` after \`{p. 2}\` (line 3)`);
    expect(out).not.toContain('clean.txt:');
    expect(out).toContain('2 documents checked: 2 warnings in 1 document.');
  });

  it('exits 1 on warnings with --strict or READER_STRICT=1, with a message that says how to go on', () => {
    for (const run of [check(['--strict', folder]), check([folder], { READER_STRICT: '1' })]) {
      expect(run.status).toBe(1);
      expect(run.err).toContain('Strict mode: 2 warnings in the texts (listed above). Fix them, or check without --strict');
    }
  });

  it('counts the infos in one line, and lists them with --verbose', () => {
    const relative = path.relative(ROOT, linked);
    expect(check([linked]).out).toBe(`1 document checked: 1 info in 1 document (infos not listed: \`npm run check -- --verbose\` lists them).\n`);
    expect(check(['--verbose', linked]).out).toMatch(new RegExp(`${relative.replace(/[.\\/]/g, '\\$&')}:3:5 +info +Cross-reference \`kaganovich\\.html\` is no document here.+  xref-original`));
  });

  it('exits 0 in strict mode when there are only infos or nothing at all', () => {
    expect(check(['--strict', clean, linked]).status).toBe(0);
    expect(check(['--strict', clean]).out).toContain('1 document checked: no problems.');
  });

  it('explains a missing file or an unknown option (exit code 2)', () => {
    expect(check(['nowhere.txt'])).toMatchObject({ status: 2, err: expect.stringContaining('Cannot read nowhere.txt: no such file or folder.') });
    expect(check(['--strcit'])).toMatchObject({ status: 2, err: expect.stringContaining('Unknown option --strcit. Usage: npm run check') });
  });
});
