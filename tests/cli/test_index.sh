#!/usr/bin/env bash
# CLI contract of `vanban index`, `search` and `stats`: JSON shapes, exit codes 0 / 1 / 2 / 64,
# incremental counts, a locked database, a corrupt one, and a writer killed with SIGKILL.
source "$(dirname "$0")/lib.sh"
# Also stop the background writer of the kill -9 test if a check fails before it is killed.
trap 'kill -9 $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT

db=$tmp/db
mkdir -p "$tmp/docs"
cp corpus/seeds/*.md "$tmp/docs/"
n=$(ls "$tmp/docs" | wc -l)

# First run: everything added; the summary is one JSON object with the contract's keys in order.
"$bin" index --db "$db" --json --jobs 2 "$tmp/docs" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "index"
grep -Eq '^\{"added":[0-9]+,"updated":0,"removed":0,"unchanged":0,"failed":0,"documents":[0-9]+,"seconds":[0-9.e-]+\}$' "$tmp/out" \
  && ok || bad "index JSON shape: $(cat "$tmp/out")"
[ "$(json_field "$tmp/out" added)" = "$n" ] && ok || bad "added $n"
[ ! -s "$tmp/err" ] && ok || bad "no progress bar when stderr is not a terminal: $(head -c 200 "$tmp/err")"

# Second run: nothing compiled again. A changed file is updated, a removed one removed.
"$bin" index --db "$db" --json "$tmp/docs" >"$tmp/out"
[ "$(json_field "$tmp/out" unchanged)" = "$n" ] && ok || bad "unchanged: $(cat "$tmp/out")"
echo "Bổ sung: quỹ xã hội từ thiện." >>"$tmp/docs/000_2a7d08b91cea13fd.md"
rm "$tmp/docs/004_8eedc129873d8461.md"
"$bin" index --db "$db" --json "$tmp/docs" >"$tmp/out"
[ "$(json_field "$tmp/out" updated)" = 1 ] && [ "$(json_field "$tmp/out" removed)" = 1 ] \
  && [ "$(json_field "$tmp/out" documents)" = $((n - 1)) ] && ok || bad "updated/removed: $(cat "$tmp/out")"

# A file that fails is reported as path:line: message, counted, and the others indexed: exit 1.
: >"$tmp/docs/empty.md"
"$bin" index --db "$db" --json "$tmp/docs" >"$tmp/out" 2>"$tmp/err"
expect_rc 1 $? "index with a failing file"
grep -q "^$tmp/docs/empty.md:1: empty file" "$tmp/err" && ok || bad "failure message: $(cat "$tmp/err")"
[ "$(json_field "$tmp/out" failed)" = 1 ] && ok || bad "failed count"
rm "$tmp/docs/empty.md"

# Search: JSON shape, exit 0 with hits, 1 with none, 2 on a bad query or a missing archive.
"$bin" search --db "$db" --json "59/KH-LĐLĐ" >"$tmp/out"
expect_rc 0 $? "search with hits"
grep -Eq '^\{"query":"59/KH-LĐLĐ","total":[0-9]+,"hits":\[\{"rank":1,"id":"[0-9a-f]{16}","path":"[^"]*000_2a7d08b91cea13fd.md","number":"59/KH-LĐLĐ","date":"2024-03-29","type":"Kế hoạch","subject":"[^"]*","issuer":"[^"]*","score":[0-9.e-]+,"snippet":"[^"]*"\}' "$tmp/out" \
  && ok || bad "search JSON shape: $(head -c 400 "$tmp/out")"
"$bin" search --db "$db" "quy xa hoi tu thien" >"$tmp/out"
expect_rc 0 $? "search without diacritics"
grep -q '\[quỹ xã hội từ thiện\]' "$tmp/out" && ok || bad "snippet marks matches with [] off a terminal: $(cat "$tmp/out")"
"$bin" search --db "$db" xyzzyqq >/dev/null
expect_rc 1 $? "search without hits"
"$bin" search --db "$db" "date:soon" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "malformed query"
"$bin" search --db "$tmp/nowhere" kế hoạch >/dev/null 2>"$tmp/err"
expect_rc 2 $? "missing archive"
grep -q "no archive at $tmp/nowhere" "$tmp/err" && ok || bad "missing archive message: $(cat "$tmp/err")"
"$bin" search --db "$db" --sort newest x >/dev/null 2>&1
expect_rc 64 $? "bad --sort"

# Stats.
"$bin" stats --db "$db" --json >"$tmp/out"
expect_rc 0 $? "stats"
grep -Eq '^\{"documents":[0-9]+,"terms":[0-9]+,"bytes":[0-9]+,"by_type":\{"Kế hoạch":[0-9]+.*\},"by_year":\{"20[0-9]{2}":[0-9]+.*\},"undated":[0-9]+\}$' "$tmp/out" \
  && ok || bad "stats JSON shape: $(cat "$tmp/out")"

# Corrupt archive: a plain error and exit 2, never a crash.
cp -r "$db" "$tmp/bad"
for f in "$tmp"/bad/*.glass; do echo garbage >"$f"; done
"$bin" search --db "$tmp/bad" kế hoạch >/dev/null 2>"$tmp/err"
expect_rc 2 $? "corrupt archive (search)"
grep -q "damaged" "$tmp/err" && ok || bad "corrupt message: $(cat "$tmp/err")"
"$bin" index --db "$tmp/bad" "$tmp/docs" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "corrupt archive (index)"

# Many documents, then: a second writer is refused while the first runs, and the first is killed
# with SIGKILL mid-way; the archive still opens and searches, and the next run completes it.
big=$tmp/big
total=$(seed_copies "$big")
kill_after_first_commit "$tmp/kdb" "$tmp/docs" --jobs 1 --batch 20 "$big"
"$bin" stats --db "$tmp/kdb" --json >"$tmp/out"
expect_rc 0 $? "stats after kill -9"
done_before=$(json_field "$tmp/out" documents)
[ "$done_before" -lt "$total" ] && ok || bad "the writer was killed before the end ($done_before of $total)"
[ "$done_before" = 20 ] && ok || bad "the first batch of 20 was committed, no more ($done_before)"
"$bin" search --db "$tmp/kdb" --json "kế hoạch" >/dev/null
expect_rc 0 $? "search after kill -9"
expect_completion_after_kill "$bin" "$tmp/kdb" "$big" "$total" "$done_before"

# Usage errors exit 64.
"$bin" index "$tmp/docs" >/dev/null 2>&1
expect_rc 64 $? "index without --db"

finish
