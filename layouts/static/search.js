// The search page: Pagefind results for ?q=, body area and type filters, and "Did you mean ...?" from
// /search/terms.json. Without JavaScript the form still submits here and the A to Z list shows instead.
// Everything is built with DOM methods and classes: the Content-Security-Policy allows no inline script or style.

const PAGE_SIZE = 10;
const FEW_RESULTS = 3; // fewer than this and a spelling suggestion is worth offering
const TYPING_PAUSE_MS = 200;
const MAX_SUGGESTIONS = 3;
const MIN_SIMILARITY = 0.7; // 1 typo in 4 letters, 2 in 7
const FILTERS = [
  { key: 'area', label: 'Body area', all: 'All body areas' },
  { key: 'type', label: 'Type of page', all: 'All types' },
];

const form = document.getElementById('search-page-form');
const input = document.getElementById('search-page-input');
const resultsBox = document.getElementById('search-results');
const fallback = document.getElementById('search-fallback');
const status = document.getElementById('search-status');
const filtersBox = document.getElementById('search-filters');

const pagefindReady = loadPagefind();
// Titles and lay terms: they put an exact match first and drive "Did you mean". Small; fetched once.
const termsReady = loadTerms();
let latestSearch = 0; // a slow search must never overwrite the results of a newer one
let typingTimer = 0;
let allResults = []; // the latest search's results; "Show more" loads their data a page at a time

// Pagefind's defaults favour short pages (pageLength 0.75), so one-paragraph exercise pages outranked the leaflet
// about the condition ("back pain" put "Standing leg back" first), and they score a longer word that starts with
// the query almost as well as the word itself ("knee" matching every "kneecap"). Measured on the example site.
const RANKING = { pageLength: 0, termSimilarity: 10 };

async function loadPagefind() {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ excerptLength: 24, ranking: RANKING });
  pagefind.init();
  return pagefind;
}

// ---------- page wiring ----------

function start() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  form.addEventListener('submit', (event) => { event.preventDefault(); runNow(); });
  input.addEventListener('input', onTyping);
  resultsBox.addEventListener('click', onResultsClick);
  buildFilters(params).then(() => { if (input.value.trim()) runNow(); });
}

function onTyping() {
  clearTimeout(typingTimer);
  const query = input.value.trim();
  // fetch the index chunks while the user is still typing; a failure shows up when the search runs
  if (query) pagefindReady.then((pagefind) => pagefind.preload(query)).catch(() => {});
  typingTimer = setTimeout(runNow, TYPING_PAUSE_MS);
}

function runNow() {
  clearTimeout(typingTimer);
  const query = input.value.trim();
  updateUrl(query);
  runSearch(query).catch((err) => {
    console.warn('Search is not available, so the A to Z list is shown instead:', err);
    showFallback();
  });
}

function onResultsClick(event) {
  const link = event.target.closest('a[data-suggestion]');
  if (link) {
    event.preventDefault();
    input.value = link.dataset.suggestion;
    runNow();
    input.focus(); // the link itself is about to be replaced
    return;
  }
  const more = event.target.closest('button[data-more]');
  if (more) showMore(more);
}

function updateUrl(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, value] of Object.entries(chosenFilters())) params.set(key, value);
  const search = params.toString();
  history.replaceState(null, '', location.pathname + (search ? `?${search}` : ''));
}

// ---------- filters ----------

async function buildFilters(params) {
  let available = {};
  try {
    available = await (await pagefindReady).filters();
  } catch {
    return; // no index: nothing to filter
  }
  const groups = FILTERS.filter((f) => Object.keys(available[f.key] || {}).length > 1)
    .map((f) => filterSelect(f, Object.keys(available[f.key]).sort(), params.get(f.key)));
  if (!groups.length) return;
  filtersBox.replaceChildren(...groups);
  filtersBox.hidden = false;
}

function filterSelect(filter, values, chosen) {
  const id = `search-filter-${filter.key}`;
  const group = el('div', 'nhsuk-form-group app-search-filters__group');
  const label = el('label', 'nhsuk-label', filter.label);
  label.htmlFor = id;
  const select = el('select', 'nhsuk-select');
  Object.assign(select, { id, name: filter.key });
  select.append(new Option(filter.all, ''), ...values.map((v) => new Option(v, v, false, v === chosen)));
  select.addEventListener('change', runNow);
  group.append(label, select);
  return group;
}

function chosenFilters() {
  const chosen = {};
  for (const select of filtersBox.querySelectorAll('select')) {
    if (select.value) chosen[select.name] = select.value;
  }
  return chosen;
}

// ---------- searching ----------

async function runSearch(query) {
  const id = ++latestSearch;
  if (!query) return showFallback();
  const pagefind = await pagefindReady;
  const search = await pagefind.search(query, { filters: chosenFilters() });
  const tierOf = bestBets(query, await termsReady);
  const items = await resultItems(search.results.slice(0, PAGE_SIZE), tierOf);
  const suggestions = needsSuggestion(query, search.results.length, items) ? await suggest(query) : [];
  if (id !== latestSearch) return;
  render(query, search.results, items, suggestions);
}

async function resultItems(results, tierOf = () => 0) {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.sort((a, b) => tierOf(a.url) - tierOf(b.url)).map(resultItem); // stable: Pagefind's order within a tier
}

function bestBets(query, { pagesFor }) {
  // Pages whose title or lay term is the query come first, then those with a term that contains it as a phrase
  // ("back pain" in "low back pain"); Pagefind's order is kept within each group. Patients search in lay terms,
  // and the leaflet that lists the term is the page a physio would send them to.
  const key = normalise(query);
  const tiers = new Map();
  for (const [term, urls] of pagesFor) {
    const tier = term === key ? 0 : ` ${term} `.includes(` ${key} `) ? 1 : 2;
    for (const url of urls) tiers.set(url, Math.min(tier, tiers.get(url) ?? 2));
  }
  return (url) => tiers.get(url) ?? 2;
}

function needsSuggestion(query, count, items) {
  if (count < FEW_RESULTS) return true;
  // When a word matches nothing, Pagefind falls back to a shorter prefix ("arthritus" finds every "a"),
  // so plenty of results can still mean a misspelling: check that each word was really found.
  const marks = items.flatMap((item) => [...item.querySelectorAll('mark')].map((m) => normalise(m.textContent)));
  return words(query).some((word) => word.length >= 3 && !marks.some((mark) => sameWord(word, mark)));
}

function sameWord(word, mark) {
  return mark.startsWith(word) || commonPrefix(word, mark) >= Math.max(3, Math.ceil(0.6 * word.length));
}

// ---------- showing results ----------

function render(query, results, items, suggestions) {
  fallback.hidden = true;
  resultsBox.hidden = false;
  const heading = el('h2', 'nhsuk-heading-m app-search-results__count', countText(results.length, query));
  const parts = [heading];
  if (suggestions.length) parts.push(suggestionLine(suggestions));
  if (!results.length) parts.push(noResultsHelp());
  if (items.length) parts.push(resultList(items));
  if (results.length > items.length) parts.push(moreButton(items.length));
  resultsBox.replaceChildren(...parts);
  allResults = results;
  announce(heading.textContent, suggestions);
}

function countText(count, query) {
  const filtered = Object.keys(chosenFilters()).length ? ' with the filters you chose' : '';
  if (!count) return `No results for '${query}'${filtered}`;
  return `${count} result${count === 1 ? '' : 's'} for '${query}'${filtered}`;
}

function announce(text, suggestions) {
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => s.term).join(', or ')}?` : '';
  status.textContent = `${text}.${hint}`;
}

function showFallback() {
  resultsBox.hidden = true;
  resultsBox.replaceChildren();
  fallback.hidden = false;
  status.textContent = '';
}

function resultList(items) {
  const list = el('ul', 'nhsuk-list app-search-results__list');
  list.append(...items);
  return list;
}

function resultItem(data) {
  const item = el('li', 'app-search-result');
  const heading = el('h3', 'nhsuk-heading-s app-search-result__title');
  heading.append(link(data.url, data.meta.title || data.url));
  item.append(heading);
  const kind = [data.filters?.type?.[0], (data.filters?.area || []).join(', ')].filter(Boolean).join(': ');
  if (kind) item.append(el('p', 'nhsuk-body-s app-search-result__kind', kind));
  item.append(excerpt(data.excerpt));
  const sections = sectionLinks(data);
  if (sections) item.append(sections);
  return item;
}

function sectionLinks(data) {
  // Pagefind's sub-results point at the matching ## section (its heading id); the page itself is linked above.
  const sections = (data.sub_results || []).filter((s) => s.url.includes('#') && s.url !== data.url).slice(0, 3);
  if (!sections.length) return null;
  const list = el('ul', 'nhsuk-list app-search-result__sections');
  list.append(...sections.map((s) => { const li = el('li'); li.append(link(s.url, s.title)); return li; }));
  return list;
}

function excerpt(html) {
  // Pagefind's excerpt is escaped page text with <mark> around matches; keep only the text and the marks.
  const parsed = new DOMParser().parseFromString(html || '', 'text/html').body;
  const paragraph = el('p', 'app-search-result__excerpt');
  for (const node of parsed.childNodes) {
    paragraph.append(node.nodeName === 'MARK' ? el('mark', '', node.textContent) : node.textContent);
  }
  return paragraph;
}

function suggestionLine(suggestions) {
  const line = el('p', 'app-search-suggestions', 'Did you mean ');
  suggestions.forEach((s, i) => {
    if (i) line.append(i === suggestions.length - 1 ? ' or ' : ', ');
    const a = link(`/search/?q=${encodeURIComponent(s.term)}`, s.term);
    a.dataset.suggestion = s.term;
    line.append(a);
  });
  line.append('?');
  return line;
}

function noResultsHelp() {
  const help = el('ul', 'nhsuk-list nhsuk-list--bullet');
  const browse = el('li', '', 'look through ');
  browse.append(link('/conditions/', 'all conditions A to Z'));
  help.append(el('li', '', 'check your spelling'), el('li', '', 'try fewer words, or other words, such as "back pain"'), browse);
  const wrap = el('div');
  wrap.append(el('p', '', 'You could:'), help);
  return wrap;
}

function moreButton(shown) {
  const button = el('button', 'nhsuk-button nhsuk-button--secondary app-search-more', 'Show more results');
  Object.assign(button, { type: 'button' });
  button.dataset.more = String(shown);
  return button;
}

async function showMore(button) {
  const id = latestSearch;
  const shown = Number(button.dataset.more);
  const results = allResults;
  const items = await resultItems(results.slice(shown, shown + PAGE_SIZE));
  if (id !== latestSearch) return; // the user searched again meanwhile
  resultsBox.querySelector('.app-search-results__list').append(...items);
  items[0]?.querySelector('a')?.focus(); // keyboard users carry on from the first new result
  const next = shown + items.length;
  if (next < results.length) button.dataset.more = String(next);
  else button.remove();
  status.textContent = `Showing ${next} of ${results.length} results.`;
}

function el(tag, className = '', text = '') {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function link(href, text) {
  const a = el('a', '', text);
  a.href = href;
  return a;
}

// ---------- "Did you mean ...?" ----------

function loadTerms() {
  // Without the list, search still works: just no exact-match ordering and no suggestions.
  return fetch('/search/terms.json').then((r) => (r.ok ? r.json() : [])).catch(() => []).then(prepareTerms);
}

function prepareTerms(list) {
  const terms = new Map();
  const pagesFor = new Map();
  for (const entry of list) {
    const key = normalise(entry.term);
    if (!key) continue;
    const isTitle = key === normalise(entry.title);
    if (!terms.has(key) || isTitle) terms.set(key, { term: entry.term, key, isTitle });
    if (!pagesFor.has(key)) pagesFor.set(key, new Set());
    pagesFor.get(key).add(entry.url);
  }
  const vocabulary = new Set([...terms.keys()].flatMap(words));
  return { terms: [...terms.values()], vocabulary, pagesFor };
}

async function suggest(query) {
  const { terms, vocabulary } = await termsReady;
  const key = normalise(query);
  if (!key || words(key).every((w) => vocabulary.has(w))) return []; // spelled right; just not on this site
  const candidates = terms.map((t) => ({ ...t, score: termScore(key, t.key) + (t.isTitle ? 0.02 : 0) }));
  candidates.push(mendWords(key, vocabulary));
  const seen = new Set([key]);
  return candidates.filter((c) => c.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.key.length - b.key.length)
    .filter((c) => !seen.has(c.key) && seen.add(c.key))
    .slice(0, MAX_SUGGESTIONS);
}

function termScore(query, term) {
  const scores = [similarity(query, term)];
  if (query.length >= 3 && term.startsWith(query)) scores.push(0.8 + 0.2 * (query.length / term.length)); // "sciat"
  if (query.length >= 4) scores.push(0.9 * similarity(query, term.slice(0, query.length))); // a typo in a prefix
  const termWords = words(term);
  if (!query.includes(' ')) scores.push(...termWords.map((w) => 0.9 * wordScore(query, w))); // "arthritus" -> "hip arthritis"
  else scores.push(0.9 * allWordsScore(words(query), termWords)); // "bak pain" -> "low back pain"
  return Math.max(...scores);
}

function allWordsScore(queryWords, termWords) {
  const best = queryWords.map((q) => Math.max(...termWords.map((t) => wordScore(q, t))));
  return best.reduce((sum, score) => sum + score, 0) / best.length;
}

function wordScore(word, candidate) {
  const scores = [similarity(word, candidate)];
  if (candidate.length > word.length && word.length >= 5) {
    scores.push(similarity(word, candidate.slice(-word.length))); // the end of a compound: "arthritus" -> "osteoarthritis"
  }
  if (candidate.length > word.length && word.length >= 4) {
    // the start of a longer word, typed with a slip: "pysio" -> "physiotherapy"
    scores.push(0.9 * Math.max(similarity(word, candidate.slice(0, word.length)), similarity(word, candidate.slice(0, word.length + 1))));
  }
  return Math.max(...scores);
}

function mendWords(query, vocabulary) {
  // Mend each unknown word on its own: "anckle" -> "ankle", "pain in my sholder" -> "pain in my shoulder".
  const known = [...vocabulary];
  const mended = words(query).map((word) => {
    if (word.length < 3 || vocabulary.has(word)) return { word, score: 1 };
    const best = known.map((k) => ({ word: k, score: wordScore(word, k) }))
      .reduce((a, b) => (b.score > a.score ? b : a), { word, score: 0 });
    return best.score >= MIN_SIMILARITY ? best : { word, score: 0 };
  });
  const key = mended.map((m) => m.word).join(' ');
  return { term: key, key, score: mended.reduce((sum, m) => sum + m.score, 0) / mended.length };
}

function normalise(text) {
  return text.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function words(text) {
  return normalise(text).split(' ').filter(Boolean);
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

function similarity(a, b) {
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

function editDistance(a, b) {
  // Damerau-Levenshtein (optimal string alignment): swapped neighbours ("sciatcia") count as one typo, not two.
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

start();
