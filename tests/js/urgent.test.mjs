// What screen readers hear first when a query describes a red flag: the care card's own words, most urgent first.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TIERS, urgentWords } from '../../layouts/static/urgent.js';

test('urgentWords says each flag as its care card does, in the order given', () => {
  const flags = [
    { tier: 'emergency', text: 'you have numbness or tingling around your bottom or genitals' },
    { tier: 'urgent', text: 'you have had cancer before' },
  ];
  assert.equal(urgentWords(flags), 'Call 999 or go to A&E now if you have numbness or tingling around your bottom or genitals. '
    + 'Ask for an urgent GP appointment or call 111 if you have had cancer before.');
  assert.equal(urgentWords([]), '');
});

test('every tier of the red-flag library has its words', () => {
  assert.deepEqual(Object.keys(TIERS).sort(), ['emergency', 'urgent', 'urgent_care']);
});
