#!/usr/bin/env bash
# Installs every Debian package Kiln needs to build, test and cross-compile.
#
# Idempotent: when everything is already present it checks with dpkg and exits
# without touching the network. Run as root (or with sudo available).
set -euo pipefail

HOST_PACKAGES=(
  clang-19 lld-19 llvm-19-dev llvm-19-tools libclang-19-dev libclang-cpp19-dev
  libclang-rt-19-dev libc++-19-dev libc++abi-19-dev
  musl musl-dev musl-tools
  cmake ninja-build ccache make python3 file curl
  zlib1g-dev libdouble-conversion-dev libgtest-dev
  qemu-user wrk dpkg-dev clang-format-19
)
ARM64_PACKAGES=(musl-dev:arm64 libclang-rt-19-dev:arm64)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${HOST_PACKAGES[@]}" "${ARM64_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

need_src=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null \
   && ! grep -rqs '^deb-src ' /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null; then
  need_src=1
fi

if [ ${#missing[@]} -eq 0 ] && [ $need_src -eq 0 ] \
   && dpkg --print-foreign-architectures | grep -qx arm64; then
  exit 0
fi

echo "install-deps: installing: ${missing[*]:-(none)}" >&2

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $SUDO dpkg --add-architecture arm64
fi

if [ $need_src -eq 1 ]; then
  # deb-src entry used to fetch zlib's source package for the musl targets.
  $SUDO tee /etc/apt/sources.list.d/kiln-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-deps: done" >&2
