#!/usr/bin/env bash
# vanban compile on tests/fixtures/layouts: one invented document per layout seen in real archives
# (pandoc tables, flattened columns, portal chrome, party and union headers …), scored against
# tests/fixtures/layouts/truth.json by ../shared/tools/real-score. Fails when any of the six fields
# (number, date, type, issuer, signer, subject) is below VANBAN_LAYOUT_MIN (default 0.95).
source "$(dirname "$0")/lib.sh"

scorer=../shared/tools/real-score
if [ ! -f "$scorer" ]; then
  bad "no scorer at $scorer (../shared beside the repository, as in CI)"
else
  python3 "$scorer" "$bin" --docs tests/fixtures/layouts --truth tests/fixtures/layouts/truth.json \
    --min "${VANBAN_LAYOUT_MIN:-0.95}"
  rc=$?
  expect_rc 0 "$rc" "real-score on tests/fixtures/layouts (min ${VANBAN_LAYOUT_MIN:-0.95})"
fi
finish
