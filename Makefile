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

# The paths ruff checks and formats; the rest of claimtrack joins as it is renovated.
LINT_PATHS := claimtrack/store claimtrack/interchange claimtrack/cli claimtrack/tui claimtrack/statuses.py \
	claimtrack/i18n.py claimtrack/localtime.py claimtrack/filters.py claimtrack/speaker_report.py \
	claimtrack/errors.py claimtrack/render.py claimtrack/report.py claimtrack/ratings.py claimtrack/pipeline.py \
	claimtrack/config.py claimtrack/models.py claimtrack/ingest/sniff.py claimtrack/ingest/readers.py \
	claimtrack/tracking claimtrack/extract claimtrack/match.py \
	claimtrack/lexicon.py claimtrack/textutil.py claimtrack/lexicon_schema.py claimtrack/tomlschema.py \
	tests/store tests/interchange tests/cli tests/tui tests/ingest tests/pipeline tests/tracking tests/extract \
	tests/test_match.py tests/test_docs.py tests/test_guards.py \
	tests/test_filters.py tests/test_i18n.py tests/test_speaker_report.py \
	tests/test_ratings.py tests/test_statuses.py tests/test_lexicon.py

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy

bench: $(STAMP)
	@# byte-compile first, as an installed package is: this environment sets PYTHONDONTWRITEBYTECODE
	$(BIN)/python -m compileall -q claimtrack
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
