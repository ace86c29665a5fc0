#!/usr/bin/env bash
# Search over real documents (../shared/real/, or $VANBAN_REAL_DIR): every document indexed
# together, then searched for by its own title — its truth `subject`, first ten words — as a user
# would type it (plain words, no field syntax). At least 95 % must be in the top 3.
#
# The query: the subject split on spaces, punctuation a user would not type (, ; : " ( ) “ ”)
# dropped, its first ten words. Where another title has the same first ten words but goes on
# differently (the 34 commune-merger resolutions: "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP |
# XÃ CỦA TỈNH AN GIANG NĂM 2025" differ only from the 12th word), no ranking can put all of them
# in the top 3 of one query: the query is then the whole title (a user looking for the An Giang
# resolution types "An Giang"). Titles equal in full (two "Văn bản hợp nhất Luật Đất đai") stay
# equal: both fit in the top 3. An entry without a subject (60-NQ/TW) is searched
# by its number. A document counts as found when a hit's path ends in its truth `file`.
# Needs jq. Exit 77 (skipped) when the real set is not there.
source "$(dirname "$0")/lib.sh"
real=${VANBAN_REAL_DIR:-../shared/real}
if [ ! -f "$real/truth.json" ] || [ ! -d "$real/docs" ]; then
  echo "SKIP: no real set at $real (set VANBAN_REAL_DIR)"
  exit 77
fi
command -v jq >/dev/null || { echo "FAIL: jq is needed"; exit 1; }

"$bin" index --db "$tmp/db" --json "$real/docs" >"$tmp/index.json" 2>"$tmp/index.err"
rc=$?
# Exit 1 is "some files failed": those are counted as misses below, not a reason to stop.
[ "$rc" -le 1 ] && ok || bad "index exit $rc: $(head -c 600 "$tmp/index.err")"
[ -s "$tmp/index.err" ] && echo "index failures: $(cat "$tmp/index.err")"
echo "index: $(cat "$tmp/index.json")"

# file <TAB> query, one line per truth entry.
jq -r '
  def words: gsub("[,;:\"()“”]"; " ") | [splits("\\s+")] | map(select(length > 0));
  # Compared without case and marks, whether composed (NFC) or not (1685 is NFD): jq cannot
  # normalise, so a letter with combining marks and every non-ASCII letter are dropped alike.
  def key($n): .[0:$n] | join(" ") | gsub("[A-Za-z]\\p{M}+"; "") | gsub("[^\\x00-\\x7F]"; "")
    | ascii_downcase;
  [.[] | {file, number, w: ((.subject // "") | words)}] as $all
  | $all[]
  | . as $e
  | if ($e.w | length) == 0 then "\($e.file)\t\($e.number)"
    else
      # Another, different title with the same first ten words: the whole title.
      (if any($all[]; .file != $e.file and (.w | key(1000)) != ($e.w | key(1000))
                       and (.w | key(10)) == ($e.w | key(10)))
       then $e.w | length else 10 end) as $n
      | "\($e.file)\t\($e.w[0:$n] | join(" "))"
    end
' "$real/truth.json" >"$tmp/queries.tsv"

total=0
found=0
while IFS=$'\t' read -r file query; do
  total=$((total + 1))
  "$bin" search --db "$tmp/db" --json --limit 3 "$query" >"$tmp/hits.json" 2>"$tmp/err"
  if jq -e --arg f "/$file" '[.hits[].path | select(endswith($f))] | length > 0' \
    "$tmp/hits.json" >/dev/null 2>&1; then
    found=$((found + 1))
  else
    echo "MISS: $file"
    echo "  query: $query"
    jq -r '.hits[] | "  \(.rank). \(.path)  \(.number)  \(.type)  \(.subject[0:80])"' \
      "$tmp/hits.json" 2>/dev/null || echo "  (no result: $(head -c 200 "$tmp/err"))"
  fi
done <"$tmp/queries.tsv"

echo "search.real: $found of $total found in the top 3 ($((found * 1000 / (total > 0 ? total : 1))) ‰)"
[ "$total" -gt 0 ] && [ $((found * 100)) -ge $((total * 95)) ] && ok \
  || bad "$found of $total in the top 3, below 95 %"
finish
