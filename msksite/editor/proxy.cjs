// `build.py edit`'s git proxy: decap-server's own git middleware (pinned in package.json), behind two checks it does
// not make itself. The Host must name this machine: a web page whose domain is made to point at 127.0.0.1 (DNS
// rebinding) is otherwise same-origin with the proxy, and could read and commit any file of the repository. And a
// browser's Origin must be the local site that serves /admin/: decap-server's CORS lets any local web app in.
'use strict';

const path = require('path');
const { createRequire } = require('module');

// express and the middleware from decap-server's own install, so they are the versions it was released with
const fromDecap = createRequire(path.resolve(process.env.GIT_REPO_DIRECTORY, 'node_modules/decap-server/package.json'));
const express = fromDecap('express');
const { registerLocalGit } = fromDecap('./dist/middlewares.js');

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);
// the addresses `build.py edit` serves the site at (edit.py): with --host, that one too
const origins = new Set((process.env.SITE_ORIGINS || '').split(' ').filter(Boolean));

// decap-server reads a draft's files as `git diff main cms/...` (two dots), which also lists every file changed on
// main since the draft began: after another entry was published, the older draft opened that entry, in its old
// words, and saving the draft undid the publication. Three dots compare from where the draft branched.
const simpleGit = fromDecap('simple-git');
const git = Object.getPrototypeOf(simpleGit(process.env.GIT_REPO_DIRECTORY));
const twoDotDiff = git.diff;
git.diff = function (options, ...rest) {
  const draft = Array.isArray(options) && options.length === 2 && options[1].startsWith('cms/');
  return twoDotDiff.call(this, draft ? [`${options[0]}...${options[1]}`] : options, ...rest);
};

const app = express();
app.use((request, response, next) => {
  const host = (request.headers.host || '').replace(/:\d+$/, '').toLowerCase();
  const origin = request.headers.origin;
  if (!LOCAL.has(host) || (origin !== undefined && !origins.has(origin))) {
    response.status(403).json({ error: 'The editor answers only the site served on this computer.' });
    return;
  }
  next();
});
registerLocalGit(app, { logLevel: process.env.LOG_LEVEL || 'warn' })
  .then(() => app.listen(Number(process.env.PORT), '127.0.0.1'))
  .catch((error) => { console.error(error.message); process.exit(1); });
