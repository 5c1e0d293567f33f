#!/usr/bin/env bash
# geomap's two entry points. Each sets up what it needs (a .venv with the project installed) and runs:
#   ./run.sh build [geomap build options...]   build output/map.html, events.geojson, places.geojson from seeds/
#   ./run.sh test  [pytest options...]         install test dependencies (and Debian chromium if missing), run tests
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
VENV=${GEOMAP_VENV:-.venv}

setup() {  # $1: the pip extra to install ("" or "[test]"); pip's chatter goes to a log shown on failure
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  local log="$VENV/setup.log"
  if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
         "$VENV/bin/python" -m pip install --disable-pip-version-check -e ".$1"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup failed (log: $log)" >&2
    exit 1
  fi
}

chromium() {  # the map tests drive Debian's chromium through Playwright; no browser download
  if [ -x /usr/bin/chromium ]; then return; fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "installing Debian chromium (needed by the browser tests)..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

case "${1:-}" in
  build) shift; setup ""; exec "$VENV/bin/geomap" build "$@" ;;
  test) shift; setup "[test]"; chromium; exec "$VENV/bin/python" -m pytest "$@" ;;
  *) echo "usage: ./run.sh build [options] | ./run.sh test [pytest options]" >&2; exit 1 ;;
esac
