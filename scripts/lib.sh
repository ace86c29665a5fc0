# Shared by scripts/test and scripts/demo: install the Debian packages the build needs, then build.
# Sourced, not run.

VANBAN_PACKAGES=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libicu-dev libxapian-dev libssl-dev
  nlohmann-json3-dev libcli11-dev doctest-dev
  libtoml11-dev
  graphviz
)

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
vanban_build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null || return 1
  cmake --build "$dir" -j "$(nproc)" || return 1
}
