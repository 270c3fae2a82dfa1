#!/usr/bin/env bash
# The store zips: lint the Firefox build first and make no zip when web-ext finds an error
# (warnings are allowed; each one is explained in docs/store/REVIEW.md). Without --self-hosted,
# as addons.mozilla.org lints a submission.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run dataset --silent
npx wxt build -b firefox --mv3
if ! npx web-ext lint --source-dir .output/firefox-mv3 --warnings-as-errors=false --output=text; then
  echo "web-ext lint found errors: no zip made." >&2
  exit 1
fi
npx wxt zip
npx wxt zip -b firefox --mv3
ls -l .output/*.zip
