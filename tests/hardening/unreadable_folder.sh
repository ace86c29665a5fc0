# Issue 13, item 2: a folder or file that cannot be read is reported (`path:1: permission denied`,
# never "no such file"), the command exits 2, the rest is still processed, and `index` removes
# no document at or below it. Usage: unreadable_folder.sh CASE VANBAN
case_name=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../cli/lib.sh"
source "$here/documents.sh"
source "$here/as_reader.sh"
bin=$(realpath "$bin")

json_field() { grep -o "\"$2\":[0-9]*" "$1" | head -1 | cut -d: -f2; }

# index_run WHAT: indexes docs/ into db/ as the reader; output in $tmp/out, $tmp/err, rc in $rc.
index_run() {
  as_reader "$bin" index --db db --json docs >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

case $case_name in
index)
  write_docs "$work/docs/a" 1 2
  write_docs "$work/docs/b" 3 5
  own_work
  index_run
  expect_rc 0 "$rc" "first index"
  [ "$(json_field "$tmp/out" documents)" = 7 ] && ok || bad "7 documents first: $(cat "$tmp/out")"

  chmod 000 "$work/docs/b"
  reader_is_denied docs/b || { echo "SKIP: the reader can read a chmod 000 folder"; exit 77; }
  index_run
  expect_rc 2 "$rc" "index with an unreadable subfolder"
  has "$tmp/err" "^docs/b:1: permission denied$" "subfolder message"
  [ "$(json_field "$tmp/out" removed)" = 0 ] && [ "$(json_field "$tmp/out" documents)" = 7 ] \
    && ok || bad "subfolder: nothing removed: $(cat "$tmp/out")"

  chmod 000 "$work/docs"
  index_run
  expect_rc 2 "$rc" "index of an unreadable folder named on the command line"
  has "$tmp/err" "^docs:1: permission denied$" "named folder message"
  [ "$(json_field "$tmp/out" removed)" = 0 ] && [ "$(json_field "$tmp/out" documents)" = 7 ] \
    && ok || bad "named folder: nothing removed: $(cat "$tmp/out")"

  # Readable again, with one file really gone: removal still works.
  chmod 755 "$work/docs" "$work/docs/b"
  rm "$work/docs/b/doc_3.md"
  index_run
  expect_rc 0 "$rc" "index once readable"
  [ "$(json_field "$tmp/out" removed)" = 1 ] && [ "$(json_field "$tmp/out" documents)" = 6 ] \
    && ok || bad "a file really gone is removed: $(cat "$tmp/out")"
  ;;
file)
  write_docs "$work/docs" 1 3
  own_work
  index_run
  [ "$(json_field "$tmp/out" documents)" = 3 ] && ok || bad "3 documents first: $(cat "$tmp/out")"
  echo "Bổ sung sau khi lập chỉ mục." >>"$work/docs/doc_2.md"
  chmod 000 "$work/docs/doc_2.md"
  reader_is_denied docs/doc_2.md || { echo "SKIP: the reader can read a chmod 000 file"; exit 77; }
  index_run
  expect_rc 2 "$rc" "index with an unreadable file"
  has "$tmp/err" "^docs/doc_2.md:1: permission denied$" "unreadable file message"
  [ "$(json_field "$tmp/out" removed)" = 0 ] && [ "$(json_field "$tmp/out" documents)" = 3 ] \
    && [ "$(json_field "$tmp/out" failed)" = 1 ] && [ "$(json_field "$tmp/out" unchanged)" = 2 ] \
    && ok || bad "unreadable file keeps its record: $(cat "$tmp/out")"
  as_reader "$bin" search --db db --json "lần thứ 2" >"$tmp/search" 2>&1
  has "$tmp/search" '"path":"docs/doc_2.md"' "the old record is still searchable"
  ;;
compile)
  write_docs "$work/docs/a" 1 2
  write_docs "$work/docs/b" 3 2
  own_work
  chmod 000 "$work/docs/b" "$work/docs/a/doc_2.md"
  reader_is_denied docs/b || { echo "SKIP: the reader can read a chmod 000 folder"; exit 77; }
  as_reader "$bin" compile docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "compile of a folder with unreadable parts"
  has "$tmp/err" "^docs/b:1: permission denied$" "compile: folder message"
  has "$tmp/err" "^docs/a/doc_2.md:1: permission denied$" "compile: file message"
  [ "$(grep -c '"schema":"vanban.document/1"' "$tmp/out")" = 1 ] && ok \
    || bad "compile: the readable document is still printed: $(head -c 300 "$tmp/out")"
  as_reader "$bin" compile docs/b >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "compile of an unreadable folder"
  has "$tmp/err" "^docs/b:1: permission denied$" "compile: named folder message"
  as_reader "$bin" compile docs/nowhere.md >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "compile of a missing file"
  has "$tmp/err" "^docs/nowhere.md:1: no such file or directory$" "missing is not denied"
  ;;
check)
  write_docs "$work/docs/a" 1 2
  write_docs "$work/docs/b" 3 2
  own_work
  chmod 000 "$work/docs/b" "$work/docs/a/doc_2.md"
  reader_is_denied docs/b || { echo "SKIP: the reader can read a chmod 000 folder"; exit 77; }
  as_reader "$bin" check docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "check of a folder with unreadable parts"
  has "$tmp/out" "^docs/b:1:1: error: không đọc được tệp: không có quyền đọc \[encoding.unreadable\]" \
    "check: folder diagnostic"
  has "$tmp/out" "^docs/a/doc_2.md:1:1: error: không đọc được tệp: không có quyền đọc" \
    "check: file diagnostic"
  grep -q "không có tệp này" "$tmp/out" && bad "check: permission denied said as no such file" || ok
  as_reader "$bin" check --lang en --format json docs >"$tmp/out" 2>"$tmp/err"
  expect_rc 2 $? "check --lang en"
  has "$tmp/out" '"path":"docs/b","diagnostics":\[{"rule":"encoding.unreadable"' "json: folder"
  has "$tmp/out" "cannot read the file: permission denied" "check --lang en message"
  has "$tmp/out" '"path":"docs/a/doc_1.md"' "check: the readable file is still checked"
  ;;
*)
  echo "unknown case $case_name"
  exit 2
  ;;
esac
finish
