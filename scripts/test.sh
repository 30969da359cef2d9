#!/usr/bin/env bash
# Runs the whole vitest suite and ends with one plain summary line, `N passed, N failed, N skipped`.
set -uo pipefail
cd "$(dirname "$0")/.."
echo "typecheck: tsc -p tsconfig.json"
if ! npx tsc -p tsconfig.json; then
  echo "0 passed, 1 failed"
  exit 1
fi
report=$(mktemp /tmp/tsgo-vitest.XXXXXX.json)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' "$report" || echo "0 passed, 1 failed"
rm -f "$report"
exit $status
