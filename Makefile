# Everything runs from a virtual environment made from requirements.txt.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve test build offline outputs bench clean

$(BIN)/activate: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(BIN)/activate

setup: $(BIN)/activate

## Serve the site with live reload (the address is printed; it ends in the path of site_url).
serve: setup
	$(BIN)/mkdocs serve

## Every test: examples and their outputs, guards, the strict build of both languages.
test: setup
	$(BIN)/python -m pytest

## Build the site into site/.
build: setup
	$(BIN)/mkdocs build --strict

## A site to browse from a folder (file://): open site/index.html.
offline: setup
	OFFLINE=true $(BIN)/mkdocs build --strict

## Rerun every example in a fresh interpreter and rewrite the outputs shown under them.
outputs: setup
	$(BIN)/python -m doctools.update_outputs

## Wall times of the examples and of the strict build.
bench: setup
	$(BIN)/python -m doctools.benchmark $(ARGS)

clean:
	rm -rf site $(VENV)
