#!/bin/sh
# Runs a project command with the project's Node 24, preparing what it needs first, once:
#   1. on a fresh clone, the dependencies (scripts/setup.sh, about 1 to 5 minutes, with progress);
#   2. the contract build: the ABIs and bytecode committed in sdk/src/generated/ are used as they are, unless the
#      contracts changed since, in which case the deployable contracts are compiled (about 15 s) and regenerated.
#      `npm test` and `npm run build` skip this step: the first checks the committed build against a fresh compile,
#      the second compiles anyway; `npm run lint` and `npm run format` do not need it.
# Usage (from package.json): sh scripts/run.sh [node options] <script> [args...]
set -e
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/@nomicfoundation/edr ]; then
  sh scripts/setup.sh
fi
case "$1" in
  scripts/test-all.ts | scripts/build-contracts.ts | node_modules/@biomejs/biome/bin/biome | node_modules/dependency-cruiser/bin/dependency-cruiser.mjs) ;;
  *) node_modules/.bin/node scripts/ensure-contracts.ts ;;
esac
exec node_modules/.bin/node "$@"
