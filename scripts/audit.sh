#!/usr/bin/env bash
# Shipped dependencies must have no high or critical advisories. The registry mirror this
# project's machines reach answers the audit endpoint with 405: there the check cannot run,
# and it says so loudly instead of failing every build; anywhere the endpoint answers, a
# finding fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
if [ $status -eq 0 ]; then
  echo "npm audit: no high or critical advisories in shipped dependencies."
  exit 0
fi
if grep -qE 'audit endpoint returned an error|405 Method Not Allowed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN' <<<"$output"; then
  echo "npm audit: SKIPPED — the registry reached from here has no audit endpoint:" >&2
  grep -E 'npm (warn|error) audit' <<<"$output" >&2
  exit 0
fi
echo "$output"
exit $status
