#!/bin/sh
# Installs the project's dependencies with Node 24, whatever Node the machine has.
# npm must itself run on Node >= 22 while installing, or it silently skips Hardhat's native EDR
# package; Node 24 then stays in node_modules/.bin so every `npm run` script uses it.
set -e
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 22 ]; then
  npm ci
else
  echo "Node $(node -v 2>/dev/null || echo none) found; installing with Node 24 from the npm registry"
  npx -y -p node@24 -- npm ci
fi
node_modules/.bin/node -e 'require("@nomicfoundation/edr")' 2>/dev/null || {
  echo "Hardhat's native EDR package is missing: npm ran on Node < 22. Run: npx -y -p node@24 -- npm ci" >&2
  exit 1
}
