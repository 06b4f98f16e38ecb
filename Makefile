# newsgraph: `make demo` (install, ingest the sample corpus, serve the dashboard) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= newsgraph.duckdb
PORT   ?= 8000

.PHONY: install demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q setuptools==75.8.0
	$(BIN)/pip install -q -e ".[test]"

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build *.egg-info
