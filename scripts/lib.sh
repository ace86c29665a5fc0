# Shared by scripts/test and scripts/demo: install the Debian packages the build needs, then build.
# Sourced, not run.

VANBAN_PACKAGES=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libicu-dev libxapian-dev zlib1g-dev libssl-dev libjemalloc-dev
  nlohmann-json3-dev libcli11-dev doctest-dev
  libtoml11-dev libcpp-httplib-dev
  graphviz
)

# The fuzz targets (scripts/fuzz, which ./scripts/test runs briefly): clang and its libFuzzer and
# sanitizer runtimes (only recommended by clang, so named).
VANBAN_FUZZ_PACKAGES=(clang libclang-rt-dev)

# What the tests need beyond the build: the benchmark smoke (omindex, ripgrep, gnuplot, GNU time,
# jq to merge and check its JSON) and the browser test (Debian's chromium driven by playwright-core
# from npm).
# curl: the `vanban serve` CLI test. python3: ../shared/tools/real-score (compile.layouts, compile.real).
# xapian-tools: the shards.* tests (xapian-tcpsrv, xapian-replicate, xapian-delve, quest).
VANBAN_TEST_PACKAGES=(
  xapian-omega ripgrep gnuplot-nox time jq
  xapian-tools
  "${VANBAN_FUZZ_PACKAGES[@]}"
  chromium
  curl
  python3
)

# Node.js and npm for the browser test. Debian ships them as two packages; a Node.js from another
# source may already bundle npm (and conflict with Debian's npm), so only what is missing is added.
vanban_install_node() {
  local want=()
  command -v node >/dev/null || want+=(nodejs)
  command -v npm >/dev/null || want+=(npm)
  [ ${#want[@]} -eq 0 ] || vanban_install_packages "${want[@]}"
}

# Installs the packages that are missing (idempotent, never prompts).
vanban_install_packages() {
  local missing=()
  for pkg in "${VANBAN_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
}

# vanban_build DIR [cmake options…]: configure (Release unless told otherwise) and build.
# Unity builds (several sources per compiler run) take 2.5× less CPU here (measured: 2.8 against
# 7 CPU-minutes), which keeps ./scripts/test's two builds within its time budget on 2 cores.
vanban_build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON "$@" >/dev/null || return 1
  cmake --build "$dir" -j "$(nproc)" || return 1
}
