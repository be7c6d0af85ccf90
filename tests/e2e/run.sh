#!/bin/sh
# run.sh - the dashboard's end-to-end test (dashboard.mjs) from the
# repository root; skips where node is missing. Prints "N passed, M failed".
B=${B:-build}
cd "$(dirname "$0")/../.." || exit 1
if ! command -v node >/dev/null; then
  echo "SKIP dashboard e2e: node not installed (make deps)"
  echo "0 passed, 0 failed"
  exit 0
fi
B=$B exec node tests/e2e/dashboard.mjs "$@"
