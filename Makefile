# Two commands do everything on a fresh machine with python3 and make:
#   make demo   -- the nightly ingest over the bundled real reports, offline
#   make test   -- the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

# Prefect must never phone home: this machine (and most CI) is offline.
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

# uv from PATH, else the uv module of $(PYTHON) (which `make setup` installs with pip if missing).
UV = $(shell command -v uv >/dev/null 2>&1 && echo uv || echo $(PYTHON) -m uv)

.PHONY: setup demo test lock clean

setup: $(VENV)/.synced

# Re-sync only when the lock or the project metadata changes.
$(VENV)/.synced: requirements.lock pyproject.toml
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
	  $(PYTHON) -m pip install --user --quiet uv
	@[ -d $(VENV) ] || $(UV) venv --quiet --python $(PYTHON) $(VENV)
	$(UV) pip sync --quiet --python $(BIN)/python requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

demo: setup
	$(BIN)/reliefledger demo

test: setup
	$(BIN)/python -m pytest -q

# Re-pin after editing pyproject.toml dependencies (hashes, no index URLs).
lock:
	$(UV) pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
	  --no-header -o requirements.lock

clean:
	rm -rf $(VENV) data/ .pytest_cache
