# Issue 13, item 5: a failed save never gives silent wrong answers. The stored graph ends with its
# record count and checksum: a truncated, edited or old-format file is rebuilt with a warning
# naming it, and the answers stay exact; a save that fails (full disk, file size limit, read-only
# archive) says which file and why, leaves no temporary file and keeps the old graph as it was.
# Usage: graph_save.sh CASE VANBAN
case_name=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
source "$here/archive_case.sh"

count=60
write_chain chain "$count"
# The exact answers, from an archive whose graph nobody touched.
"$bin" index --db "$tmp/ref" chain >/dev/null 2>&1 || { echo "FAIL: index the chain"; exit 1; }
graph_answers "$bin" "$tmp/ref" "$count" >expected 2>/dev/null
expect_rc 0 $? "answers from an untouched graph"
[ "$(grep -o '"number": "[0-9]*/KH-CĐTN"' expected | sort -u | wc -l)" = "$count" ] && ok ||
  bad "the fixture's chain is not whole: the trace does not reach all $count plans"

# answers_exact DB WHAT: the graph of DB answers as the untouched one does.
answers_exact() {
  graph_answers "$bin" "$1" "$count" >answers 2>answers.err
  expect_rc 0 $? "$2: trace and refs"
  cmp -s answers expected && ok || bad "$2: the answers differ from the untouched graph's"
}

# damaged_case WHAT PROBLEM: the graph of $tmp/db was damaged; the next command warns, naming the
# file and PROBLEM, answers exactly, and stores a sound graph again.
damaged_case() {
  answers_exact "$tmp/db" "$1"
  has answers.err "^vanban: warning: the stored citation graph $tmp/db/vanban-graph.tsv was not used: $2" \
    "$1: the warning names the file and the fault"
  answers_exact "$tmp/db" "$1, the next command"
  [ -s answers.err ] && bad "$1: the graph was not stored again: $(cat answers.err)" || ok
  "$bin" stats --verify --db "$tmp/db" >/dev/null 2>verify.err
  expect_rc 0 $? "$1: the rebuilt graph verifies ($(cat verify.err))"
}

# stale_graph DB: DB's graph as it was before the last plans were indexed: complete, checksummed
# and of an older revision, so the next command must build and save a new one.
stale_graph() {
  "$bin" index --db "$1" chain/plan_{1..40}.md >/dev/null 2>&1
  cp "$1/vanban-graph.tsv" old-graph
  "$bin" index --db "$1" chain >/dev/null 2>&1
  cp old-graph "$1/vanban-graph.tsv"
}

# failed_save_case DB CAUSE COMMAND...: COMMAND is `vanban index` of the unchanged chain into DB,
# whose graph is stale, where the graph cannot be written: exit 2 naming the file and CAUSE, no
# advice to delete the archive, no temporary file, the old graph byte for byte; and once the fault
# is gone, exact answers.
failed_save_case() {
  local db=$1 cause=$2
  shift 2
  "$@" >out 2>err
  expect_rc 2 $? "index where the graph cannot be saved"
  has err "^vanban index: .*$db/vanban-graph.tsv.*$cause" "the message names the file and the cause"
  has err "the documents are indexed" "the message says what state the archive is in"
  grep -qi "delete" err && bad "the message advises deleting: $(cat err)" || ok
  ls "$db" | grep -q 'tmp' && bad "a temporary file was left: $(ls "$db")" || ok
  cmp -s "$db/vanban-graph.tsv" old-graph && ok || bad "the old graph was changed"
}

case $case_name in
truncated)
  cp -r ref db
  size=$(stat -c %s db/vanban-graph.tsv)
  truncate -s $((size * 6 / 10)) db/vanban-graph.tsv
  damaged_case "a graph cut inside a record" "it is truncated"
  # Cut at a line boundary, as a full disk between two buffered writes leaves it.
  head -n 50 db/vanban-graph.tsv >cut && cp cut db/vanban-graph.tsv
  damaged_case "a graph cut at a line end" "it is truncated: it has no end line (49 complete records remain)"
  ;;
edited)
  cp -r ref db
  # One reference's relation changed: the same size and record count, a wrong answer if trusted.
  sed -i '0,/\timplements\t/s//\tcites\t/' db/vanban-graph.tsv
  grep -q $'\tcites\t' db/vanban-graph.tsv && ok || bad "the fixture's graph has no implements edge"
  damaged_case "an edited graph" "its checksum does not match its content"
  # One record removed: the end line still counts it.
  records=$(($(wc -l <db/vanban-graph.tsv) - 2))
  sed -i '5d' db/vanban-graph.tsv
  damaged_case "a graph missing a record" "it holds $((records - 1)) records where its end line says $records"
  ;;
old-format)
  cp -r ref db
  # What an older vanban wrote: format 1, no end line.
  sed -i -e '1s/^vanban-graph 2 /vanban-graph 1 /' -e '$d' db/vanban-graph.tsv
  damaged_case "a graph of format 1" "it is in format 1, written by an older vanban without a checksum"
  ;;
disk-full)
  if [ "$(id -u)" != 0 ]; then
    echo "SKIP: mounting a small tmpfs needs root (file-size-limit covers the same path)"
    exit 77
  fi
  mkdir disk
  if ! mount -t tmpfs -o size=4m tmpfs disk 2>mount.err; then
    echo "SKIP: cannot mount a tmpfs here: $(cat mount.err)"
    exit 77
  fi
  trap 'umount "$tmp/disk"; rm -rf "$tmp"' EXIT
  db=$tmp/disk/db
  stale_graph "$db"
  cat /dev/zero >disk/filler 2>/dev/null # until the disk is full
  failed_save_case "$db" "No space left on device" "$bin" index --db "$db" chain
  rm disk/filler
  answers_exact "$db" "after the disk has room again"
  ;;
file-size-limit)
  # The same fault without root: no file may grow past half the graph's size. SIGXFSZ is ignored
  # by the shell here and by vanban itself, so the write fails with EFBIG.
  db=$tmp/db
  stale_graph "$db"
  limit=$(($(stat -c %s "$db/vanban-graph.tsv") / 2048))
  [ "$limit" -ge 1 ] && ok || bad "the fixture's graph is too small to limit"
  failed_save_case "$db" "File too large" bash -c 'trap "" XFSZ; ulimit -f "$1"; shift; exec "$@"' \
    - "$limit" "$bin" index --db "$db" chain
  answers_exact "$db" "without the limit"
  ;;
read-only)
  # A reader who may not write the archive still gets exact answers from a graph it rebuilds in
  # memory, and is told why it was not saved.
  source "$here/as_reader.sh"
  db=$tmp/db
  stale_graph "$db"
  chmod -R a+rX "$db"
  as_reader bash -c 'graph_answers() { "$1" trace --db "$2" --format json 1/KH-CĐTN && "$1" refs --db "$2" --json "$3/KH-CĐTN"; }; graph_answers "$@"' \
    - "$bin" "$db" "$count" >answers 2>answers.err
  expect_rc 0 $? "trace and refs by a reader who cannot write the archive"
  cmp -s answers expected && ok || bad "the reader's answers differ from the untouched graph's"
  has answers.err "^vanban: warning: cannot create $db/vanban-graph.tsv.[0-9]*.tmp: Permission denied" \
    "the reader is told the graph could not be saved, and why"
  ls "$db" | grep -q 'tmp' && bad "a temporary file was left: $(ls "$db")" || ok
  cmp -s "$db/vanban-graph.tsv" old-graph && ok || bad "the old graph was changed"
  ;;
*)
  echo "unknown case $case_name"
  exit 2
  ;;
esac
finish
