# Two commands: `make demo` sets everything up and runs the whole workflow on the
# bundled sample; `make test` runs the test suite. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m migrascope.tools.model_cache  # trains the header model and reranker once
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/migrascope run examples/cmdb_sample.csv --tenant demo --out report

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) report
