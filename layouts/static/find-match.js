// Reading what was typed into "Find your physiotherapy service": a postcode or district, or part of a GP practice's
// name. Pure: find.js loads the data and builds the answer, and Node tests import these.

import { editDistance, fold, words } from './text.js';

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD_START = /^(\d[A-Z]?)?$/;

/** A postcode ("wx74ab" -> WX7 4AB) or a district ("wx3"), or null if the text is not shaped like either. */
export function readPostcode(text, districts) {
  const parts = text.trim().toUpperCase().split(/\s+/);
  const compact = parts.join('');
  const full = compact.match(FULL_POSTCODE);
  if (full) return { district: full[1], postcode: `${full[1]} ${full[2]}` };
  // Still typing ("WX7 4", "wx74"): answer for the district. Without a space "WX74" could be WX7 + 4 or a
  // district WX74, so prefer a split whose district we know.
  const splits = parts.length === 2 ? [parts] : [4, 3, 2].map(n => [compact.slice(0, n), compact.slice(n)]);
  const fits = splits.filter(([out, rest]) => OUTWARD.test(out) && INWARD_START.test(rest));
  const best = fits.find(([out]) => out in districts) || fits.find(([, rest]) => rest === '');
  return best ? { district: best[0], postcode: null } : null;
}

/** Lower-case words, accents and punctuation dropped, so "St. Mary's" and "st marys" match. */
export function nameWords(text) {
  return words(fold(text));
}

/** Typos allowed in a typed word: none up to 3 letters, one up to 6, two from 7 ("milbrok" for "millbrook"). */
export function typosAllowed(word) {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/** Typos between a typed word and a name word or its start ("saltmoth surg"), or null if more than allowed. */
export function typos(word, candidate) {
  if (candidate.startsWith(word)) return 0;
  const allowed = typosAllowed(word);
  if (!allowed) return null;
  const starts = [-1, 0, 1].map(extra => candidate.slice(0, word.length + extra)).filter(Boolean);
  const fewest = Math.min(...[candidate, ...starts].map(c => editDistance(word, c)));
  return fewest <= allowed ? fewest : null;
}

/** Typos in the whole query against a practice's name (then town and code, at a cost), or null if a word fits nowhere. */
export function typoCost(practice, query) {
  const name = nameWords(practice.name);
  const elsewhere = [...nameWords(practice.town), practice.code.toLowerCase()];
  let cost = 0;
  for (const q of query) {
    const inName = name.map(w => typos(q, w)).filter(n => n !== null);
    const other = elsewhere.map(w => typos(q, w)).filter(n => n !== null).map(n => n + 0.5);
    if (!inName.length && !other.length) return null;
    cost += Math.min(...inName, ...other);
  }
  return cost + name.length / 100; // among equals, the name with fewest extra words ("Kingsmere Surgery")
}

/** How well a practice matches the typed words: 0 best, 2 weakest (town or code only), null no match. */
export function rank(practice, query) {
  const name = nameWords(practice.name);
  const everyWordStarts = pool => query.every(q => pool.some(w => w.startsWith(q)));
  if (name.join(' ').startsWith(query.join(' '))) return 0;
  if (everyWordStarts(name)) return 1;
  if (everyWordStarts([...name, ...nameWords(practice.town), practice.code.toLowerCase()])) return 2;
  return null;
}

/** Practices matching a name (or part of one, or the town, or the ODS code), best first; if none, the ones a
 * typo or two away ("milbrok"), fewest typos first. */
export function matchPractices(text, practices) {
  const query = nameWords(text);
  const found = practices.map(p => [rank(p, query), p]).filter(([r]) => r !== null);
  const close = found.length ? found : practices.map(p => [typoCost(p, query), p]).filter(([c]) => c !== null);
  return close.sort(([a, p], [b, q]) => a - b || p.name.localeCompare(q.name)).map(([, p]) => p);
}

/** "WX1 to WX19" when the covered districts are one unbroken run, which keeps the sentence short. */
export function coverage(districts) {
  const codes = Object.keys(districts).map(code => [code, ...code.match(/^([A-Z]+)(\d+)/).slice(1)])
    .map(([code, letters, number]) => [code, letters, Number(number)])
    .sort((a, b) => a[1].localeCompare(b[1]) || a[2] - b[2]);
  const unbroken = codes.every(([, letters, number], i) => i === 0
    || (letters === codes[i - 1][1] && number === codes[i - 1][2] + 1));
  return unbroken && codes.length > 2 ? `${codes[0][0]} to ${codes.at(-1)[0]}` : codes.map(([code]) => code).join(', ');
}
