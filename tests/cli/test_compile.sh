#!/usr/bin/env bash
# CLI contract of `vanban compile`: JSON Lines in input order, text format, stdin, exit codes
# 0 / 2 / 64, errors as path:line: message, and bad inputs that never stop the others.
source "$(dirname "$0")/lib.sh"

seeds=(corpus/seeds/*.md)

# JSON Lines, one object per document, in input order, with the schema.
"$bin" compile --jobs 2 "${seeds[@]}" >"$tmp/out.jsonl" 2>"$tmp/err"
expect_rc 0 $? "compile seeds"
[ "$(wc -l <"$tmp/out.jsonl")" = "${#seeds[@]}" ] && ok || bad "one line per document"
i=0
while IFS= read -r line; do
  case "$line" in *"\"schema\":\"vanban.document/1\""*"\"path\":\"${seeds[$i]}\""*) ok ;; *) bad "line $i is not ${seeds[$i]}" ;; esac
  i=$((i + 1))
done <"$tmp/out.jsonl"

# A directory expands to its *.md files, sorted; --jobs does not change the output.
"$bin" compile corpus/seeds >"$tmp/dir1" && "$bin" compile --jobs 1 corpus/seeds >"$tmp/dir2"
cmp -s "$tmp/dir1" "$tmp/dir2" && cmp -s "$tmp/dir1" "$tmp/out.jsonl" && ok || bad "directory / jobs output differs"

# --pretty indents; text format is readable and names the fields in Vietnamese.
"$bin" compile --pretty "${seeds[0]}" | grep -q '^  "number": {' && ok || bad "--pretty"
"$bin" compile --format text "${seeds[0]}" | grep -q 'Số, ký hiệu : 59/KH-LĐLĐ' && ok || bad "--format text"

# Standard input.
"$bin" compile - <"${seeds[1]}" | grep -q '"text":"149/LĐLĐ"' && ok || bad "stdin"

# Bad inputs: reported as path:line: message, exit 2, the good file still compiled.
printf 'Số: 12/KH-LĐLĐ\nLai Ch\xe2u\n' >"$tmp/latin1.md"
: >"$tmp/empty.md"
head -c 4096 /dev/urandom >"$tmp/binary.md"; printf '\0' >>"$tmp/binary.md"
"$bin" compile "$tmp/latin1.md" "$tmp/empty.md" "$tmp/binary.md" "$tmp/missing.md" "${seeds[0]}" >"$tmp/out" 2>"$tmp/err"
expect_rc 2 $? "bad inputs"
grep -q "^$tmp/latin1.md:2: invalid UTF-8" "$tmp/err" && ok || bad "invalid UTF-8 message: $(cat "$tmp/err")"
grep -q "^$tmp/empty.md:1: empty file" "$tmp/err" && ok || bad "empty file message"
grep -q "^$tmp/binary.md:[0-9]*: binary file\|^$tmp/binary.md:[0-9]*: invalid UTF-8" "$tmp/err" && ok || bad "binary file message"
grep -q "^$tmp/missing.md:1: no such file" "$tmp/err" && ok || bad "missing file message"
[ "$(wc -l <"$tmp/out")" = 1 ] && grep -q '59/KH-LĐLĐ' "$tmp/out" && ok || bad "good file compiled beside bad ones"

# A document at the line limit (650 copies of a seed: 98,800 lines, 11 MB) compiles; 50 MB of
# them (425,601 lines: the seed has no final newline) is not a document: refused at once with the line and the limit, exit 2.
for _ in $(seq 1 650); do cat corpus/seeds/002_16753ea0c261d2c1.md; done >"$tmp/long.md"
"$bin" compile "$tmp/long.md" >"$tmp/long.json" 2>"$tmp/err"
expect_rc 0 $? "98,800-line file"
grep -q '"text":"409/KH-LĐLĐ"' "$tmp/long.json" && ok || bad "98,800-line file model"
for _ in $(seq 1 2800); do cat corpus/seeds/002_16753ea0c261d2c1.md; done >"$tmp/huge.md"
"$bin" compile "$tmp/huge.md" "${seeds[0]}" >"$tmp/huge.json" 2>"$tmp/err"
expect_rc 2 $? "50 MB file"
grep -qx "$tmp/huge.md:100001: too many lines (425601; the limit is 100000)" "$tmp/err" && ok \
  || bad "50 MB file message: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/huge.json")" = 1 ] && grep -q '59/KH-LĐLĐ' "$tmp/huge.json" && ok \
  || bad "the good file is compiled beside the refused one"

# Usage errors exit 64.
"$bin" compile >/dev/null 2>&1
expect_rc 64 $? "no PATH"
"$bin" compile --format yaml "${seeds[0]}" >/dev/null 2>&1
expect_rc 64 $? "bad --format"
"$bin" frobnicate >/dev/null 2>&1
expect_rc 64 $? "unknown command"

finish
