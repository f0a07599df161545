# `make demo` and `make test` work on a fresh clone: both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := out/demo.duckdb

.PHONY: setup demo test bench clean docs

setup: $(STAMP)

# Reinstall only when the dependency list changes; `pip install -e` keeps code edits live.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	mkdir -p out && rm -f $(DEMO_DB)
	$(BIN)/eventwire ingest data/demo --lexicon data/demo/lexicon --db $(DEMO_DB)
	$(BIN)/eventwire list --db $(DEMO_DB)
	$(BIN)/eventwire summary --db $(DEMO_DB)

test: setup
	$(BIN)/ruff check src tests bench tools docs
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/dates.py
	$(BIN)/python bench/quotes.py dev
	$(BIN)/python bench/events.py
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache

docs: setup
	$(BIN)/python docs/generate_cli.py
