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
install_modules() { npm ci --no-audit --no-fund --loglevel=error "$@"; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  errors=$(mktemp)
  if ! install_modules 2>"$errors"; then
    # Behind a TLS-intercepting proxy whose CA this system does not hold (a fresh chroot), npm
    # refuses the registry's certificate. The lock file pins playwright-core's SHA-512, which npm
    # checks on the tarball whatever the transport, so the install is retried without TLS
    # verification in that one case; any other failure stops here.
    if grep -qE 'SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE' "$errors"; then
      echo "browser test: the npm registry's certificate is not trusted here; installing again without TLS verification (package-lock.json pins the package's SHA-512)" >&2
      install_modules --strict-ssl=false
    else
      cat "$errors" >&2
      rm -f "$errors"
      exit 1
    fi
  fi
  rm -f "$errors"
fi
exec node serve.test.mjs "$bin"
