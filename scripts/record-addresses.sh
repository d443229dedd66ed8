#!/usr/bin/env bash
# Records every address the site now publishes in published-addresses.txt and, when that adds any, commits and pushes
# the record. GitHub runs it on each push to main (.github/workflows/record-addresses.yml), so a new page is guarded
# from the day it goes live, even when its author edited in the browser and could not run `build.py addresses`.
# MSK_PROJECT, PY and MSK_BUILD let the tests run it on a copy of a project.
set -euo pipefail
cd "${MSK_PROJECT:-$(dirname "$0")/..}"
branch=${BRANCH:-main}
"${PY:-.venv/bin/python}" "${MSK_BUILD:-build.py}" addresses --root .
if git diff --quiet -- published-addresses.txt && ! git ls-files --others --error-unmatch published-addresses.txt >/dev/null 2>&1; then
  echo "No new addresses to record."
  exit 0
fi
git add published-addresses.txt
git -c user.name="${GIT_NAME:-msk-site}" -c user.email="${GIT_EMAIL:-msk-site@users.noreply.github.com}" \
  commit -q -m "Record the addresses this site now publishes [skip ci]"
# Someone may have pushed meanwhile: put the record on top of their change (theirs is recorded by its own run).
for attempt in 1 2 3; do
  git push -q origin "HEAD:$branch" && exit 0
  git pull -q --rebase origin "$branch"
done
echo "Could not push the record of addresses after 3 attempts." >&2
exit 1
