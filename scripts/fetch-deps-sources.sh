#!/usr/bin/env bash
# Fetches and unpacks the Debian source packages of the third-party C/C++ code
# that Kiln's runtime compiles into every target (zlib, double-conversion).
#
#   scripts/fetch-deps-sources.sh <cache-dir> [source-package...]
#
# Each package ends up unpacked, with Debian's patches applied, in
# <cache-dir>/<package>/ (for example <cache-dir>/zlib/zlib.h), beside the
# downloaded .dsc and tarballs in <cache-dir>/downloads/. Idempotent and safe to
# run from several builds at once: a package whose <cache-dir>/<package>/
# .kiln-version stamp exists is skipped without touching the network; work is
# serialized by a lock file and each unpacked tree appears by an atomic rename.
# Needs the deb-src entry and dpkg-dev that scripts/install-deps.sh sets up.
# The CMake build (cmake-modules/KilnRuntimeDeps.cmake) runs this at configure
# time; nothing fetched here is ever committed to the repository.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <cache-dir> [source-package...]" >&2
  exit 2
fi
cache=$1
shift
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then packages=(zlib double-conversion); fi

all_present() {
  for p in "${packages[@]}"; do
    [ -f "$cache/$p/.kiln-version" ] || return 1
  done
}

# Fast path: everything already unpacked.
if all_present; then exit 0; fi

mkdir -p "$cache/downloads"
exec 9>"$cache/.lock"
flock 9
# Another process may have finished the work while this one waited.
if all_present; then exit 0; fi

for tool in apt-get dpkg-source; do
  if ! command -v "$tool" >/dev/null; then
    echo "fetch-deps-sources: '$tool' not found; run scripts/install-deps.sh" >&2
    exit 1
  fi
done

# apt drops privileges to _apt for downloads; as root into a directory _apt
# cannot write it would warn on every file, so download as root outright.
apt_opts=(-q)
if [ "$(id -u)" -eq 0 ]; then apt_opts+=(-o APT::Sandbox::User=root); fi

for p in "${packages[@]}"; do
  if [ -f "$cache/$p/.kiln-version" ]; then continue; fi
  dsc=$(ls "$cache/downloads/${p}"_*.dsc 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dsc" ]; then
    echo "fetch-deps-sources: downloading Debian source package '$p'" >&2
    if ! (cd "$cache/downloads" && apt-get "${apt_opts[@]}" source --download-only "$p" >&2); then
      echo "fetch-deps-sources: 'apt-get source $p' failed. It needs a deb-src entry" \
           "and an updated package index: run scripts/install-deps.sh (or" \
           "'apt-get update')." >&2
      exit 1
    fi
    dsc=$(ls "$cache/downloads/${p}"_*.dsc | sort -V | tail -n 1)
  fi
  version=$(sed -n 's/^Version: //p' "$dsc" | head -n 1)
  work=$(mktemp -d "$cache/.unpack-$p.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  # apt already verified the files against the signed archive index; the
  # .dsc's own signature cannot be checked without debian-keyring, so
  # dpkg-source's output is shown only when unpacking fails.
  if ! dpkg-source -x "$dsc" "$work/src" >"$work/log" 2>&1; then
    cat "$work/log" >&2
    # Probably an interrupted download: the next run fetches it again.
    rm -f "$cache/downloads/${p}"_*
    echo "fetch-deps-sources: unpacking $dsc failed; removed its downloads" >&2
    exit 1
  fi
  echo "$version" >"$work/src/.kiln-version"
  rm -rf "$cache/$p"
  mv "$work/src" "$cache/$p"
  rm -rf "$work"
  trap - EXIT
  echo "fetch-deps-sources: $p $version unpacked in $cache/$p" >&2
done
