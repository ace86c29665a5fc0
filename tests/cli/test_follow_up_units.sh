#!/usr/bin/env bash
# The unit facts follow-up keeps beside the graph (vanban-units.tsv): written by index, and
# whatever becomes of the file — missing, stale, edited, cut short, unwritable — `follow-up` gives
# the same answers, says when the file was damaged or could not be saved, and writes it again.
source "$(dirname "$0")/lib.sh"
db=$tmp/db
units=$db/vanban-units.tsv
refs=(37/KH-LĐLĐ@2024-02-23 71/KH-LĐLĐ 05-CT/TU)

answers() { # the follow-up JSON of the three directives, stderr to $tmp/err
  local ref
  for ref in "${refs[@]}"; do
    "$bin" follow-up --db "$db" --as-of 2024-07-01 --format json "$ref" || echo "exit $? for $ref"
  done 2>"$tmp/err"
}

# same_answers WHAT: the answers equal those of the intact file, and the file is sound again.
same_answers() {
  answers >"$tmp/answers"
  cmp -s "$tmp/answers" "$tmp/expected" && ok || bad "$1: the answers differ"
  cmp -s "$units" "$tmp/units.sound" && ok || bad "$1: the file was not written again as it was"
}

# A subset first, then the whole corpus: the subset's file is a real stale one.
"$bin" index --db "$db" corpus/seeds >/dev/null 2>&1
expect_rc 0 $? "index a part of the corpus"
cp "$units" "$tmp/units.stale"
"$bin" index --db "$db" corpus >/dev/null 2>&1
expect_rc 0 $? "index the corpus"
[ -s "$units" ] && ok || bad "index writes $units"
head -1 "$units" | grep -q '^vanban-units 1 revision [0-9]*$' && ok || bad "its header: $(head -1 "$units")"
cp "$units" "$tmp/units.sound"
answers >"$tmp/expected"
grep -q '^exit' "$tmp/expected" && bad "follow-up failed: $(grep '^exit' "$tmp/expected")" || ok
[ -s "$tmp/err" ] && bad "warnings with a sound file: $(cat "$tmp/err")" || ok
has "$tmp/expected" '"status": "implemented"' "the answers have implemented units"

rm "$units"
same_answers "a missing file (an archive of an older vanban)"
[ -s "$tmp/err" ] && bad "a missing file is no damage, yet: $(cat "$tmp/err")" || ok

cp "$tmp/units.stale" "$units"
same_answers "the file of an earlier revision"
[ -s "$tmp/err" ] && bad "a stale file is no damage, yet: $(cat "$tmp/err")" || ok

sed -i '3s/=/=X/' "$units"
same_answers "an edited file"
has "$tmp/err" "stored unit facts $units were not used: its checksum does not match" "the edit is named"

head -c 2000 "$tmp/units.sound" >"$units"
same_answers "a file cut short"
has "$tmp/err" "stored unit facts $units were not used: it is truncated" "the cut is named"

# A file that can be neither read nor replaced (here a directory in its place).
rm "$units" && mkdir "$units"
answers >"$tmp/answers"
cmp -s "$tmp/answers" "$tmp/expected" && ok || bad "an unwritable file: the answers differ"
has "$tmp/err" "$units" "the warning names the file"
has "$tmp/err" "until they can be saved" "the warning says the facts are read each run"
[ -d "$units" ] && ok || bad "the directory in the file's place was removed"
rmdir "$units"

finish
