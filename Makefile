# From a fresh clone: `make site`, then `make serve` or `make test`. `make fuzz` (a few
# minutes, not part of `make test`) feeds every reader generated and pathological input:
# see docs/reliability.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: site serve test fuzz lint format clean

# The venv and the project with every runtime dependency (spaCy model included).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PIP) install -e '.[dev,dask]'
	touch $@

site: $(VENV)/.installed
	$(BIN)/digest build
	@echo "next: make serve (a live preview), or $(BIN)/digest --help"

# The preview server with live reload; PORT=0 picks any free port.
PORT ?= 8000
serve: $(VENV)/.installed
	$(BIN)/digest serve --port $(PORT)

# axe-core for the accessibility tests, from package-lock.json (npm comes with system-deps).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(VENV)/.installed-dev
	bash tools/system-deps.sh
	$(MAKE) --no-print-directory node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n 2

# FUZZ_EXAMPLES=N sets the generated inputs per reader and front-matter format.
FUZZ_EXAMPLES ?= 10000
fuzz: $(VENV)/.installed-dev
	$(BIN)/python -m tests.load.fuzz --examples $(FUZZ_EXAMPLES)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf site .digest-cache node_modules
