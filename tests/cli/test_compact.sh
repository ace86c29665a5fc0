#!/usr/bin/env bash
# Compaction after `vanban index` (index/src/compaction.*): a run that wrote a new database or a
# tenth of one compacts it into DIR.compacting and swaps it in atomically; a kill -9 during the
# compaction, or what it leaves after the swap, costs nothing: the archive opens with exact counts
# and the next run completes. Run from the repository root with the vanban binary as $1.
source "$(dirname "$0")/lib.sh"
command -v xapian-delve >/dev/null || { echo "xapian-delve missing (Debian package xapian-tools)"; exit 77; }
revision() { xapian-delve "$1" | awk -F' = ' '/^revision/ {print $2}'; }

# A fresh run of many small batches is compacted: Xapian's revision starts again at 1, the
# database is no larger than xapian-compact makes it, the stored graph is current.
for i in $(seq 1 12); do
  mkdir -p "$tmp/docs/c$i"
  cp corpus/seeds/*.md "$tmp/docs/c$i/"
done
mapfile -t files < <(find "$tmp/docs" -name '*.md' | sort)
n=${#files[@]}
"$bin" index --db "$tmp/db" --batch 5 --json "$tmp/docs" >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "fresh index"
[ "$(revision "$tmp/db")" = 1 ] && ok || bad "fresh archive compacted: revision $(revision "$tmp/db")"
[ ! -e "$tmp/db.compacting" ] && ok || bad "no folder left beside the archive"
xapian-compact "$tmp/db" "$tmp/again" >/dev/null
own=$(du -sb --exclude='vanban-*.tsv' "$tmp/db" | cut -f1) # the graph and the unit facts are ours
ref=$(du -sb "$tmp/again" | cut -f1)
[ "$own" -le $((ref + ref / 50)) ] && ok || bad "compacted size $own, xapian-compact $ref"
verify_archive "$tmp/db" >"$tmp/verify"
expect_rc 0 $? "stats --verify after compaction"
has "$tmp/verify" '"current":true' "graph current after compaction"
"$bin" search --db "$tmp/db" --json "kế hoạch" >"$tmp/out"
expect_rc 0 $? "search after compaction"

# One changed document of many is not worth a compaction; a tenth of them is.
echo "Thêm một dòng." >>"${files[0]}"
"$bin" index --db "$tmp/db" --json "$tmp/docs" >"$tmp/out"
[ "$(revision "$tmp/db")" = 2 ] && ok || bad "one change: not compacted (revision $(revision "$tmp/db"))"
for f in "${files[@]:0:$((n / 10 + 1))}"; do echo "Dòng thêm." >>"$f"; done
"$bin" index --db "$tmp/db" --json "$tmp/docs" >"$tmp/out"
[ "$(revision "$tmp/db")" = 1 ] && ok || bad "a tenth changed: compacted (revision $(revision "$tmp/db"))"
verify_archive "$tmp/db" >"$tmp/verify"
has "$tmp/verify" '"current":true' "graph current after an incremental compaction"
has "$tmp/verify" "\"documents\":$n" "documents after an incremental compaction"

# Shards: each new shard is compacted.
"$bin" index --db "$tmp/three" --shards 3 --batch 5 --json "$tmp/docs" >"$tmp/out"
expect_rc 0 $? "sharded index"
for i in 0 1 2; do
  [ "$(revision "$tmp/three/shard-$i")" = 1 ] && ok || bad "shard-$i compacted"
done

# kill -9 while the writer compacts (its sibling folder exists): the archive opens with every
# committed document, and the next run finds them all unchanged and removes the partial copy.
big=$tmp/big
total=$(seed_copies "$big")
"$bin" index --db "$tmp/kdb" --jobs 1 "$big" >/dev/null 2>&1 &
writer=$!
caught=0
while kill -0 $writer 2>/dev/null; do
  if [ -d "$tmp/kdb.compacting" ]; then
    kill -9 $writer
    caught=1
    break
  fi
done
wait $writer 2>/dev/null
[ "$caught" = 1 ] && ok || bad "the writer was killed during its compaction"
"$bin" stats --db "$tmp/kdb" --json >"$tmp/out"
expect_rc 0 $? "stats after kill -9 during compaction"
done_before=$(json_field "$tmp/out" documents)
[ "$done_before" = "$total" ] && ok || bad "every committed document kept ($done_before of $total)"
"$bin" search --db "$tmp/kdb" --json "kế hoạch" >/dev/null
expect_rc 0 $? "search after kill -9 during compaction"
expect_completion_after_kill "$bin" "$tmp/kdb" "$big" "$total" "$total"
[ ! -e "$tmp/kdb.compacting" ] && ok || bad "the partial copy removed by the next run"

# What a kill after the swap leaves: the old database beside the new one. The archive is the new
# one; the next run removes the old.
cp -r "$tmp/db" "$tmp/db.compacting"
"$bin" stats --db "$tmp/db" --json >"$tmp/out"
[ "$(json_field "$tmp/out" documents)" = "$n" ] && ok || bad "archive beside a leftover: $(cat "$tmp/out")"
"$bin" index --db "$tmp/db" --json "$tmp/docs" >"$tmp/out"
expect_rc 0 $? "index beside a leftover"
[ "$(json_field "$tmp/out" unchanged)" = "$n" ] && ok || bad "unchanged beside a leftover: $(cat "$tmp/out")"
[ ! -e "$tmp/db.compacting" ] && ok || bad "the old database removed by the next run"

finish
