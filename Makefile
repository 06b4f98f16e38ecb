# newsgraph — two commands on a fresh machine:
#   make demo   install, ingest the bundled sample corpus, print what was found, serve the dashboard
#   make test   install (incl. test tools and headless Chromium), run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= newsgraph.duckdb
HOST   ?= 127.0.0.1
PORT   ?= 8000
CORPUS := src/newsgraph/data/corpus

.PHONY: install web demo test browser-deps postgres-deps screenshot bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs are stamped, so a second `make demo` or `make test` skips pip and npm; they run again when
# pyproject.toml or web/package-lock.json change (or the venv / node_modules are removed).
PY_STAMP  := $(VENV)/.newsgraph-installed
NPM_STAMP := web/node_modules/.newsgraph-installed
ASSETS    := src/newsgraph/web/static/vendor/VERSIONS.json

install: $(PY_STAMP) web

$(PY_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --disable-pip-version-check setuptools==75.8.0
	$(BIN)/pip install -q --disable-pip-version-check -e ".[test]"
	@touch $@

# Front-end assets: npm packages (pinned in web/package-lock.json) copied into the package's static dir.
web: $(ASSETS)

$(NPM_STAMP): web/package-lock.json web/package.json
	@command -v npm >/dev/null || { echo "npm is needed to build the dashboard assets"; exit 1; }
	cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(ASSETS): $(NPM_STAMP) web/build.mjs
	cd web && npm run --silent build

demo: install
	-$(BIN)/newsgraph ingest --db $(DB) $(CORPUS)
	$(BIN)/newsgraph events --db $(DB) --limit 15
	@echo "database: $(abspath $(DB))"
	@echo "dashboard: http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/newsgraph serve --db $(DB) --host $(HOST) --port $(PORT)

# Debian's Chromium for the dashboard's browser tests (root on CI and dev machines).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed and not root: browser tests will be skipped"; fi; }

# Debian's PostgreSQL server for the PostgreSQL backend tests: they start a throwaway server of their own
# on a free local port (tests/throwaway_postgres.py) and stop it at the end.
postgres-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "postgresql not installed and not root: PostgreSQL backend tests will be skipped"; fi; }

test: install browser-deps postgres-deps
	$(BIN)/python -m pytest

# The README's picture: the dashboard over the demo database (the sample corpus), taken by the browser test.
screenshot: install browser-deps
	$(BIN)/python -m pytest -q tests/test_dashboard.py -k readme_screenshot --update-screenshot

bench: install
	$(BIN)/newsgraph bench

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build src/*.egg-info
