#!/usr/bin/env bash
# CLI contract of `vanban serve`: the URL on the first line of stdout, loopback by default, a few
# requests with curl, SIGINT and SIGTERM stop it with exit 0, a missing archive is exit 2.
source "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || { echo "FAIL: curl is needed (scripts/lib.sh installs it)"; exit 1; }
repo=$(pwd)
bin=$(realpath "$bin") # the server is started from another directory
"$bin" index --db "$tmp/db" corpus >/dev/null 2>&1
expect_rc 0 $? "index corpus"

# Starts the server from another directory (the sources must be found through the path recorded
# at index time, not the working directory), with $serve_path as its PATH when set; sets $pid and
# $url.
start() {
  (cd "$tmp" && exec env PATH="${serve_path:-$PATH}" "$bin" serve --db "$tmp/db" --port 0 "$@" \
    >"$tmp/out" 2>"$tmp/err") &
  pid=$!
  url=""
  for _ in $(seq 1 100); do # the first line appears once the socket is bound
    url=$(head -1 "$tmp/out" 2>/dev/null | grep -o 'http://[^ ]*/')
    [ -n "$url" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  bad "serve printed no URL: $(cat "$tmp/out" "$tmp/err")"
}

start
head -1 "$tmp/out" | grep -q '^vanban serve: http://127\.0\.0\.1:[0-9]\+/ (loopback only' && ok ||
  bad "first line names the loopback URL: $(head -1 "$tmp/out")"

curl -s -o "$tmp/search.json" -w '%{http_code} %{content_type}' "${url}api/search?q=nha+o+xa+hoi&limit=2" >"$tmp/status"
has "$tmp/status" '^200 application/json; charset=utf-8' "search status and type"
has "$tmp/search.json" '"snippet_html":' "search has snippet_html"
has "$tmp/search.json" '"facets":{"type":\[' "search has facets"

id=$(grep -o '"id":"[0-9a-f]*"' "$tmp/search.json" | head -1 | cut -d'"' -f4)
path=$(grep -o '"path":"[^"]*"' "$tmp/search.json" | head -1 | cut -d'"' -f4)
curl -s -o "$tmp/source.md" "${url}api/doc/$id/source"
cmp -s "$tmp/source.md" "$repo/$path" && ok || bad "source of $path read from the indexed directory"

curl -s -D "$tmp/headers" -o "$tmp/page" "${url}search?q=x"
has "$tmp/headers" '^HTTP/1.1 200' "the app's page"
has "$tmp/headers" "Content-Security-Policy: default-src 'self'" "CSP header"
has "$tmp/headers" 'X-Content-Type-Options: nosniff' "nosniff header"
[ "$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "${url}static/../CMakeLists.txt")" = 404 ] && ok ||
  bad "/static/../ is 404"
[ "$(curl -s -o /dev/null -w '%{http_code}' "${url}api/search?q=")" = 400 ] && ok || bad "empty q is 400"
printf '**KẾ HOẠCH**\n\nNội dung.\n' >"$tmp/draft.md"
curl -s --data-binary @"$tmp/draft.md" "${url}api/check" >"$tmp/check.json"
has "$tmp/check.json" '"rule":"recipients.missing"' "check finds the missing Nơi nhận"

kill -INT "$pid"
wait "$pid"
expect_rc 0 $? "SIGINT stops serve"
has "$tmp/err" 'stopped' "serve says it stopped"

start --host 127.0.0.1
kill -TERM "$pid"
wait "$pid"
expect_rc 0 $? "SIGTERM stops serve"

# --open runs xdg-open with the URL; without xdg-open the server still starts.
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "$1" >"%s/opened"\n' "$tmp" >"$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
serve_path="$tmp/bin:$PATH" start --open
for _ in $(seq 1 50); do [ -s "$tmp/opened" ] && break; sleep 0.1; done
[ "$(cat "$tmp/opened" 2>/dev/null)" = "$url" ] && ok || bad "--open ran xdg-open $url"
kill -INT "$pid"
wait "$pid"
expect_rc 0 $? "stop after --open"
serve_path=/nonexistent start --open
[ -n "$url" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "${url}api/stats")" = 200 ] && ok ||
  bad "--open without xdg-open still serves"
has "$tmp/err" 'xdg-open' "says the browser could not be opened"
kill -INT "$pid"
wait "$pid"
expect_rc 0 $? "stop after --open without xdg-open"

# Errors: no archive (2, a sentence naming the directory), a bad port (64).
"$bin" serve --db "$tmp/none" --port 0 >"$tmp/out" 2>"$tmp/err"
expect_rc 2 $? "missing --db archive"
has "$tmp/err" "no archive at $tmp/none" "missing archive message"
[ -s "$tmp/out" ] && bad "nothing on stdout when it cannot start" || ok
"$bin" serve --db "$tmp/db" --port 70000 >/dev/null 2>&1
expect_rc 64 $? "port out of range"
"$bin" serve --port 0 >/dev/null 2>&1
expect_rc 64 $? "--db is required"

finish
