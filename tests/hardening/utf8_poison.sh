#!/usr/bin/env bash
# Issue 13, item 1 — one valid document must not poison the archive. usage:
#   utf8_poison.sh CASE VANBAN CORRUPT_TOOL
# long-issuer-archive  a cited issuer past 200 bytes of Vietnamese: valid UTF-8 everywhere, and
#                      every archive command (and serve) answers
# non-utf8-name        a file name that is not UTF-8 (and one with a literal "\xff"): stored and
#                      printed escaped, found by search, trace, refs, check and serve, stable ids
# corrupt-json|corrupt-utf8|corrupt-shape
#                      one stored model damaged: every command answers for the other documents and
#                      names the bad record; `vanban index` again repairs it
here=$(cd "$(dirname "$0")" && pwd)
case_name=$1
corrupt_tool=$(realpath "$3")
source "$here/../cli/lib.sh" "$(realpath "$2")"
command -v curl >/dev/null || { echo "SKIP: curl is needed"; exit 77; }
command -v iconv >/dev/null || { echo "SKIP: iconv is needed"; exit 77; }
cd "$tmp" || exit 1

utf8() { # file what: the file is well-formed UTF-8
  if iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; then ok; else bad "$2: output is not UTF-8"; fi
}
no_raw_exception() { # file what
  if grep -q 'json.exception\|type_error\|parse_error' "$1"; then bad "$2: raw library error: $(head -c 300 "$1")"; else ok; fi
}
# run RC-PATTERN WHAT COMMAND...: runs a command into out/err, checks the exit code against an
# extended regex, that both streams are UTF-8 and that no raw JSON library error leaks.
run() {
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [[ $rc =~ ^($want)$ ]]; then ok; else bad "$what: exit $rc, expected $want: $(head -c 400 "$tmp/err")"; fi
  utf8 "$tmp/out" "$what (stdout)"
  utf8 "$tmp/err" "$what (stderr)"
  no_raw_exception "$tmp/err" "$what"
}
id_of() { printf '%s' "$1" | sha256sum | cut -c1-16; } # document_id() of an archived path

# doc FILE NUMBER DAY CITATION: an invented plan of a commune, numbered NUMBER/KH-UBND.
doc() {
  cat >"$1" <<DOC
**ỦY BAN NHÂN DÂN XÃ AN THỬ**

Số: $2/KH-UBND

An Thử, ngày $3 tháng 4 năm 2024

**KẾ HOẠCH**

**Thử nghiệm việc số $2 của xã**

$4

**I. MỤC ĐÍCH**

Nội dung kế hoạch thử nghiệm.

*Nơi nhận:*
- Các thôn;
- Lưu: VP.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

Trần Văn Thử
DOC
}
# The chain base ← plan ← report (each implements the one before).
chain() {
  mkdir -p docs
  doc docs/base.md 7 2 "Căn cứ tình hình thực tế của xã;"
  doc docs/plan.md 10 5 "Thực hiện Kế hoạch số 7/KH-UBND ngày 02/4/2024 của Ủy ban nhân dân xã An Thử;"
  doc docs/report.md 12 9 "Thực hiện Kế hoạch số 10/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân xã An Thử;"
  printf '**KẾ HOẠCH**\n\nThực hiện Kế hoạch số 7/KH-UBND ngày 02/4/2024 của UBND xã.\n' >draft.md
}

# serve_start: the server on a free port over ./db; sets $pid and $url.
serve_start() {
  "$bin" serve --db db --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
  pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(head -1 "$tmp/serve.out" 2>/dev/null | grep -o 'http://[^ ]*/')
    [ -n "$url" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  bad "serve printed no URL: $(cat "$tmp/serve.out" "$tmp/serve.err")"
  return 1
}
serve_stop() {
  kill -TERM "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}
# http WANT-STATUS WHAT PATH [curl args]: a request, its status, and a UTF-8 body.
http() {
  local want=$1 what=$2 path=$3
  shift 3
  local status
  status=$(curl -s -o "$tmp/body" -w '%{http_code}' "$@" "${url}${path#/}")
  if [ "$status" = "$want" ]; then ok; else bad "$what: HTTP $status, expected $want: $(head -c 300 "$tmp/body")"; fi
  utf8 "$tmp/body" "$what (body)"
}

# Every archive command on ./db, each answering (exit 0, or 1 for findings) in UTF-8.
archive_commands() {
  run 0 "trace" "$bin" trace --db db 7/KH-UBND
  run 0 "trace json" "$bin" trace --db db --format json 7/KH-UBND
  run 0 "refs" "$bin" refs --db db --json docs/plan.md
  run 0 "cited-by" "$bin" cited-by --db db 7/KH-UBND
  for report in dangling ambiguous orphans superseded; do
    run 0 "graph $report" "$bin" graph --db db --report "$report" --json
  done
  run '0|1' "check --db" "$bin" check --db db --format json draft.md
  run 0 "stats" "$bin" stats --db db --json
  run 0 "search" "$bin" search --db db --json "thử nghiệm"
}
serve_requests() { # the API over ./db, with the id of a sound document
  serve_start || return
  http 200 "/api/stats" /api/stats
  http 200 "/api/search" "/api/search?q=th%E1%BB%AD+nghi%E1%BB%87m"
  http 200 "/api/doc" "/api/doc/$1"
  http 200 "/api/trace" "/api/trace/$1?dir=up"
  http 200 "/api/check" /api/check --data-binary @draft.md -H 'Content-Type: text/markdown'
}

case $case_name in
long-issuer-archive)
  chain
  issuer="Ban"
  # 263 bytes; the 200th after "của " is inside a 3-byte "Ứ", where the old cap cut.
  while [ "$(printf %s "$issuer" | wc -c)" -lt 260 ]; do issuer="$issuer Ứng Dụng"; done
  doc docs/issuer.md 15 11 "Căn cứ Kế hoạch số 7/KH-UBND ngày 02/4/2024 của $issuer;"
  run 0 "compile" "$bin" compile docs
  grep -q '"issuer":"Ban Ứng Dụng' "$tmp/out" && ok || bad "the long issuer is in the model"
  run 0 "compile text" "$bin" compile --format text docs
  run 0 "index" "$bin" index --db db docs
  archive_commands
  run 0 "refs of the long-issuer document" "$bin" refs --db db docs/issuer.md
  run 0 "index again" "$bin" index --db db --lang en docs
  has "$tmp/out" "4 unchanged" "index again changes nothing"
  serve_requests "$(id_of docs/issuer.md)"
  printf 'Thêm \xff\xfe sau khi index.\n' >>docs/issuer.md # changed since: bytes that are not UTF-8
  http 200 "/api/doc/…/html of a file that is no longer UTF-8" "/api/doc/$(id_of docs/issuer.md)/html"
  serve_stop
  ;;

non-utf8-name)
  chain
  raw=$'docs/x\xff.md' # the byte 0xFF: not UTF-8
  literal='docs/x\xff.md' # the four characters \ x f f
  mv docs/report.md "$raw"
  doc "$literal" 15 12 "Thực hiện Kế hoạch số 10/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân xã An Thử;"
  run 0 "compile" "$bin" compile docs
  has "$tmp/out" '"path":"docs/x\\\\xFF.md"' "the raw name, escaped, in the model"
  has "$tmp/out" '"path":"docs/x\\\\\\\\xff.md"' "the literal backslash, doubled, in the model"
  run 0 "compile the file by its name" "$bin" compile "$raw"
  run 2 "compile a missing non-UTF-8 name" "$bin" compile $'docs/none\xfe.md'
  has "$tmp/err" 'docs/none\\xFE.md' "a missing name is printed escaped"
  run 0 "index" "$bin" index --db db docs
  archive_commands
  run 0 "search for the document" "$bin" search --db db --json 12/KH-UBND
  has "$tmp/out" '"path":"docs/x\\\\xFF.md"' "search --json shows the escaped name"
  run 0 "search text" "$bin" search --db db 12/KH-UBND
  has "$tmp/out" 'docs/x\\xFF.md' "search shows the escaped name"
  run 0 "trace by the file's own name" "$bin" trace --db db --up "$raw"
  has "$tmp/out" '10/KH-UBND' "trace from the file reaches what it implements"
  run 0 "refs by the name as shown" "$bin" refs --db db 'docs/x\xFF.md'
  has "$tmp/out" '10/KH-UBND' "refs by the escaped name"
  run 0 "refs of the literal-backslash file" "$bin" refs --db db "$literal"
  run 0 "cited-by lists the file" "$bin" cited-by --db db --json 10/KH-UBND
  has "$tmp/out" 'docs/x\\\\xFF.md' "cited-by names the escaped file"
  run '0|1' "check the file" "$bin" check --format json "$raw"
  has "$tmp/out" '"path":"docs/x\\\\xFF.md"' "check reports the escaped name"
  run 0 "index again" "$bin" index --db db --lang en docs
  has "$tmp/out" "0 removed, 4 unchanged" "the same names and ids on the next run"
  serve_requests "$(id_of 'docs/x\xFF.md')"
  curl -s -o "$tmp/source" "${url}api/doc/$(id_of 'docs/x\xFF.md')/source"
  cmp -s "$tmp/source" "$raw" && ok || bad "/source reads the file with the raw name"
  serve_stop
  ;;

corrupt-json | corrupt-utf8 | corrupt-shape)
  chain
  run 0 "index" "$bin" index --db db docs
  run 0 "damage the report's record" "$corrupt_tool" db docs/report.md "${case_name#corrupt-}"
  for round in 1 2; do # the second run reads the saved graph: it still names the record
    run 0 "trace ($round)" "$bin" trace --db db 7/KH-UBND
    has "$tmp/out" '10/KH-UBND' "trace still shows the sound documents ($round)"
    has "$tmp/err" 'docs/report.md' "trace names the damaged record ($round)"
  done
  archive_commands
  run 0 "graph names the record" "$bin" graph --db db --report dangling
  has "$tmp/err" "docs/report.md (id $(id_of docs/report.md))" "the warning names path and id"
  run '0|1' "check --db --lang en" "$bin" check --db db --lang en draft.md
  has "$tmp/err" 'warning: the stored record of docs/report.md' "check names it in English"
  serve_requests "$(id_of docs/plan.md)"
  http 500 "/api/doc of the damaged record" "/api/doc/$(id_of docs/report.md)"
  has "$tmp/body" '"error":"bản ghi đã lưu của docs/report.md' "the API names the damage"
  http 200 "/api/doc/…/source of the damaged record" "/api/doc/$(id_of docs/report.md)/source"
  serve_stop
  has "$tmp/serve.err" 'docs/report.md' "the server's log names the record"
  run 0 "index repairs it" "$bin" index --db db --lang en docs
  has "$tmp/out" '1 updated' "the damaged record is compiled again"
  run 0 "trace after the repair" "$bin" trace --db db 7/KH-UBND
  has "$tmp/out" '12/KH-UBND' "the repaired document is back in the chain"
  if [ -s "$tmp/err" ]; then bad "no warning after the repair: $(cat "$tmp/err")"; else ok; fi
  ;;

*)
  echo "unknown case $case_name"
  exit 2
  ;;
esac
finish
