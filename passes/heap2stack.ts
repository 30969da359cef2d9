// Heap-to-stack: the pass that acts on escape analysis's verdict. Every heap Alloc that escape analysis left without
// an escape note (it does not escape, and one stack slot per frame is enough for it) becomes a stack slot — unless the
// object is bigger than the target's maximum stack allocation, in which case it stays on the heap with the
// `too-large` note ("object size N exceeds maximum stack allocation size M"), as TinyGo does to keep the small stacks
// of microcontrollers from overflowing. An Alloc whose size cannot be computed (an unresolved type) stays on the heap
// with `size-not-constant`. Allocs that escape are left as they are. The pass must run after analyzeEscapes.

import type * as ir from '../ir/ir.ts';
import { programFunctions } from './escape/summary.ts';

/** Heap2StackStats counts what the pass did, for tests and the driver's verbose output. */
export interface Heap2StackStats {
  moved: number;
  tooLarge: number;
  escaping: number;
}

/** allocSize returns the size in bytes of an Alloc's object, or undefined when it cannot be computed. */
export function allocSize(prog: ir.Program, a: ir.Alloc): number | undefined {
  try {
    return prog.sizes.sizeof(a.elem);
  } catch {
    return undefined;
  }
}

/** heapToStack moves every non-escaping heap Alloc of prog to the stack, within maxStackAlloc bytes per object. */
export function heapToStack(prog: ir.Program, maxStackAlloc: number): Heap2StackStats {
  const stats: Heap2StackStats = { moved: 0, tooLarge: 0, escaping: 0 };
  for (const fn of programFunctions(prog))
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (i.kind !== 'Alloc' || !i.heap) continue;
        if (i.escape) {
          stats.escaping++;
          continue;
        }
        const size = allocSize(prog, i);
        if (size === undefined) {
          i.escape = { reason: 'size-not-constant' };
          stats.escaping++;
        } else if (size > maxStackAlloc) {
          i.escape = { reason: 'too-large', size, max: maxStackAlloc };
          stats.tooLarge++;
        } else {
          i.heap = false;
          stats.moved++;
        }
      }
  return stats;
}
