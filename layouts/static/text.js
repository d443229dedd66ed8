// Text helpers shared by the search page and the find tool. Pure: no DOM, no network, so Node tests import them.

/** Lower case, apostrophes dropped and other punctuation as single spaces: "Runner's Knee!" -> "runners knee". */
export function normalise(text) {
  return text.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The normalised words of a text: "Pins and needles, hand" -> ["pins", "and", "needles", "hand"]. */
export function words(text) {
  return normalise(text).split(' ').filter(Boolean);
}

/** A word without a plural or verb ending, roughly ("numbness" -> "numb"); kept whole when too short to cut. */
export function stem(word) {
  const cut = word.replace(/(ness|ing|ed|es|s)$/, '');
  return cut.length >= 3 ? cut : word;
}

/** Accents dropped and "&" read as "and", so "Café & Co" compares equal to "cafe and co" once normalised. */
export function fold(text) {
  // NFKD splits "é" into "e" and a combining accent, which the range then removes.
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, ' and ');
}

/** How many letters two words share at the start: ("arthritus", "arthritis") -> 7. */
export function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** 1 for the same text, falling towards 0 with each typo relative to the longer text's length. */
export function similarity(a, b) {
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Typos between two texts: insertions, deletions, substitutions, and swapped neighbours ("sciatcia") as one. */
export function editDistance(a, b) {
  // Damerau-Levenshtein (optimal string alignment): a swap counts as one typo, not two.
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
