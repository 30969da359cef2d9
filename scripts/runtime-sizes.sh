#!/usr/bin/env bash
# Flash cost of runtime functions on a target, for functions user code cannot call yet (the map ABI): builds
# testdata/run/hello.go to LLVM IR, gives the named runtime functions external linkage so that the optimiser keeps
# them (every runtime function is in the module; unused internal ones are dropped), runs opt-14 -Oz and llc-14 as
# the driver does, and prints the size of every function left but the ones hello already uses, then their total.
# With MAP_GENERIC_KEYS=0 the runtime's mapGenericKeys is folded to false, as codegen may emit it.
#
#   scripts/runtime-sizes.sh arduino mapinit mapaccess mapassign mapdelete maplen mapiterinit mapiternext
set -euo pipefail
target=$1
shift
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx tsgo build -target="$target" -o "$work/p.ll" testdata/run/hello.go
triple=$(npx tsgo info -target="$target" | node -e '
  const t = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log([`-mtriple=${t.llvmTarget}`, t.cpu ? `-mcpu=${t.cpu}` : "", t.features ? `-mattr=${t.features}` : ""].join(" "));')
for f in "$@"; do sed -i "s/^define internal \(.*\)@runtime\.$f(/define \1@runtime.$f(/" "$work/p.ll"; done
if [ "${MAP_GENERIC_KEYS:-1}" = 0 ]; then sed -i '/store i1 true, i1\* @runtime.mapGenericKeys/d' "$work/p.ll"; fi
# shellcheck disable=SC2086
opt-14 $triple -Oz "$work/p.ll" -o "$work/p.bc"
# shellcheck disable=SC2086
llc-14 $triple -O2 -filetype=obj -function-sections -relocation-model=static "$work/p.bc" -o "$work/p.o"
hello=' (main|runtime\.(print[a-z0-9]*|panic(Begin|End|Nil|string|Index|Divide|Shift)|putchar|exit|alloc|runtimeError|stringEqual|stringLess))$'
llvm-nm-14 --size-sort -S "$work/p.o" | while read -r _ s t n; do
  if [[ $t =~ ^[tT]$ ]]; then echo "$((16#$s)) $n"; fi
done | grep -v -E "$hello" | sort -n | awk '{ print; total += $1 } END { print total, "total" }'
