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

SOURCES = timeline api tests bench

# Write byte-code caches (__pycache__, ignored by git) even where the environment sets
# PYTHONDONTWRITEBYTECODE: without them every test process compiles every module and pytest
# rewrites every test file's asserts again, about 3 s of CPU per process.
export PYTHONDONTWRITEBYTECODE :=

check: $(BIN)/.installed  ## the quick loop: ruff, then every test but the browser and slow ones
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/python -m pytest -q -n auto -m "not browser and not slow"

test: $(BIN)/.installed browser  ## the whole loop (what CI runs): every test, then `make lint`
	$(BIN)/python -m pytest
	$(MAKE) lint

lint: $(BIN)/.installed  ## ruff check, ruff format --check, mypy (the files listed in pyproject.toml)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy

format: $(BIN)/.installed  ## ruff format the sources
	$(BIN)/ruff format $(SOURCES)

typecheck-all: $(BIN)/.installed  ## mypy --strict over all of timeline/ (not a gate: shows what is left)
	-$(BIN)/mypy --strict timeline

openapi: $(BIN)/.installed  ## regenerate api/openapi.json from the live app
	$(BIN)/python -m api.openapi > api/openapi.json

follow-pairs: $(BIN)/.installed  ## regenerate timeline/temporal/resources/generated/follow_pairs.tsv (after a rule's pattern changes)
	PYTHON=$(BIN)/python bash scripts/generate-follow-pairs

bench: $(BIN)/.installed  ## run the benchmarks under bench/ (installs the bench extra: datasette)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python bench/tagger.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/api.py
	$(BIN)/python bench/sources.py  # PostgreSQL workers too with TIMELINE_BENCH_DATABASE_URL
	$(BIN)/python bench/export.py

COMPILED ?= .venv-compiled
TEMPORAL_SOURCES = $(shell find timeline/temporal -name '*.py') setup.py scripts/build-compiled

$(COMPILED)/.built: $(TEMPORAL_SOURCES)
	bash scripts/build-compiled $(COMPILED)
	touch $@

compiled: $(COMPILED)/.built  ## optional: timeline.temporal compiled with mypyc into .venv-compiled (not the dev install; minutes of CPU)

bench-compiled: $(COMPILED)/.built  ## optional: bench/tagger.py with the mypyc-compiled tagger (rebuilt when a source changed)
	$(COMPILED)/bin/python bench/tagger.py --repeat 5

.PHONY: help install demo browser check test lint format typecheck-all bench openapi follow-pairs compiled bench-compiled
