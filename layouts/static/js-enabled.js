// The one classic script every page loads as the first thing in <body>, so what must happen before the page is
// shown happens here: it tells nhsuk-frontend's CSS that JavaScript is running, sends a moved page on, and retries
// an address typed in capitals. An external file rather than inline script, so the Content-Security-Policy needs no
// 'unsafe-inline'.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');

// A page that has moved (layouts/redirect.html) goes on at once, keeping the link's ?query and #section, which its
// meta refresh (for browsers without JavaScript) drops: a surgery's link to "#get-help" still lands on the 999 card.
var movedTo = document.querySelector('meta[name="app-moved-to"]');
if (movedTo) location.replace(movedTo.content + location.search + location.hash);

// An address typed from paper in capitals ("/find/Z99001/": the practice code prints so) finds no page on a host
// that tells capitals apart: the page not found tries it in small letters, which every address here is, once.
if (document.querySelector('meta[name="app-not-found"]') && /[A-Z]/.test(location.pathname)) {
  location.replace(location.pathname.toLowerCase() + location.search + location.hash);
}
