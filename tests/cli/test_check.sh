#!/usr/bin/env bash
# CLI contract of `vanban check`: text/json/sarif formats, --profile, --config, --lang, --db,
# --list-rules, suppression comments, and exit codes 0 / 1 / 2 / 64.
source "$(dirname "$0")/lib.sh"

fx=tests/fixtures/check
clean=$fx/clean.md

# Exit 0 with no findings; the summary is the last line.
"$bin" check "$clean" >"$tmp/out" 2>&1
expect_rc 0 $? "clean document"
[ "$(tail -n 1 "$tmp/out")" = "1 tệp, 0 lỗi, 0 cảnh báo" ] && ok || bad "summary: $(cat "$tmp/out")"

# Exit 1 on an error; path:line:col: severity: message [rule.id], then the hint.
"$bin" check "$fx/number.type-mismatch.md" >"$tmp/out"
expect_rc 1 $? "error document"
grep -Eq "^$fx/number.type-mismatch.md:1:[0-9]+: error: .* \[number.type-mismatch\]$" "$tmp/out" && ok || bad "text line: $(cat "$tmp/out")"
has "$tmp/out" '^    gợi ý: dùng ký hiệu "KH"' "Vietnamese hint"

# Warnings alone exit 0.
"$bin" check "$fx/date.format.md" >"$tmp/out"
expect_rc 0 $? "warnings only"
has "$tmp/out" ': warning: ngày ban hành "ngày 8 tháng 3 năm 2024" phải viết là "ngày 08 tháng 3 năm 2024" \[date.format\]' "date.format message"

# --lang en.
"$bin" check --lang en "$fx/number.type-mismatch.md" >"$tmp/out"
has "$tmp/out" 'error: type code "QĐ" (Quyết định) does not match the document type "Kế hoạch"' "English message"
has "$tmp/out" '^1 file(s), 1 error(s), 0 warning(s)$' "English summary"

# Exit 2 when an input cannot be read or decoded; the others are still checked and reported.
"$bin" check "$fx/encoding.invalid-utf8.md" "$tmp/missing.md" "$clean" "$fx/signer.missing.md" >"$tmp/out" 2>"$tmp/err"
expect_rc 2 $? "unreadable inputs"
has "$tmp/out" "^$fx/encoding.invalid-utf8.md:1:1: error: .*\[encoding.invalid-utf8\]" "invalid UTF-8 diagnostic"
has "$tmp/out" "^$tmp/missing.md:1:1: error: không đọc được tệp: không có tệp này \[encoding.unreadable\]" "missing file diagnostic"
has "$tmp/out" "^$fx/signer.missing.md:[0-9]*:1: error: .*\[signer.missing\]" "other files still checked"
has "$tmp/out" "^4 tệp, 3 lỗi, 0 cảnh báo$" "summary counts every file"

# Exit 64: usage errors.
"$bin" check >/dev/null 2>&1
expect_rc 64 $? "no PATH"
"$bin" check --format yaml "$clean" >/dev/null 2>&1
expect_rc 64 $? "bad --format"
"$bin" check --profile loose "$clean" >/dev/null 2>&1
expect_rc 64 $? "bad --profile"
"$bin" check --lang fr "$clean" >/dev/null 2>&1
expect_rc 64 $? "bad --lang"
echo '{"rules": {"no.such-rule": "off"}}' >"$tmp/bad.json"
"$bin" check --config "$tmp/bad.json" "$clean" >/dev/null 2>"$tmp/err"
expect_rc 64 $? "bad --config"
has "$tmp/err" 'no.such-rule' "bad config names the rule"

# --list-rules: every rule with its severities and description, no PATH needed.
"$bin" check --list-rules >"$tmp/out"
expect_rc 0 $? "--list-rules"
[ "$(grep -c '^[a-z]*\.[a-z0-9-]* ' "$tmp/out")" -ge 25 ] && ok || bad "--list-rules count: $(wc -l <"$tmp/out")"
has "$tmp/out" '^header.motto-missing  *error  *off  *Thiếu quốc hiệu và tiêu ngữ$' "--list-rules row"

# JSON format.
"$bin" check --format json "$fx/date.format.md" "$clean" >"$tmp/out"
expect_rc 0 $? "json"
has "$tmp/out" '^{"files":\[{"path":"tests/fixtures/check/date.format.md","diagnostics":\[{"rule":"date.format","severity":"warning","line":1,"column":[0-9]*,"message":"' "json diagnostics"
has "$tmp/out" '"summary":{"files":2,"errors":0,"warnings":1}}$' "json summary"

# SARIF format: version, schema, rules with helpUri, results with relative URIs.
"$bin" check --format sarif "$fx/number.missing.md" "$PWD/$fx/date.format.md" >"$tmp/out"
expect_rc 1 $? "sarif"
has "$tmp/out" '"version": "2.1.0"' "sarif version"
has "$tmp/out" '"$schema": "https://json.schemastore.org/sarif-2.1.0.json"' "sarif schema"
has "$tmp/out" '"helpUri": "README.md#check-number-missing"' "sarif helpUri"
has "$tmp/out" '"uri": "tests/fixtures/check/date.format.md"' "sarif uri relative to the working directory"
has "$tmp/out" '"startLine": 1' "sarif region"
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; l=json.load(open(sys.argv[1])); assert l["runs"][0]["results"][0]["level"]=="error"' "$tmp/out" && ok || bad "sarif is JSON"
fi

# Profiles: an OCR seed is an error in strict profile, only warnings in lenient.
seed=corpus/seeds/002_16753ea0c261d2c1.md
"$bin" check "$seed" >"$tmp/out"
expect_rc 1 $? "seed strict"
has "$tmp/out" 'error: số, ký hiệu "409/KH -LĐLĐ" viết sai dạng, đúng là "409/KH-LĐLĐ" \[number.malformed\]' "seed number"
"$bin" check --profile lenient "$seed" >"$tmp/out"
expect_rc 0 $? "seed lenient"

# --config: turn a rule off, raise a warning to an error, add an issuer code.
cat >"$tmp/office.json" <<'JSON'
{"rules": {"number.malformed": "off", "header.issuer-missing": "off", "header.motto-missing": "off",
           "date.format": "error"},
 "issuer_codes": ["LĐLDD"]}
JSON
"$bin" check --config "$tmp/office.json" "$seed" >"$tmp/out"
expect_rc 0 $? "config turns rules off"
"$bin" check --config "$tmp/office.json" "$fx/date.format.md" >"$tmp/out"
expect_rc 1 $? "config raises a warning to an error"
"$bin" check --config "$tmp/office.json" "$fx/number.issuer-unknown.md" >"$tmp/out"
expect_rc 0 $? "config issuer code"
grep -q 'number.issuer-unknown' "$tmp/out" && bad "issuer code from config still reported" || ok

# The same configuration in TOML (when built with libtoml11-dev).
printf '[rules]\n"date.format" = "error"\n' >"$tmp/office.toml"
"$bin" check --config "$tmp/office.toml" "$fx/date.format.md" >"$tmp/out" 2>"$tmp/err"
rc=$?
if grep -q 'without TOML support' "$tmp/err"; then expect_rc 64 $rc "TOML refused clearly"; else expect_rc 1 $rc "TOML config"; fi

# Suppression comments in the document.
{ echo '<!-- vanban-disable number.type-mismatch -->'; cat "$fx/number.type-mismatch.md"; } >"$tmp/suppressed.md"
"$bin" check "$tmp/suppressed.md" >"$tmp/out"
expect_rc 0 $? "vanban-disable comment"

# --db without an index: a clear message and exit 2.
"$bin" check --db "$tmp" "$clean" >"$tmp/out" 2>"$tmp/err"
expect_rc 2 $? "--db without index"
has "$tmp/err" "chưa có chỉ mục ở $tmp: hãy chạy \`vanban index --db $tmp\` trước" "--db message"
"$bin" check --lang en --db "$tmp" "$clean" >/dev/null 2>"$tmp/err"
has "$tmp/err" "no index at $tmp: run vanban index first" "--db message in English"

# --db with an index of corpus/: a citation of a number nobody has is unresolved; one whose date
# differs from the archived document's is a date mismatch; a citation that matches is silent.
"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
"$bin" check --db "$tmp/db" --format json "$fx/reference.unresolved.md" >"$tmp/out"
expect_rc 0 $? "--db with an index: unresolved is a warning"
has "$tmp/out" '"rule":"reference.unresolved"' "reference.unresolved against the index"
sed 's|Kế hoạch số 38/KH-LĐLĐ ngày 23/02/2024|Kế hoạch số 37/KH-LĐLĐ ngày 24/02/2024|' "$fx/reference.unresolved.md" >"$tmp/mismatch.md"
"$bin" check --db "$tmp/db" --format json "$tmp/mismatch.md" >"$tmp/out"
has "$tmp/out" '"rule":"reference.date-mismatch"' "reference.date-mismatch against the index"
sed 's|Kế hoạch số 38/KH-LĐLĐ ngày 23/02/2024|Kế hoạch số 37/KH-LĐLĐ ngày 23/02/2024|' "$fx/reference.unresolved.md" >"$tmp/resolved.md"
"$bin" check --db "$tmp/db" "$tmp/resolved.md" >"$tmp/out"
expect_rc 0 $? "--db with an index: a citation that resolves"

# Standard input, directories, and --jobs leave the output unchanged.
"$bin" check - <"$clean" >"$tmp/out"
expect_rc 0 $? "stdin"
"$bin" check --jobs 1 corpus >"$tmp/one"
"$bin" check --jobs 4 corpus >"$tmp/four"
cmp -s "$tmp/one" "$tmp/four" && ok || bad "--jobs changes the output"
has "$tmp/one" "^$(find corpus -name '*.md' | wc -l) tệp, " "directory expands to every document"

finish
