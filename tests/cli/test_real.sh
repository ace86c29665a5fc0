#!/usr/bin/env bash
# vanban compile on the real documents of ../shared/real (74 laws, decrees, resolutions and
# consolidated texts with their own metadata as truth), scored by ../shared/tools/real-score.
# Fails when any of the six fields is below VANBAN_REAL_MIN (default 0.95), and when
# ../shared/real is absent (CI has it beside the repository).
source "$(dirname "$0")/lib.sh"

real=../shared/real
scorer=../shared/tools/real-score
if [ ! -d "$real/docs" ] || [ ! -f "$real/truth.json" ] || [ ! -f "$scorer" ]; then
  bad "no real documents: expected $real/docs, $real/truth.json and $scorer beside the repository"
else
  python3 "$scorer" "$bin" --docs "$real/docs" --truth "$real/truth.json" --min "${VANBAN_REAL_MIN:-0.95}"
  rc=$?
  expect_rc 0 "$rc" "real-score on $real (min ${VANBAN_REAL_MIN:-0.95})"
fi
finish
