/** Full-text search across every stored document; the matched words are marked (as text, never markup). */
import { api } from '../api-client.ts';
import { h } from '../dom-builder.ts';
import { documentLink, sourceLink } from '../record-links.ts';
import { sourceName } from '../display-format.ts';
import type { Page } from '../page-router.ts';

export const searchPage: Page = async ({ url }) => {
  const q = url.searchParams.get('q')?.trim() ?? '';
  const field = document.getElementById('site-search');
  if (field instanceof HTMLInputElement) field.value = q;
  const hits = q === '' ? [] : await api.search(q);
  return {
    title: q === '' ? 'Search' : `Search: ${q}`,
    nav: 'search',
    content: h('section', {},
      h('h1', {}, 'Search'),
      h('form', { class: 'inline-form', action: '/search', method: 'get', role: 'search' },
        h('label', { for: 'search-q' }, 'Words'),
        h('input', { id: 'search-q', name: 'q', type: 'search', value: q }),
        h('button', { type: 'submit' }, 'Search')),
      q === '' ? h('p', { class: 'hint' }, 'Search the text of every readout: names, places, phrases ("peace treaty").')
        : hits.length === 0 ? h('p', { class: 'empty' }, `Nothing matches “${q}”.`)
          : h('ol', { class: 'search-hits' }, hits.map((hit) => h('li', {},
            h('h2', { class: 'hit-title' }, documentLink(hit.source.documentId, hit.source.title ?? sourceName(hit.source))),
            h('p', { class: 'snippet' }, snippet(hit.snippet)),
            h('p', { class: 'meta' }, sourceLink(hit.source)))))),
  };
};

/** The snippet with the words between « and » marked. */
function snippet(text: string): Node[] {
  const out: Node[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(document.createTextNode(text.slice(last, m.index)));
    out.push(h('mark', {}, m[1] ?? ''));
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}
