#!/usr/bin/env bash
# Installs exactly what a fresh Debian bookworm machine lacks to build and test Overlap:
# Debian packages, ICU's source (for the wasm build), and the npm dev dependencies.
# Idempotent: on a ready machine it only checks, in seconds, and changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake make g++ pkg-config
  libicu-dev icu-devtools libdtl-dev libgtest-dev libbenchmark-dev nlohmann-json3-dev
  emscripten nodejs npm
  chromium fonts-dejavu-core
  poppler-utils          # pdftotext and pdftoppm read the PDF of the print test
  clang libclang-rt-14-dev
  dpkg-dev
  patch                  # applies wasm/icu/library/patches to ICU's source for the wasm build
  zip
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm may come from elsewhere than Debian (the image ships its own): accept them.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"

apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { apt-get update -qq; apt_updated=1; }; }

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ICU 72.1 source, compiled for wasm by wasm/icu. Needs a deb-src entry for bookworm main.
icu_dir=third_party/icu
if [ ! -f "$icu_dir/source/common/sources.txt" ]; then
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    echo "setup: adding a deb-src entry for bookworm main"
    cat >/etc/apt/sources.list.d/overlap-deb-src.sources <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt_updated=0
  fi
  apt_update
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq icu >/dev/null)
  orig=$(ls "$tmp"/icu_*.orig.tar.* | head -1)
  rm -rf "$icu_dir" && mkdir -p "$icu_dir"
  # The upstream tarball unpacks to icu/source/...
  tar -xf "$orig" -C "$icu_dir" --strip-components=1
  rm -rf "$tmp"
  echo "setup: ICU source unpacked in $icu_dir"
fi

# npm dev dependencies (test runner helpers, Playwright driver, benchmark peers).
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  fi
fi
