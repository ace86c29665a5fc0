#!/usr/bin/env bash
# ctest's browser.serve: installs playwright-core (npm ci, only when node_modules is missing or
# older than the lock file), then runs serve.test.mjs against the given vanban binary.
#   tests/browser/run.sh path/to/vanban
set -euo pipefail
bin=$(realpath "${1:?usage: run.sh path/to/vanban}")
cd "$(dirname "$0")"

chromium=${VANBAN_CHROMIUM:-/usr/bin/chromium}
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "browser test: $tool is missing (scripts/test installs it: vanban_install_node in scripts/lib.sh)" >&2; exit 1; }
done
[ -x "$chromium" ] || { echo "browser test: no chromium at $chromium (Debian package chromium, in VANBAN_TEST_PACKAGES of scripts/lib.sh)" >&2; exit 1; }

# npm writes its own copy of the lock file into node_modules; when the committed lock file is
# newer (a version bump), the modules are reinstalled.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node serve.test.mjs "$bin"
