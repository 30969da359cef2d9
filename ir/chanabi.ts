// The channel layout of the runtime, mirrored for codegen and heap-to-stack: a `make(chan T, n)` allocates one object,
// the runtime's hchan header (runtime/chan.go: seven pointer-sized words) rounded up to the target's largest
// alignment, followed by the buffer of n elements. The site allocates it (heap or stack) and runtime.chaninit fills
// in the header.

import type { Sizes } from '../compiler/types/sizes.ts';

/** CHAN_HEADER_WORDS is the number of pointer-sized words of runtime.hchan. */
export const CHAN_HEADER_WORDS = 7;

/** chanBufferOffset returns where a channel's buffer starts in its object (runtime chanBufferOffset). */
export function chanBufferOffset(sizes: Sizes): number {
  const header = CHAN_HEADER_WORDS * sizes.ptrSize;
  return Math.ceil(header / sizes.maxAlign) * sizes.maxAlign;
}

/** chanObjectSize returns the size in bytes of a channel object with a buffer of n elements of elemSize bytes. */
export function chanObjectSize(sizes: Sizes, elemSize: number, n: number): number {
  return chanBufferOffset(sizes) + n * elemSize;
}
