#!/usr/bin/env bash
# Everything CI runs, in the order that fails fastest: types, lint, format, unit and
# component tests, portal contract tests, then the browser tests in the local portal.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
npm run --silent test:types
npm run --silent test:lint
npm run --silent test:format
bash scripts/check-no-html-injection.sh
# Shipped dependencies only (skips, loudly, where the registry has no audit endpoint).
bash scripts/audit.sh
npm run --silent test:unit
# The bundle budget: builds, then gzips what index.html loads first (.size-limit.js).
npm run --silent test:size
npm run --silent test:e2e
