#!/usr/bin/env bash
# Installs the native build into a temporary prefix and uses it as a C++ user would:
#   tests/install/run.sh BUILD_DIR VERSION
# checks the installed files, `overlap --version`, find_package(overlap CONFIG) from a separate
# project (tests/install/sample), its version check, and the pkg-config file. Leaves nothing behind.
set -euo pipefail
build=$(realpath "$1")
version=$2
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

# What a user gets: the public headers only, the library, the command, both package files, the
# licences. No private header (src/) and nothing of dtl or ICU.
for f in include/overlap/overlap.hpp include/overlap/types.hpp include/overlap/json.hpp \
         lib/liboverlap.a bin/overlap lib/cmake/overlap/overlap-config.cmake \
         lib/cmake/overlap/overlap-config-version.cmake lib/cmake/overlap/overlap-targets.cmake \
         lib/pkgconfig/overlap.pc share/doc/overlap/LICENSE share/doc/overlap/THIRD-PARTY-NOTICES.txt; do
  [ -e "$prefix/$f" ] || fail "$f was not installed"
done
extra=$(cd "$prefix" && find include -type f ! -path 'include/overlap/*')
[ -z "$extra" ] || fail "headers outside include/overlap/ were installed: $extra"
grep -q 'Tatsuhiko Kubo' "$prefix/share/doc/overlap/THIRD-PARTY-NOTICES.txt" || fail "dtl's notice is missing"

# The command, run from the prefix, reports the project's version.
got=$("$prefix/bin/overlap" --version)
[ "$got" = "overlap $version" ] || fail "overlap --version says '$got', expected 'overlap $version'"

# find_package(overlap CONFIG) and target overlap::overlap from a separate project.
check_sample() {  # $1: the sample's executable
  local out
  out=$("$1") || fail "the sample failed: $out"
  grep -qx "version $version" <<<"$out" || fail "the sample reports another version: $out"
  grep -q '^passage .*ferry to the northern islands' <<<"$out" || fail "the sample found no moved passage: $out"
  grep -q '^json {"units": *"utf8"' <<<"$out" || fail "to_json gave something else: $out"
}
cmake -S "$here/sample" -B "$work/sample" -DCMAKE_PREFIX_PATH="$prefix" \
      -DOVERLAP_WANTED_VERSION="$version" >"$work/configure.log" 2>&1 \
  || { cat "$work/configure.log"; fail "find_package(overlap $version CONFIG) failed"; }
cmake --build "$work/sample" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the sample did not build"; }
check_sample "$work/sample/sample"

# The version file refuses an incompatible request (0.x: another minor; then another major).
major=${version%%.*}; rest=${version#*.}; minor=${rest%%.*}
if [ "$major" = 0 ]; then wrong="0.$((minor + 1))"; else wrong="$((major + 1)).0"; fi
if cmake -S "$here/sample" -B "$work/wrong" -DCMAKE_PREFIX_PATH="$prefix" \
         -DOVERLAP_WANTED_VERSION="$wrong" >"$work/wrong.log" 2>&1; then
  fail "find_package(overlap $wrong) accepted version $version"
fi
grep -q 'compatible with requested version' "$work/wrong.log" || { cat "$work/wrong.log"; fail "refused for another reason than the version"; }

# pkg-config, with the prefix found from the .pc file's own place.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
[ "$(pkg-config --modversion overlap)" = "$version" ] || fail "pkg-config reports another version"
pkg-config --cflags overlap | grep -q -- "-I$prefix/lib/pkgconfig/../../include" \
  || fail "pkg-config's include path does not lead to the prefix: $(pkg-config --cflags overlap)"
# shellcheck disable=SC2046  # the flags are meant to split
c++ -std=c++20 -o "$work/sample-pc" "$here/sample/main.cpp" $(pkg-config --cflags --libs overlap) \
  || fail "the sample did not build with pkg-config's flags"
check_sample "$work/sample-pc"

echo "install: headers, library, command, CMake package and pkg-config file all work (version $version)"
