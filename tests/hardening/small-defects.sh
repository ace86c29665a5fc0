#!/usr/bin/env bash
# Issue 13 item 6, the smaller search and CLI defects: one case per defect, on the invented
# documents of tests/hardening/small-defects/ (a plan numbered 07/KH-CĐCS, the decision that cites
# it as 7/KH-CĐCS, a letter, a decree).
#   small-defects.sh path/to/vanban CASE
source "$(dirname "$0")/../cli/lib.sh"
case_name=${2:?usage: small-defects.sh path/to/vanban CASE}
fixtures=tests/hardening/small-defects
db=$tmp/db
"$bin" index --db "$db" "$fixtures" >/dev/null 2>"$tmp/index.err" || {
  echo "FAIL: index: $(cat "$tmp/index.err")"
  exit 1
}

# search QUERY... : runs `vanban search --db $db`, output in $tmp/out and $tmp/err, exit in $rc.
search() {
  "$bin" search --db "$db" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}
# json_field NAME: the values of "NAME":"…" in $tmp/out, one a line.
json_field() { grep -o "\"$1\":\"[^\"]*\"" "$tmp/out" | cut -d'"' -f4; }
lacks() { # file pattern what
  if grep -q -- "$2" "$1"; then bad "$3: '$2' in: $(head -c 600 "$1")"; else ok; fi
}

case $case_name in
type-multiword) # `type:Kế hoạch` without quotes reads the whole known type name
  for q in "type:Kế hoạch|07/KH-CĐCS" "type:Nghị định|45/2024/NĐ-CP" "type:Quyết định|12/QĐ-CĐCS" \
    "type:cong van|15/CĐCS" "type:KẾ HOẠCH|07/KH-CĐCS" 'type:"Kế hoạch"|07/KH-CĐCS' "type:KH|07/KH-CĐCS"; do
    search --json "${q%%|*}"
    expect_rc 0 "$rc" "${q%%|*}"
    [ "$(json_field number | tr '\n' ' ')" = "${q#*|} " ] && ok ||
      bad "${q%%|*}: hits $(json_field number | tr '\n' ' '), expected ${q#*|}"
  done
  # Words after the type name stay free text; a word that is no part of a type name too.
  search --json "type:Kế hoạch hoithaosongmay"
  [ "$(json_field number)" = "07/KH-CĐCS" ] && ok || bad "type name then a word: $(cat "$tmp/out")"
  search --json "type:Kế hoithaosongmay"
  expect_rc 1 "$rc" "type:Kế is no type name, read as one word"
  ;;
empty-filter-named) # a filter that matches nothing is named, in either language
  search "type:Foo"
  expect_rc 1 "$rc" "type:Foo"
  has "$tmp/out" "không có văn bản nào có loại 'Foo'" "type:Foo names the filter"
  search --lang en "type:Foo hội thao"
  has "$tmp/out" "no document has type 'Foo'" "type:Foo names the filter (en)"
  search --lang en "type:KH year:2019"
  has "$tmp/out" "no document is of year '2019'" "year:2019 names the filter"
  lacks "$tmp/out" "type" "type:KH matches alone: not named"
  search --json "type:Foo"
  has "$tmp/out" '"empty_filters":\[{"field":"type","value":"Foo"}\]' "JSON names the filter"
  search --lang en "type:KH type:QĐ year:2024 hoithaosongmay"
  expect_rc 0 "$rc" "filters that match"
  search --lang en --json "hoithaosongmay"
  has "$tmp/out" '"empty_filters":\[\]' "no empty filter when there are hits"
  ;;
zero-hit-message) # no "0 of 0 documents (none has every word…)": what is true instead
  search "xyzzyqq"
  expect_rc 1 "$rc" "no hit"
  lacks "$tmp/out" "0 of 0" "no '0 of 0'"
  lacks "$tmp/out" "every word" "no 'none has every word'"
  has "$tmp/out" "không có văn bản nào có từ hay số nào của câu tìm kiếm" "why nothing (vi)"
  search --lang en "xyzzyqq"
  has "$tmp/out" "no document has any word or number of the query" "why nothing (en)"
  search --lang en "type:ND xyzzyqq"
  has "$tmp/out" "each filter matches documents, but none of them has any word" "filter + words"
  search --lang en "type:ND year:2023"
  has "$tmp/out" "no document is of year '2023'" "year:2023 matches nothing"
  search --lang en "type:KH number:45/2024/NĐ-CP"
  has "$tmp/out" "no document matches them all together" "filters that match apart"
  search --lang en --offset 50 "hội thao"
  has "$tmp/out" "no hits past the first 50: [0-9]* documents match" "past the last page"
  search "hội thao"
  has "$tmp/out" "^[0-9]* trong [0-9]* văn bản$" "the count line (vi)"
  ;;
number-leading-zeros) # 7/KH-CĐCS finds 07/KH-CĐCS, as trace resolves it
  for q in "7/KH-CĐCS" "07/KH-CĐCS" "007/kh-cđcs" "7/KH-CDCS" "number:7/KH-CĐCS" "number:07/kh-cđcs"; do
    search --json "$q"
    [ "$(json_field number | head -1)" = "07/KH-CĐCS" ] && ok ||
      bad "$q: first hit $(json_field number | head -1), expected 07/KH-CĐCS"
  done
  search --json "cites:07/KH-CĐCS"
  [ "$(json_field number)" = "12/QĐ-CĐCS" ] && ok || bad "cites:07/KH-CĐCS: $(json_field number)"
  "$bin" cited-by --db "$db" 07/KH-CĐCS >"$tmp/out" 2>&1
  has "$tmp/out" "12/QĐ-CĐCS" "cited-by resolves 7/KH-CĐCS to 07/KH-CĐCS"
  ;;
malformed-date) # dates and years that are no real date: exit 2 naming the part
  for q in "date:9999-99-99.." "date:2024-13-45" "date:2024-02-30" "date:31/02/2024" "date:2024-13" \
    "date:..2024-00" "date:abc" "year:abc" "year:20245" "year:0000"; do
    search "hội thao $q"
    expect_rc 2 "$rc" "$q"
    has "$tmp/err" "(ở ${q//./\\.})" "$q is named"
    lacks "$tmp/err" "exception" "$q: no library message"
  done
  search --lang en "year:abc"
  has "$tmp/err" "year: wants a four-digit year (1900–2199), not 'abc' (in year:abc)" "year:abc (en)"
  for q in "date:2024" "date:2024-03" "date:2024-3" "date:2024-03-05" "date:5/3/2024" "date:2024-01-01..2024-03-31" \
    "date:..2024-03" "year:2024"; do
    search "$q"
    expect_rc 0 "$rc" "$q still finds"
  done
  search "date:2024-02-29" # a real day (2024 is a leap year) on which nothing was issued
  expect_rc 1 "$rc" "date:2024-02-29"
  has "$tmp/out" "không có văn bản nào ban hành ngày '2024-02-29'" "date:2024-02-29 finds nothing"
  ;;
non-utf8-query) # a query that is not UTF-8: a clear error, exit 2
  search $'h\xf4i thao'
  expect_rc 2 "$rc" "Latin-1 query"
  has "$tmp/err" "không phải là văn bản UTF-8" "says UTF-8"
  lacks "$tmp/err" "type_error" "no raw library error"
  search --json --lang en $'\xff\xfe'
  expect_rc 2 "$rc" "bytes query (--json)"
  has "$tmp/err" "not valid UTF-8" "says UTF-8 (en)"
  [ -s "$tmp/out" ] && bad "half an answer on stdout: $(cat "$tmp/out")" || ok
  ;;
limit-range) # --limit 1..10000, --offset 0..100000: no wrap-around
  for v in -1 0 4294967297 10001 1e3 10x ""; do
    search --limit "$v" "hội thao"
    expect_rc 64 "$rc" "--limit '$v'"
    has "$tmp/err" "\-\-limit phải là số nguyên từ 1 đến 10000" "--limit '$v' says the range"
  done
  search --lang en --limit -1 "hội thao"
  has "$tmp/err" "\-\-limit must be a whole number from 1 to 10000, not '-1'" "--limit -1 (en)"
  search --offset -1 "hội thao"
  expect_rc 64 "$rc" "--offset -1"
  search --json --limit 1 "hội thao"
  expect_rc 0 "$rc" "--limit 1"
  [ "$(json_field number | wc -l)" = 1 ] && ok || bad "--limit 1 gives one hit: $(cat "$tmp/out")"
  search --json --limit 10000 "hội thao"
  expect_rc 0 "$rc" "--limit 10000"
  ;;
api) # the same defects through GET /api/search: 400 with a JSON error naming the part
  command -v curl >/dev/null || { echo "SKIP: curl is missing"; exit 77; }
  "$bin" serve --db "$db" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
  url=""
  for _ in $(seq 1 100); do
    url=$(head -1 "$tmp/serve.out" 2>/dev/null | grep -o 'http://[^ ]*/')
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "FAIL: serve printed no URL: $(cat "$tmp/serve.err")"; exit 1; }
  get() { # status of GET $url$1, body in $tmp/out
    curl -s -o "$tmp/out" -w '%{http_code}' "$url$1"
  }
  [ "$(get 'api/search?q=date:2024-13-45')" = 400 ] && ok || bad "date:2024-13-45 is 400"
  has "$tmp/out" '"part":"date:2024-13-45"' "the JSON error names the part"
  has "$tmp/out" '"error":"câu truy vấn không hợp lệ: ' "the JSON error in Vietnamese"
  [ "$(get 'api/search?q=year:abc')" = 400 ] && ok || bad "year:abc is 400"
  [ "$(get 'api/search?q=date:9999-99-99..')" = 400 ] && ok || bad "date:9999-99-99.. is 400"
  [ "$(get 'api/search?q=h%F4i+thao')" = 400 ] && ok || bad "a non-UTF-8 query is 400"
  has "$tmp/out" 'UTF-8' "the non-UTF-8 error says so"
  for v in -1 0 4294967297 101 abc; do
    [ "$(get "api/search?q=h%E1%BB%99i+thao&limit=$v")" = 400 ] && ok || bad "limit=$v is 400"
    has "$tmp/out" 'limit phải là số nguyên từ 1 đến 100' "limit=$v says the range"
  done
  [ "$(get 'api/search?q=type:K%E1%BA%BF+ho%E1%BA%A1ch')" = 200 ] && ok || bad "type:Kế hoạch is 200"
  has "$tmp/out" '"total":1,' "type:Kế hoạch finds the plan"
  [ "$(get 'api/search?q=type:Foo')" = 200 ] && ok || bad "type:Foo is 200"
  has "$tmp/out" '"empty_filters":\[{"field":"type","value":"Foo"}\]' "type:Foo named in the API"
  [ "$(get 'api/search?q=7/KH-C%C4%90CS')" = 200 ] && ok || bad "7/KH-CĐCS is 200"
  has "$tmp/out" '"number":"07/KH-CĐCS"' "7/KH-CĐCS finds 07/KH-CĐCS in the API"
  ;;
readme-check-db) # what the README says of check --db is what it does: 0/1 as check, 2 only without archive
  draft=$fixtures/quyet-dinh-giai-thuong.md
  "$bin" check --db "$db" "$draft" >"$tmp/out" 2>&1
  expect_rc 0 $? "check --db, the cited plan archived (as 07/KH-CĐCS)"
  lacks "$tmp/out" "reference.unresolved" "7/KH-CĐCS resolves to 07/KH-CĐCS"
  sed 's|7/KH-CĐCS ngày 05/3/2024|7/KH-CĐCS ngày 06/3/2024|' "$draft" >"$tmp/draft.md"
  "$bin" check --db "$db" "$tmp/draft.md" >"$tmp/out" 2>&1
  expect_rc 1 $? "check --db, a cited date that differs from the archive's"
  has "$tmp/out" "reference.date-mismatch" "the date mismatch is found through --db"
  "$bin" check --db "$tmp/nowhere" "$draft" >"$tmp/out" 2>&1
  expect_rc 2 $? "check --db without an archive"
  has "$tmp/out" "chưa có chỉ mục ở $tmp/nowhere" "says there is no archive"
  readme=README.md
  lacks "$readme" "until it is connected" "README: --db is connected"
  has "$readme" "Only when DIR holds no archive, or it cannot be read, does" "README: when --db exits 2"
  ;;
*)
  echo "unknown case $case_name"
  exit 64
  ;;
esac
finish
