#!/usr/bin/env bash
# bench/run's smoke: a 200-document run against the build under test writes JSON with every field
# of the contract, each a number, and precision/recall within [0, 1]. Timings are never asserted.
#   test_bench.sh VANBAN_BINARY BUILD_DIR
source "$(dirname "$0")/lib.sh"
build=$2

bench/run --docs 200 --rounds 1 --build "$build" --work "$tmp/work" --out "$tmp/x.json" >"$tmp/table" 2>"$tmp/err"
expect_rc 0 $? "bench/run --docs 200: $(tail -5 "$tmp/err")"
has "$tmp/table" '| search p50 / p99' "the table"
has "$tmp/table" '| follow-up of one document' "the follow-up row"
has "$tmp/table" 'shards through xapian-tcpsrv' "the xapian-tcpsrv row"
# No server outlives the run (it kills them on exit, whatever ends it).
pgrep -f "xapian-tcpsrv .*$tmp/work" >/dev/null && bad "a xapian-tcpsrv left running" || ok

for field in docs bytes compile_mb_s compile_mb_s_1t cmark_mb_s index_docs_s index_peak_rss_mb \
  reindex_s omindex_docs_s omindex_peak_rss_mb search_p50_ms search_p99_ms search_text_p50_ms \
  search_text_p99_ms rg_ms trace_p50_ms \
  trace_p99_ms resolve_precision resolve_recall db_mb omindex_db_mb follow_up_p50_ms follow_up_p99_ms \
  follow_up_units_load_ms follow_up_precision follow_up_recall follow_up_directives \
  shards shards_index_docs_s shards_index_s shards_index_cpu_s shards_index_peak_rss_mb \
  shards_db_mb shards_search_p50_ms shards_search_p99_ms tcpsrv_search_p50_ms tcpsrv_search_p99_ms; do
  if jq -e --arg f "$field" '.[$f] | type == "number"' "$tmp/x.json" >/dev/null 2>&1; then ok; else
    bad "field $field is missing or not a number in $(head -c 400 "$tmp/x.json")"
  fi
done
for field in resolve_precision resolve_recall follow_up_precision follow_up_recall; do
  jq -e --arg f "$field" '.[$f] >= 0 and .[$f] <= 1' "$tmp/x.json" >/dev/null && ok || bad "$field in [0, 1]"
done
jq -e '.docs == 200 and .omindex_docs == 200' "$tmp/x.json" >/dev/null && ok || bad "200 documents on both sides"
# What each document writes, on both sides: a count, never 0 (issue 12).
jq -e '.terms_per_doc > 0 and .omindex_terms_per_doc > 0' "$tmp/x.json" >/dev/null && ok ||
  bad "terms_per_doc and omindex_terms_per_doc are counts"
finish
