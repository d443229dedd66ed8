// The search page: Pagefind results for ?q=, body area and type filters, and "Did you mean ...?" from
// /search/terms.json (chosen in suggestions.js). The same file carries the red-flag library and the words people use
// for the site's own pages (intent.js reads them): urgent advice goes above every result, and a question about
// access puts self-referral, find or a service first. Queries are searched without stop words, and when no page has
// every word, by each word, pages with more of the words first; a word on no page is never matched by its first
// letter or two, and a close enough suggestion is searched instead ("Showing results for arthritis"). A postcode
// gets a link to /find/, which answers it, above the pages that name it.
// Without JavaScript the form still submits here and the A to Z list shows instead.
// Everything is built with DOM methods and classes: the Content-Security-Policy allows no inline script or style.

import { el } from './dom.js';
import { readPostcode } from './find-match.js';
import { loadPagefind, loadPages, matchedWords } from './pagefind-index.js';
import { buildFilters, chosenFilters as chosenIn } from './search-filters.js';
import { normalise, words } from './text.js';
import { showUrgent, urgentWords } from './urgent.js';
import {
  correctionLine, countText, moreButton, noResultsHelp, partialLine, placeCard, resultItem, resultList, suggestionLine,
} from './search-results.js';
import { FEW_RESULTS, accessBets, contentWords, flagCard, matchRedFlags, rankByWordsMatched } from './intent.js';
import {
  SURE_SIMILARITY, bestBets, needsSuggestion, pairsInQuery, prepareTerms, suggest, termsInQuery, wordsNotFound,
} from './suggestions.js';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;
const MAX_WORD_SEARCHES = 6; // a long sentence is searched word by word for its first six telling words only
const MAX_PLACE_RESULTS = 50; // a district's pages are looked for among this many of Pagefind's results
const FRAGMENT = 2; // a word Pagefind finds only as its first letter or two ("a" for "arthritus") is on no page
const AS_TYPED = ['spelling', 'as-typed']; // in the address: search exactly what was typed, never a suggestion

const form = document.getElementById('search-page-form');
const input = document.getElementById('search-page-input');
const resultsBox = document.getElementById('search-results');
const fallback = document.getElementById('search-fallback');
const status = document.getElementById('search-status');
const filtersBox = document.getElementById('search-filters');
const urgentBox = document.getElementById('search-urgent');
// Addresses come from the page (msksite/addresses.py spells them), never from this script.
const where = { ...form.dataset, search: form.getAttribute('action') };

const pagefindReady = loadPagefind(where.pagefind);
// Titles and lay terms: they put an exact match first and drive "Did you mean". Small; fetched once.
const termsReady = loadTerms();
let findIndex = null; // the find tool's list of the postcode areas the site covers, fetched for a district
let latestSearch = 0; // a slow search must never overwrite the results of a newer one
let typingTimer = 0;
let allResults = []; // the latest search's results; "Show more" loads their data a page at a time
let asTyped = ''; // a query the patient asked to search as typed ("Search instead for ..."), not corrected

function loadTerms() {
  // Without the list, search still works: just no exact-match ordering, suggestions or urgent advice.
  return fetch(where.terms).then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
    .then((data) => ({ ...prepareTerms(data.terms || []), list: data.terms || [], flags: data.red_flags || [] }));
}

// ---------- page wiring ----------

function start() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  if (params.get(AS_TYPED[0]) === AS_TYPED[1]) asTyped = input.value.trim();
  form.addEventListener('submit', (event) => { event.preventDefault(); runNow({ reveal: true }); });
  input.addEventListener('input', onTyping);
  resultsBox.addEventListener('click', onResultsClick);
  const arrivedWith = input.value;
  // Arriving with a query (from the header's search box): answer it, and show the answer, unless the patient has
  // started typing something else while the index loaded (the focus stays with them then).
  buildFilters(filtersBox, pagefindReady, params, runNow)
    .then(() => { if (input.value.trim()) runNow({ reveal: input.value === arrivedWith }); });
}

function onTyping() {
  clearTimeout(typingTimer);
  const query = input.value.trim();
  // fetch the index chunks while the user is still typing; a failure shows up when the search runs
  const meaning = contentWords(query).join(' ');
  if (meaning) pagefindReady.then((pagefind) => pagefind.preload(meaning)).catch(() => {});
  typingTimer = setTimeout(runNow, TYPING_PAUSE_MS);
}

/** Search for what is in the box; `reveal` (Search, Enter, or arriving with a query) brings the answer into view. */
function runNow({ reveal = false } = {}) {
  clearTimeout(typingTimer);
  const query = input.value.trim();
  updateUrl(query);
  runSearch(query, reveal).catch((err) => {
    console.warn('Search is not available, so the A to Z list is shown instead:', err);
    showFallback({ failed: true });
  });
}

function onResultsClick(event) {
  const suggestion = event.target.closest('a[data-suggestion], a[data-as-typed]');
  if (suggestion) {
    event.preventDefault();
    if (suggestion.dataset.asTyped) asTyped = suggestion.dataset.asTyped;
    input.value = suggestion.dataset.suggestion || suggestion.dataset.asTyped;
    runNow({ reveal: true }); // focus moves to the new results: the link itself is about to be replaced
    return;
  }
  const more = event.target.closest('button[data-more]');
  if (more) showMore(more);
}

function updateUrl(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (query && query === asTyped) params.set(...AS_TYPED);
  for (const [key, value] of Object.entries(chosenFilters())) params.set(key, value);
  const search = params.toString();
  history.replaceState(null, '', location.pathname + (search ? `?${search}` : ''));
}

/** The filters chosen: { area: 'Knee', ... }, none when they are not shown. */
const chosenFilters = () => chosenIn(filtersBox);

// ---------- searching ----------

async function runSearch(query, reveal) {
  const id = ++latestSearch;
  if (!query) {
    showUrgent(urgentBox, [], where);
    return showFallback();
  }
  const terms = await termsReady;
  const inQuery = termsInQuery(query, terms);
  const flags = matchRedFlags(query, terms.flags).map((flag) => flagCard(flag, inQuery));
  showUrgent(urgentBox, flags, where); // before the index has answered: urgent advice must not wait for it
  const pagefind = await pagefindReady;
  // The page with a red flag's advice, then the site's own pages for a question about access.
  const access = [...flags.map((f) => ({ url: f.url.split('#')[0], title: f.title })), ...accessBets(query, terms.list)];
  const place = await placeIn(query);
  let found = await (place ? placePages(pagefind, place, terms, access) : findPages(pagefind, query, terms, access));
  let corrected = '';
  // A word on no page, or found only by a shorter start of it: a close enough suggestion is searched instead.
  const [best, ...others] = found.suggestions;
  if (found.missing && best?.score >= SURE_SIMILARITY && query !== asTyped) {
    corrected = best.term;
    found = { ...(await findPages(pagefind, corrected, terms, access)), suggestions: others };
  }
  if (id !== latestSearch) return;
  render(query, corrected, found, flags, place);
  if (reveal) bringIntoView(flags.length ? urgentBox : resultsBox);
}

/** Pagefind's pages for a text, in the order to show them, and what to suggest instead. A word Pagefind found
 * nowhere, or only as its first letter or two, is left out: never matched on every "a" (104 pages for "arthritus"). */
async function findPages(pagefind, text, terms, access) {
  const meaning = contentWords(text);
  const named = namedPages(meaning.join(' '), terms);
  let found = await searchWords(pagefind, meaning);
  let pages = await loadPages(withAccessPages(found.results, [...access, ...named]));
  // Judged from the pages loaded, which show each page's matches for one word only; a word of a page's title that its
  // own search found is kept ("best sleeping position for sciatica" dropped "sciatica", its page's result having come
  // from "sleeping"). Other words on no loaded page are still dropped: kept, "went", "bent" and "over" put pages
  // with those words above Low back pain for "my back went when i bent over".
  const missing = wordsNotFound(meaning.join(' '), matchedWords(pages));
  for (const word of found.found || []) if (terms.titleWords.has(word)) missing.delete(word);
  const kept = meaning.filter((word) => !missing.has(word) || missing.get(word).length > FRAGMENT);
  if (kept.length < meaning.length) {
    found = await searchWords(pagefind, kept);
    found.partial = found.results.length > 0; // pages with some of the words: none has the others
    pages = await loadPages(withAccessPages(found.results, [...access, ...named]));
  }
  const asked = meaning.join(' ') || text;
  // A sentence that found pages is not misspelt just because one of its words is on no page ("in the morning").
  const sentence = meaning.length >= 3 && found.results.length >= FEW_RESULTS;
  const spelling = !access.length && !sentence && needsSuggestion(asked, found.results.length, matchedWords(pages));
  return { ...found, pages, order: pageOrder(asked, terms, access), missing: missing.size > 0,
    suggestions: spelling ? suggest(asked, terms) : [] };
}

/** A postcode ("WX1 2HP") or a district of an area the site covers ("wx3"), read as /find/ reads them, or null. */
async function placeIn(query) {
  const place = readPostcode(query, {});
  if (!place || place.postcode) return place;
  // A district alone could be something else ("B12"): only one in an area /find/ covers counts.
  findIndex ||= fetch(where.findIndex).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return ((await findIndex).areas || []).includes(place.district.match(/^[A-Z]+/)[0]) ? place : null;
}

/** The pages that name a postcode or district, word for word: searched word by word, "WX1 2HP" found every page
 * with a hospital address in WX1, and a postcode from elsewhere found pages by the "1" of "SO16 1AA". Pagefind
 * scores a district's practices ("wx1", in their postcode metadata) no higher than those of WX10 to WX19, which it
 * finds by the same start, so results are read a page at a time until a page of them name it. */
async function placePages(pagefind, place, terms, access) {
  const label = words(place.postcode || place.district);
  const { results } = await pagefind.search(label.join(' '), { filters: chosenFilters() });
  const named = [];
  for (let shown = 0; shown < Math.min(results.length, MAX_PLACE_RESULTS) && named.length < PAGE_SIZE;
    shown += PAGE_SIZE) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    named.push(...batch.filter((_, i) => {
      const matched = new Set(matchedWords([data[i]]).map(normalise));
      return label.every((word) => matched.has(word));
    }));
  }
  const pages = await loadPages(withAccessPages(named, access));
  const order = pageOrder('', terms, access);
  return { results: named, partial: false, pages, order, missing: false, suggestions: [] };
}

/** Pagefind's results for every word; if fewer than FEW_RESULTS, each word's, pages with more of the words first. */
async function searchWords(pagefind, meaning) {
  if (!meaning.length) return { results: [], partial: false };
  const filters = chosenFilters();
  const full = await pagefind.search(meaning.join(' '), { filters });
  if (full.results.length >= FEW_RESULTS || meaning.length < 2) return { results: full.results, partial: false };
  const telling = meaning.slice(0, MAX_WORD_SEARCHES);
  const each = await Promise.all(telling.map((word) => pagefind.search(word, { filters })));
  const lists = [];
  const found = new Set(); // words on some page, by their own search: not to be dropped as "on no page"
  for (const [i, { results }] of each.entries()) {
    // One at a time: Pagefind keeps one copy of a page's data, which loading it for another word overwrites.
    if (await foundAsFragment(results[0], telling[i])) continue;
    lists.push(results);
    if (results.length) found.add(telling[i]);
  }
  const seen = new Set(full.results.map((r) => r.id)); // each page once, for the same reason
  const some = rankByWordsMatched(lists).filter((r) => !seen.has(r.id));
  return { results: [...full.results, ...some], partial: some.length > 0, found };
}

/** Whether Pagefind found a word only as its first letter or two ("we" for "went"), by the first page it found. */
async function foundAsFragment(result, word) {
  if (!result) return false;
  const start = wordsNotFound(word, matchedWords([await result.data()])).get(word);
  return start !== undefined && start.length <= FRAGMENT;
}

/** The pages with a title or lay term that holds two words of the query side by side (pairsInQuery), as
 * { url, title }: shown even when Pagefind ranks them below its first page of results (Low back pain was its 11th for
 * "should i go to work with back pain"), where pageOrder, which puts them above the rest, never saw them. */
function namedPages(asked, terms) {
  const titles = new Map(terms.list.map((entry) => [entry.url, entry.title]));
  return [...pairsInQuery(asked, terms)].slice(0, 2).map((url) => ({ url, title: titles.get(url) }));
}

/** Pages that answer an access question, first; those Pagefind did not find are shown from the terms list. */
function withAccessPages(results, access) {
  if (Object.keys(chosenFilters()).length) return results.slice(0, PAGE_SIZE); // the filters decide which pages show
  const bets = access.slice(0, 6).map((bet) => ({ load: async () => ({ url: bet.url, meta: { title: bet.title } }) }));
  return [...results.slice(0, PAGE_SIZE), ...bets]; // Pagefind's copy of a page wins: it has an excerpt
}

/** The order of shown pages: access pages, a page whose term is the query, one whose term is in it, then Pagefind's. */
function pageOrder(query, terms, access) {
  const tierOf = bestBets(query, terms);
  const inQuery = termsInQuery(query, terms);
  const paired = pairsInQuery(query, terms);
  const first = new Map();
  access.forEach((bet, i) => { if (!first.has(bet.url)) first.set(bet.url, i - access.length); });
  const plain = (url) => (paired.has(url) ? 1.95 : 2); // two of its words side by side: above pages without them
  return (url) => first.get(url)
    ?? Math.min(tierOf(url), inQuery.has(url) ? 1.9 - 0.1 * Math.min(inQuery.get(url), 9) : plain(url));
}

function resultItems(pages, tierOf = () => 0) {
  // Sorting is stable: Pagefind's order within a tier.
  return [...pages].sort((a, b) => tierOf(a.url) - tierOf(b.url)).map(resultItem);
}

// ---------- showing results ----------

function render(query, corrected, { results, partial, pages, order, suggestions }, flags, place) {
  fallback.hidden = true;
  resultsBox.hidden = false;
  const items = resultItems(pages, order);
  // Pages shown from the terms list alone (not found by Pagefind) count too.
  const total = results.length + Math.max(0, items.length - Math.min(results.length, PAGE_SIZE));
  const count = countText(total, corrected || query, Object.keys(chosenFilters()).length > 0);
  const heading = el('h2', { class: 'nhsuk-heading-m app-search-results__count' }, count);
  const parts = [heading];
  if (place) parts.push(placeCard(place, where.find));
  if (corrected) parts.push(correctionLine(corrected, query, searchUrl(query, AS_TYPED)));
  if (suggestions.length) parts.push(suggestionLine(suggestions, (term) => searchUrl(term)));
  if (partial) parts.push(partialLine());
  if (!total) parts.push(noResultsHelp(where.aToZ));
  if (items.length) parts.push(resultList(items));
  if (results.length > PAGE_SIZE) parts.push(moreButton(PAGE_SIZE)); // "Show more" pages through Pagefind's results
  resultsBox.replaceChildren(...parts);
  allResults = results;
  announce(`${corrected ? `Showing results for ${corrected}. ` : ''}${heading.textContent}`, suggestions, flags);
}

/** This page's address for a query, with any other parameters ([name, value] pairs). */
function searchUrl(query, ...more) {
  return `${where.search}?${new URLSearchParams([['q', query], ...more]).toString().replace(/\+/g, '%20')}`;
}

/** Focus the answer's first heading (the urgent advice's, else the count), and scroll the answer up when the form
 * filled the screen: on a phone the heading, form and filters did; on a wide screen the answer is already in view. */
function bringIntoView(box) {
  const heading = box.querySelector('h2');
  heading.setAttribute('tabindex', '-1'); // keyboard and screen-reader users carry on from the answer
  heading.focus({ preventScroll: true });
  if (box.getBoundingClientRect().top > window.innerHeight / 2) box.scrollIntoView({ block: 'start' });
}

function announce(text, suggestions, flags) {
  // Urgent advice is heard first, before the count.
  const urgent = urgentWords(flags);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => s.term).join(', or ')}?` : '';
  status.textContent = `${urgent ? `${urgent} ` : ''}${text}.${hint}`;
}

function showFallback({ failed = false } = {}) {
  resultsBox.hidden = true;
  resultsBox.replaceChildren();
  fallback.hidden = false;
  document.getElementById('search-failed').hidden = !failed;
  status.textContent = failed ? 'Search is not working just now. Choose from the A to Z list instead.' : '';
}

async function showMore(button) {
  const id = latestSearch;
  const shown = Number(button.dataset.more);
  const results = allResults;
  const items = resultItems(await loadPages(results.slice(shown, shown + PAGE_SIZE)));
  if (id !== latestSearch) return; // the user searched again meanwhile
  resultsBox.querySelector('.app-search-results__list').append(...items);
  items[0]?.querySelector('a')?.focus(); // keyboard users carry on from the first new result
  const next = shown + items.length;
  if (next < results.length) button.dataset.more = String(next);
  else button.remove();
  status.textContent = `Showing ${next} of ${results.length} results.`;
}

start();
