#!/usr/bin/env bash
# Issue 13 item 4, against the `vanban serve` binary: `sockets` — 200 idle and 10 slow-header
# connections (bash's /dev/tcp) do not keep /api/stats from answering within 3 s, and SIGINT still
# stops the server promptly; `parallel-checks` — eight 1 MiB drafts posted at once with curl's
# default content type (application/x-www-form-urlencoded) are each checked or told to retry
# (503), /api/stats answers meanwhile, and the server's peak memory stays bounded.
# Usage: server_dos.sh CASE VANBAN plain|sanitized
source "$(dirname "$0")/../cli/lib.sh"
case_name=$1
bin=$(realpath "$2")
build=$3
command -v curl >/dev/null || { echo "SKIP: curl is needed"; exit 77; }

mkdir -p "$tmp/docs"
cat >"$tmp/docs/ke-hoach.md" <<'DOC'
**KẾ HOẠCH**

**Tổ chức Ngày hội đọc sách năm 2024**

Số: 14/KH-LĐLĐ

1. Khuyến khích đoàn viên đọc sách.
DOC
"$bin" index --db "$tmp/db" "$tmp/docs" >/dev/null 2>&1
expect_rc 0 $? "index the fixture"

"$bin" serve --db "$tmp/db" --port 0 >"$tmp/out" 2>"$tmp/err" &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(head -1 "$tmp/out" 2>/dev/null | grep -o 'http://[^ ]*/')
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { bad "serve printed no URL: $(cat "$tmp/err")"; finish; exit; }
port=${url##*:}
port=${port%/}

# GET /api/stats within the 3 s bound; prints the seconds it took.
stats_within_bound() { # what
  local answer
  answer=$(curl -s -o /dev/null --max-time 3 -w '%{http_code} %{time_total}' "${url}api/stats")
  echo "$1: /api/stats $answer s"
  [ "${answer%% *}" = 200 ] && ok || bad "$1: /api/stats did not answer within 3 s ($answer)"
}

peak_kib() { awk '/^VmHWM/ {print $2}' "/proc/$pid/status"; }

case $case_name in
sockets)
  idle=()
  for _ in $(seq 1 200); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$port" || { bad "open idle connection"; break; }
    idle+=("$fd")
  done
  slow=()
  for _ in $(seq 1 10); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$port" || { bad "open slow connection"; break; }
    printf 'GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Slow: a' >&"$fd"
    slow+=("$fd")
  done
  sleep 0.3
  stats_within_bound "200 idle + 10 slow-header connections"
  # The slow heads are dropped within the 5 s head timeout: their reads see the end of stream.
  sleep 6
  dropped=0
  for fd in "${slow[@]}"; do
    if timeout 2 cat <&"$fd" >/dev/null 2>&1; then dropped=$((dropped + 1)); fi
  done
  [ "$dropped" = 10 ] && ok || bad "slow-header connections dropped after the head timeout: $dropped of 10"
  for _ in $(seq 1 10); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$port"
    idle+=("$fd")
  done
  start=$(date +%s%N)
  kill -INT "$pid"
  wait "$pid"
  expect_rc 0 $? "SIGINT stops serve with idle connections open"
  stop_ms=$((($(date +%s%N) - start) / 1000000))
  echo "stopped in $stop_ms ms with ${#idle[@]} connections open"
  [ "$stop_ms" -lt 3000 ] && ok || bad "stop waited for idle clients: $stop_ms ms"
  for fd in "${idle[@]}" "${slow[@]}"; do exec {fd}>&-; done
  ;;
parallel-checks)
  python3 - "$tmp/draft.md" <<'PY'
import sys
head = "**KẾ HOẠCH**\n\n**Tổ chức giải bóng chuyền công nhân**\n\n"
para = "Các công đoàn cơ sở cử vận động viên tham gia, báo cáo danh sách trước ngày 05/6/2024.\n\n"
size = 1 << 20
text = head.encode() + para.encode() * ((size - len(head.encode())) // len(para.encode()))
text += b"." * (size - len(text))
open(sys.argv[1], "wb").write(text)
PY
  before=$(peak_kib)
  checks=()
  for i in $(seq 1 8); do
    # curl's default for --data-binary: application/x-www-form-urlencoded
    curl -s -D "$tmp/h$i" -o "$tmp/c$i" --max-time 150 --data-binary @"$tmp/draft.md" "${url}api/check" &
    checks+=($!)
  done
  sleep 0.5
  stats_within_bound "8 parallel 1 MiB checks"
  wait "${checks[@]}"
  checked=0
  for i in $(seq 1 8); do
    status=$(head -1 "$tmp/h$i" | cut -d' ' -f2)
    case $status in
    200) checked=$((checked + 1)); has "$tmp/c$i" '"rule":"recipients.missing"' "check $i report" ;;
    503) has "$tmp/h$i" '^Retry-After: ' "check $i: 503 says when to retry" ;;
    *) bad "check $i: status '$status': $(head -c 300 "$tmp/c$i")" ;;
    esac
  done
  [ "$checked" -ge 2 ] && ok || bad "at least two checks ran ($checked)"
  after=$(peak_kib)
  echo "peak RSS: $((before / 1024)) MiB before, $((after / 1024)) MiB after; $checked of 8 checked, the rest 503"
  # A few hundred MB at most (it was 540 MB); a sanitizer's shadow memory is not the server's.
  if [ "$build" = plain ]; then
    [ "$after" -lt $((300 * 1024)) ] && ok || bad "peak RSS $((after / 1024)) MiB (bound 300 MiB)"
  fi
  kill -INT "$pid"
  wait "$pid"
  expect_rc 0 $? "SIGINT stops serve"
  ;;
*) echo "unknown case $case_name"; exit 2 ;;
esac
finish
