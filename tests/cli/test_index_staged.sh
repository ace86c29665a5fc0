#!/usr/bin/env bash
# A new single-database archive filled by a big run is written through staged parts, one writer
# thread each, and merged into the archive at the end (index/src/staged_parts.hpp): the archive
# answers exactly as one written by a single writer; a kill -9 leaves it openable and empty, with
# the parts kept, and the next run resumes them with exact counts; parts written unsynced before
# the machine restarted are removed with a warning and redone; parts beside an archive that holds
# documents are removed, never merged twice.
source "$(dirname "$0")/lib.sh"

# 1,050 files: above the 1,000 from which a run stages its writes.
big=$tmp/big
for i in $(seq 1 210); do
  mkdir -p "$big/c$i"
  cp corpus/seeds/*.md "$big/c$i/"
done
total=$(find "$big" -name '*.md' | wc -l)

"$bin" index --db "$tmp/one" --jobs 1 --json "$big" >"$tmp/one.json"
expect_rc 0 $? "index with one writer"
"$bin" index --db "$tmp/staged" --jobs 2 --json "$big" >"$tmp/staged.json"
expect_rc 0 $? "index through staged parts"
[ "$(json_field "$tmp/staged.json" added)" = "$total" ] && [ "$(json_field "$tmp/staged.json" documents)" = "$total" ] \
  && ok || bad "summary of the staged run: $(cat "$tmp/staged.json")"
grep -Eq '^\{"added":[0-9]+,"updated":0,"removed":0,"unchanged":0,"failed":0,"documents":[0-9]+,"seconds":[0-9.e-]+\}$' "$tmp/staged.json" \
  && ok || bad "the summary JSON is today's: $(cat "$tmp/staged.json")"
[ ! -e "$tmp/staged/vanban-staging" ] && ok || bad "no staging folder left after the merge"
[ ! -e "$tmp/staged.compacting" ] && ok || bad "no compaction folder left after the merge"
xapian-delve "$tmp/staged" | grep -q "^number of documents = $total$" && ok || bad "Xapian reads $total documents"
verify_archive "$tmp/staged" >"$tmp/verify" && ok || bad "stats --verify: $(head -c 400 "$tmp/verify")"

# The same answers as one writer's archive: hits, scores, order, snippets, the graph.
for q in "kế hoạch" "ke hoach" "công đoàn cơ sở" "\"an toàn, vệ sinh lao động\"" "type:KH" "year:2024 tết"; do
  "$bin" search --db "$tmp/one" --json --limit 20 "$q" >"$tmp/a" 2>&1
  "$bin" search --db "$tmp/staged" --json --limit 20 "$q" >"$tmp/b" 2>&1
  cmp -s "$tmp/a" "$tmp/b" && ok || bad "search '$q' differs: $(diff "$tmp/a" "$tmp/b" | head -c 400)"
done
"$bin" search --db "$tmp/staged" --json "kế hoạch" >"$tmp/a"
[ "$(json_field "$tmp/a" total)" -gt 0 ] && ok || bad "the merged archive finds documents: $(head -c 300 "$tmp/a")"
"$bin" graph --db "$tmp/one" >"$tmp/a" 2>&1
"$bin" graph --db "$tmp/staged" >"$tmp/b" 2>&1
cmp -s "$tmp/a" "$tmp/b" && ok || bad "graph report differs: $(diff "$tmp/a" "$tmp/b" | head -c 400)"

# The next run finds everything unchanged and stages nothing: the archive holds documents.
"$bin" index --db "$tmp/staged" --jobs 2 --json "$big" >"$tmp/again.json"
[ "$(json_field "$tmp/again.json" unchanged)" = "$total" ] && ok || bad "nothing changed: $(cat "$tmp/again.json")"
[ ! -e "$tmp/staged/vanban-staging" ] && ok || bad "no staging on an archive that holds documents"

# kill -9 while the parts are written: the archive opens (still empty), the parts are kept, and
# the next run resumes them.
kill_after_first_commit "$tmp/kdb" "$big" --jobs 2 --batch 20 "$big"
"$bin" stats --db "$tmp/kdb" --json >"$tmp/out"
expect_rc 0 $? "stats after kill -9"
[ "$(json_field "$tmp/out" documents)" = 0 ] && ok || bad "the archive is empty until the merge: $(cat "$tmp/out")"
done_before=0
for part in "$tmp"/kdb/vanban-staging/part-*; do
  n=$(xapian-delve "$part" 2>/dev/null | sed -n 's/^number of documents = //p')
  [ -n "$n" ] && ok || bad "$part opens after kill -9"
  done_before=$((done_before + ${n:-0}))
done
[ "$done_before" -ge 20 ] && [ "$done_before" -lt "$total" ] && ok \
  || bad "the parts hold the committed batches ($done_before of $total)"
boot=$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)
if [ -n "$boot" ]; then
  [ "$(cat "$tmp/kdb/vanban-staging/unsynced-boot")" = "$boot" ] && ok \
    || bad "the parts written unsynced name this boot: $(cat "$tmp/kdb/vanban-staging/unsynced-boot" 2>&1)"
fi
expect_completion_after_kill "$bin" "$tmp/kdb" "$big" "$total" "$done_before"
[ ! -e "$tmp/kdb/vanban-staging" ] && ok || bad "the resumed parts are merged and gone"

# Parts written unsynced in another boot (a power loss or a crash of the machine mid-run) may have
# lost writes: the next run removes them, says so, and indexes every document again.
kill_after_first_commit "$tmp/pdb" "$big" --jobs 2 --batch 20 "$big"
[ -n "$(ls "$tmp/pdb/vanban-staging" | grep part-)" ] && ok || bad "the killed run left parts"
echo "00000000-0000-0000-0000-000000000000" >"$tmp/pdb/vanban-staging/unsynced-boot"
"$bin" index --db "$tmp/pdb" --jobs 2 --json "$big" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "index after a restart"
has "$tmp/err" "the staged parts in $tmp/pdb/vanban-staging are removed and their documents indexed again" \
  "the warning names the removed parts"
[ "$(json_field "$tmp/out" added)" = "$total" ] && [ "$(json_field "$tmp/out" unchanged)" = 0 ] \
  && [ "$(json_field "$tmp/out" documents)" = "$total" ] && ok \
  || bad "every document indexed again, counts exact: $(cat "$tmp/out")"
[ ! -e "$tmp/pdb/vanban-staging" ] && ok || bad "no staging left after the run"
"$bin" search --db "$tmp/one" --json --limit 20 "công đoàn cơ sở" >"$tmp/a" 2>&1
"$bin" search --db "$tmp/pdb" --json --limit 20 "công đoàn cơ sở" >"$tmp/b" 2>&1
cmp -s "$tmp/a" "$tmp/b" && ok || bad "the re-done archive answers as one writer's: $(diff "$tmp/a" "$tmp/b" | head -c 400)"

# Parts left beside an archive that holds documents (a kill after the merge's swap) are removed,
# not merged a second time.
mkdir -p "$tmp/kdb/vanban-staging"
cp -r "$tmp/one" "$tmp/kdb/vanban-staging/part-0"
"$bin" index --db "$tmp/kdb" --jobs 2 --json "$big" >"$tmp/out"
[ "$(json_field "$tmp/out" documents)" = "$total" ] && [ "$(json_field "$tmp/out" unchanged)" = "$total" ] \
  && ok || bad "leftover parts are not merged again: $(cat "$tmp/out")"
[ ! -e "$tmp/kdb/vanban-staging" ] && ok || bad "leftover parts removed"

finish
