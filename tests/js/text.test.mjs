// The shared text helpers: the "Did you mean" arithmetic and the word splitting both pages rely on.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { commonPrefix, editDistance, fold, normalise, similarity, stem, words } from '../../layouts/static/text.js';

test('editDistance counts one typo for each slip a patient makes', () => {
  assert.equal(editDistance('knee', 'knee'), 0);
  assert.equal(editDistance('kne', 'knee'), 1); // a letter missed
  assert.equal(editDistance('kneee', 'knee'), 1); // a letter doubled
  assert.equal(editDistance('sciatika', 'sciatica'), 1); // a letter wrong
  assert.equal(editDistance('planter', 'plantar'), 1);
  assert.equal(editDistance('sholder', 'shoulder'), 1);
  assert.equal(editDistance('anckle', 'ankle'), 1);
});

test('editDistance counts swapped neighbours as one typo, not two', () => {
  assert.equal(editDistance('sciatcia', 'sciatica'), 1);
  assert.equal(editDistance('nkee', 'knee'), 1);
});

test('editDistance adds up several typos and is the same both ways round', () => {
  assert.equal(editDistance('lumbaggo', 'lumbago'), 1);
  assert.equal(editDistance('artritus', 'arthritis'), 2);
  assert.equal(editDistance('knee', 'hip'), 4);
  assert.equal(editDistance('', 'hip'), 3);
  assert.equal(editDistance('hip', ''), 3);
  assert.equal(editDistance('arthritis', 'osteoarthritis'), editDistance('osteoarthritis', 'arthritis'));
  assert.equal(editDistance('arthritis', 'osteoarthritis'), 5);
});

test('similarity is 1 for the same word and falls with each typo relative to the longer word', () => {
  assert.equal(similarity('sciatica', 'sciatica'), 1);
  assert.equal(similarity('sciatika', 'sciatica'), 1 - 1 / 8);
  assert.equal(similarity('kne', 'knee'), 0.75);
  assert.equal(similarity('knee', 'hip'), 0);
  assert.equal(similarity('', ''), 1); // no division by zero
});

test('normalise lower-cases, drops apostrophes and turns other punctuation into single spaces', () => {
  assert.equal(normalise("Runner's knee"), 'runners knee');
  assert.equal(normalise('De Quervain\u2019s'), 'de quervains'); // a curly apostrophe, as phones type it
  assert.equal(normalise('Heel pain (plantar fasciitis)'), 'heel pain plantar fasciitis');
  assert.equal(normalise('  Wrist lifts,  palm down!  '), 'wrist lifts palm down');
  assert.equal(normalise('Cross-body shoulder stretch'), 'cross body shoulder stretch');
});

test('words splits normalised text and never returns empty words', () => {
  assert.deepEqual(words('Pins and needles, in hand'), ['pins', 'and', 'needles', 'in', 'hand']);
  assert.deepEqual(words("  golfer's   ELBOW "), ['golfers', 'elbow']);
  assert.deepEqual(words(''), []);
  assert.deepEqual(words(' -- '), []);
});

test('fold drops accents and reads & as and, so words match however they were typed', () => {
  assert.deepEqual(words(fold('Café & Co')), ['cafe', 'and', 'co']);
  assert.deepEqual(words(fold('Ashcombe Vale Surgery')), ['ashcombe', 'vale', 'surgery']);
  assert.deepEqual(words('Café'), ['caf']); // without fold the accented letter is lost, not matched
});

test('commonPrefix counts the letters two words share at the start', () => {
  assert.equal(commonPrefix('arthritus', 'arthritis'), 7);
  assert.equal(commonPrefix('knee', 'kneecap'), 4);
  assert.equal(commonPrefix('back', 'hip'), 0);
  assert.equal(commonPrefix('', 'knee'), 0);
});

test('stem drops a plural or verb ending, and keeps a word too short to cut', () => {
  assert.equal(stem('numbness'), 'numb');
  assert.equal(stem('kneeling'), 'kneel');
  assert.equal(stem('lumbargo'), 'lumbargo');
  assert.equal(stem('sing'), 'sing');
});
