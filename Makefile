# The two commands a newcomer needs: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# `make test` runs the cache tests a second time against this Redis when it answers.
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
# gunicorn sync workers: two per core plus one.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))

.PHONY: install lock run serve test lint format browser-tools css bench drill

# Exactly the locked versions, every file checked against its hash (pip-sync also removes
# whatever the lock no longer lists), then the project itself: its dependencies, setuptools
# included, are all in the lock, so nothing unpinned is fetched. Re-runs when the lock changes.
$(VENV)/.installed: requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	$(VENV)/bin/pip-sync --quiet requirements-dev.txt
	PYTHONWARNINGS="ignore:Editable installation" \
		$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.installed

# Re-resolve pyproject.toml's ranges into the two lock files, then install the result.
# requirements.txt (what production runs) is held to the versions of requirements-dev.txt.
# Add UPGRADE=--upgrade (everything) or UPGRADE="--upgrade-package NAME" (one package).
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet \
	--generate-hashes --strip-extras --no-emit-find-links --no-emit-index-url $(UPGRADE)
lock: install
	$(PIP_COMPILE) --allow-unsafe --extra dev -o requirements-dev.txt pyproject.toml
	$(PIP_COMPILE) -c requirements-dev.txt -o requirements.txt pyproject.toml
	$(MAKE) install

# Development server with DEBUG on, SQLite unless DATABASE_URL says otherwise.
run: install
	DEBUG=1 $(PY) manage.py migrate
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

# The production configuration over plain http on 127.0.0.1, for benchmarks and drills.
# gunicorn.conf.py keeps client addresses and query strings out of both logs.
serve: install
	export DEBUG=0 HTTPS=0 SECRET_KEY="$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')}"; \
	$(PY) bench/ensure_database.py && \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py collectstatic --noinput -v0 && \
	exec $(VENV)/bin/gunicorn therapy_readiness.wsgi --bind 127.0.0.1:$(PORT) \
		--workers $(WORKERS) --no-control-socket $(GUNICORN_ARGS) \
		--access-logfile -

# Debian's Chromium (Playwright's own download cannot work here) and npm's axe-core.
browser-tools:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@test -f node_modules/axe-core/axe.min.js -a -x node_modules/.bin/purgecss || npm ci --no-audit --no-fund

# static/bundle.css, the one stylesheet: Bootstrap trimmed to the classes in use, then
# static/css/. Run after changing templates' classes or static/css/ (a test checks).
css: install browser-tools
	$(PY) assets/build_css.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: export SECRET_KEY = test-only-secret-key-not-for-production-use-0123456789
test: export DEBUG = 0
test: export HTTPS = 0
test: install browser-tools lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)
	@if $(PY) -c "import redis; redis.Redis.from_url('$(TEST_REDIS_URL)').ping()" 2>/dev/null; then \
		echo "The cache tests again, on the shared Redis at $(TEST_REDIS_URL):"; \
		REDIS_URL=$(TEST_REDIS_URL) $(PY) -m pytest tests/test_sitecache_*.py; \
	elif [ -n "$$CI" ]; then echo "CI needs Redis at $(TEST_REDIS_URL) for the cache tests"; exit 1; \
	else echo "No Redis at $(TEST_REDIS_URL): the cache tests ran on the embedded cache only."; fi

bench: install
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/inprocess.py
	@case "$$DATABASE_URL" in postgres*) $(PY) bench/growth.py ;; \
		*) echo "Growth bench skipped: it needs DATABASE_URL on PostgreSQL." ;; esac

# Outage drill on a private PostgreSQL cluster of its own (never the shared server): two app
# servers, save on one and resume on the other, then simulated visitors while Postgres
# restarts and, in a second round, stops for 5 s. Prints the figures; fails if an answer is lost.
drill: install
	$(PY) bench/drill.py $(DRILL_ARGS)
