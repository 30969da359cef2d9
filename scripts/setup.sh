#!/usr/bin/env bash
# Installs everything tsgo needs on Debian 12 (as root): the packages llvm-bindings builds against, the LLVM 14 tools,
# the emulators, GOROOT sources and the reference Go compiler, then the npm dependencies. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # llvm-bindings' native addon
  llvm-14-dev zlib1g-dev cmake build-essential ninja-build
  # codegen and link
  llvm-14 lld-14
  # emulators
  qemu-system-arm
  # GOROOT sources and Go's own tests; gc as the reference oracle
  golang-1.19-src golang-go
  # AVR builtins (libgcc.a's 32-bit helpers) and the avr-gcc C size reference
  gcc-avr avr-libc
  # Cortex-M builtins: libgcc.a (thumb/v7-m) for 64-bit division and soft float
  gcc-arm-none-eabi
  # tests only: a pseudo-terminal standing in for a board's serial port (tsgo monitor's test)
  python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]} (run this script as root)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/llvm-bindings/build/Release/llvm-bindings.node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # llvm-bindings builds a native addon with cmake-js against Node's own headers (no download).
  npm_config_nodedir="${npm_config_nodedir:-/usr}" npm ci --no-audit --no-fund
fi
