#!/usr/bin/env bash
# vanban compile on tests/fixtures/layouts: one invented document per layout seen in real archives
# (pandoc tables, flattened columns, portal chrome, party and union headers …), scored against
# tests/fixtures/layouts/truth.json by ../shared/tools/real-score. Fails when any of the six fields
# (number, date, type, issuer, signer, subject) is below VANBAN_LAYOUT_MIN (default 1.0: every
# fixture is read right; a regression on one is a failure).
source "$(dirname "$0")/lib.sh"

scorer=../shared/tools/real-score
if [ ! -f "$scorer" ]; then
  # A clone without ../shared beside it (a fresh machine's copy): reported as skipped, not passed.
  echo "SKIP: no scorer at $scorer (../shared beside the repository, as in CI)"
  exit 77
else
  python3 "$scorer" "$bin" --docs tests/fixtures/layouts --truth tests/fixtures/layouts/truth.json \
    --min "${VANBAN_LAYOUT_MIN:-1.0}"
  rc=$?
  expect_rc 0 "$rc" "real-score on tests/fixtures/layouts (min ${VANBAN_LAYOUT_MIN:-1.0})"
fi
finish
