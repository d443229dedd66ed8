// Loaded as the first thing in <body>: tells nhsuk-frontend's CSS that JavaScript is running.
// An external file rather than inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
