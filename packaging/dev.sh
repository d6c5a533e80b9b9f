#!/usr/bin/env bash
# Set up a development checkout and either start the app or run the tests.
#   bash packaging/dev.sh app    # set up, then start Scopekeeper on its embedded SQLite default
#   bash packaging/dev.sh test   # set up, then run the whole test suite (SQLite and PostgreSQL)
#                                # and hold core, reports and desktop to their coverage floors
#   bash packaging/dev.sh test tests/core/test_uow.py   # only those tests (then PostgreSQL's),
#                                # without coverage
# Safe to run again: each step only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"; shift || true
case "$mode" in app|test) ;; *) echo "usage: bash packaging/dev.sh app|test" >&2; exit 2 ;; esac

. packaging/system.sh

# System packages: Qt's runtime libraries, a virtual screen for machines without a display,
# PostgreSQL 15 for the server test run, and the tools nobody here wrote that the tests read,
# sign and alter our documents with: poppler (pdfsig, pdftotext, pdftoppm), MuPDF (mutool),
# qpdf, NSS's certutil/pk12util for poppler's certificate database, and LibreOffice Calc
# (headless) to open the spreadsheets we export.
pkgs=("${QT_RUNTIME_PACKAGES[@]}")
[ "$mode" = test ] && pkgs+=(poppler-utils mupdf-tools qpdf libnss3-tools postgresql xauth xvfb libreoffice-calc-nogui)
[ "$mode" = app ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && pkgs+=(xvfb xauth)
install_missing "${pkgs[@]}"

# Python environment, pinned by constraints.txt.
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
stamp=.venv/.scopekeeper-installed
if [ ! -f "$stamp" ] || [ constraints.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
  touch "$stamp"
fi

# The interface's translations: the .qm files are built from desktop/translations/*.ts (they
# are not committed); quick, so done on every run and always current with the catalogues.
.venv/bin/python packaging/translations.py release >/dev/null

if [ "$mode" = app ]; then
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Scopekeeper on a virtual screen (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/scopekeeper "$@"
  fi
  exec .venv/bin/scopekeeper "$@"
fi

# Tests: the whole suite on SQLite and, side by side with it (one core each), the core suite
# and the desktop's server logins again on a real PostgreSQL 15 server. The whole suite is
# measured over both runs together (the settings are pyproject's [tool.coverage]); a run of
# chosen tests only is not.
pg_url="${SCOPEKEEPER_TEST_PG_URL:-}"
if [ -z "$pg_url" ]; then
  if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
    as_root pg_createcluster 15 main >/dev/null
  fi
  as_root pg_ctlcluster 15 main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    as_root su postgres -c "pg_isready -q" && break
    sleep 1
  done
  as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='scopekeeper'\"" | grep -q 1 ||
    as_root su postgres -c "psql -qc \"CREATE ROLE scopekeeper LOGIN PASSWORD 'scopekeeper'\""
  as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='scopekeeper_test'\"" | grep -q 1 ||
    as_root su postgres -c "createdb -O scopekeeper scopekeeper_test"
  pg_url="postgresql+psycopg://scopekeeper:scopekeeper@127.0.0.1:5432/scopekeeper_test"
fi

measure=0
[ $# -eq 0 ] && measure=1
mkdir -p build
rm -rf build/tmp-sqlite build/tmp-pg
rm -f .coverage .coverage.* .coverage-sqlite* .coverage-pg*
run_suite() {  # run_suite NAME [pytest arguments]: one run, its own temp folder and data file
  local name=$1
  shift
  local cov=()
  [ $measure = 1 ] && cov=(--cov --cov-report=)
  COVERAGE_FILE=".coverage-$name" .venv/bin/python -m pytest -q -p no:cacheprovider \
    --basetemp="build/tmp-$name" ${cov[@]+"${cov[@]}"} "$@"
}
run_suite sqlite "$@" >build/tests-sqlite.log 2>&1 &
sqlite_job=$!
SCOPEKEEPER_TEST_PG_URL="$pg_url" run_suite pg tests/core tests/desktop/test_pg_secrets.py \
  >build/tests-pg.log 2>&1 &
pg_job=$!
sqlite_rc=0
pg_rc=0
wait $sqlite_job || sqlite_rc=$?
wait $pg_job || pg_rc=$?
echo "== the whole suite on SQLite (build/tests-sqlite.log)"
cat build/tests-sqlite.log
echo "== the core suite and the desktop's server logins on PostgreSQL (build/tests-pg.log)"
cat build/tests-pg.log
[ $sqlite_rc = 0 ] && [ $pg_rc = 0 ] || { echo "tests failed (SQLite: $sqlite_rc, PostgreSQL: $pg_rc)" >&2; exit 1; }

if [ $measure = 1 ]; then
  # coverage.py has one floor for everything; each package has its own (coverage_floor.py).
  .venv/bin/python -m coverage combine -q .coverage-sqlite .coverage-pg
  .venv/bin/python -m coverage report --skip-covered --sort=cover >build/coverage.txt
  .venv/bin/python -m coverage json -q -o build/coverage.json
  echo "Coverage over both runs (uncovered lines per file: build/coverage.txt)"
  .venv/bin/python packaging/coverage_floor.py build/coverage.json
fi
