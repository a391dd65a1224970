#!/bin/sh
# Installs the project's dependencies with Node 24, whatever Node the machine has, and says what it is doing.
# npm must itself run on Node >= 22 while installing, or it silently skips Hardhat's native EDR package; Node 24 then
# stays in node_modules/.bin so every `npm run` script uses it.
set -e
cd "$(dirname "$0")/.."
started=$(date +%s)
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 22 ]; then
  echo "First run: installing the dependencies with npm ci (Node $(node -v); about 1 to 3 minutes)…"
  set -- npm ci --no-audit --no-fund
else
  echo "First run: installing the dependencies with Node 24 from the npm registry, as Node $(node -v 2>/dev/null || echo none) is too old for Hardhat 3 (npm ci; about 2 to 5 minutes)…"
  set -- npx -y -p node@24 -- npm ci --no-audit --no-fund
fi
# npm ci prints nothing until it ends: a line every 20 s says it is still working.
( while sleep 20; do echo "  … still installing ($(( $(date +%s) - started )) s)"; done ) &
ticker=$!
trap 'kill $ticker 2>/dev/null || true' EXIT
"$@"
node_modules/.bin/node -e 'require("@nomicfoundation/edr")' 2>/dev/null || {
  echo "Hardhat's native EDR package is missing: npm ran on Node < 22. Run: npx -y -p node@24 -- npm ci" >&2
  exit 1
}
echo "✓ Dependencies installed in $(( $(date +%s) - started )) s"
