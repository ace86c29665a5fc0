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
expect_rc() { # expected actual what
  if [ "$1" = "$2" ]; then ok; else bad "$3: exit $2, expected $1"; fi
}
has() { # file pattern what
  if grep -q -- "$2" "$1"; then ok; else bad "$3: no '$2' in: $(head -c 600 "$1")"; fi
}
# The closing line ctest and CI read, and the exit status.
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
