// The search page's list of titles and lay terms (/search/terms.json): it puts pages whose term is the query
// first, and drives "Did you mean ...?". Pure: search.js fetches the list and shows the results.

import { commonPrefix, normalise, similarity, stem, words } from './text.js';

export const MAX_SUGGESTIONS = 3;
export const MIN_SIMILARITY = 0.7; // 1 typo in 4 letters, 2 in 7
export const SURE_SIMILARITY = 0.8; // close enough to search instead of what was typed: 1 typo in 5 letters
const FEW_RESULTS = 3; // fewer than this and a spelling suggestion is worth offering

/** The terms.json list as terms (one per normalised key, a page title preferred), their words, the words of page
 * titles, and pages per term. */
export function prepareTerms(list) {
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
  const titleWords = new Set([...terms.values()].filter((t) => t.isTitle).flatMap((t) => words(t.key)));
  return { terms: [...terms.values()], vocabulary, titleWords, pagesFor };
}

/** A page's tier for a query: 0 its term is the query, 1 a term holds it as a phrase, 2 neither. */
export function bestBets(query, { pagesFor }) {
  // Pages whose title or lay term is the query come first, then those with a term that contains it as a phrase
  // ("back pain" in "low back pain"); search.js keeps Pagefind's order within each group. Patients search in lay
  // terms, and the leaflet that lists the term is the page a physio would send them to.
  const key = normalise(query);
  const tiers = new Map();
  for (const [term, urls] of pagesFor) {
    const tier = term === key ? 0 : ` ${term} `.includes(` ${key} `) ? 1 : 2;
    for (const url of urls) tiers.set(url, Math.min(tier, tiers.get(url) ?? 2));
  }
  return (url) => tiers.get(url) ?? 2;
}

/** For each page with a title or lay term that the query holds as a phrase, the most words of such a term. */
export function termsInQuery(query, { pagesFor }) {
  // "my back went when i bent over" holds "back", the body area of the back leaflets.
  const padded = ` ${normalise(query)} `;
  const found = new Map();
  for (const [term, urls] of pagesFor) {
    if (!padded.includes(` ${term} `)) continue;
    const size = words(term).length;
    for (const url of urls) found.set(url, Math.max(size, found.get(url) || 0));
  }
  return found;
}

/** Pages with a title or lay term of two words or more that holds two words of the query side by side ("back pain"
 * of "should i go to work with back pain", in "low back pain"), as a Set of urls. */
export function pairsInQuery(query, { pagesFor }) {
  const typed = words(normalise(query));
  const pairs = typed.slice(1).map((word, i) => ` ${typed[i]} ${word} `);
  const found = new Set();
  for (const [term, urls] of pagesFor) {
    if (pairs.some((pair) => ` ${term} `.includes(pair))) urls.forEach((url) => found.add(url));
  }
  return found;
}

/** Whether to look for a spelling suggestion, given the result count and the words Pagefind matched in the results. */
export function needsSuggestion(query, count, matched) {
  if (count < FEW_RESULTS) return true;
  // When a word matches nothing, Pagefind falls back to a shorter prefix ("arthritus" finds every "a"),
  // so plenty of results can still mean a misspelling: check that each word was really found.
  return [...wordsNotFound(query, matched).keys()].some((word) => word.length >= 3);
}

/** Each typed word Pagefind did not find as itself, given the words it matched in the results, with the longest start
 * of it that was matched ('' if none). When no indexed word starts with a typed word, Pagefind matches the longest
 * indexed word that starts it: "a" for "arthritus" (104 pages), "plan" for "planter". */
export function wordsNotFound(query, matched) {
  const found = [...new Set(matched.map(normalise))];
  const missing = new Map();
  for (const word of words(query)) {
    if (found.some((m) => sameWord(word, m))) continue;
    missing.set(word, found.filter((m) => word.startsWith(m)).reduce((a, b) => (b.length > a.length ? b : a), ''));
  }
  return missing;
}

/** Whether a matched word is the typed one: itself, a longer word it starts, the typed word less an ending ("knee" for
 * "knees"), or one sharing most of its start ("tingle" for "tingling"). A shorter word that starts the typed one is
 * Pagefind's fallback for a word on no page ("lumbar" for "lumbargo"), not a match of it. */
function sameWord(word, matched) {
  if (matched.startsWith(word)) return true;
  if (word.startsWith(matched)) return stem(word).length <= matched.length;
  return commonPrefix(word, matched) >= Math.max(3, Math.ceil(0.6 * word.length));
}

/** Up to MAX_SUGGESTIONS terms ({ term, key, score }) the query was probably meant to be, best first. */
export function suggest(query, { terms, vocabulary }) {
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

/** How well a normalised term fits a normalised query, 0 to 1: whole, as a prefix, or word by word. */
export function termScore(query, term) {
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

/** How well one typed word fits a word of a term, 0 to 1, allowing for the end of a compound or the start of a longer word. */
export function wordScore(word, candidate) {
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

/** The query with each unknown word mended to its closest known word, scored by how well the words fit on average. */
export function mendWords(query, vocabulary) {
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
