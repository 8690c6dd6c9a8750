# polkg: every target sets up .venv itself, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/polkg demo

lint: $(STAMP)
	$(BIN)/ruff check polkg tests bench
	$(BIN)/ruff format --check polkg tests bench

typecheck: $(STAMP)
	$(BIN)/mypy polkg

test: lint typecheck
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) polkg-data build *.egg-info
