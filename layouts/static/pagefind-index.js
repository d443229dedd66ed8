// Pagefind on the search page: loading it with this site's ranking and every bundle of its index, and reading its
// results' data (each page once, and the words it matched in each). search.js decides what to search and show.

// Pagefind's defaults favour short pages (pageLength 0.75), so one-paragraph exercise pages outranked the leaflet
// about the condition ("back pain" put "Standing leg back" first), and they score a longer word that starts with
// the query almost as well as the word itself ("knee" matching every "kneecap"). Measured on the example site.
// The words patients use for the site's own pages are metadata (layouts/partials/search-words.html): those of the
// find, self-referral and service pages count as much as a title, so "physio near me" finds /find/ rather than
// the 35 practice pages that share the words at the default weight.
const RANKING = { pageLength: 0, termSimilarity: 10, metaWeights: { keywords: 5, practice_keywords: 1 } };

/** Pagefind from its address (`script`), with this site's ranking and every bundle of its index. */
export async function loadPagefind(script) {
  const bundle = new URL('./', new URL(script, location.href));
  const [pagefind, more] = await Promise.all([import(script), loadBundles(bundle)]);
  const options = { excerptLength: 24, ranking: RANKING };
  await pagefind.options(options);
  pagefind.init();
  // A large site's index comes in several bundles (msksite/index.py); results are found in all of them. Their pages'
  // addresses start where the main bundle's do, not inside the bundle's own folder.
  const baseUrl = new URL('../', bundle).pathname;
  await Promise.all(more.map((path) => pagefind.mergeIndex(path, { ...options, baseUrl })));
  return pagefind;
}

function loadBundles(bundle) {
  // The list of other bundles; without it, search still works over the main bundle alone.
  return fetch(new URL('bundles.json', bundle)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
    .then((data) => data.merge || []);
}

/** Each result's data (Pagefind's, or a page from the terms list), each page once. */
export async function loadPages(results) {
  const data = await Promise.all(results.map((result) => (result.load ? result.load() : result.data())));
  const seen = new Set();
  return data.filter((d) => !seen.has(d.url) && seen.add(d.url));
}

/** The words Pagefind matched, read from each page's text at its matches: they tell how each typed word was found.
 * A page it found with no match in its text was found by its metadata (the search words of layouts/partials). */
export function matchedWords(pages) {
  return pages.filter((page) => page.content !== undefined).flatMap((page) => {
    if (!page.locations.length) return Object.values(page.meta).join(' ').split(/\s+/);
    const text = page.content.split(/\s+/);
    return page.locations.map((i) => text[i]).filter(Boolean);
  });
}
