// The search page's filters: a drop-down for each of Pagefind's filters (body area, type of page) that has more than
// one value, folded away on a phone. search.js reads what is chosen and searches again when it changes.

import { el } from './dom.js';

// Below this width (nhsuk-frontend's tablet breakpoint) the filters start folded away: on a phone, two drop-downs
// pushed the results, and the urgent advice with them, off the first screen.
const NARROW = '(max-width: 40.0525em)';
const FILTERS = [
  { key: 'area', label: 'Body area', all: 'All body areas' },
  { key: 'type', label: 'Type of page', all: 'All types' },
];

/** Fill `box` with the filters the index has, chosen as in the address (`params`); `onChange` runs on each change. */
export async function buildFilters(box, pagefindReady, params, onChange) {
  let available = {};
  try {
    available = await (await pagefindReady).filters();
  } catch {
    return; // no index: nothing to filter
  }
  const groups = FILTERS.filter((f) => Object.keys(available[f.key] || {}).length > 1)
    .map((f) => filterSelect(f, Object.keys(available[f.key]).sort(), params.get(f.key), onChange));
  if (!groups.length) return;
  const chosen = FILTERS.some((f) => params.get(f.key));
  box.replaceChildren(foldable(groups, chosen || !matchMedia(NARROW).matches));
  box.hidden = false;
}

function foldable(groups, open) {
  const details = el('details', { class: 'nhsuk-details app-search-filters__details' },
    el('summary', { class: 'nhsuk-details__summary' },
      el('span', { class: 'nhsuk-details__summary-text' }, 'Filter results')),
    el('div', { class: 'nhsuk-details__text app-search-filters__groups' }, groups));
  details.open = open;
  return details;
}

function filterSelect(filter, values, chosen, onChange) {
  const id = `search-filter-${filter.key}`;
  const select = el('select', { class: 'nhsuk-select', id, name: filter.key },
    new Option(filter.all, ''), values.map((v) => new Option(v, v, false, v === chosen)));
  select.addEventListener('change', onChange);
  return el('div', { class: 'nhsuk-form-group app-search-filters__group' },
    el('label', { class: 'nhsuk-label', for: id }, filter.label), select);
}

/** The filters chosen in `box`: { area: 'Knee', ... }. */
export function chosenFilters(box) {
  const chosen = {};
  for (const select of box.querySelectorAll('select')) {
    if (select.value) chosen[select.name] = select.value;
  }
  return chosen;
}
