// The parts of the search page's results, built with DOM methods (dom.js) so nothing typed or indexed can become
// markup: each result, the lines above the list, and the help when nothing is found. search.js decides what to show
// and passes in the addresses, which come from the page (msksite/addresses.py spells them).

import { el, link } from './dom.js';

/** The heading's words: "12 results for 'knee pain'", or "No results for 'zzxqv' with the filters you chose". */
export function countText(count, query, filtered) {
  const chosen = filtered ? ' with the filters you chose' : '';
  if (!count) return `No results for '${query}'${chosen}`;
  return `${count} result${count === 1 ? '' : 's'} for '${query}'${chosen}`;
}

export function resultList(items) {
  return el('ul', { class: 'nhsuk-list app-search-results__list' }, items);
}

/** One result from its Pagefind data: title link, kind of page, excerpt and links to the matching sections. */
export function resultItem(data) {
  const kind = [data.filters?.type?.[0], (data.filters?.area || []).join(', ')].filter(Boolean).join(': ');
  return el('li', { class: 'app-search-result' },
    el('h3', { class: 'nhsuk-heading-s app-search-result__title' }, link(data.url, data.meta.title || data.url)),
    kind && el('p', { class: 'nhsuk-body-s app-search-result__kind' }, kind),
    excerpt(data.excerpt),
    sectionLinks(data));
}

function sectionLinks(data) {
  // Pagefind's sub-results point at the matching ## section (its heading id); the page itself is linked above.
  const sections = (data.sub_results || []).filter((s) => s.url.includes('#') && s.url !== data.url).slice(0, 3);
  if (!sections.length) return null;
  return el('ul', { class: 'nhsuk-list app-search-result__sections' },
    sections.map((s) => el('li', {}, link(s.url, s.title))));
}

function excerpt(html) {
  // Pagefind's excerpt is escaped page text with <mark> around matches; keep only the text and the marks.
  const parsed = new DOMParser().parseFromString(html || '', 'text/html').body;
  return el('p', { class: 'app-search-result__excerpt' }, [...parsed.childNodes]
    .map((node) => (node.nodeName === 'MARK' ? el('mark', {}, node.textContent) : node.textContent)));
}

/** /find/ for a postcode or district (`find`: its address): the service and route, and the practices there. */
export function placeCard({ postcode, district }, find) {
  const label = postcode || district;
  return el('div', { class: 'nhsuk-card nhsuk-card--clickable app-search-place' },
    el('div', { class: 'nhsuk-card__content' },
      el('h3', { class: 'nhsuk-card__heading nhsuk-heading-s' },
        link(`${find}?q=${encodeURIComponent(label)}`, `Find your physiotherapy service for ${label}`,
          { class: 'nhsuk-card__link' })),
      el('p', { class: 'nhsuk-card__description' },
        'Which service covers your GP practice, and how to get referred.')));
}

/** "Showing results for arthritis", and a link (`asTyped`: its address) to search what was typed instead. */
export function correctionLine(corrected, typed, asTyped) {
  return el('p', { class: 'app-search-suggestions app-search-corrected' }, `Showing results for ${corrected}`,
    el('span', { class: 'app-search-corrected__instead' }, 'Search instead for ',
      link(asTyped, typed, { 'data-as-typed': typed })));
}

/** "Did you mean a, b or c?", each a link (`searchFor(term)`: its address) that search.js follows in place. */
export function suggestionLine(suggestions, searchFor) {
  const links = suggestions.map((s, i) => [
    i === 0 ? '' : i === suggestions.length - 1 ? ' or ' : ', ',
    link(searchFor(s.term), s.term, { 'data-suggestion': s.term }),
  ]);
  return el('p', { class: 'app-search-suggestions' }, 'Did you mean ', links, '?');
}

export function partialLine() {
  return el('p', { class: 'app-search-partial' }, 'Not every page has all your words: pages with the most of them come first.');
}

/** What to try when nothing is found (`aToZ`: the conditions A to Z's address). */
export function noResultsHelp(aToZ) {
  return el('div', {},
    el('p', {}, 'You could:'),
    el('ul', { class: 'nhsuk-list nhsuk-list--bullet' },
      el('li', {}, 'check your spelling'),
      el('li', {}, 'try fewer words, or other words, such as "back pain"'),
      el('li', {}, 'look through ', link(aToZ, 'all conditions A to Z'))));
}

/** "Show more results"; `shown` is how many are on the page already. */
export function moreButton(shown) {
  return el('button', { class: 'nhsuk-button nhsuk-button--secondary app-search-more', type: 'button',
    'data-more': String(shown) }, 'Show more results');
}
