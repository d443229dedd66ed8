// "Find your physiotherapy service": answers "what applies to me?" as the user types a GP practice name or a
// postcode. Progressive enhancement: the tool is hidden until this runs, and the list of practices by town
// below it works without JavaScript. Builds the answer with DOM calls (never innerHTML) so nothing typed or
// loaded can become markup, and sets no inline styles, so the Content-Security-Policy needs no exceptions.

import { el, link } from './dom.js';
import { matchPractices, nameAndPlace, nameShards, nameWords, rank, readPostcode } from './find-match.js';

const TYPE_DELAY = 150;     // ms after the last key before the visible answer updates
const ANNOUNCE_DELAY = 900; // ms before screen readers hear it: speaking after every pause in typing drowns them
const MAX_PRACTICES = 5;

// ---- Plain-English answers ----

// The route and waiting-time sentences are written once, in msksite/wording.py, and sent in the data.
function practiceRoute(practice) { return practice.route; }

function areaRoute(service) { return service.area_route; }

/** The service's waiting-time sentence, or the no-figure one once the figure is too old to show (wait_until). */
function waitText(service) {
  const today = new Date().toISOString().slice(0, 10);
  return service.wait_until && today > service.wait_until ? service.no_wait : service.wait;
}

// ---- Building the answer ----

const listLink = () => link('#practices', 'choose your GP practice from the full list');

/** One card per practice; the whole card is its link (nhsuk-card--clickable), so one Tab stop each. */
function practiceCards(practices, data, heading = 'h3') {
  return el('ul', { class: 'nhsuk-list app-find__list' }, practices.map(p => {
    // A closed practice is found by name (its patients may not know): its route says where they are now.
    const about = p.closed ? 'This practice has closed.' : `Service: ${data.services[p.service].name}.`;
    return el('li', { class: 'nhsuk-card nhsuk-card--clickable app-find__card' },
      el('div', { class: 'nhsuk-card__content' },
        el(heading, { class: 'nhsuk-card__heading nhsuk-heading-s' }, link(p.url, p.name, { class: 'nhsuk-card__link' })),
        el('p', { class: 'nhsuk-card__description' }, `${p.town}, ${p.postcode}. ${about}`),
        el('p', { class: 'nhsuk-body app-find__route' }, el('strong', {}, practiceRoute(p)))));
  }));
}

function serviceCard(service) {
  return el('div', { class: 'nhsuk-card nhsuk-card--clickable app-find__card' },
    el('div', { class: 'nhsuk-card__content' },
      el('h3', { class: 'nhsuk-card__heading nhsuk-heading-s' }, link(service.url, service.name, { class: 'nhsuk-card__link' })),
      el('p', { class: 'nhsuk-body app-find__route' }, el('strong', {}, areaRoute(service))),
      el('p', { class: 'nhsuk-card__description' }, waitText(service))));
}

function answerForName(text, data, district) {
  const found = matchPractices(text, data.practices, district);
  if (!found.length) {
    return { status: `No GP practice found for ${text}.`, nodes: [
      el('h2', { class: 'nhsuk-heading-m' }, `No GP practice found for “${text}”`),
      el('p', {}, 'Check the spelling, try part of the name, or type your postcode. You can also ', listLink(), '.')] };
  }
  const shown = found.slice(0, MAX_PRACTICES);
  if (rank(found[0], nameWords(text)) === null) return answerForCloseName(text, shown, data);
  const status = found.length === 1
    ? `${shown[0].name}. ${practiceRoute(shown[0])}`
    : `${found.length} GP practices found, starting with ${shown[0].name}.`;
  const more = found.length > shown.length
    ? el('p', {}, `Showing ${shown.length} of ${found.length}. Type more of the name, or `, listLink(), '.') : null;
  return { status, nodes: [
    el('h2', { class: 'nhsuk-heading-m' }, found.length === 1 ? 'GP practice found' : 'GP practices found'),
    practiceCards(shown, data), more] };
}

/** Practices a typo or two away from what was typed: say so, so nobody takes a near name for their own. */
function answerForCloseName(text, shown, data) {
  return { status: `No GP practice called ${text}. Did you mean ${shown[0].name}?`, nodes: [
    el('h2', { class: 'nhsuk-heading-m' }, `GP practices with a name like “${text}”`),
    practiceCards(shown, data),
    el('p', {}, 'Not your practice? Check the spelling, type your postcode, or ', listLink(), '.')] };
}

function answerForUnknownArea(label, index) {
  return { status: `We do not cover ${label}.`, nodes: [
    el('h2', { class: 'nhsuk-heading-m' }, `We do not cover ${label}`),
    el('p', {}, `We could not find ${label} in the areas this site covers (${index.coverage}).`),
    el('p', {}, 'Check the postcode is right, or ', listLink(), ' if it is in one of these areas.'),
    el('p', {}, 'If you live elsewhere, your GP practice can tell you how to get physiotherapy.')] };
}

/** What applies across a district: one service's route, or, where two services share it, "it depends". */
function districtSummary(label, district, serviceIds, data) { // data: the area's shard
  if (serviceIds.length > 1) {
    const names = serviceIds.map(id => data.services[id].name).join(' or ');
    return { status: `${label}: it depends on your GP practice.`, nodes: [
      el('h2', { class: 'nhsuk-heading-m' }, `${label}: it depends on your GP practice`),
      el('p', {}, `GP practices in ${district} are covered by different physiotherapy services: ${names}. `
        + 'How you get physiotherapy depends on the GP practice you are registered with.')] };
  }
  const service = data.services[serviceIds[0]];
  return { status: `${label}: ${service.name}. ${areaRoute(service)}`, nodes: [
    el('h2', { class: 'nhsuk-heading-m' }, `Physiotherapy for ${label}`), serviceCard(service),
    el('p', {}, `This is the service for GP practices in ${district}. If your GP practice is somewhere else, type its name instead.`)] };
}

/** The answer for a postcode or district, then its practices: any at that exact postcode first. */
async function answerForPostcode({ district, postcode, area }, data) {
  const label = postcode || district;
  const serviceIds = area.districts[district];
  if (!serviceIds) return answerForUnknownArea(label, await data.index);
  const { status, nodes } = districtSummary(label, district, serviceIds, area);
  const inDistrict = await data.shard('districts', district);
  const here = inDistrict.practices.filter(p => p.postcode === postcode);
  const others = inDistrict.practices.filter(p => p.postcode !== postcode);
  if (here.length) {
    nodes.push(el('h3', {}, `${here.length === 1 ? 'GP practice' : 'GP practices'} at ${postcode}`), practiceCards(here, inDistrict, 'h4'));
  }
  if (others.length) {
    nodes.push(el('h3', {}, `${here.length ? 'Other GP practices' : 'GP practices'} in ${district}`), practiceCards(others, inDistrict, 'h4'));
  }
  nodes.push(el('p', {}, 'Not your practice? ', link('#practices', 'Choose your GP practice from the full list'), '.'));
  return { status, nodes };
}

function hint(message) {
  return { status: message, nodes: [el('p', { class: 'nhsuk-body app-find__hint' }, message)] };
}

/** A postcode or district and its area's shard, or null if the text is not shaped like one. */
async function readPlace(text, data) {
  const letters = text.toUpperCase().match(/^[A-Z]{1,2}(?=\d)/);
  if (!letters) return null;
  const index = await data.index;
  const area = index.areas.includes(letters[0]) ? await data.shard('areas', letters[0]) : { districts: {}, services: {} };
  const place = readPostcode(text, area.districts);
  return place && { ...place, area };
}

/** The practices (and their services' names) in the shards a name query needs, or null if it is too broad. */
async function practicesFor(query, data) {
  const keys = nameShards(query, await data.index);
  if (keys === null) return null;
  const shards = await Promise.all(keys.map(key => data.shard('names', key)));
  const practices = new Map();
  const services = {};
  for (const shard of shards) {
    shard.practices.forEach(p => practices.set(p.code, p));
    Object.assign(services, shard.services);
  }
  return { practices: [...practices.values()], services };
}

/** What to show for what was typed. */
async function answer(text, data) {
  const trimmed = text.trim();
  if (!trimmed) return { status: '', nodes: [] };
  const place = await readPlace(trimmed, data);
  if (place) return answerForPostcode(place, data);
  // A name with its postcode or district after it ("kingsmere surgery, wx1"): the name finds the practice.
  const { name, district } = nameAndPlace(trimmed);
  const query = nameWords(name);
  if (query.join('').length < 2) return hint('Type at least 2 letters of your GP practice name, or your postcode.');
  const found = await practicesFor(query, data);
  if (found === null) return hint('Type more of your GP practice name, or its town, or your postcode.');
  if (/\d/.test(name) && !matchPractices(name, found.practices).length) {
    // The example comes from the data, so another area's site shows one of its own postcodes.
    const { example } = await data.index;
    return hint(`That does not look like a postcode.${example ? ` A full postcode looks like ${example}.` : ''} Or type your GP practice name.`);
  }
  return answerForName(name, found, district);
}

/** The lookup data, fetched a shard at a time as queries need it, each shard once. */
function lookupData(indexUrl) {
  const fetched = new Map();
  const json = url => {
    if (!fetched.has(url)) {
      fetched.set(url, fetch(url).then(r => { if (!r.ok) throw new Error(`${url}: ${r.status}`); return r.json(); }));
    }
    return fetched.get(url);
  };
  const index = json(indexUrl);
  // Addresses come from the index (msksite/addresses.py), with {key} where the shard's key goes.
  const shard = async (kind, key) => json((await index).files[kind].replace('{key}', key.toLowerCase()));
  return { index, shard };
}

// ---- Wiring ----

function start(tool) {
  const form = tool.querySelector('#find-form');
  const input = tool.querySelector('#find-input');
  const results = tool.querySelector('#find-results');
  const status = tool.querySelector('#find-status');
  const data = lookupData(tool.dataset.lookup);
  // Say so at once rather than when the user types: the list below still works.
  data.index.catch(() => results.replaceChildren(el('p', {}, 'Sorry, this search is not working at the moment. Please ', listLink(), '.')));
  let typing, announcing, latest = 0;

  /** Answer what is in the box; announceNow on Enter or Find, when the user is waiting to hear it. */
  async function show(announceNow) {
    const run = ++latest;
    const text = input.value.trim();
    let reply;
    try {
      reply = !text && announceNow ? hint('Type your GP practice name or your postcode.') : await answer(text, data);
    } catch {
      status.textContent = 'Sorry, this search is not working at the moment.'; // the message is already on screen
      return;
    }
    if (run !== latest) return; // a newer keystroke has already been answered
    results.replaceChildren(...reply.nodes.filter(Boolean));
    // On a phone the answer starts below the first screen: after Find, nothing seemed to happen. Typing leaves the
    // page where it is (the box must stay in view); pressing Find brings the answer up.
    if (announceNow && results.getBoundingClientRect().top > window.innerHeight / 2) results.scrollIntoView();
    // Keep the address in step, so Back from a practice page shows the same answer.
    history.replaceState(null, '', text ? `?q=${encodeURIComponent(text)}` : location.pathname);
    clearTimeout(announcing);
    status.textContent = ''; // so pressing Find twice announces the answer twice
    announcing = setTimeout(() => { status.textContent = reply.status; }, announceNow ? 50 : ANNOUNCE_DELAY);
  }

  input.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => show(false), TYPE_DELAY); });
  form.addEventListener('submit', event => { event.preventDefault(); clearTimeout(typing); show(true); });
  tool.hidden = false;
  const query = new URLSearchParams(location.search).get('q');
  if (query) { input.value = query; show(false); }
}

const tool = document.getElementById('find-tool');
if (tool) start(tool);
