# The two quick-start commands. Each sets up what it needs first (scripts/setup.sh is idempotent).
.PHONY: serve test build check bench setup golden
PY := .venv/bin/python

serve: setup
	$(PY) build.py serve

# Two workers: the browser tests wait on Chromium much of the time, so both cores stay busy. loadscope keeps each
# module on one worker, so a module's shared fixtures (the national /find/ build, the reused tab) are made once.
test: setup
	$(PY) -m pytest -n 2 --dist loadscope

build: setup
	$(PY) build.py build

check: setup
	$(PY) build.py check

bench: setup
	$(PY) bench/bench.py --leaflets 1000

golden: setup
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py

setup:
	@bash scripts/setup.sh
