#!/usr/bin/env bash
# CLI contract of `vanban trace`, `refs`, `cited-by` and `graph` over an index of corpus/:
# formats, exit codes (0, 1 unknown REF, 2 no archive, 3 ambiguous REF, 64 usage), DOT rendering,
# --lang (and that of `stats` and `index`'s summaries).
source "$(dirname "$0")/lib.sh"

"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
expect_rc 0 $? "index corpus"
[ -s "$tmp/db/vanban-graph.tsv" ] && ok || bad "index resolves the citation graph (vanban-graph.tsv)"

# A re-index that changes nothing keeps the database revision, so the stored graph stays current
# (not rewritten now, not rebuilt by the next trace); a missing graph is rebuilt by index.
cp "$tmp/db/vanban-graph.tsv" "$tmp/graph.before"
touch -d '2000-01-01' "$tmp/db/vanban-graph.tsv"
"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
expect_rc 0 $? "re-index, nothing changed"
[ "$(stat -c %Y "$tmp/db/vanban-graph.tsv")" = "$(date -d 2000-01-01 +%s)" ] && ok || bad "no-change re-index rewrote the graph"
"$bin" refs --db "$tmp/db" 274/KH-TLĐ >/dev/null
[ "$(stat -c %Y "$tmp/db/vanban-graph.tsv")" = "$(date -d 2000-01-01 +%s)" ] && ok || bad "trace after a no-change re-index rebuilt the graph"
rm "$tmp/db/vanban-graph.tsv"
"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
cmp -s "$tmp/db/vanban-graph.tsv" "$tmp/graph.before" && ok || bad "index rebuilds a missing graph, the same as before"

# Tree: the chain from the TLĐ plan down to the grassroots report.
"$bin" trace --db "$tmp/db" 274/KH-TLĐ >"$tmp/tree"
expect_rc 0 $? "trace tree"
grep -q '^274/KH-TLĐ  2022-12-01  Kế hoạch' "$tmp/tree" && ok || bad "tree root line"
grep -q '── implements: 409/KH-LĐLĐ  2023-02-02' "$tmp/tree" && ok || bad "tree child line"
grep -q 'implements: 07/KH-CĐCS' "$tmp/tree" && ok || bad "tree reaches the grassroots plan"

# JSON: the contract's fields; an edge goes from the citing to the cited document.
"$bin" trace --db "$tmp/db" --format json 37/KH-LĐLĐ@2024-02-23 >"$tmp/trace.json"
expect_rc 0 $? "trace json"
for key in '"root"' '"nodes"' '"edges"' '"relation": "implements"' '"ambiguous": false' '"external": false'; do
  grep -q "$key" "$tmp/trace.json" && ok || bad "trace json has $key"
done
grep -q 'ldld-dien-bien' "$tmp/trace.json" && bad "Điện Biên's 37/KH-LĐLĐ must not be in Lai Châu's chain" || ok

# Up, depth, relation filter.
"$bin" trace --db "$tmp/db" --up --depth 1 corpus/ldld-tam-duong/2023-02-10_thang-cong-nhan-2023.md >"$tmp/up"
expect_rc 0 $? "trace up by path"
grep -q 'implements: 409/KH-LĐLĐ' "$tmp/up" && ok || bad "trace up finds the province plan"
"$bin" trace --db "$tmp/db" --relation replaces,repeals --format json 1021/QĐ-UBND | grep -q '"relation": "replaces"' && ok || bad "relation filter"

# DOT, rendered when Graphviz is installed.
"$bin" trace --db "$tmp/db" --format dot 05-CT/TU >"$tmp/trace.dot"
expect_rc 0 $? "trace dot"
head -1 "$tmp/trace.dot" | grep -q '^digraph trace {' && ok || bad "dot header"
if command -v dot >/dev/null; then
  dot -Tsvg "$tmp/trace.dot" >"$tmp/trace.svg" 2>"$tmp/dot.err" && grep -q '<svg' "$tmp/trace.svg" && ok || bad "dot -Tsvg: $(cat "$tmp/dot.err")"
fi

# Exit codes: ambiguous REF 3 (with the candidates), unknown REF 1, no archive 2, usage 64.
"$bin" trace --db "$tmp/db" 37/KH-LĐLĐ >/dev/null 2>"$tmp/amb"
expect_rc 3 $? "ambiguous REF"
[ "$(grep -c '37/KH-LĐLĐ@' "$tmp/amb")" = 4 ] && ok || bad "ambiguous REF lists its 4 candidates"
"$bin" trace --db "$tmp/db" 999/KH-XYZ >/dev/null 2>&1
expect_rc 1 $? "unknown REF"
"$bin" trace --db "$tmp/nothing" 274/KH-TLĐ >/dev/null 2>&1
expect_rc 2 $? "missing archive"
"$bin" trace --db "$tmp/db" --relation frobs 274/KH-TLĐ >/dev/null 2>&1
expect_rc 64 $? "unknown relation"
"$bin" trace --db "$tmp/db" --up --down 274/KH-TLĐ >/dev/null 2>&1
expect_rc 64 $? "--up with --down"

# Language: Vietnamese labels and messages by default, English with --lang en; the same rows.
"$bin" refs --db "$tmp/db" 05-CT/TU >"$tmp/refs.vi"
grep -q '\[ngoài kho' "$tmp/refs.vi" && ok || bad "refs labels an outside citation in Vietnamese"
"$bin" refs --db "$tmp/db" --lang en 05-CT/TU >"$tmp/refs.en"
grep -q '\[outside the archive' "$tmp/refs.en" && ok || bad "refs --lang en labels it in English"
[ "$(wc -l <"$tmp/refs.vi")" = "$(wc -l <"$tmp/refs.en")" ] && ok || bad "refs: the same lines in both languages"
"$bin" trace --db "$tmp/db" 999/KH-XYZ 2>"$tmp/unknown.vi" >/dev/null
grep -q 'không có văn bản 999/KH-XYZ trong kho' "$tmp/unknown.vi" && ok || bad "unknown REF in Vietnamese: $(cat "$tmp/unknown.vi")"
"$bin" cited-by --db "$tmp/db" --lang en 37/KH-LĐLĐ 2>"$tmp/amb.en" >/dev/null
expect_rc 3 $? "ambiguous REF (en)"
grep -q '37/KH-LĐLĐ is ambiguous: 4 documents' "$tmp/amb.en" && ok || bad "ambiguous REF in English: $(cat "$tmp/amb.en")"
"$bin" graph --db "$tmp/db" --report dangling | tail -1 | grep -q 'tham chiếu ngoài kho$' && ok || bad "graph report total in Vietnamese"
"$bin" graph --db "$tmp/db" --report dangling --lang en | tail -1 | grep -q 'references outside the archive$' && ok || bad "graph report total in English"
"$bin" stats --db "$tmp/db" | grep -q '^văn bản  *[0-9]' && ok || bad "stats labels in Vietnamese"
"$bin" stats --db "$tmp/db" --lang en | grep -q '^documents  *[0-9]' && ok || bad "stats --lang en labels in English"
"$bin" index --db "$tmp/db" corpus 2>/dev/null | grep -q ' không đổi, 0 lỗi; ' && ok || bad "index summary in Vietnamese"
"$bin" index --db "$tmp/db" --lang en corpus 2>/dev/null | grep -q ' unchanged, 0 failed; ' && ok || bad "index summary in English"
"$bin" trace --db "$tmp/db" --lang fr 05-CT/TU >/dev/null 2>&1
expect_rc 64 $? "--lang fr is a usage error"

# refs and cited-by: one level.
"$bin" refs --db "$tmp/db" 59/KH-LĐLĐ | grep -q 'implements: 37/KH-LĐLĐ  2024-02-23' && ok || bad "refs"
"$bin" cited-by --db "$tmp/db" --json 409/KH-LĐLĐ | grep -q '"relation": "implements"' && ok || bad "cited-by --json"

# Reports.
"$bin" graph --db "$tmp/db" --report dangling | grep -q '02-NQ/TW' && ok || bad "dangling report names 02-NQ/TW"
"$bin" graph --db "$tmp/db" --report superseded --json | grep -q '"relation": "replaces"' && ok || bad "superseded report"
"$bin" graph --db "$tmp/db" --report ambiguous --json | grep -q '"rows": \[\]' && ok || bad "no ambiguous edges in the corpus"
"$bin" graph --db "$tmp/db" --report orphans | grep -q 'chưa có văn bản thực hiện' && ok || bad "orphans report"

# A new document resolves an earlier dangling reference once indexed.
mkdir -p "$tmp/more"
cat >"$tmp/more/nq02.md" <<'DOC'
**BAN CHẤP HÀNH TRUNG ƯƠNG**

Số: 02-NQ/TW

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Hà Nội, ngày 12 tháng 6 năm 2021*

**NGHỊ QUYẾT**

**Về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới**

Nội dung nghị quyết.
DOC
"$bin" index --db "$tmp/db" corpus "$tmp/more" >/dev/null 2>&1
"$bin" graph --db "$tmp/db" --report dangling | grep -q '02-NQ/TW' && bad "02-NQ/TW still dangling after it was indexed" || ok
"$bin" cited-by --db "$tmp/db" 02-NQ/TW | grep -q 'seeds\|cites\|implements' && ok || bad "02-NQ/TW now has citers"

finish
