# Issue 13, item 3: faults that used to end in std::terminate (exit 134) are errors: a message,
# exit 2, the other files still processed, the archive still whole. Usage: aborts.sh CASE VANBAN
case_name=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../cli/lib.sh"
source "$here/documents.sh"
bin=$(realpath "$bin")
cd "$tmp" || exit 2

json_field() { grep -o "\"$2\":[0-9]*" "$1" | head -1 | cut -d: -f2; }
not_aborted() { # rc what
  if [ "$1" -ge 128 ]; then bad "$2: killed by signal $(($1 - 128)): $(tail -c 400 "$tmp/err")"; else ok; fi
}

# A full archive disk, with the default --jobs: the writer fails, the workers are stopped and
# joined, the error names the archive and the cause, what was committed stays whole and a run with
# room finishes the job. The arguments run `index` into $db in a space too small for 400
# documents; $cause is the error the system gives.
full_disk_case() { # command...
  export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/xapian_write_error.supp"
  write_docs docs 1 400
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  expect_rc 2 "$rc" "index on a full disk"
  not_aborted "$rc" "index on a full disk"
  has "$tmp/err" "^vanban index: .*$db" "the message names the archive"
  has "$tmp/err" "$cause" "the message says why"
  grep -qi "delete it" "$tmp/err" && bad "a full disk is not a damaged archive: $(cat "$tmp/err")" || ok
  "$bin" search --db "$db" "hội thao" >"$tmp/search" 2>"$tmp/search.err"
  rc=$?
  [ "$rc" = 0 ] || [ "$rc" = 1 ] && ok || bad "archive after a full disk: search exit $rc: $(cat "$tmp/search.err")"
}

case $case_name in
disk-full)
  if [ "$(id -u)" != 0 ]; then
    echo "SKIP: mounting a small tmpfs needs root (file-size-limit covers the same path)"
    exit 77
  fi
  mkdir "$tmp/disk"
  if ! mount -t tmpfs -o size=320k tmpfs "$tmp/disk" 2>"$tmp/mount.err"; then
    echo "SKIP: cannot mount a tmpfs here: $(cat "$tmp/mount.err")"
    exit 77
  fi
  trap 'umount "$tmp/disk"; rm -rf "$tmp"' EXIT
  db=$tmp/disk/db
  cause="No space left on device"
  full_disk_case "$bin" index --db "$db" --json docs
  mount -o remount,size=64m "$tmp/disk"
  "$bin" index --db "$db" --json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 0 $? "index again with room"
  [ "$(json_field "$tmp/out" documents)" = 400 ] && ok || bad "all documents after a retry: $(cat "$tmp/out") $(cat "$tmp/err")"
  ;;
file-size-limit)
  # The same fault without root: files may not grow past 256 KiB. SIGXFSZ is ignored (as the
  # shell passes it on), so a write past the limit fails with EFBIG instead of killing vanban.
  db=$tmp/db
  cause="File too large"
  full_disk_case bash -c 'trap "" XFSZ; ulimit -f 256; exec "$@"' - "$bin" index --db "$db" --json docs
  "$bin" index --db "$db" --json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 0 $? "index again without the limit"
  [ "$(json_field "$tmp/out" documents)" = 400 ] && ok || bad "all documents after a retry: $(cat "$tmp/out") $(cat "$tmp/err")"
  ;;
check-io-error)
  # /proc/self/mem reads at offset 0 fail with EIO: a real I/O error on one file of the folder.
  write_docs docs 1 3
  ln -s /proc/self/mem docs/doc_2b.md
  if cat docs/doc_2b.md >/dev/null 2>&1; then
    echo "SKIP: /proc/self/mem reads without an error here"
    exit 77
  fi
  "$bin" check docs >"$tmp/out" 2>"$tmp/err"
  rc=$?
  expect_rc 2 "$rc" "check with an I/O error"
  not_aborted "$rc" "check with an I/O error"
  has "$tmp/out" "^docs/doc_2b.md:1:1: error: không đọc được tệp: lỗi khi đọc (cannot read: Input/output error) \[encoding.unreadable\]" \
    "check names the file and the error"
  "$bin" check --format json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "check --format json with an I/O error"
  for n in 1 2 3; do has "$tmp/out" "\"path\":\"docs/doc_$n.md\"" "the other files are checked ($n)"; done
  "$bin" compile docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "compile with an I/O error"
  has "$tmp/err" "^docs/doc_2b.md:1: cannot read: Input/output error$" "compile names the file"
  [ "$(grep -c '"schema"' "$tmp/out")" = 3 ] && ok || bad "compile prints the other 3 documents"
  "$bin" index --db db --json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "index with an I/O error"
  [ "$(json_field "$tmp/out" documents)" = 3 ] && ok || bad "index keeps the other 3: $(cat "$tmp/out")"
  ;;
jobs-cap)
  write_docs docs 1 6
  for jobs in 40000 4294967295; do
    "$bin" compile --jobs "$jobs" docs >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect_rc 0 "$rc" "compile --jobs $jobs"
    [ "$(grep -c '"schema"' "$tmp/out")" = 6 ] && ok || bad "compile --jobs $jobs: 6 documents"
    "$bin" check --jobs "$jobs" --format json docs >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" = 0 ] || [ "$rc" = 1 ] && ok || bad "check --jobs $jobs: exit $rc: $(head -c 300 "$tmp/err")"
    has "$tmp/out" '"summary":{"files":6' "check --jobs $jobs: 6 files"
    "$bin" index --jobs "$jobs" --db "db$jobs" --json docs >"$tmp/out" 2>"$tmp/err"
    expect_rc 0 $? "index --jobs $jobs"
    [ "$(json_field "$tmp/out" documents)" = 6 ] && ok || bad "index --jobs $jobs: $(cat "$tmp/out")"
  done
  "$bin" compile --help >"$tmp/out"
  has "$tmp/out" "at most 4 per core" "compile --help says the bound"
  ;;
batch-range)
  write_docs docs 1 1
  for batch in 0 1000001; do
    "$bin" index --batch "$batch" --db db docs >"$tmp/out" 2>"$tmp/err"
    expect_rc 64 $? "index --batch $batch"
    has "$tmp/err" "\-\-batch: Value $batch not in range 1 to 1000000" "--batch $batch: the valid range"
  done
  [ ! -e db ] && ok || bad "a usage error creates no archive"
  "$bin" index --batch 1 --db db --json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 0 $? "index --batch 1"
  ;;
*)
  echo "unknown case $case_name"
  exit 2
  ;;
esac
finish
