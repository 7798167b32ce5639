/**
 * The editor's words as search records of their own. On the page they carry `data-pagefind-ignore`,
 * so that a quote matches the source's sentence around them; here each note and each gloss becomes
 * a Pagefind custom record, filed under "editor’s notes" and linked to its note or gloss. Reads the
 * built HTML through the markup contract only.
 *
 * Pagefind searches every metadata field, so a record carries no metadata: its heading ("Editor’s
 * note 5 on Deutscher, ..., p. 30") rides in the `citation` filter, which is returned with the
 * result but never searched. Otherwise a quote from a book's title would find every note on it
 * before the text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import type { CustomRecord } from 'pagefind';
import { CITATION_FILTER, DOCUMENT_FILTER, EDITOR_NOTES, SOURCE_FILTER, TEXT_FILTER } from './filters.ts';


interface Citation {
  /** Fragment the record links to. */
  id: string;
  title: string;
}

/** The records for the editor's notes and glosses of one built page (`url` is its site path, `/beria/`). */
export function editorRecords(html: string, url: string, language: string): CustomRecord[] {
  // parse5 without source positions (fromHtml keeps them): the records need none, and on a large
  // site the positions cost a third of this step.
  const tree = fromParse5(parse(html)) as Root;
  const article = find(tree, (element) => element.tagName === 'article' && has(element, 'dataDocument'));
  if (!article) return [];
  const heading = find(tree, (element) => element.tagName === 'h1');
  const document = heading ? textOf(heading) : String(article.properties.dataDocument);
  const records: CustomRecord[] = [];
  let citation: Citation = { id: '', title: document };
  let source: string | undefined;

  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { properties } = child;
      if (child.tagName === 'section') {
        source = typeof properties.dataWork === 'string' ? properties.dataWork : undefined;
        citation = { id: String(properties.id ?? ''), title: titleOf(child) ?? source ?? document };
      } else if (properties.role === 'doc-pagebreak' && properties.id) {
        citation = { id: String(properties.id), title: titleOf(child) ?? citation.title };
      } else if (titleOf(child) && properties.id) {
        citation = { id: String(properties.id), title: titleOf(child)! };
      }
      const kind = properties.dataEditor;
      if (kind === 'note' && properties.id) {
        const number = String(properties.id).replace(/^\D+/, '');
        records.push(record(`${url}#${properties.id}`, textOf(child, true), `Editor’s note ${number} on ${citation.title}`));
        continue;
      }
      if (kind === 'gloss') {
        const target = properties.id ?? citation.id;
        records.push(record(`${url}${target ? `#${target}` : ''}`, textOf(child, true), `Editor’s insertion in ${citation.title}`));
        continue;
      }
      walk(child);
    }
  };
  walk(article);
  return records.filter((entry) => entry.content.trim() !== '');

  function record(target: string, content: string, heading: string): CustomRecord {
    return {
      url: target,
      content,
      language,
      meta: {},
      filters: {
        [TEXT_FILTER]: [EDITOR_NOTES],
        [CITATION_FILTER]: [heading],
        [DOCUMENT_FILTER]: [document],
        ...(source ? { [SOURCE_FILTER]: [source] } : {}),
      },
    };
  }
}

function has(element: Element, property: string): boolean {
  return element.properties[property] !== undefined && element.properties[property] !== null;
}

function titleOf(element: Element): string | undefined {
  const title = element.properties.dataPagefindTitle;
  return typeof title === 'string' && title.trim() ? title : undefined;
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Labels for screen readers, note labels and back links are the page's, not the editor's words. */
function isApparatus(element: Element): boolean {
  const classes = element.properties.className;
  const names = Array.isArray(classes) ? classes.map(String) : [];
  return names.some((name) => name === 'visually-hidden' || name === 'note-label' || name === 'note-label-line' || name === 'note-back' || name === 'note-ref');
}

/** The element's words; `bare` also drops a gloss's square brackets. */
function textOf(node: Element, bare = false): string {
  const text = pieces(node).join('');
  const clean = text.replace(/\s+/g, ' ').trim();
  return bare ? clean.replace(/^\[(.*)\]$/s, '$1').trim() : clean;
}

function pieces(node: ElementContent | Element): string[] {
  if (node.type === 'text') return [node.value];
  if (node.type !== 'element' || isApparatus(node)) return [];
  const inner = node.children.flatMap(pieces);
  return node.tagName === 'p' || node.tagName === 'br' ? [...inner, ' '] : inner;
}
