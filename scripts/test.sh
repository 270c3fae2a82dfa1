#!/usr/bin/env bash
# The whole suite: static checks, unit tests, both builds, Firefox lint, real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
step() { printf '\n== %s\n' "$*"; }
step typecheck; npx tsc --noEmit
step lint; npx biome check .
step unit tests; npx vitest run
step build; npm run build --silent
step web-ext lint; npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted --warnings-as-errors=false --output=text
step real-browser tests; npx vitest run --config vitest.e2e.config.ts
