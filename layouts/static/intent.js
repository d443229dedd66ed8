// What a typed question is about, before and beside Pagefind: the words that carry its meaning, whether it
// describes a red flag (urgent advice goes first), whether it asks for a way in (self-referral, find, a service),
// and how to rank pages when no page has every word. Pure: search.js does the fetching and showing.

import { editDistance, stem, words } from './text.js';

// Words that say nothing about what is wanted. Pagefind needs every word it is given, so "pain in my shoulder"
// would miss a page without "my". Kept small: "down", "out", "after" and "both" can matter ("tingling down below").
export const STOP_WORDS = new Set(('a an and are am as at be been but by can could did do does doing for from '
  + 'get got had has have having he her hers him his how i id if im in into is it its ive just me might my of '
  + 'on or our please really she should so some that the their them then there these they this those to too '
  + 'very was we were what whats when where which who why will with would you your youre').split(' '));

// Everyday variants that a one-typo allowance would not join.
const SAME_AS = {
  cannot: 'cant', unable: 'cant', couldnt: 'cant', wont: 'cant', wee: 'pee', weeing: 'pee', peeing: 'pee',
  calves: 'calf', // Pagefind's stemmer makes it "calv", which no page has ("stretches for tight calves")
};

// In red-flag matching only (the search itself keeps the patient's own words, which pages may use): forms and
// everyday synonyms that a stem or a one-typo allowance would not join. A patient search review found each one
// keeping urgent advice from a query: "grandad fell hip pain" (the phrasing says "fall"), "wet myself" ("wetting"),
// "sudden severe headache" ("bad"), "my daughter has a limp" ("child"). tests/test_search.py holds queries that must
// raise a flag and everyday ones that must not: a false alarm teaches patients to ignore the real one.
const FLAG_SAME_AS = {
  // not lost, losing and loss as one: "losing weight hip pain" then met "lost weight without trying"
  fell: 'fall', falls: 'fall', fallen: 'fall', falling: 'fall',
  wet: 'pee', wetting: 'pee', broke: 'broken', fracture: 'broken', fractured: 'broken',
  sore: 'pain', hurt: 'pain', hurts: 'pain', hurting: 'pain', ache: 'pain', aches: 'pain', aching: 'pain',
  painful: 'pain',
  severe: 'bad', terrible: 'bad', awful: 'bad', worst: 'bad', temperature: 'fever', temp: 'fever', feverish: 'fever',
  daughter: 'child', son: 'child', kid: 'child', boy: 'child', girl: 'child', toddler: 'child',
  turned: 'gone', // not went or going: "arm went weak at the gym" then met the stroke flag's "arm gone weak"
};

// Words too common in this site's queries to show, on their own, which red flag someone means ("back pain").
// "after" too: with "fall", two such words raised every flag worded "after a fall" ("knee hurts after i fell").
const GENERIC = new Set(('pain painful pains hurt hurts hurting sore ache aching aches feel feeling back neck '
  + 'knee after hip shoulder leg legs arm arms foot feet hand hands elbow wrist ankle new bad really worse '
  + 'always').split(' '));

const BY_PHRASING = 10; // a match on a lay phrasing outranks one on the library's wording
const TIER_ORDER = { emergency: 0, urgent_care: 1, urgent: 2 };
export const MAX_FLAGS = 3;
export const FEW_RESULTS = 5; // fewer than this and the words are tried one by one

/** The words of a query that carry its meaning: "how do I refer myself" -> ["refer", "myself"]. */
export function contentWords(text) {
  return words(text).map((w) => SAME_AS[w] || w).filter((w) => !STOP_WORDS.has(w));
}

/** The words of a query or a flag's wording as red flags are matched: contentWords, with FLAG_SAME_AS. */
export function flagWords(text) {
  return contentWords(text).map((w) => FLAG_SAME_AS[w] || w);
}

/** Two words are the same allowing an ending ("numbness", "numb") and one typo in a word of 5 letters or more. */
export function sameWord(a, b) {
  if (a === b || stem(a) === stem(b)) return true;
  return Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1; // not "pins" and "pain", "wear" and "near"
}

const within = (word, pool) => pool.some((w) => sameWord(word, w));

/** Whether a red flag describes the query, and how strongly (0 none): by a lay phrasing or by its own wording. */
export function flagStrength(query, flag) {
  let best = 0;
  for (const say of flag.says || []) {
    const phrase = flagWords(say);
    if (phrase.length && phrase.every((w) => within(w, query))) best = Math.max(best, BY_PHRASING + phrase.length);
  }
  // The library's wording: every telling word of the query is in it, and at least two ("numb bottom").
  const telling = query.filter((w) => !GENERIC.has(w));
  const text = flagWords(flag.text);
  if (telling.length >= 2 && telling.every((w) => within(w, text))) best = Math.max(best, telling.length);
  return best;
}

/** The red flags a query describes, most urgent first, at most MAX_FLAGS. */
export function matchRedFlags(text, flags) {
  const query = flagWords(text);
  if (!query.length) return [];
  const matched = flags.map((flag) => ({ flag, strength: flagStrength(query, flag) })).filter((m) => m.strength > 0);
  // Where patients' own words name a flag, a looser match on another flag's wording would only add noise.
  const phrased = matched.some((m) => m.strength >= BY_PHRASING);
  return matched.filter((m) => !phrased || m.strength >= BY_PHRASING)
    .sort((a, b) => TIER_ORDER[a.flag.tier] - TIER_ORDER[b.flag.tier] || b.strength - a.strength)
    .slice(0, MAX_FLAGS).map((m) => m.flag);
}

/** The flag with its card on the page that fits the query best: of the leaflets listing it (`flag.pages`), the one
 * with the most words of its terms in the query (`inQuery`, url -> words, from termsInQuery), else its first. */
export function flagCard(flag, inQuery) {
  const fit = (page) => inQuery.get(page.url.split('#')[0]) || 0;
  const best = (flag.pages || []).reduce((a, page) => (fit(page) > (a ? fit(a) : 0) ? page : a), null);
  return best ? { ...flag, url: best.url, title: best.title } : flag;
}

/** The site's own pages that answer a question about access, best first, as [{ url, title }], or [] if the query is about something else. */
export function accessBets(text, terms) {
  const query = contentWords(text);
  if (!query.length) return [];
  const scores = new Map();
  const covered = new Set();
  for (const entry of terms) {
    if (!entry.access) continue;
    const phrase = contentWords(entry.term);
    if (!phrase.length || !phrase.every((w) => within(w, query))) continue;
    query.filter((q) => within(q, phrase)).forEach((q) => covered.add(q));
    const score = phrase.length;
    const had = scores.get(entry.url);
    if (!had || had.score < score) scores.set(entry.url, { url: entry.url, title: entry.title, score });
  }
  // About access when the access words are at least half of what was asked: "physio for knee pain" is about knees.
  if (2 * covered.size < query.length) return [];
  return [...scores.values()].sort((a, b) => b.score - a.score).map(({ url, title }) => ({ url, title }));
}

/** Results of several one-word searches merged: pages matching more of the words first, then by total score. */
export function rankByWordsMatched(lists) {
  const pages = new Map();
  for (const list of lists) {
    for (const result of list) {
      const seen = pages.get(result.id) || { result, count: 0, score: 0 };
      seen.count += 1;
      seen.score += result.score || 0;
      pages.set(result.id, seen);
    }
  }
  return [...pages.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((p) => p.result);
}
