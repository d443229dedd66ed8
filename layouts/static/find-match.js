// Reading what was typed into "Find your physiotherapy service": a postcode or district, or part of a GP practice's
// name. Pure: find.js loads the data and builds the answer, and Node tests import these.

import { editDistance, fold, words } from './text.js';

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD_START = /^(\d[A-Z]?)?$/;

// Short forms people type, and practice names hold, with what each may stand for. Matching reads every word through
// wordForms, typed and named alike, so "abbey rd" finds Abbey Road Medical Practice and "high street" High St Surgery.
const ABBREVIATIONS = {
  rd: ['road'], st: ['street', 'saint'], ave: ['avenue'], med: ['medical'], ctr: ['centre'], cntr: ['centre'],
  hc: ['health centre'], surg: ['surgery'],
};

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

/** A practice name followed by its postcode or district ("kingsmere surgery, wx1"), read apart: { name, district },
 * the district null when the text does not end with one (read by readPostcode, which knows their shapes). */
export function nameAndPlace(text) {
  const parts = text.trim().split(/[\s,]+/);
  for (const size of [2, 1]) {
    const name = parts.slice(0, -size).join(' ');
    const place = nameWords(name).length ? readPostcode(parts.slice(-size).join(' '), {}) : null;
    if (place) return { name, district: place.district };
  }
  return { name: text, district: null };
}

/** Lower-case words, accents and punctuation dropped, so "St. Mary's" and "st marys" match. */
export function nameWords(text) {
  return words(fold(text));
}

/** Each word as the forms it may stand for: "st" -> [st, street, saint]; "hc" is two words, [health] and [centre]. */
export function wordForms(words) {
  return words.flatMap((word) => {
    const full = ABBREVIATIONS[word] || [];
    if (full.length === 1 && full[0].includes(' ')) return full[0].split(' ').map((part) => [part]);
    return [[word, ...full]];
  });
}

/** Whether a typed word, in any of its forms, starts a name's word in any of its forms. */
function starts(typed, named) {
  return typed.some((t) => named.some((n) => n.startsWith(t)));
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

/** The fewest typos between a typed word and a name's word, each in any of its forms, or null if too many. */
function fewestTypos(typed, named) {
  const counts = typed.flatMap(t => named.map(n => typos(t, n))).filter(n => n !== null);
  return counts.length ? Math.min(...counts) : null;
}

/** Typos in the whole query against a practice's name (then town and code, at a cost), or null if a word fits nowhere. */
export function typoCost(practice, query) {
  const name = wordForms(nameWords(practice.name));
  const elsewhere = [...wordForms(nameWords(practice.town)), [practice.code.toLowerCase()]];
  let cost = 0;
  for (const q of wordForms(query)) {
    const inName = name.map(w => fewestTypos(q, w)).filter(n => n !== null);
    const other = elsewhere.map(w => fewestTypos(q, w)).filter(n => n !== null).map(n => n + 0.5);
    if (!inName.length && !other.length) return null;
    cost += Math.min(...inName, ...other);
  }
  return cost + name.length / 100; // among equals, the name with fewest extra words ("Kingsmere Surgery")
}

/** Whether the typed words are the name's first words, the last perhaps still being typed ("church wa"). */
function startsName(typed, name) {
  const last = typed.length - 1;
  return typed.length <= name.length
    && typed.every((q, i) => (i === last ? starts(q, name[i]) : q.some(t => name[i].includes(t))));
}

/** How well a practice matches the typed words: 0 best, 2 weakest (town or code only), null no match. */
export function rank(practice, query) {
  const name = wordForms(nameWords(practice.name));
  const typed = wordForms(query);
  const everyWordStarts = pool => typed.every(q => pool.some(w => starts(q, w)));
  if (startsName(typed, name)) return 0;
  if (everyWordStarts(name)) return 1;
  if (everyWordStarts([...name, ...wordForms(nameWords(practice.town)), [practice.code.toLowerCase()]])) return 2;
  return null;
}

/** Practices matching a name (or part of one, or the town, or the ODS code), best first; if none, the ones a
 * typo or two away ("milbrok"), fewest typos first. Among equals, those in `district` (if given) come first. */
export function matchPractices(text, practices, district = null) {
  const query = nameWords(text);
  const found = practices.map(p => [rank(p, query), p]).filter(([r]) => r !== null);
  const close = found.length ? found : practices.map(p => [typoCost(p, query), p]).filter(([c]) => c !== null);
  const away = p => (district && readPostcode(p.postcode || '', {})?.district !== district ? 1 : 0);
  return close.sort(([a, p], [b, q]) => a - b || away(p) - away(q) || p.name.localeCompare(q.name)).map(([, p]) => p);
}

// ---- Which shards of the lookup data a query needs (the same rule as msksite/plan/lookup.py's shard_for) ----

const MAX_SHARDS = 2; // with the index, under 30 KB per query on a national site (plan/lookup.py's SHARD_BYTES)

/** The name shards a typed word needs: the longest key it starts with, and keys that start with it (still typing). */
export function shardFor(word, keys) {
  const starts = keys.filter(k => word.startsWith(k));
  const longer = keys.filter(k => k.startsWith(word) && k !== word).sort();
  const best = starts.reduce((a, k) => (a === null || k.length > a.length ? k : a), null);
  return [...(best === null ? [] : [best]), ...longer];
}

/** The name shards to fetch for the typed words (longest words first, at most two of them), or null when the words
 * are too short or too common to choose ("surgery", "st") and none of the others can be looked up. [] means no
 * practice has a word starting like the typed ones, so nothing can match. */
export function nameShards(query, index) {
  if (index.names.includes(index.root)) return [index.root];
  const common = word => index.generic.some(g => g.startsWith(word));
  const picked = new Set();
  let words = 0, skipped = false;
  for (const word of [...query].sort((a, b) => b.length - a.length)) {
    const shards = common(word) ? null : shardFor(word, index.names);
    if (shards === null || shards.length > MAX_SHARDS - picked.size) { skipped = true; continue; }
    shards.forEach(k => picked.add(k));
    if (++words === 2) break;
  }
  // "St Anne's Health Cntre": the one word left is misspelt; ask for the town rather than say there is no such name.
  return picked.size || (words && !skipped) ? [...picked] : null;
}
