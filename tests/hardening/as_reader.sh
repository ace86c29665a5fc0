# Sourced by the hardening tests that need permissions to apply: sets up $work (a folder the
# reader owns) and `as_reader CMD...`. chmod 000 does not stop root, so as root the commands run
# as nobody (setpriv, util-linux, Essential in Debian); as any other user they run as they are.
# Exits 77 (skipped) when neither is possible.
work=$tmp/work
mkdir -p "$work"
if [ "$(id -u)" = 0 ]; then
  if ! command -v setpriv >/dev/null || ! id nobody >/dev/null 2>&1; then
    echo "SKIP: running as root without setpriv or a nobody user, permissions cannot be tested"
    exit 77
  fi
  chmod 755 "$tmp"
  reader=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups --)
  own_work() { chown -R nobody: "$work"; }
  # A build under a folder only root may enter (/root on a fresh machine): the reader runs a copy.
  if ! "${reader[@]}" test -x "$bin"; then
    cp "$(realpath "$bin")" "$tmp/vanban-reader" && chmod 755 "$tmp/vanban-reader"
    bin=$tmp/vanban-reader
  fi
else
  reader=()
  own_work() { :; }
fi
# The folders a test made unreadable must be removable at the end.
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

as_reader() { (cd "$work" && "${reader[@]}" "$@"); }

# A sanity check that the test can fail: the reader really cannot read a chmod 000 path.
reader_is_denied() { # path (inside $work)
  ! as_reader test -r "$1"
}
