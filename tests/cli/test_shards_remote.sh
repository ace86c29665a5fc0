#!/usr/bin/env bash
# Remote shards (issue 12): three shards served by xapian-tcpsrv on loopback, named by a stub
# file, answer every command as one database with the same documents; `index` writes to shards
# served with --writable; a shard server that is down is named (search exit 2, serve 503) and
# serve answers again once it is back.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"

n=$(find corpus -name '*.md' | wc -l)
"$bin" index --db "$tmp/one" corpus >/dev/null
expect_rc 0 $? "index one database"
"$bin" index --db "$tmp/three" --shards 3 corpus >/dev/null
expect_rc 0 $? "index --shards 3"

# Read-only servers, one per shard, and the stub that lists them.
serve_shards "$tmp/three" 3 "$tmp/remote.stub"
xapian-delve "$tmp/remote.stub" | grep -q "^number of documents = $n$" && ok || bad "xapian-delve reads the stub of remote shards"
answers "$tmp/one" "$tmp/answers.one"
answers "$tmp/remote.stub" "$tmp/answers.remote"
same_answers "3 shards through xapian-tcpsrv" "$tmp/answers.one" "$tmp/answers.remote"
api_answers "$tmp/one" "$tmp/api.one"
api_answers "$tmp/remote.stub" "$tmp/api.remote"
grep -q '"facets":{"type":\[{' "$tmp/api.one" && ok || bad "facets in the API: $(head -c 300 "$tmp/api.one")"
same_answers "serve's hits and facets through xapian-tcpsrv" "$tmp/api.one" "$tmp/api.remote"
[ -s "$tmp/remote.stub.vanban-graph.tsv" ] && ok || bad "the graph of remote shards lives beside the stub"

# A shard server that is down: search names it and exits 2.
kill_server "${pids[1]}"
"$bin" search --db "$tmp/remote.stub" "kế hoạch" >/dev/null 2>"$tmp/err"
expect_rc 2 $? "search with a shard down"
has "$tmp/err" "shard 127.0.0.1:${ports[1]} of the archive $tmp/remote.stub cannot be reached" "the shard is named"
restart_tcpsrv "${ports[1]}" "$tmp/three/shard-1"
pids[1]=$pid

# serve: 503 with a JSON error while a shard is down, the same answers once it is back.
start_serve "$tmp/remote.stub"
[ -n "$url" ] && ok || bad "serve on remote shards started: $(cat "$tmp/serve.err")"
url=${url%/}
get() { curl -s --max-time 30 -o "$2" -w '%{http_code}' "$url$1"; }
[ "$(get "/api/search?q=ke%20hoach" "$tmp/before")" = 200 ] && ok || bad "search through serve: $(head -c 300 "$tmp/before")"
kill_server "${pids[2]}" # while serve holds a connection to it: it dies under serve
[ "$(get "/api/search?q=ke%20hoach" "$tmp/down")" = 503 ] && ok || bad "503 while a shard is down: $(head -c 300 "$tmp/down")"
grep -q "^{\"error\":\".*127.0.0.1:${ports[2]}" "$tmp/down" && ok || bad "JSON error naming the shard: $(head -c 300 "$tmp/down")"
[ "$(get "/api/search?q=cong%20doan" "$tmp/down2")" = 503 ] && ok || bad "still 503 while it is down"
restart_tcpsrv "${ports[2]}" "$tmp/three/shard-2"
pids[2]=$pid
[ "$(get "/api/search?q=ke%20hoach" "$tmp/after")" = 200 ] && ok || bad "serves again once the shard is back: $(head -c 300 "$tmp/after")"
cmp -s "$tmp/before" "$tmp/after" && ok || bad "the same answer after the shard came back"
[ "$(get "/api/trace/$(sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p' "$tmp/after" | head -1)" "$tmp/trace")" = 200 ] \
  && ok || bad "trace through serve: $(head -c 300 "$tmp/trace")"
kill "$spid"
wait "$spid" 2>/dev/null
for i in 0 1 2; do kill_server "${pids[$i]}"; done

# Writing to remote shards: `index --db STUB` through xapian-tcpsrv --writable.
: >"$tmp/write.stub"
for i in 0 1 2; do
  mkdir -p "$tmp/w/shard-$i"
  start_tcpsrv "$tmp/w/shard-$i" --writable
  echo "remote 127.0.0.1:$port" >>"$tmp/write.stub"
done
"$bin" index --db "$tmp/write.stub" --json --jobs 2 corpus >"$tmp/out" 2>"$tmp/err"
expect_rc 0 $? "index into remote shards: $(cat "$tmp/err")"
[ "$(json_field "$tmp/out" added)" = "$n" ] && [ "$(json_field "$tmp/out" documents)" = "$n" ] && ok \
  || bad "remote index summary: $(cat "$tmp/out")"
"$bin" index --db "$tmp/write.stub" --json corpus >"$tmp/out" 2>"$tmp/err"
[ "$(json_field "$tmp/out" unchanged)" = "$n" ] && ok || bad "incremental on remote shards: $(cat "$tmp/out") $(cat "$tmp/err")"
"$bin" index --db "$tmp/write.stub" --shards 2 corpus >/dev/null 2>&1
expect_rc 64 $? "another --shards on a stub of 3"
answers "$tmp/write.stub" "$tmp/answers.written"
same_answers "3 shards written through xapian-tcpsrv --writable" "$tmp/answers.one" "$tmp/answers.written"

finish
