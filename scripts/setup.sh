#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine, and nothing twice:
# Debian's Chromium (the tests drive it; `playwright install` cannot download here), poppler-utils
# (pdftotext for the print test), a virtualenv with the pinned Python packages, and the pinned npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
stamp=.venv/.setup-stamp
want=$(cat requirements.txt requirements-dev.txt constraints.txt | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -c "import msksite.readability" 2>/dev/null || { echo "setup: Python packages failed to install"; exit 1; }
  echo "$want" > "$stamp"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --silent --no-audit --no-fund
fi
