#!/bin/sh
# Runs before `npm start` and `npm test` with whatever Node the machine has (maybe 20):
# installs the project's dependencies when they are missing or older than the lockfile, which
# brings Node 24 from the npm registry into node_modules/.bin. Every later step runs on it.
set -e
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.json
if [ ! -x node_modules/.bin/node ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "[salon] installing dependencies (npm install)…"
  npm install --no-audit --no-fund
fi

version=$(node_modules/.bin/node --version)
case "$version" in
  v24.*) ;;
  *) echo "[salon] expected Node 24 in node_modules/.bin, found $version" >&2; exit 1 ;;
esac
