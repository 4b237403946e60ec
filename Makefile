# timeline: `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.DEFAULT_GOAL := help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/.installed  ## create .venv and install timeline with its test tools

PORT ?= 5000

demo: $(BIN)/.installed  ## run the demo: SQLite + the seed articles on http://127.0.0.1:$(PORT) (make demo PORT=8080)
	$(BIN)/timeline demo --port $(PORT)

browser:  ## install Debian's headless Chromium and TimelineJS (npm) for the browser tests (skipped where impossible)
	@bash scripts/ensure-chromium
	@bash scripts/ensure-timelinejs

test: $(BIN)/.installed browser  ## run the whole test suite (PostgreSQL too if TIMELINE_TEST_DATABASE_URL is set)
	$(BIN)/python -m pytest

lint: $(BIN)/.installed  ## ruff
	$(BIN)/ruff check timeline api tests bench

openapi: $(BIN)/.installed  ## regenerate api/openapi.json from the live app
	$(BIN)/python -m api.openapi > api/openapi.json

bench: $(BIN)/.installed  ## run the benchmarks under bench/ (installs the bench extra: datasette)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python bench/tagger.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/api.py
	$(BIN)/python bench/export.py

.PHONY: help install demo browser test lint bench openapi
