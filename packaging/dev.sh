#!/usr/bin/env bash
# Set up a development checkout and either start the app or run the tests.
#   bash packaging/dev.sh app    # set up, then start Scopekeeper on its embedded SQLite default
#   bash packaging/dev.sh test   # set up, then run the whole test suite (SQLite, then PostgreSQL)
# Safe to run again: each step only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"; shift || true
case "$mode" in app|test) ;; *) echo "usage: bash packaging/dev.sh app|test" >&2; exit 2 ;; esac

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# System packages: Qt's runtime libraries, poppler (pdfsig/pdftoppm cross-checks), a virtual
# screen for machines without a display, and PostgreSQL 15 for the server test run.
need=()
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
      libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
      libxcb-image0)
[ "$mode" = test ] && pkgs+=(poppler-utils postgresql xauth xvfb)
[ "$mode" = app ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && pkgs+=(xvfb xauth)
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Python environment, pinned by constraints.txt.
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
stamp=.venv/.scopekeeper-installed
if [ ! -f "$stamp" ] || [ constraints.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
  touch "$stamp"
fi

if [ "$mode" = app ]; then
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Scopekeeper on a virtual screen (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/scopekeeper "$@"
  fi
  exec .venv/bin/scopekeeper "$@"
fi

# Tests: first on SQLite, then the core suite again on a real PostgreSQL 15 server.
.venv/bin/python -m pytest -q "$@"

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
echo "Core suite against PostgreSQL"
SCOPEKEEPER_TEST_PG_URL="$pg_url" .venv/bin/python -m pytest -q tests/core
