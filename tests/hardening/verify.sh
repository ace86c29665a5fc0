# `vanban stats --verify` (issue 13): Xapian's own check of every database of the archive and the
# stored graph's checksum and record count; exit 0 when sound, 2 naming the damaged part.
# Usage: verify.sh CASE VANBAN
case_name=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
source "$here/archive_case.sh"

write_chain chain 30
"$bin" index --db "$tmp/db" chain >/dev/null 2>&1 || { echo "FAIL: index the chain"; exit 1; }

# corrupt_blocks FILE: the header of every 8 KiB block of a Xapian table overwritten, as a bad
# disk or a stray write would leave it (one block may be free; all of them cannot be).
corrupt_blocks() {
  local size offset
  size=$(stat -c %s "$1")
  for ((offset = 0; offset < size; offset += 8192)); do
    printf '\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5\xa5' |
      dd of="$1" bs=1 seek=$((offset + 8)) conv=notrunc status=none
  done
}

# damaged ARCHIVE PART PROBLEM: verify exits 2 and names PART (a path) with PROBLEM, in text and
# in JSON.
damaged() {
  "$bin" stats --verify --lang en --db "$1" >out 2>err
  expect_rc 2 $? "verify $2"
  has out "^archive $1: DAMAGED" "the report says the archive is damaged"
  has err "^vanban stats: damaged: $2: $3" "the damaged part is named: $2"
  "$bin" stats --verify --json --db "$1" >json 2>/dev/null
  expect_rc 2 $? "verify --json $2"
  has json '^{"archive":.*"sound":false,' "JSON: not sound"
  has json "\"damaged\":\[.*{\"part\":\"$2\",\"problem\":\"$3" "JSON names the part"
}

case $case_name in
sound)
  "$bin" stats --verify --lang en --db "$tmp/db" >out 2>err
  expect_rc 0 $? "verify a sound archive"
  [ -s err ] && bad "verify of a sound archive wrote to stderr: $(cat err)" || ok
  has out "^archive $tmp/db: sound$" "the report says sound"
  has out "^  database $tmp/db: sound (.*postlist.*; 30 documents, revision [0-9]*)$" "the database line"
  has out "^  graph $tmp/db/vanban-graph.tsv: sound ([0-9]* records, checksum verified, current)$" \
    "the graph line"
  # The report's frame is Vietnamese without --lang en.
  "$bin" stats --verify --db "$tmp/db" >out.vi 2>err
  expect_rc 0 $? "verify a sound archive (vi)"
  has out.vi "^kho $tmp/db: nguyên vẹn$" "the report says nguyên vẹn"
  has out.vi "^  đồ thị trích dẫn $tmp/db/vanban-graph.tsv: nguyên vẹn (" "the graph line (vi)"
  "$bin" stats --verify --json --db "$tmp/db" >json
  expect_rc 0 $? "verify --json"
  has json '^{"archive":"[^"]*","sound":true,"databases":\[{"path":"[^"]*","sound":true,"tables":\[[^]]*"postlist"[^]]*\],"documents":30,"revision":[0-9]*,"damaged":\[\]}\],"graph":{"file":"[^"]*vanban-graph.tsv","sound":true,"present":true,"current":true,"records":[0-9]*,"problem":null},"damaged":\[\]}$' \
    "the JSON report's fields"
  # Without --verify, stats prints what it always printed.
  "$bin" stats --json --db "$tmp/db" >stats
  has stats '^{"documents":30,"terms":[0-9]*,"bytes":[0-9]*,"by_type":{"Kế hoạch":30},"by_year":{"2024":30},"undated":0}$' \
    "stats --json unchanged"
  # A graph of an older revision (a run killed before its save) is rebuilt when needed: not damage.
  "$bin" index --db "$tmp/db2" chain/plan_{1..20}.md >/dev/null 2>&1
  cp "$tmp/db2/vanban-graph.tsv" old-graph
  "$bin" index --db "$tmp/db2" chain >/dev/null 2>&1
  cp old-graph "$tmp/db2/vanban-graph.tsv"
  "$bin" stats --verify --lang en --db "$tmp/db2" >out 2>err
  expect_rc 0 $? "verify with a stale graph"
  has out "of an older revision, rebuilt when next needed" "the stale graph is reported as such"
  ;;
xapian-table)
  for table in postlist termlist docdata; do
    rm -rf bad && cp -r db bad
    corrupt_blocks bad/$table.glass
    damaged "$tmp/bad" "$tmp/bad/$table.glass" ".*block"
  done
  "$bin" stats --verify --db "$tmp/db" >/dev/null 2>&1
  expect_rc 0 $? "the original archive still verifies"
  ;;
version-file)
  cp -r db bad
  echo "not a version file" >bad/iamglass
  damaged "$tmp/bad" "$tmp/bad/iamglass" "."
  ;;
graph)
  cp -r db bad
  truncate -s -100 bad/vanban-graph.tsv
  damaged "$tmp/bad" "$tmp/bad/vanban-graph.tsv" "it is truncated"
  rm -rf bad && cp -r db bad
  sed -i '0,/\timplements\t/s//\tcites\t/' bad/vanban-graph.tsv
  damaged "$tmp/bad" "$tmp/bad/vanban-graph.tsv" "its checksum does not match its content"
  ;;
shards)
  # An archive of several databases (DIR/shard-N): each is checked, the damaged one is named.
  mkdir sharded
  cp -r db sharded/shard-1 && cp -r db sharded/shard-2
  "$bin" stats --verify --lang en --db "$tmp/sharded" >out 2>err
  expect_rc 0 $? "verify two sound shards"
  [ "$(grep -c '^  database .*: sound' out)" = 2 ] && ok || bad "both shards reported: $(cat out)"
  corrupt_blocks sharded/shard-2/postlist.glass
  damaged "$tmp/sharded" "$tmp/sharded/shard-2/postlist.glass" ".*block"
  has out "^  database $tmp/sharded/shard-1: sound" "the sound shard is still reported sound"
  ;;
missing)
  "$bin" stats --verify --db "$tmp/nowhere" >out 2>err
  expect_rc 2 $? "verify with no archive"
  has err "no archive at $tmp/nowhere" "the message says there is no archive"
  ;;
*)
  echo "unknown case $case_name"
  exit 2
  ;;
esac
finish
