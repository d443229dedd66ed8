// Reading what was typed into "Find your physiotherapy service", over the example site's practices and districts.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  matchPractices, nameAndPlace, nameShards, nameWords, rank, readPostcode, shardFor, typoCost, typos, typosAllowed,
  wordForms,
} from '../../layouts/static/find-match.js';

// From content/practices.yaml and content/postcode-districts.yaml, as the build sends them in /find/'s lookup data.
const PRACTICES = [
  ['Z99001', 'Kingsmere Surgery', 'Kingsmere', 'WX1 2HP'],
  ['Z99002', 'Abbey Road Medical Practice', 'Kingsmere', 'WX1 4JS'],
  ['Z99003', 'Kingsmere Park Surgery', 'Kingsmere', 'WX2 1LT'],
  ['Z99004', 'Westgate Family Practice', 'Kingsmere', 'WX2 3NU'],
  ['Z99005', 'Millbrook Surgery', 'Millbrook', 'WX3 4AD'],
  ['Z99006', 'Mill Lane Medical Centre', 'Millbrook', 'WX3 6PW'],
  ['Z99007', 'Bramble Hill Surgery', 'Millbrook', 'WX4 2RX'],
  ['Z99018', 'Church Walk Surgery', 'Ashcombe', 'WX8 2BY'],
  ['Z99023', 'Durnford Surgery', 'Durnford', 'WX12 5RU'],
  ['Z99026', 'Upper Durnford Surgery', 'Durnford', 'WX13 4UY'],
  ['Z99029', 'Saltmouth Surgery', 'Saltmouth', 'WX15 6SE'],
  ['Z99030', 'Harbour Medical Practice', 'Saltmouth', 'WX15 2DG'],
  ['Z99031', 'Cliff Top Surgery', 'Saltmouth', 'WX16 1EH'],
].map(([code, name, town, postcode]) => ({ code, name, town, postcode }));
const DISTRICTS = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`WX${i + 1}`, ['a-service']]));
const names = (text) => matchPractices(text, PRACTICES).map((p) => p.name);

test('readPostcode reads a full postcode in any case and spacing', () => {
  const wx1 = { district: 'WX1', postcode: 'WX1 2HP' };
  assert.deepEqual(readPostcode('wx1 2hp', DISTRICTS), wx1);
  assert.deepEqual(readPostcode('WX1  2HP', DISTRICTS), wx1);
  assert.deepEqual(readPostcode(' wx12hp ', DISTRICTS), wx1);
  assert.deepEqual(readPostcode('wx125ru', DISTRICTS), { district: 'WX12', postcode: 'WX12 5RU' });
  assert.deepEqual(readPostcode('SW1A 1AA', DISTRICTS), { district: 'SW1A', postcode: 'SW1A 1AA' }); // shaped right, elsewhere
});

test('readPostcode reads a district, or a postcode still being typed, as its district', () => {
  assert.deepEqual(readPostcode('wx3', DISTRICTS), { district: 'WX3', postcode: null });
  assert.deepEqual(readPostcode('WX7 4', DISTRICTS), { district: 'WX7', postcode: null });
  assert.deepEqual(readPostcode('wx1 2h', DISTRICTS), { district: 'WX1', postcode: null });
});

test('readPostcode splits "WX12" by the districts it knows', () => {
  assert.deepEqual(readPostcode('WX12', DISTRICTS), { district: 'WX12', postcode: null });
  // The fixture site covers WX1, WX5 and WX9 only, so there "WX12" is WX1 with the start of "2.." typed.
  assert.deepEqual(readPostcode('WX12', { WX1: [], WX5: [], WX9: [] }), { district: 'WX1', postcode: null });
  assert.deepEqual(readPostcode('AB12', {}), { district: 'AB12', postcode: null });
});

test('readPostcode returns null for text not shaped like a postcode', () => {
  for (const text of ['', '   ', 'millbrook', 'church walk', '12345', 'WX1 2HPX', 'WX 12', '1WX', 'WXY1']) {
    assert.equal(readPostcode(text, DISTRICTS), null, text);
  }
});

test('nameWords drops case, accents and punctuation, and reads & as and', () => {
  assert.deepEqual(nameWords("St. Mary's & Café"), ['st', 'marys', 'and', 'cafe']);
  assert.deepEqual(nameWords('  Church   Walk '), ['church', 'walk']);
});

test('matchPractices finds a practice from the start of its name', () => {
  assert.deepEqual(names('saltmouth surg'), ['Saltmouth Surgery', 'Cliff Top Surgery']); // Cliff Top: in Saltmouth
  assert.equal(names('church walk')[0], 'Church Walk Surgery');
  assert.equal(names('Church Walk Surgery').length, 1);
});

test('matchPractices puts the full name before a longer name that starts the same way', () => {
  assert.deepEqual(names('kingsmere surgery').slice(0, 2), ['Kingsmere Surgery', 'Kingsmere Park Surgery']);
  assert.deepEqual(names('durnford surgery').slice(0, 2), ['Durnford Surgery', 'Upper Durnford Surgery']);
});

test('matchPractices finds words in any order, then by town or ODS code', () => {
  assert.deepEqual(names('walk church'), ['Church Walk Surgery']);
  assert.deepEqual(names('z99018'), ['Church Walk Surgery']);
  const kingsmere = names('kingsmere');
  assert.deepEqual(kingsmere.slice(2).sort(), ['Abbey Road Medical Practice', 'Westgate Family Practice']); // the town
  assert.deepEqual(kingsmere.slice(0, 2).sort(), ['Kingsmere Park Surgery', 'Kingsmere Surgery']); // the name
});

test('matchPractices finds nothing for a name from elsewhere', () => {
  assert.deepEqual(names('st marys'), []);
  assert.equal(names('kingsmire')[0], 'Kingsmere Surgery'); // a typo finds it, the name with no other words first
});

test('rank: 0 name starts with the words, 1 every word starts a name word, 2 town or code, null none', () => {
  const churchWalk = PRACTICES.find((p) => p.code === 'Z99018');
  assert.equal(rank(churchWalk, ['church', 'wa']), 0);
  assert.equal(rank(churchWalk, ['walk', 'surg']), 1);
  assert.equal(rank(churchWalk, ['ashcombe']), 2);
  assert.equal(rank(churchWalk, ['z99018']), 2);
  assert.equal(rank(churchWalk, ['millbrook']), null);
});

test('wordForms reads each short form as what it may stand for, in one place', () => {
  assert.deepEqual(wordForms(['abbey', 'rd']), [['abbey'], ['rd', 'road']]);
  assert.deepEqual(wordForms(['st', 'marys', 'hc']), [['st', 'street', 'saint'], ['marys'], ['health'], ['centre']]);
  assert.deepEqual(wordForms(['mill', 'lane', 'med', 'ctr']), [['mill'], ['lane'], ['med', 'medical'], ['ctr', 'centre']]);
});

test('matchPractices finds a name typed with the short forms people write in addresses', () => {
  assert.equal(names('abbey rd')[0], 'Abbey Road Medical Practice');
  assert.equal(rank(PRACTICES[1], nameWords('abbey rd')), 0);
  assert.equal(names('abbey rd med')[0], 'Abbey Road Medical Practice');
  assert.equal(names('mill lane med ctr')[0], 'Mill Lane Medical Centre');
  assert.equal(names('mill lane medical cntr')[0], 'Mill Lane Medical Centre');
  assert.equal(names('saltmouth surg')[0], 'Saltmouth Surgery');
  assert.equal(names('abey rd')[0], 'Abbey Road Medical Practice'); // a typo as well
});

test('matchPractices reads short forms in practice names too, and "st" as street or saint', () => {
  const more = [
    ['Z99101', "St Mary's Health Centre", 'Kingsmere', 'WX1 1AA'],
    ['Z99102', 'High St Surgery', 'Millbrook', 'WX3 1AA'],
    ['Z99103', 'Hartwell Med Ctr', 'Hartwell', 'WX5 1AA'],
  ].map(([code, name, town, postcode]) => ({ code, name, town, postcode }));
  const found = (text) => matchPractices(text, more).map((p) => p.name);
  assert.deepEqual(found('saint marys'), ["St Mary's Health Centre"]);
  assert.deepEqual(found('st marys hc'), ["St Mary's Health Centre"]);
  assert.deepEqual(found('high street'), ['High St Surgery']);
  assert.deepEqual(found('hartwell medical centre'), ['Hartwell Med Ctr']);
  assert.deepEqual(found('st'), ["St Mary's Health Centre", 'High St Surgery']);
});

// A national site's name shards (msksite/plan/lookup.py): prefixes as short as the size budget allows.
const NATIONAL = { root: '_', generic: ['surgery', 'medical'], names: ['ab', 'kin', 'king', 'kings', 'kingw', 'mil', 'sa', 'ti', 'to'] };

test('shardFor takes the longest key a word starts with, and the keys of words still being typed', () => {
  assert.deepEqual(shardFor('kingsmere', NATIONAL.names), ['kings']);
  assert.deepEqual(shardFor('kingwood', NATIONAL.names), ['kingw']);
  assert.deepEqual(shardFor('king', NATIONAL.names), ['king', 'kings', 'kingw']); // "king" itself, or the start of more
  assert.deepEqual(shardFor('ki', NATIONAL.names), ['kin', 'king', 'kings', 'kingw']);
  assert.deepEqual(shardFor('zed', NATIONAL.names), []);
});

test('nameShards fetches the one shard of a small site for any query', () => {
  assert.deepEqual(nameShards(['x'], { root: '_', generic: [], names: ['_'] }), ['_']);
});

test('nameShards uses the longest words, skips common ones, and gives up on queries too broad to fetch', () => {
  assert.deepEqual(nameShards(['kingsmere', 'surgery'], NATIONAL), ['kings']);
  assert.deepEqual(nameShards(['abbey', 'kingsmere', 'mill'], NATIONAL), ['kings', 'ab']); // the two longest words
  assert.deepEqual(nameShards(['surg'], NATIONAL), null);       // the start of a common word
  assert.deepEqual(nameShards(['ki'], NATIONAL), null);         // four shards: type more
  assert.deepEqual(nameShards(['t', 'kingsmere'], NATIONAL), ['kings']);  // "t" would need two more: left out
  assert.deepEqual(nameShards(['zed', 'surgery'], NATIONAL), null); // a misspelt word among common ones: ask for more
  assert.deepEqual(nameShards(['zed', 'zog'], NATIONAL), []);         // nothing can match
});

test('a practice or town name with one or two typos still finds the practice, fewest typos first', () => {
  assert.equal(names('millbrok')[0], 'Millbrook Surgery'); // one letter left out
  assert.equal(names('milbrok surgery')[0], 'Millbrook Surgery'); // two
  assert.equal(names('saltmoth')[0], 'Saltmouth Surgery');
  assert.deepEqual(names('chruch walk'), ['Church Walk Surgery']); // swapped letters
  assert.deepEqual(names('harbor medical'), ['Harbour Medical Practice']);
  assert.equal(names('kingsmeer park')[0], 'Kingsmere Park Surgery');
  assert.equal(names('durnfrod')[0], 'Durnford Surgery'); // by its name before its town
});

test('typos are only guessed when nothing matches as typed, and never in short words', () => {
  assert.deepEqual(names('mill'), ['Mill Lane Medical Centre', 'Millbrook Surgery', 'Bramble Hill Surgery']); // town Millbrook
  assert.deepEqual(names('zzz'), []);
  assert.deepEqual(names('xyzzy surgery'), []);
  assert.equal(typosAllowed('top'), 0);
  assert.equal(typosAllowed('abey'), 1);
  assert.equal(typosAllowed('milbrok'), 2);
  assert.equal(typos('salt', 'saltmouth'), 0);
  assert.equal(typos('satl', 'saltmouth'), 1);
  assert.equal(typos('xxxx', 'saltmouth'), null);
  assert.equal(typoCost(PRACTICES[0], ['kingsmeer']), 1.02);
});

test('nameAndPlace reads a practice name apart from the postcode or district after it', () => {
  assert.deepEqual(nameAndPlace('kingsmere surgery, wx1'), { name: 'kingsmere surgery', district: 'WX1' });
  assert.deepEqual(nameAndPlace('Kingsmere Surgery WX1 2HP'), { name: 'Kingsmere Surgery', district: 'WX1' });
  assert.deepEqual(nameAndPlace('millbrook'), { name: 'millbrook', district: null });
  assert.deepEqual(nameAndPlace('wx1 2hp'), { name: 'wx1 2hp', district: null }); // a postcode alone: no name
  assert.deepEqual(nameAndPlace('surgery 12345'), { name: 'surgery 12345', district: null });
});

test('with a district, the name finds the practice, and practices in the district come first among equals', () => {
  const { name, district } = nameAndPlace('kingsmere surgery, wx1');
  assert.equal(matchPractices(name, PRACTICES, district)[0].name, 'Kingsmere Surgery');
  // "surgery" alone fits many names equally: the one in WX3 first
  assert.equal(matchPractices('surgery', PRACTICES, 'WX3')[0].name, 'Millbrook Surgery');
  assert.equal(matchPractices('surgery', PRACTICES)[0].name, 'Bramble Hill Surgery');
});
