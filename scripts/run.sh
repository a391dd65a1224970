#!/bin/sh
# Runs a project script with the project's Node 24, installing dependencies first on a fresh clone.
# Usage (from package.json): sh scripts/run.sh <script.ts> [args...]
set -e
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/@nomicfoundation/edr ]; then
  echo "First run: installing dependencies (npm run setup)"
  sh scripts/setup.sh
fi
script="$1"
shift
exec node_modules/.bin/node "$script" "$@"
