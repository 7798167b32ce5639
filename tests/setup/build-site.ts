/** Builds dist/ once before the suite: the page, search and site tests all read the same build. */
import { buildSite } from '../support/site.ts';

export default function setup(): void {
  buildSite();
}
