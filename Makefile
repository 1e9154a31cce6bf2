# Two commands do everything on a fresh machine with python3 and make:
#   make demo   -- the nightly ingest over the bundled real reports, offline
#   make test   -- the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

# uv from PATH, else the uv module of $(PYTHON), else the copy `make setup` installs into .tools/
# (a venv of its own, so it works where pip may not install for the user: PEP 668, no --user site).
UV = $(shell uv --version >/dev/null 2>&1 && echo uv || \
       ($(PYTHON) -m uv --version >/dev/null 2>&1 && echo $(PYTHON) -m uv) || echo .tools/bin/uv)

.PHONY: setup uv demo test test-e2e bench lock clean

setup: $(VENV)/.synced

# Re-sync only when the lock or the project metadata changes.
$(VENV)/.synced: requirements.lock pyproject.toml | uv
	@[ -d $(VENV) ] || $(UV) venv --quiet --python 3.11 $(VENV)
	$(UV) pip sync --quiet --python $(BIN)/python requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

uv:
	@uv --version >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || [ -x .tools/bin/uv ] || \
	  { $(PYTHON) -m venv .tools && .tools/bin/pip install --quiet uv; }

demo: setup
	$(BIN)/reliefledger demo

test: setup
	$(BIN)/python -m pytest -q

# Only the end-to-end checks (also part of `make test`): a real Prefect server, deployments, a real
# worker, and the summary page in headless Chromium (skipped, saying why, without Debian's chromium).
test-e2e: setup
	$(BIN)/python -m pytest -q -m e2e

# The benchmark suite (bench/suite.py): 1k and 10k-document nights, 1M and 10M-observation ledgers;
# a table on stdout, JSON in bench/results/. 20-30 minutes here; BENCH_ARGS=--with-100k adds 100k
# documents (about an hour more). Extraction alone: $(BIN)/python -m bench.extraction
bench: setup
	$(BIN)/python -m bench.suite $(BENCH_ARGS)

# Re-pin after editing pyproject.toml dependencies (hashes, no index URLs).
lock: | uv
	$(UV) pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
	  --no-header -o requirements.lock

clean:
	rm -rf $(VENV) .tools data/ .pytest_cache
