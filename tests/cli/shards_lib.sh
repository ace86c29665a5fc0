# Shared by the shards.* tests: servers on loopback (xapian-tcpsrv, xapian-replicate-server) on
# free ports, always stopped on exit, and the answers of an archive to the same questions.
# Sourced after lib.sh.

command -v xapian-tcpsrv >/dev/null || { echo "xapian-tcpsrv missing (Debian package xapian-tools)"; exit 77; }
servers=()
# Every server started here is killed when the test ends, whatever ends it.
trap 'for p in "${servers[@]}"; do pkill -9 -P "$p" 2>/dev/null; kill -9 "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

# Whether something listens on 127.0.0.1:$1.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_server LOG CMD… with the port as the word PORT: tries free ports from a random start until
# one starts listening; sets $port and $pid. Gives up (exit 2) after 20 ports.
start_server() {
  local log=$1
  shift
  local try=0 p=$((20000 + RANDOM % 30000))
  while [ $try -lt 20 ]; do
    p=$((p + 1 + RANDOM % 50))
    try=$((try + 1))
    listening $p && continue
    local args=()
    for a in "$@"; do [ "$a" = PORT ] && args+=("$p") || args+=("$a"); done
    "${args[@]}" >"$log" 2>&1 &
    pid=$!
    servers+=("$pid")
    for _ in $(seq 1 100); do
      listening $p && { port=$p; return 0; }
      kill -0 $pid 2>/dev/null || break
      sleep 0.05
    done
    kill -9 $pid 2>/dev/null
  done
  echo "FAIL: no server started: $* (see $log)"
  exit 2
}

# kill_server PID: the server and the children it forked for open connections (xapian-tcpsrv
# serves each connection in a child): the shard is then down for clients already connected too.
kill_server() {
  pkill -9 -P "$1" 2>/dev/null
  kill -9 "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}

# start_tcpsrv DB [--writable]: xapian-tcpsrv for one shard; sets $port and $pid.
start_tcpsrv() {
  start_server "$tmp/tcpsrv.$RANDOM.log" xapian-tcpsrv --interface 127.0.0.1 --port PORT \
    --timeout 20000 "${@:2}" "$1"
}

# serve_shards DIR COUNT STUB: one read-only xapian-tcpsrv per shard DIR/shard-i and the stub
# STUB listing them (`remote 127.0.0.1:PORT`); sets $ports and $pids, one per shard.
serve_shards() {
  ports=()
  pids=()
  : >"$3"
  for i in $(seq 0 $(($2 - 1))); do
    start_tcpsrv "$1/shard-$i"
    ports+=("$port")
    pids[$i]=$pid
    echo "remote 127.0.0.1:$port" >>"$3"
  done
}

# restart_tcpsrv PORT DB [--writable]: a server for the shard again, on the port its stub names.
restart_tcpsrv() {
  xapian-tcpsrv --interface 127.0.0.1 --port "$1" --timeout 20000 "${@:3}" "$2" \
    >"$tmp/tcpsrv.again.$1.log" 2>&1 &
  pid=$!
  servers+=("$pid")
  for _ in $(seq 1 100); do listening "$1" && return 0; sleep 0.05; done
  bad "xapian-tcpsrv did not listen again on $1"
}

# answers DB OUT: every query of tests/fixtures/shards/queries.txt, by relevance, by date and a
# page in the middle, as `vanban search --json` prints them with their exit codes; then stats
# (but its size on disk), the graph reports, traces and check --db.
answers() {
  local db=$1 out=$2
  : >"$out"
  while IFS= read -r q; do
    for opts in "--limit 50" "--sort date --limit 50" "--offset 3 --limit 4" "--sort date --offset 2 --limit 3"; do
      # shellcheck disable=SC2086
      "$bin" search --db "$db" --json $opts "$q" >>"$out" 2>&1
      echo "rc=$? $opts $q" >>"$out"
    done
  done <tests/fixtures/shards/queries.txt
  "$bin" stats --db "$db" --json | sed 's/"bytes":[0-9]*,//' >>"$out"
  for report in dangling ambiguous orphans superseded; do
    "$bin" graph --db "$db" --report $report --json >>"$out" 2>&1
  done
  for ref in 274/KH-TLĐ 59/KH-LĐLĐ 1021/QĐ-UBND; do
    "$bin" trace --db "$db" --format json "$ref" >>"$out" 2>&1
    "$bin" trace --db "$db" --up --format json "$ref" >>"$out" 2>&1
    "$bin" refs --db "$db" --json "$ref" >>"$out" 2>&1
    "$bin" cited-by --db "$db" --json "$ref" >>"$out" 2>&1
  done
  "$bin" check --db "$db" --format json corpus/tld >>"$out" 2>&1
  echo "check rc=$?" >>"$out"
}

# start_serve DB: `vanban serve` on a free port; sets $spid and $url (empty when it printed none
# within 10 s). Stopped on exit like every server here.
start_serve() {
  "$bin" serve --db "$1" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
  spid=$!
  servers+=("$spid")
  url=""
  for _ in $(seq 1 200); do
    url=$(sed -n 's/^vanban serve: \(http[^ ]*\).*/\1/p' "$tmp/serve.out")
    [ -n "$url" ] && break
    sleep 0.05
  done
}

# api_answers DB OUT: /api/search of `vanban serve` (hits, total and facets over every match) for a
# few queries, by relevance and by date, on short pages: the items a shard returns beyond the page
# are the ones Xapian 1.4 once counted twice in the facets through xapian-tcpsrv.
api_answers() {
  start_serve "$1"
  : >"$2"
  for q in "ke%20hoach" "type%3AKH" "cong%20doan" "year%3A2024" "lao%20dong"; do
    for page in "limit=30" "limit=3" "limit=3&sort=date" "limit=2&offset=4"; do
      curl -s --max-time 20 "${url%/}/api/search?q=$q&$page" >>"$2"
      echo >>"$2"
    done
  done
  kill "$spid"
  wait "$spid" 2>/dev/null
}

# same_answers WHAT EXPECTED ACTUAL
same_answers() {
  if cmp -s "$2" "$3"; then ok; else bad "$1: answers differ: $(diff "$2" "$3" | head -c 1500)"; fi
}
