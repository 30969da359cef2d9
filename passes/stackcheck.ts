// Which functions check for stack overflow on entry. A chain of calls without recursion uses a bounded stack, which
// the guard margin below the stack limit covers; only recursion can run a goroutine off its stack. So a function
// checks the stack pointer against runtime.stackLimit on entry (codegen, func.ts) when it is part of a cycle of the
// call graph: direct calls, calls through function values (to every function made into a value of that signature)
// and interface calls (to every method of a boxed type they may reach, escape/invoke.ts), or when it makes a call
// whose targets cannot all be known. The runtime reports `fatal error: stack overflow` (runtime/stack.go).

import type * as ir from '../ir/ir.ts';
import { InvokeTargets } from './escape/invoke.ts';
import { programFunctions } from './escape/summary.ts';

/** markStackChecks sets stackCheck on the functions that are in a cycle of the call graph. */
export function markStackChecks(prog: ir.Program): number {
  const fns = programFunctions(prog);
  const invokes = new InvokeTargets(prog, fns);
  const byName = new Map(fns.map((f) => [f.qualifiedName, f]));
  // The runtime functions that run deferred calls: a return of a deferring function calls rundefers, a panic gopanic
  // (with recover in the program) or panicBegin's rundefersAll.
  const runners = (names: string[]): ir.Function[] => names.map((n) => byName.get(n)).filter((f): f is ir.Function => !!f);
  const onReturn = runners(['runtime.rundefers']);
  const onPanic = runners(['runtime.gopanic', 'runtime.rundefersAll']);
  const callees = new Map<ir.Function, ir.Function[]>();
  for (const fn of fns) {
    const out: ir.Function[] = [];
    let unknown = false;
    for (const blk of fn.blocks)
      for (const i of blk.instrs) {
        if (i.kind === 'Call' && i.callee.kind === 'Function') out.push(i.callee);
        else if (i.kind === 'Call' && i.callee.kind !== 'Builtin') {
          const sig = i.callee.type.underlying();
          const t = sig.kind === 'Signature' ? invokes.funcValueTargets(sig) : undefined;
          if (t) out.push(...t);
          else unknown = true;
        } else if (i.kind === 'Invoke') {
          const t = invokes.targets(i.method);
          if (t) out.push(...t.map((x) => x.fn));
          else unknown = true;
        } else if (i.kind === 'RunDefers') out.push(...onReturn);
        else if (i.kind === 'Panic') out.push(...onPanic);
      }
    callees.set(fn, out);
    if (unknown) fn.stackCheck = true;
  }
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
