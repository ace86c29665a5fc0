#!/usr/bin/env bash
# A sharded archive on one machine (issue 12): `index --shards 3` writes three shards and a Xapian
# stub that Xapian's own tools read; every command answers as one database with the same
# documents; the number of shards is kept and checked; `stats --verify` checks each shard; a
# writer killed with SIGKILL leaves every shard openable and the next run completes the counts.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"

n=$(find corpus -name '*.md' | wc -l)
"$bin" index --db "$tmp/one" --json corpus >"$tmp/one.json"
expect_rc 0 $? "index one database"
"$bin" index --db "$tmp/three" --shards 3 --json --jobs 2 corpus >"$tmp/three.json"
expect_rc 0 $? "index --shards 3"
grep -Eq '^\{"added":[0-9]+,"updated":0,"removed":0,"unchanged":0,"failed":0,"documents":[0-9]+,"seconds":[0-9.e-]+\}$' "$tmp/three.json" \
  && ok || bad "summary JSON of a sharded run: $(cat "$tmp/three.json")"
[ "$(json_field "$tmp/three.json" documents)" = "$n" ] && ok || bad "documents $n: $(cat "$tmp/three.json")"
printf 'auto shard-0\nauto shard-1\nauto shard-2\n' | cmp -s - "$tmp/three/XAPIANDB" && ok \
  || bad "stub: $(cat "$tmp/three/XAPIANDB")"
# Each document in exactly one shard: the shards' counts add up, none is empty at this size.
sum=0
for i in 0 1 2; do
  c=$(xapian-delve "$tmp/three/shard-$i" | sed -n 's/^number of documents = //p')
  [ "${c:-0}" -gt 0 ] && ok || bad "shard-$i is empty"
  sum=$((sum + ${c:-0}))
done
[ "$sum" = "$n" ] && ok || bad "the shards hold $sum documents, not $n"
# Xapian's tools read the whole archive through the stub.
xapian-delve "$tmp/three" | grep -q "^number of documents = $n$" && ok || bad "xapian-delve on the stub"
quest -d "$tmp/three" "ke hoach" >"$tmp/quest" 2>&1 && grep -q "^MSet:" "$tmp/quest" && ok \
  || bad "quest -d on the stub: $(head -c 300 "$tmp/quest")"
xapian-compact "$tmp/three" "$tmp/compact" >/dev/null 2>&1 \
  && xapian-delve "$tmp/compact" | grep -q "^number of documents = $n$" && ok || bad "xapian-compact of the stub"

# The same answers as one database: search (ids, order, scores, snippets), stats, graph, check.
answers "$tmp/one" "$tmp/answers.one"
answers "$tmp/three" "$tmp/answers.three"
same_answers "3 local shards" "$tmp/answers.one" "$tmp/answers.three"
[ "$(grep -c '^rc=0' "$tmp/answers.one")" -ge 120 ] && ok || bad "most queries have hits"
[ -s "$tmp/three/vanban-graph.tsv" ] && ok || bad "the graph lives beside the stub"

# Facets too: the serve API counts type, year and issuer over every match.
api_answers "$tmp/one" "$tmp/api.one"
api_answers "$tmp/three" "$tmp/api.three"
grep -q '"facets":{"type":\[{' "$tmp/api.one" && ok || bad "facets in the API: $(head -c 300 "$tmp/api.one")"
same_answers "facets of 3 local shards" "$tmp/api.one" "$tmp/api.three"

# The number of shards is the archive's: kept without --shards, another one refused (64).
"$bin" index --db "$tmp/three" --json corpus >"$tmp/out"
expect_rc 0 $? "index again without --shards"
[ "$(json_field "$tmp/out" unchanged)" = "$n" ] && ok || bad "incremental across shards: $(cat "$tmp/out")"
"$bin" index --db "$tmp/three" --shards 4 corpus >/dev/null 2>"$tmp/err"
expect_rc 64 $? "another --shards"
has "$tmp/err" "has 3 shards" "the message says how many"
"$bin" index --db "$tmp/one" --shards 2 corpus >/dev/null 2>"$tmp/err"
expect_rc 64 $? "--shards on a single-database archive"
"$bin" index --db "$tmp/x" --shards 0 corpus >/dev/null 2>&1
expect_rc 64 $? "--shards 0"
[ ! -e "$tmp/one/XAPIANDB" ] && ok || bad "a single-database archive stays one database"

# An update and a removal land in the document's shard, and every command sees them.
mkdir -p "$tmp/docs"
cp corpus/seeds/*.md "$tmp/docs/"
"$bin" index --db "$tmp/s2" --shards 2 --json "$tmp/docs" >/dev/null
echo "Bổ sung: quỹ xã hội từ thiện." >>"$tmp/docs/000_2a7d08b91cea13fd.md"
rm "$tmp/docs/004_8eedc129873d8461.md"
"$bin" index --db "$tmp/s2" --json "$tmp/docs" >"$tmp/out"
[ "$(json_field "$tmp/out" updated)" = 1 ] && [ "$(json_field "$tmp/out" removed)" = 1 ] && ok \
  || bad "updated/removed in shards: $(cat "$tmp/out")"
"$bin" search --db "$tmp/s2" --json "quỹ xã hội từ thiện" | grep -q '"rank":1,"id":"[0-9a-f]*","path":"[^"]*000_2a7d08b91cea13fd.md"' \
  && ok || bad "the update is searched"

# stats --verify checks every shard and the graph (verify_archive: lib.sh, ASan note there).
verify_archive "$tmp/three" >"$tmp/verify"
expect_rc 0 $? "stats --verify on shards"
[ "$(grep -o '"path":"[^"]*shard-[0-9]"' "$tmp/verify" | wc -l)" = 3 ] && ok || bad "three shards verified: $(head -c 400 "$tmp/verify")"

# kill -9 during a sharded run: every shard opens, the next run completes with exact counts.
big=$tmp/big
total=$(seed_copies "$big")
kill_after_first_commit "$tmp/kdb" "$tmp/docs" --shards 3 --jobs 1 --batch 20 "$big"
for i in 0 1 2; do
  xapian-delve "$tmp/kdb/shard-$i" >/dev/null 2>&1 && ok || bad "shard-$i opens after kill -9"
done
"$bin" stats --db "$tmp/kdb" --json >"$tmp/out"
expect_rc 0 $? "stats after kill -9"
done_before=$(json_field "$tmp/out" documents)
[ "$done_before" -lt "$total" ] && ok || bad "killed before the end ($done_before of $total)"
expect_completion_after_kill "$bin" "$tmp/kdb" "$big" "$total" "$done_before"

finish
