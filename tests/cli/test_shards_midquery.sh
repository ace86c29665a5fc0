#!/usr/bin/env bash
# A remote shard that dies in the middle of a `vanban search` run (issue 12, "Faults"): the CLI has
# opened the stub and connected to every shard, then the server of one shard is killed with the
# children that serve the open connections. The search exits 2 naming the shard and the archive,
# in text and in --json, without a crash or a hang; a shard back before the query runs is used
# again; once the shard is back, searches answer as before.
#
# No race: VANBAN_TEST_STOP_BEFORE_QUERY=1 stops the CLI (SIGSTOP) after the archive is open and
# before the query touches it (index/src/commit_pause.hpp); the test kills the server while the CLI
# is stopped, then lets it go on (SIGCONT).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"

"$bin" index --db "$tmp/three" --shards 3 corpus >/dev/null
expect_rc 0 $? "index --shards 3"
stub=$tmp/remote.stub
serve_shards "$tmp/three" 3 "$stub"

# search --json of every query of the shards tests, and one in text, with their exit codes.
searches() { # out
  : >"$1"
  while IFS= read -r q; do
    "$bin" search --db "$stub" --json --limit 50 "$q" >>"$1" 2>&1
    echo "rc=$? $q" >>"$1"
  done <tests/fixtures/shards/queries.txt
  "$bin" search --db "$stub" --lang en "kế hoạch" >>"$1" 2>&1
  echo "rc=$? text" >>"$1"
}
searches "$tmp/before"
grep -q '^rc=0 ' "$tmp/before" && ok || bad "searches through xapian-tcpsrv find something: $(head -c 600 "$tmp/before")"

# Starts `vanban search --db STUB OPTIONS…` under `timeout 60` with the stop hook and waits until
# it is stopped before its query; sets $runner (the timeout process) and $cli (vanban).
stopped_search() { # out err options…
  local out=$1 err=$2
  shift 2
  VANBAN_TEST_STOP_BEFORE_QUERY=1 timeout 60 "$bin" search --db "$stub" "$@" >"$out" 2>"$err" &
  runner=$!
  cli=""
  for _ in $(seq 1 200); do
    cli=$(pgrep -P "$runner")
    [ -n "$cli" ] && break
    sleep 0.05
  done
  [ -n "$cli" ] && wait_until_stopped "$cli" && ok || bad "search stopped before its query: $(cat "$err")"
}

# Lets the stopped search go on; sets $rc to its exit status (124 when timeout had to end it).
resume() {
  kill -CONT "$cli"
  wait "$runner"
  rc=$?
}

# dies_midquery K OPTIONS…: shard K's server dies while the search is stopped; exit 2, stderr one
# line naming the shard and the archive, nothing on stdout; then the shard comes back.
dies_midquery() {
  local k=$1
  shift
  local what="shard $k dies mid-query ($*)"
  stopped_search "$tmp/out" "$tmp/err" "$@"
  kill_server "${pids[$k]}"
  resume
  expect_rc 2 "$rc" "$what"
  has "$tmp/err" "^vanban search: shard 127.0.0.1:${ports[$k]} of the archive $stub cannot be reached" \
    "$what: the shard and the archive are named"
  [ "$(wc -l <"$tmp/err")" = 1 ] && ok || bad "$what: one line on stderr (no crash report): $(head -c 1500 "$tmp/err")"
  [ ! -s "$tmp/out" ] && ok || bad "$what: nothing on stdout: $(head -c 300 "$tmp/out")"
  restart_tcpsrv "${ports[$k]}" "$tmp/three/shard-$k"
  pids[$k]=$pid
}

dies_midquery 1 --lang en "kế hoạch"
dies_midquery 0 --json "công đoàn"
dies_midquery 2 --json --sort date "type:KH"

# A shard whose server dies and is back before the query runs: the dead connection is dropped,
# the shard connected again and the query answered as if nothing happened.
"$bin" search --db "$stub" --json --limit 50 "kế hoạch" >"$tmp/expected" 2>&1
stopped_search "$tmp/out" "$tmp/err" --json --limit 50 "kế hoạch"
kill_server "${pids[1]}"
restart_tcpsrv "${ports[1]}" "$tmp/three/shard-1"
pids[1]=$pid
resume
expect_rc 0 "$rc" "search after its shard died and came back: $(cat "$tmp/err")"
cmp -s "$tmp/expected" "$tmp/out" && ok || bad "the same answer through the shard connected again: $(diff "$tmp/expected" "$tmp/out" | head -c 600)"

# Every shard back: the same answers as before any of them died.
searches "$tmp/after"
same_answers "searches once the shards are back" "$tmp/before" "$tmp/after"

for i in 0 1 2; do kill_server "${pids[$i]}"; done
finish
