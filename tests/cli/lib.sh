# Shared by the CLI contract tests: the binary, a temporary directory, counters and checks.
# Sourced by tests/cli/test_*.sh with the vanban binary as $1; end with `finish`.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
json_field() { # file key → the first number value of "key" in the file
  grep -o "\"$2\":[0-9.]*" "$1" | head -1 | cut -d: -f2
}
expect_rc() { # expected actual what
  if [ "$1" = "$2" ]; then ok; else bad "$3: exit $2, expected $1"; fi
}
has() { # file pattern what
  if grep -q -- "$2" "$1"; then ok; else bad "$3: no '$2' in: $(head -c 600 "$1")"; fi
}
# The closing line ctest and CI read, and the exit status.
# Waits (up to 20 s) until the archive at DB holds a document, that is until a writer running in
# the background has committed its first batch; 1 if it never does.
# `vanban stats --verify --json DB`. Under ASan, libxapian's own check code trips the
# new-delete-type-mismatch report inside the library (not vanban's code), so it is turned off for
# this call only, as the verify tests do.
verify_archive() { # db
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}new_delete_type_mismatch=0" \
    "$bin" stats --db "$1" --verify --json
}

# Sixty copies of the seed documents under DIR (c1 … c60), enough for a writer to commit many
# batches; prints how many files were made.
seed_copies() { # dir
  for i in $(seq 1 60); do
    mkdir -p "$1/c$i"
    cp corpus/seeds/*.md "$1/c$i/"
  done
  find "$1" -name '*.md' | wc -l
}

# Waits until process PID is stopped (state T). The kill -9 tests start their writer with
# VANBAN_TEST_STOP_AFTER_COMMITS=1, which stops it right after its first commit: a known state (a
# batch on disk, the write lock held) whatever the speed of the machine, instead of a race.
wait_until_stopped() { # pid
  for _ in $(seq 1 1200); do
    [ "$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" = T ] && return 0
    kill -0 "$1" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# kill_after_first_commit DB OTHER ARGS…: starts `vanban index --db DB ARGS…` stopped right after
# its first commit, checks that a second writer (indexing OTHER) is refused with the lock message
# while it holds the lock, and kills it with SIGKILL. Sets $writer (its pid, for traps).
kill_after_first_commit() {
  local db=$1 other=$2
  shift 2
  VANBAN_TEST_STOP_AFTER_COMMITS=1 "$bin" index --db "$db" "$@" >/dev/null 2>&1 &
  writer=$!
  wait_until_stopped $writer && ok || bad "the writer stops after its first commit ($*)"
  "$bin" index --db "$db" "$other" >/dev/null 2>"$tmp/err"
  expect_rc 2 $? "a second writer while the first holds the lock"
  has "$tmp/err" "database is locked: another \`vanban index\` is writing to $db" "lock message"
  kill -9 $writer 2>/dev/null
  wait $writer 2>/dev/null
}

# The run after a kill -9: it completes, compiling only what the killed run had not committed.
expect_completion_after_kill() { # bin db folder total done_before
  "$1" index --db "$2" --json "$3" >"$tmp/out"
  expect_rc 0 $? "index after kill -9"
  local added unchanged
  added=$(json_field "$tmp/out" added)
  unchanged=$(json_field "$tmp/out" unchanged)
  [ "$((added + unchanged))" = "$4" ] && [ "$unchanged" = "$5" ] \
    && [ "$(json_field "$tmp/out" documents)" = "$4" ] && ok || bad "completion after kill -9: $(cat "$tmp/out")"
}

finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
