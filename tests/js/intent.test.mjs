// What a typed question is about: its telling words, the red flags it describes, whether it asks for a way in,
// and the word-by-word fallback's order. Flags and terms are copied from the example site's library and terms.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  accessBets, contentWords, flagCard, flagStrength, matchRedFlags, MAX_FLAGS, rankByWordsMatched, sameWord,
} from '../../layouts/static/intent.js';

const FLAGS = [
  { id: 'saddle-numbness', tier: 'emergency', text: 'you have numbness or tingling around your bottom or genitals',
    says: ['numb bum', 'numb around my bottom', 'tingling down below', 'cannot feel the toilet paper when I wipe'] },
  { id: 'bladder-problems', tier: 'emergency',
    text: 'you have new problems peeing, such as not being able to pee, not feeling when you need to go, or leaking pee',
    says: ["can't pee", "can't wee", 'wetting myself', 'leaking wee'] },
  { id: 'calf-clot', tier: 'urgent', text: 'one calf is swollen, red or warm, and it hurts (this could be a blood clot)',
    says: ['swollen calf', 'hot painful calf'] },
  { id: 'clot-in-lung', tier: 'emergency', text: 'you have a swollen calf and you are short of breath or have chest pain',
    says: ['calf pain and short of breath'] },
  { id: 'crack-or-snap', tier: 'urgent_care', text: 'you heard a crack or snap when you were injured', says: ['heard a crack'] },
  { id: 'fever-with-pain', tier: 'urgent', text: 'you have a high temperature with the pain', says: ['fever and back pain'] },
  { id: 'gca-headache', tier: 'urgent', text: 'you are over 50 and have a new headache, or jaw pain when you chew', says: [] },
];

const TERMS = [
  { term: 'refer myself', title: 'Refer yourself to physiotherapy', url: '/self-referral/', access: true },
  { term: 'self refer', title: 'Refer yourself to physiotherapy', url: '/self-referral/', access: true },
  { term: 'physio', title: 'Refer yourself to physiotherapy', url: '/self-referral/', access: true },
  { term: 'near me', title: 'Find your physiotherapy service', url: '/find/', access: true },
  { term: 'physio near me', title: 'Find your physiotherapy service', url: '/find/', access: true },
  { term: 'waiting list', title: 'North', url: '/services/north/', access: true },
  { term: 'phone number', title: 'North', url: '/services/north/', access: true },
  { term: 'millbrook surgery', title: 'Physiotherapy for Millbrook Surgery', url: '/find/z1/', access: true },
  { term: 'knee pain', title: 'Knee pain', url: '/conditions/knee-pain/' },
];

const ids = (query) => matchRedFlags(query, FLAGS).map((f) => f.id);
const urls = (query) => accessBets(query, TERMS).map((b) => b.url);

test('contentWords drops stop words and reads everyday variants as one word', () => {
  assert.deepEqual(contentWords('How do I refer myself?'), ['refer', 'myself']);
  assert.deepEqual(contentWords("I can't wee"), ['cant', 'pee']);
  assert.deepEqual(contentWords('I cannot pee'), ['cant', 'pee']);
  assert.deepEqual(contentWords('tingling down below'), ['tingling', 'down', 'below']); // "down" can matter
  assert.deepEqual(contentWords('the and of'), []);
  assert.deepEqual(contentWords('stretches for tight calves'), ['stretches', 'tight', 'calf']); // Pagefind: "calv"
});

test('sameWord allows an ending and one typo in longer words, never in short ones', () => {
  assert.ok(sameWord('numbness', 'numb'));
  assert.ok(sameWord('legs', 'leg'));
  assert.ok(sameWord('tinglng', 'tingling'));
  assert.ok(!sameWord('wear', 'near')); // too short for a typo to be safe to guess
  assert.ok(!sameWord('pins', 'pain'));
  assert.ok(!sameWord('pee', 'poo'));
  assert.ok(!sameWord('needles', 'need'));
});

test('a red flag matches its lay phrasing inside a longer sentence, with a typo', () => {
  assert.deepEqual(ids('numb bum'), ['saddle-numbness']);
  assert.deepEqual(ids('i have a numb bum and back pain'), ['saddle-numbness']);
  assert.deepEqual(ids('tinglng down below'), ['saddle-numbness']);
  assert.deepEqual(ids('i cant pee'), ['bladder-problems']);
  assert.deepEqual(ids('heard a crack in my ankle'), ['crack-or-snap']);
});

test('a red flag matches its own wording when every telling word of the query is in it', () => {
  assert.deepEqual(ids('numbness around my bottom'), ['saddle-numbness']);
  assert.deepEqual(ids('numb bottom'), ['saddle-numbness']);
  assert.equal(flagStrength(['back', 'pain'], FLAGS[5]), 0); // common words alone never raise an alarm
});

test('ordinary condition queries raise no red flag', () => {
  for (const query of ['back pain', 'sore knee', 'pins and needles in hand', 'tennis elbow', 'slipped disc', 'knee pain at night', 'physio']) {
    assert.deepEqual(ids(query), [], query);
  }
});

test('the most urgent tier comes first, and a lay phrasing beats a looser match on wording', () => {
  assert.deepEqual(ids('swollen calf'), ['calf-clot']); // not clot-in-lung, whose wording also has "swollen calf"
  assert.deepEqual(ids('calf pain and short of breath'), ['clot-in-lung']);
  assert.deepEqual(ids('fever and back pain heard a crack'), ['crack-or-snap', 'fever-with-pain']);
  const many = matchRedFlags('numb bum cant pee swollen calf heard a crack', FLAGS);
  assert.equal(many.length, MAX_FLAGS);
  assert.equal(many[0].tier, 'emergency');
});

test('accessBets answers questions about getting physiotherapy with the site\'s own pages', () => {
  assert.deepEqual(urls('how do i refer myself'), ['/self-referral/']);
  assert.deepEqual(urls('can i self refer to physio'), ['/self-referral/']);
  assert.deepEqual(urls('physio near me'), ['/find/', '/self-referral/']);
  assert.deepEqual(urls('how long is the waiting list'), ['/services/north/']);
  assert.deepEqual(urls('physio phone number'), ['/services/north/', '/self-referral/']);
  assert.deepEqual(urls('milbrook surgery'), ['/find/z1/']); // one typo
});

test('accessBets leaves condition questions to the leaflets', () => {
  assert.deepEqual(urls('knee pain'), []); // not an access term
  assert.deepEqual(urls('physio for knee pain'), []); // mostly about the knee
  assert.deepEqual(urls(''), []);
});

test('rankByWordsMatched puts pages with more of the words first, then the higher total score', () => {
  const a = { id: 'a', score: 1 }, b = { id: 'b', score: 5 }, c = { id: 'c', score: 2 };
  const ranked = rankByWordsMatched([[a, b], [a, c], [c]]);
  assert.deepEqual(ranked.map((r) => r.id), ['c', 'a', 'b']); // c: 2 words, total 4; a: 2 words, total 2
  assert.deepEqual(rankByWordsMatched([]), []);
});

test('flagCard links the card on the leaflet the query names, else the flag\'s first', () => {
  const card = (url, title) => ({ url: `${url}#care-emergency`, title });
  const accident = { id: 'serious-accident', tier: 'emergency', ...card('/conditions/low-back-pain/', 'Low back pain'),
    pages: [card('/conditions/low-back-pain/', 'Low back pain'), card('/conditions/neck-pain/', 'Neck pain'),
      card('/conditions/whiplash/', 'Whiplash')] };
  // termsInQuery('neck pain after car crash'): "neck pain" (2 words) on Neck pain, "neck" on Whiplash
  const neck = new Map([['/conditions/neck-pain/', 2], ['/conditions/whiplash/', 1]]);
  assert.equal(flagCard(accident, neck).url, '/conditions/neck-pain/#care-emergency');
  assert.equal(flagCard(accident, neck).title, 'Neck pain');
  assert.equal(flagCard(accident, new Map()).url, '/conditions/low-back-pain/#care-emergency');
  const selfReferral = { id: 'saddle-numbness', url: '/self-referral/#care-emergency', title: 'Refer yourself' };
  assert.equal(flagCard(selfReferral, neck), selfReferral);
});
