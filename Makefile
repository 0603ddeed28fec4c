# claimtrack: `make demo` to see it, `make test` to check it. Both set up .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.claimtrack-installed
DEMO_DB ?= demo.db

.PHONY: demo test install bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/claimtrack --db $(DEMO_DB) demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The paths ruff checks and formats: all of the package, its tests and the benchmarks.
LINT_PATHS := claimtrack tests bench

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy

# make bench BENCH_FLAGS="--scale 1m --pg" adds the 1M-claim figures and 4 ingesters into a throwaway PostgreSQL
bench: $(STAMP)
	@# byte-compile first, as an installed package is: this environment sets PYTHONDONTWRITEBYTECODE
	$(BIN)/python -m compileall -q claimtrack
	$(BIN)/python bench/run.py $(BENCH_FLAGS)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
