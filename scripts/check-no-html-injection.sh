#!/usr/bin/env bash
# Portal strings are data: nothing in the app may hand them to the HTML parser. ESLint bans
# the JSX attribute; this also catches DOM writes and anything that reaches the build.
set -euo pipefail
cd "$(dirname "$0")/.."

pattern='dangerouslySetInnerHTML|\.innerHTML[[:space:]]*\+?=|\.outerHTML[[:space:]]*=|insertAdjacentHTML|document\.write'
status=0
if grep -rEn "$pattern" src/; then
  echo "HTML injection sink in src/ (render portal data as text)" >&2
  status=1
fi
# React's own bundle names the prop when it rejects it; only our chunks are checked there.
if [ -d dist/assets ]; then
  for file in dist/assets/*.js; do
    if grep -Eq 'insertAdjacentHTML|document\.write' "$file"; then
      echo "HTML injection sink in $file" >&2
      status=1
    fi
  done
fi
exit $status
