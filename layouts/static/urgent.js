// The urgent advice box on the search page: one care card per tier of the red flags a query describes, most urgent
// first, above every result. Built with DOM methods (dom.js); the tel: and 111 online addresses come from the page.

import { el, link } from './dom.js';

// What each tier tells people to do, as the care cards say it (layouts/components/care-cards).
export const TIERS = {
  emergency: { heading: 'Call 999 or go to A&E now if:', hidden: 'Immediate action required: ', variant: 'emergency' },
  urgent_care: { heading: 'Go to an urgent treatment centre or A&E today if:', hidden: 'Urgent advice: ', variant: 'urgent' },
  urgent: { heading: 'Ask for an urgent GP appointment or call 111 if:', hidden: 'Urgent advice: ', variant: 'urgent' },
};

/** What screen readers hear first: each flag's advice as one sentence. */
export function urgentWords(flags) {
  return flags.map((f) => `${TIERS[f.tier].heading.replace(/:$/, '')} ${f.text}.`).join(' ');
}

/** A care card per tier the flags are in (they come most urgent first) in the box; hidden when there are none. */
export function showUrgent(box, flags, where) {
  const tiers = [...new Set(flags.map((f) => f.tier))];
  box.replaceChildren(...tiers.map((tier) => urgentCard(tier, flags.filter((f) => f.tier === tier), where)));
  box.hidden = !flags.length;
}

function urgentCard(tier, flags, where) {
  const { heading, hidden, variant } = TIERS[tier];
  return el('div', { class: `nhsuk-card nhsuk-card--care nhsuk-card--care--${variant} app-search-urgent__card`, 'data-tier': tier },
    el('div', { class: 'nhsuk-card__heading-container' },
      el('h2', { class: 'nhsuk-card__heading' },
        el('span', { role: 'text' }, el('span', { class: 'nhsuk-u-visually-hidden' }, hidden), heading)),
      el('span', { class: 'nhsuk-card--care__arrow', 'aria-hidden': 'true' })),
    el('div', { class: 'nhsuk-card__content' },
      el('ul', {}, flags.map((f) => el('li', { 'data-red-flag': f.id }, f.text, ' (', link(f.url, 'read the advice'), ')'))),
      callLine(tier, where)));
}

/** Tap-to-call, as the leaflets' care cards say it. */
function callLine(tier, where) {
  if (tier === 'emergency') return el('p', {}, link(where.emergencyTel, 'Call 999'), ' or go straight to A&E.');
  if (tier === 'urgent_care') {
    return el('p', {}, 'You do not need an ambulance. If you are not sure where to go, call ', link(where.urgentTel, '111'), '.');
  }
  return el('p', {}, 'Call ', link(where.urgentTel, '111'), ' or ', link(where.urgentOnline, 'get help from 111 online'), '.');
}
