#!/usr/bin/env bash
# Module boundaries: no module reads another module's src/, neither by an include path in its
# CMakeLists.txt, nor by an include of "../<module>/src/…", nor by the bare name of a header
# that only another module's src/ holds. Public headers (include/vanban/…) are the contracts.
# Usage: test_boundaries.sh SOURCE_ROOT. Checks SOURCE_ROOT, then a copy of it with one violation
# of each kind added, which must fail (so that a check that finds nothing cannot pass unseen).
set -u -o pipefail
root=${1:-.}
modules=(text compiler index graph checker server cli bench)

# Known exceptions, each to be removed by the work named beside it. Format:
# "module foreign-module header..." (no header: only the CMake include path is allowed).
exceptions=(
)

# The headers `module` may read from `foreign`'s src/ (may be none); 1 when no exception.
allowed() { # module foreign
  local e words
  for e in "${exceptions[@]}"; do
    read -r -a words <<<"$e"
    if [ "${words[0]}" = "$1" ] && [ "${words[1]}" = "$2" ]; then
      echo "${words[*]:2}"
      return 0
    fi
  done
  return 1
}

# Prints one line per violation under `tree`; fails when there is one. One grep per tree and
# per kind, then shell built-ins only: the check stays well under a second.
violations() { # tree
  local tree=$1 m o n=0 file inc dir ok line re
  local -A is_module=()
  for m in "${modules[@]}"; do is_module[$m]=1; done
  # 1. Include paths (or sources) of another module's src/ in a module's CMake files.
  while IFS= read -r line; do
    file=${line%%:*}
    m=${file#"$tree"/}
    m=${m%%/*}
    for o in "${modules[@]}"; do
      [ "$o" = "$m" ] && continue
      re="(\\}|\\.\\.|/)$o/src([/ )\"]|\$)"
      if [[ "${line#*:}" =~ $re ]] && ! allowed "$m" "$o" >/dev/null; then
        echo "${file#"$tree"/}: reads $o/src"
        n=$((n + 1))
      fi
    done
  done < <(cd "$tree" && find "${modules[@]}" \( -name CMakeLists.txt -o -name '*.cmake' \) \
    -exec grep -HE '/src([/ )"]|$)' {} + 2>/dev/null | sed "s|^|$tree/|")
  # 2 and 3. Includes of another module's src/ by path, or by a bare name found only there.
  while IFS= read -r line; do
    file=${line%%:*}
    inc=${line#*:}
    m=${file#"$tree"/}
    m=${m%%/*}
    dir=${file%/*}
    for o in "${modules[@]}"; do
      [ "$o" = "$m" ] && continue
      if [[ "$inc" =~ (^|/)$o/src/ ]]; then
        echo "${file#"$tree"/}: includes \"$inc\""
        n=$((n + 1))
      elif [[ "$inc" != */* ]] && [ -f "$tree/$o/src/$inc" ] && [ ! -f "$dir/$inc" ] &&
        [ ! -f "$tree/$m/src/$inc" ]; then
        ok=$(allowed "$m" "$o") || ok=""
        if [[ " $ok " != *" $inc "* ]]; then
          echo "${file#"$tree"/}: includes \"$inc\" of $o/src"
          n=$((n + 1))
        fi
      fi
    done
  done < <(cd "$tree" && find "${modules[@]}" \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) \
    -not -path '*/web/*' -exec sed -nE \
    's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/; T; F; p' {} + 2>/dev/null |
    sed -n "N; s|^|$tree/|; s|\n|:|; p")
  [ "$n" = 0 ]
}

fail=0
if ! out=$(violations "$root" | sort); then
  echo "FAIL: module boundaries crossed:"
  echo "$out"
  fail=1
fi

# The same tree with one violation of each kind must fail with those three more.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && find "${modules[@]}" \( -name CMakeLists.txt -o -name '*.cmake' -o -name '*.cpp' \
  -o -name '*.hpp' -o -name '*.h' \) -not -path '*/web/*' -print0 2>/dev/null |
  tar --null -cf - -T -) | tar -xf - -C "$tmp"
echo 'target_include_directories(vanban_server PRIVATE ${PROJECT_SOURCE_DIR}/checker/src)' \
  >>"$tmp/server/CMakeLists.txt"
printf '#include "../../index/src/schema.hpp"\n' >>"$tmp/graph/src/trace.cpp"
printf '#include "layout.hpp"\n' >>"$tmp/index/src/search.cpp" # compiler/src's, by include path
planted=$(violations "$tmp" | sort | comm -13 <(printf '%s\n' "$out") -)
if [ "$(printf '%s\n' "$planted" | grep -c .)" != 3 ] ||
  ! grep -q 'server/CMakeLists.txt: reads checker/src' <<<"$planted" ||
  ! grep -q 'graph/src/trace.cpp: includes "../../index/src/schema.hpp"' <<<"$planted" ||
  ! grep -q 'index/src/search.cpp: includes "layout.hpp" of compiler/src' <<<"$planted"; then
  echo "FAIL: planted violations not reported as expected:"
  echo "$planted"
  fail=1
fi

[ "$fail" = 0 ] && echo "boundaries: ok (${#exceptions[@]} known exceptions)"
exit "$fail"
