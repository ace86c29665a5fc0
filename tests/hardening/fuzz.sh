#!/usr/bin/env bash
# Issue 13 item 6, the config reader's defects the fuzz work fixed: fuzz.sh CASE VANBAN
#   toml-deep            a TOML config nested 10,000 deep (arrays, inline tables, dotted keys,
#                        headers) is refused with the line and the limit, exit 64 — it crashed (139)
#   json-config-message  an invalid JSON config names the line, the column and what stands there,
#                        in Vietnamese and with --lang en in English — not the library's message
case_=$1
shift
source "$(dirname "$0")/../cli/lib.sh"

draft=tests/fixtures/check/clean.md

# config FILE [--lang en]: runs check with it; the message goes to $tmp/err, the status to $rc.
config() {
  local file=$1
  shift
  "$bin" check "$@" --config "$file" "$draft" >/dev/null 2>"$tmp/err"
  rc=$?
}

case $case_ in
toml-deep)
  n=10000
  python3 - "$tmp" "$n" <<'PY'
import sys
tmp, n = sys.argv[1], int(sys.argv[2])
shapes = {
    "arrays": "rules = " + "[" * n + "]" * n + "\n",
    "inline": "rules = " + "{a = " * n + "1" + "}" * n + "\n",
    "dotted": "# a comment [[[[\nrules." + ".".join(["a"] * n) + " = 'x'\n",
    "header": "issuer_codes = [\"A\"]\n[" + ".".join(["a"] * n) + "]\n",
    "after-string": 'abbreviations = """ a [ " """\nx = ' + "[" * n + "]" * n + "\n",
}
for name, text in shapes.items():
    open(f"{tmp}/{name}.toml", "w").write(text)
PY
  for shape in arrays inline dotted header; do
    config "$tmp/$shape.toml"
    expect_rc 64 $rc "$shape nested $n deep"
    has "$tmp/err" "lồng nhau quá 32 tầng ở dòng [12]" "$shape: the limit and the line"
  done
  config "$tmp/after-string.toml" --lang en
  expect_rc 64 $rc "deep array after a multi-line string"
  has "$tmp/err" "nested more than 32 levels deep at line 2" "the line, in English"
  # The limit leaves every real configuration alone: a table of tables of arrays still reads.
  printf 'rules.%s = "off"\n[abbreviations]\n"BCĐ" = "Ban Chỉ đạo"\n' '"header.motto-missing"' >"$tmp/ok.toml"
  config "$tmp/ok.toml"
  expect_rc 0 $rc "a shallow TOML config: $(cat "$tmp/err")"
  ;;
json-config-message)
  printf '{\n  "rules": {\n    "date.format": "error",\n  }\n}\n' >"$tmp/comma.json"
  config "$tmp/comma.json"
  expect_rc 64 $rc "trailing comma"
  has "$tmp/err" 'tệp cấu hình .*comma.json không hợp lệ: JSON sai ở dòng 4, cột 3: không được có “}” ở đây' "line, column and what stands there"
  config "$tmp/comma.json" --lang en
  has "$tmp/err" 'invalid JSON at line 4, column 3: unexpected “}”' "the same in English"
  printf '{"rules": {"date.format": "error"' >"$tmp/cut.json"
  config "$tmp/cut.json" --lang en
  has "$tmp/err" 'incomplete JSON: the file ends at line 1, column 34' "a cut file"
  printf '{"issuer_codes": ["L\xc4\x90L\xc4\x90", "\xff"]}' >"$tmp/bytes.json"
  config "$tmp/bytes.json"
  has "$tmp/err" 'dòng 1, cột 28: byte 0xFF không phải UTF-8' "a byte that is not UTF-8, counted in characters"
  printf '{"issuer_codes": "LĐLĐ"}' >"$tmp/type.json"
  config "$tmp/type.json" --lang en
  has "$tmp/err" '"issuer_codes" must be a list of strings' "a value of the wrong type"
  printf '{"_comment": 2,\n "rules": 1e999}' >"$tmp/huge.json"
  config "$tmp/huge.json" --lang en
  expect_rc 64 $rc "a number too large for a double"
  has "$tmp/err" 'line 2, column 11: the number 1e999 is too large' "the number, where it stands"
  for f in comma cut bytes type huge; do
    "$bin" check --config "$tmp/$f.json" "$draft" 2>&1 | grep -q 'json.exception' && bad "$f: the library's message" || ok
  done
  ;;
*)
  echo "fuzz.sh: unknown case $case_" >&2
  exit 2
  ;;
esac
finish
