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
import { DomUtils, parseDocument } from 'htmlparser2';
import type { CustomRecord } from 'pagefind';
import { CITATION_FILTER, DOCUMENT_FILTER, EDITOR_NOTES, SOURCE_FILTER, TEXT_FILTER } from './filters.ts';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;
const isElement = (node: DomNode): node is Element => 'attribs' in node;

interface Citation {
  /** Fragment the record links to. */
  id: string;
  title: string;
}

/** The records for the editor's notes and glosses of one built page (`url` is its site path, `/beria/`). */
export function editorRecords(html: string, url: string, language: string): CustomRecord[] {
  // htmlparser2 rather than parse5: the pages are the site's own well-formed HTML, and on a large
  // site it is five times faster.
  const tree = parseDocument(html).children;
  const article = DomUtils.findOne((element) => element.name === 'article' && element.attribs['data-document'] !== undefined, tree);
  if (!article) return [];
  const heading = DomUtils.findOne((element) => element.name === 'h1', tree);
  const document = heading ? textOf(heading) : article.attribs['data-document']!;
  const records: CustomRecord[] = [];
  let citation: Citation = { id: '', title: document };
  let source: string | undefined;

  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      const { attribs } = child;
      const id = attribs.id;
      if (child.name === 'section') {
        source = attribs['data-work'];
        citation = { id: id ?? '', title: titleOf(child) ?? source ?? document };
      } else if (attribs.role === 'doc-pagebreak' && id) {
        citation = { id, title: titleOf(child) ?? citation.title };
      } else if (titleOf(child) && id) {
        citation = { id, title: titleOf(child)! };
      }
      const kind = attribs['data-editor'];
      if (kind === 'note' && id) {
        const number = id.replace(/^\D+/, '');
        records.push(record(`${url}#${id}`, textOf(child, true), `Editor’s note ${number} on ${citation.title}`));
        continue;
      }
      if (kind === 'gloss') {
        const target = id || citation.id;
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

function titleOf(element: Element): string | undefined {
  const title = element.attribs['data-pagefind-title'];
  return title?.trim() ? title : undefined;
}

/** Labels for screen readers, note labels and back links are the page's, not the editor's words. */
function isApparatus(element: Element): boolean {
  const names = (element.attribs.class ?? '').split(/\s+/);
  return names.some((name) => name === 'visually-hidden' || name === 'note-label' || name === 'note-label-line' || name === 'note-back' || name === 'note-ref');
}

/** The element's words; `bare` also drops a gloss's square brackets. */
function textOf(node: Element, bare = false): string {
  const text = pieces(node).join('');
  const clean = text.replace(/\s+/g, ' ').trim();
  return bare ? clean.replace(/^\[(.*)\]$/s, '$1').trim() : clean;
}

function pieces(node: DomNode): string[] {
  if (node.type === 'text' && 'data' in node) return [node.data];
  if (!isElement(node) || isApparatus(node)) return [];
  const inner = node.children.flatMap(pieces);
  return node.name === 'p' || node.name === 'br' ? [...inner, ' '] : inner;
}
