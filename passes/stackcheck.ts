// Which functions check for stack overflow on entry. A chain of calls without recursion uses a bounded stack, which
// the guard margin below the stack limit covers; only recursion can run a goroutine off its stack. So a function
// checks the stack pointer against runtime.stackLimit on entry (codegen, func.ts) when it is part of a cycle of the
// call graph (callgraph.ts), when it makes a call whose targets cannot all be known, or when its frame is large (its
// stack variables, or a big value held in it): a frame larger than the guard, or than the whole stack, must not be
// written before the check. The runtime reports `fatal error: stack overflow` (runtime/stack.go).

import type * as ir from '../ir/ir.ts';
import { stackGuard } from '../ir/layout.ts';
import { buildCallGraph } from './callgraph.ts';

/** markStackChecks sets stackCheck on the functions that are in a cycle of the call graph. */
export function markStackChecks(prog: ir.Program): number {
  const { functions: fns, callees, unresolved } = buildCallGraph(prog, true);
  for (const fn of unresolved) fn.stackCheck = true;
  // A frame as large as the guard below the limit could jump over it.
  const largeFrame = stackGuard(prog.sizes.ptrSize);
  for (const fn of fns) if (frameEstimate(prog, fn) >= largeFrame) fn.stackCheck = true;
  // Tarjan's strongly connected components, iteratively.
  const index = new Map<ir.Function, number>();
  const low = new Map<ir.Function, number>();
  const onStack = new Set<ir.Function>();
  const stack: ir.Function[] = [];
  let next = 0;
  for (const root of fns) {
    if (index.has(root)) continue;
    const work: { fn: ir.Function; i: number }[] = [{ fn: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = callees.get(top.fn) ?? [];
      if (top.i < out.length) {
        const w = out[top.i++]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ fn: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.fn, Math.min(low.get(top.fn)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.fn, Math.min(low.get(parent.fn)!, low.get(top.fn)!));
      if (low.get(top.fn) !== index.get(top.fn)) continue;
      const scc: ir.Function[] = [];
      let w: ir.Function;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== top.fn);
      const recursive = scc.length > 1 || (callees.get(top.fn) ?? []).includes(top.fn);
      if (recursive) for (const f of scc) f.stackCheck = true;
    }
  }
  return fns.filter((f) => f.stackCheck).length;
}

/**
 * frameEstimate is a lower bound of fn's frame: its stack variables plus the largest value it computes (a big array
 * or struct held as a value takes frame space too).
 */
function frameEstimate(prog: ir.Program, fn: ir.Function): number {
  let vars = 0;
  let largest = 0;
  for (const blk of fn.blocks)
    for (const i of blk.instrs) {
      if (i.kind === 'Alloc' && !i.heap) vars += prog.sizes.sizeof(i.elem);
      else if ('id' in i && i.type.kind !== 'Tuple') largest = Math.max(largest, prog.sizes.sizeof(i.type));
    }
  return vars + largest;
}
