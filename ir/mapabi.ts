// The map storage formulas of the runtime, mirrored for codegen: a `make(map[K]V, hint)` with a constant hint is
// lowered to an allocation of the storage block at the make site (heap or stack, as escape analysis decides) and a
// call of runtime.mapinit, so the compiler must size the block exactly as runtime.mapmake would. These functions
// must agree with mapStorageCap, mapStorageSize and mapmake in runtime/hashmap.go; mapabi.test.ts runs the Go side
// through gc (64-bit and 32-bit uintptr) and compares.

import type { Sizes } from '../compiler/types/sizes.ts';

/** MAP_MIN_CAP is the number of slots of a map's first storage block (runtime/hashmap.go minCap). */
export const MAP_MIN_CAP = 8;

/**
 * mapStorageCap returns the number of slots `make(map[K]V, hint)` allocates on a target whose uintptr has ptrSize
 * bytes (runtime mapStorageCap): 0 when hint <= 0 or hint > maxHint (uintptr's maximum >> 2, a hint no memory can
 * hold, ignored as gc ignores it), else the smallest power of two >= 8 whose load limit (3/4 of it) is >= hint.
 */
export function mapStorageCap(hint: number | bigint, ptrSize: 2 | 4 | 8): number {
  const h = BigInt(hint);
  const maxHint = ((1n << BigInt(8 * ptrSize)) - 1n) >> 2n;
  if (h <= 0n || h > maxHint) return 0;
  let c = BigInt(MAP_MIN_CAP);
  while (c - (c >> 2n) < h) c <<= 1n;
  return Number(c);
}

/** mapStorageSize returns the size in bytes of a storage block of cap slots (runtime mapStorageSize). */
export function mapStorageSize(keySize: number, valueSize: number, cap: number): number {
  return cap * (1 + keySize + valueSize);
}

/** MapStorage is the storage block a make with a hint gets: its slots and its size in bytes (both 0 for none). */
export interface MapStorage {
  cap: number;
  size: number;
}

/**
 * mapHintStorage returns the storage runtime.mapmake would allocate for a hint: mapStorageCap's slots, or none when
 * the block's size would overflow uintptr (the hint is then ignored, as gc ignores a hint too large for memory).
 * Sizes are exact up to 2^53 bytes, far beyond any target's memory.
 */
export function mapHintStorage(hint: number | bigint, keySize: number, valueSize: number, ptrSize: 2 | 4 | 8): MapStorage {
  const cap = mapStorageCap(hint, ptrSize);
  if (cap === 0) return { cap: 0, size: 0 };
  const maxUintptr = (1n << BigInt(8 * ptrSize)) - 1n;
  if (BigInt(cap) > maxUintptr / BigInt(1 + keySize + valueSize)) return { cap: 0, size: 0 };
  return { cap, size: mapStorageSize(keySize, valueSize, cap) };
}

/**
 * mapHeaderSize is the size of runtime.hashmap (typ, data, cap, count and used, one word each, then the clears and
 * iterators bytes), rounded up to the target's largest alignment: a map allocated with its initial storage puts the
 * storage right after the header, and the storage's key and value arrays must be aligned.
 */
export function mapHeaderSize(sizes: Sizes): number {
  const n = 5 * sizes.ptrSize + 2;
  return Math.ceil(n / sizes.maxAlign) * sizes.maxAlign;
}

/**
 * mapObject is the object a `make(map[K]V, hint)` with a constant hint allocates at its site: the header followed by
 * the storage the hint needs (runtime.mapinit is then told the storage's address and slots).
 */
export function mapObject(sizes: Sizes, keySize: number, valueSize: number, hint: number | bigint): MapStorage {
  const storage = mapHintStorage(hint, keySize, valueSize, sizes.ptrSize as 2 | 4 | 8);
  return { cap: storage.cap, size: mapHeaderSize(sizes) + storage.size };
}

/**
 * stackMapHint is the hint a map on the stack is made with: a map that does not escape gets its first storage block
 * (8 slots) with its header, as gc gives such a map its first bucket on the stack, so that a small local map never
 * touches the heap; a larger constant hint is kept.
 */
export function stackMapHint(hint: number | bigint): number | bigint {
  return hint < 6 ? 6 : hint;
}
