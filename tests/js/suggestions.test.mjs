// "Did you mean ...?" and exact-match ordering, over the example site's own titles and lay terms.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  bestBets, MAX_SUGGESTIONS, MIN_SIMILARITY, mendWords, needsSuggestion, pairsInQuery, prepareTerms, suggest, termScore,
  termsInQuery, wordScore, wordsNotFound,
} from '../../layouts/static/suggestions.js';
import { TERMS } from './example-terms.mjs';

const prepared = prepareTerms(TERMS);
const suggested = (query) => suggest(query, prepared).map((s) => s.term);

test('prepareTerms keeps one term per normalised key and every page that lists it', () => {
  const slipped = prepared.terms.filter((t) => t.key === 'slipped disc');
  assert.equal(slipped.length, 1);
  assert.deepEqual([...prepared.pagesFor.get('slipped disc')].sort(), ['/conditions/low-back-pain/', '/conditions/sciatica/']);
  assert.equal(prepared.pagesFor.get('knee').size, 3); // knee pain, kneecap pain, osteoarthritis
  assert.equal(prepared.terms.find((t) => t.key === 'runners knee').term, "runner's knee"); // shown as written
});

test('prepareTerms marks titles, skips empty terms and collects the words it knows', () => {
  const { terms, vocabulary, pagesFor } = prepareTerms([
    { term: 'knee pain', title: 'Knee pain', url: '/conditions/knee-pain/' },
    { term: 'sore knee', title: 'Knee pain', url: '/conditions/knee-pain/' },
    { term: '!!', title: 'Knee pain', url: '/conditions/knee-pain/' },
  ]);
  assert.deepEqual(terms.map((t) => [t.key, t.isTitle]), [['knee pain', true], ['sore knee', false]]);
  assert.deepEqual([...vocabulary].sort(), ['knee', 'pain', 'sore']);
  assert.deepEqual([...pagesFor.keys()], ['knee pain', 'sore knee']);
});

test('"kne pain" suggests "knee pain" first', () => {
  assert.equal(suggested('kne pain')[0], 'knee pain');
});

test('common misspellings from the browser tests suggest the right term first', () => {
  assert.equal(suggested('sciatika')[0], 'sciatica');
  assert.equal(suggested('sciatcia')[0], 'sciatica');
  assert.equal(suggested('planter fasciitis')[0], 'plantar fasciitis');
  assert.equal(suggested('sholder pain')[0], 'shoulder pain');
  assert.equal(suggested('tenis elbow')[0], 'tennis elbow');
  assert.equal(suggested('lumbaggo')[0], 'lumbago');
});

test('a misspelt word suggests the compounds that end with it too', () => {
  const arthritus = suggested('arthritus');
  assert.equal(arthritus[0], 'arthritis');
  assert.ok(arthritus.includes('osteoarthritis'), arthritus.join(', '));
});

test('each unknown word is mended on its own when no term fits the whole query', () => {
  assert.deepEqual(suggested('pain in my sholder'), ['pain in my shoulder']);
  assert.equal(suggested('anckle')[0], 'ankle');
});

test('no suggestion for a query spelled right, or one like nothing on the site', () => {
  assert.deepEqual(suggested('knee pain'), []);
  assert.deepEqual(suggested('Knee   PAIN!'), []);
  assert.deepEqual(suggested('xyzzy'), []);
  assert.deepEqual(suggested('   '), []);
});

test('suggestions are at most MAX_SUGGESTIONS, best first, never the query itself', () => {
  const all = suggest('bak pain', prepared);
  assert.equal(all[0].term, 'back pain');
  assert.ok(all.length <= MAX_SUGGESTIONS);
  assert.ok(all.every((s, i) => s.score >= MIN_SIMILARITY && (i === 0 || all[i - 1].score >= s.score)));
  assert.ok(!suggested('kneee').includes('kneee'));
});

test('termScore: an exact term scores 1, a typed prefix scores high, an unrelated term low', () => {
  assert.equal(termScore('sciatica', 'sciatica'), 1);
  assert.equal(termScore('sciat', 'sciatica'), 0.8 + 0.2 * (5 / 8));
  assert.ok(termScore('sciatika', 'sciatica') > termScore('sciatika', 'sciatic nerve'));
  assert.ok(termScore('kne pain', 'knee pain') > termScore('kne pain', 'kneecap pain'));
  assert.ok(termScore('tennis elbow', 'frozen shoulder') < MIN_SIMILARITY);
});

test('termScore matches a one-word query against each word of a term', () => {
  assert.equal(termScore('arthritus', 'hip arthritis'), 0.9 * (1 - 1 / 9));
});

test('wordScore allows for the end of a compound and the start of a longer word', () => {
  assert.equal(wordScore('arthritus', 'osteoarthritis'), 1 - 1 / 9);
  assert.equal(wordScore('pysio', 'physiotherapy'), 0.9 * (1 - 1 / 6));
  assert.ok(wordScore('knee', 'hip') < MIN_SIMILARITY);
});

test('mendWords keeps known and short words and scores the mended query by its words', () => {
  const mended = mendWords('pain in my sholder', prepared.vocabulary);
  assert.equal(mended.key, 'pain in my shoulder');
  assert.ok(mended.score > 0.9 && mended.score < 1);
  assert.deepEqual(mendWords('knee pain', prepared.vocabulary), { term: 'knee pain', key: 'knee pain', score: 1 });
  assert.equal(mendWords('xyzzy pain', prepared.vocabulary).score, 0.5); // xyzzy stays, scoring 0
});

test('bestBets puts pages whose term is the query first, then pages with it as a phrase', () => {
  const backPain = bestBets('Back pain', prepared);
  assert.equal(backPain('/conditions/low-back-pain/'), 1); // "low back pain"
  assert.equal(backPain('/exercises/standing-leg-back/'), 2);
  const lumbago = bestBets('lumbago', prepared);
  assert.equal(lumbago('/conditions/low-back-pain/'), 0);
  assert.equal(lumbago('/conditions/sciatica/'), 2);
  const runners = bestBets("runners knee", prepared);
  assert.equal(runners('/conditions/kneecap-pain/'), 0);
  assert.equal(runners('/not/in/the/list/'), 2);
});

test('bestBets matches whole words only: "knee" is not a phrase in "kneecap pain"', () => {
  const knee = bestBets('knee', prepared);
  assert.equal(knee('/conditions/knee-pain/'), 0);
  assert.equal(knee('/exercises/knee-rolls/'), 1);
  const kneecap = bestBets('kneecap', prepared);
  assert.equal(kneecap('/conditions/knee-pain/'), 2);
});

test('needsSuggestion: few results always ask for a suggestion', () => {
  assert.equal(needsSuggestion('knee pain', 2, ['knee', 'pain']), true);
  assert.equal(needsSuggestion('knee pain', 0, []), true);
});

test('needsSuggestion: plenty of results still ask when a typed word was never marked', () => {
  // Pagefind falls back to a prefix: "arthritus" marks words starting with "a".
  assert.equal(needsSuggestion('arthritus', 40, ['and', 'a', 'ankle']), true);
  assert.equal(needsSuggestion('sholder pain', 12, ['pain', 'Pain', 'should']), true);
});

test('needsSuggestion: no suggestion when every word was found, as a word, plural or prefix', () => {
  assert.equal(needsSuggestion('knee pain', 20, ['Knee', 'pain']), false);
  assert.equal(needsSuggestion('sciat', 5, ['sciatica']), false);
  assert.equal(needsSuggestion('knees', 10, ['knee']), false);
  assert.equal(needsSuggestion('pain in my knee', 10, ['pain', 'knee']), false); // short words need no mark
});

test('wordsNotFound: a word Pagefind matched only by a shorter start of it, with the longest such start', () => {
  // Words as Pagefind matched them in the results' text, punctuation and capitals included.
  assert.deepEqual([...wordsNotFound('arthritus', ['a', 'A', 'a,'])], [['arthritus', 'a']]);
  assert.deepEqual([...wordsNotFound('planter fasciitis', ['fasciitis).', 'plan', 'p'])], [['planter', 'plan']]);
  assert.deepEqual([...wordsNotFound('sholder pain', ['pain.', 'Pain'])], [['sholder', '']]); // matched nowhere
  assert.deepEqual([...wordsNotFound('xr', ['x'])], [['xr', 'x']]);
  // A real word that starts the typed one is no match unless all that is left is an ending: "lumbago" was meant.
  assert.deepEqual([...wordsNotFound('lumbargo', ['(lumbar'])], [['lumbargo', 'lumbar']]);
});

test('wordsNotFound: a word found as itself, a longer word, a plural or most of its start is found', () => {
  assert.equal(wordsNotFound('knee pain', ['Knee', 'painful']).size, 0);
  assert.equal(wordsNotFound('sciat', ['sciatica.']).size, 0);
  assert.equal(wordsNotFound('kneeling', ['Kneel']).size, 0); // Pagefind's stemming
  assert.equal(wordsNotFound('knees', ['knee']).size, 0);
  assert.equal(wordsNotFound('stiffness', ['stiff']).size, 0);
});

test('termsInQuery finds the pages whose terms a sentence holds, longest term first', () => {
  const found = termsInQuery('my back went when i bent over', prepared);
  assert.equal(found.get('/conditions/low-back-pain/'), 1); // "back", the body area
  const knee = termsInQuery('i think i have runners knee', prepared);
  assert.equal(knee.get('/conditions/kneecap-pain/'), 2);
  assert.equal(termsInQuery('zzz', prepared).size, 0);
});

test('pairsInQuery finds the pages whose term holds two words of the question side by side', () => {
  assert.ok(pairsInQuery('go work back pain', prepared).has('/conditions/low-back-pain/')); // "low back pain"
  assert.ok(!pairsInQuery('go work back', prepared).has('/conditions/low-back-pain/')); // one word is not enough
  assert.equal(pairsInQuery('pain outside elbow', prepared).size, 0); // not "pain on the outside of the hip"
});

