# Quick start: `make run` and `make test` work on a fresh machine with Python 3.11 and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint typecheck unit eval bench messages clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/crossroads serve

lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench

typecheck: $(INSTALLED)
	$(BIN)/mypy

unit: $(INSTALLED)
	$(BIN)/pytest -q

test: lint typecheck unit

# The words in code and templates, for translators (content YAML is translated per folder).
messages: $(INSTALLED)
	$(BIN)/pybabel -q extract -F babel.cfg --no-location -o src/crossroads/locale/messages.pot src

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
