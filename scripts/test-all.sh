#!/usr/bin/env bash
# Runs every test: unit (Vitest) and end-to-end (Playwright on a production build in Debian's Chromium).
# Installs Chromium from Debian's packages when it is missing. Ends with one line: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium from Debian's packages…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null || {
    echo "Could not install Chromium (apt-get install chromium)." >&2; exit 1; }
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

out=$(mktemp -d)
# Types first: a type error is a failure even when every test passes.
npx tsc -p tsconfig.json --noEmit
types_status=$?
# Lint: correctness rules, React hooks, no import cycles and the layer boundaries (.oxlintrc.json).
npm run -s lint
lint_status=$?
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json"
unit_status=$?
PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e.json" npx playwright test
e2e_status=$?

TYPECHECK_FAILED=$([ $types_status -eq 0 ] && echo 0 || echo 1) LINT_FAILED=$([ $lint_status -eq 0 ] && echo 0 || echo 1) node scripts/test-summary.mjs "$out/unit.json" "$out/e2e.json"
summary_status=$?
rm -rf "$out"
[ $types_status -eq 0 ] && [ $lint_status -eq 0 ] && [ $unit_status -eq 0 ] && [ $e2e_status -eq 0 ] && [ $summary_status -eq 0 ]
