// The program's call graph at the Go level, shared by the stack-overflow checks (stackcheck.ts) and the goroutine
// stack sizes the linker step computes (compiler/build/stacks.ts). Edges are the direct calls, the possible targets
// of calls through function values (every function made into a value of that signature) and of interface calls
// (escape/invoke.ts), optionally the runtime functions codegen calls for an instruction (reachable.ts's
// runtimeCallsOf: the run-time panics, map and channel operations), and the calls the runtime makes on a function's behalf: a return of a deferring function runs
// its deferred calls (runtime.rundefers), a panic runs every pending one (runtime.gopanic with recover in the
// program, runtime.rundefersAll without). The runtime's own calls through its records are resolved by what can be in
// them: a defer record holds a function some defer statement deferred, a task a function some go statement started.

import type * as ir from '../ir/ir.ts';
import { InvokeTargets } from './escape/invoke.ts';
import { programFunctions } from './escape/summary.ts';
import { runtimeCallsOf } from './reachable.ts';

/** CallGraph is the Go-level call graph of the functions with bodies. */
export interface CallGraph {
  functions: ir.Function[];
  /** callees are each function's possible callees (with repetitions). */
  callees: Map<ir.Function, ir.Function[]>;
  /** unresolved are the functions making a call whose targets cannot all be known. */
  unresolved: Set<ir.Function>;
  /** deferred are the functions each function's defer statements may run. */
  deferred: Map<ir.Function, ir.Function[]>;
}

/** DEFER_RUNNERS are the runtime functions that call deferred functions through their records. */
export const DEFER_RUNNERS = ['runtime.rundefers', 'runtime.gopanic', 'runtime.rundefersAll'];
/** PANIC_RUNNERS are the defer runners a panic calls: a panic in a deferred call enters them again. */
export const PANIC_RUNNERS = ['runtime.gopanic', 'runtime.rundefersAll'];
/** TASK_START is the runtime function that calls a goroutine's function. */
export const TASK_START = 'runtime.taskStart';

/**
 * buildCallGraph computes the call graph of every function of prog. withCodegenCalls adds the runtime calls codegen
 * makes for an instruction, which the machine code may not have in the end (a bounds check the optimiser proved).
 * onCall sees every instruction that calls something, with its possible callees.
 */
export function buildCallGraph(
  prog: ir.Program,
  withCodegenCalls: boolean,
  onCall?: (fn: ir.Function, i: ir.Instruction, targets: readonly ir.Function[]) => void,
): CallGraph {
  const functions = programFunctions(prog);
  const invokes = new InvokeTargets(prog, functions);
  const byName = new Map(functions.map((f) => [f.qualifiedName, f]));
  const named = (names: string[]): ir.Function[] => names.map((n) => byName.get(n)).filter((f): f is ir.Function => !!f);
  const onReturn = named(['runtime.rundefers']);
  const onPanic = named(PANIC_RUNNERS);
  const unresolved = new Set<ir.Function>();

  const valueTargets = (v: ir.Value): ir.Function[] | undefined => {
    if (v.kind === 'Function') return [v];
    if (v.kind === 'MakeClosure') return [v.fn];
    const sig = v.type.underlying();
    return sig.kind === 'Signature' ? invokes.funcValueTargets(sig) : undefined;
  };

  // What defer records and tasks can hold.
  const deferred = new Map<ir.Function, ir.Function[]>();
  const allDeferred = new Set<ir.Function>();
  const started = new Set<ir.Function>();
  let deferUnknown = false;
  for (const fn of functions)
    for (const blk of fn.blocks)
      for (const i of blk.instrs) {
        if (i.kind === 'Go') started.add(i.fn);
        if (i.kind !== 'Defer') continue;
        const t = valueTargets(i.fn);
        if (!t) {
          deferUnknown = true;
          continue;
        }
        deferred.set(fn, [...(deferred.get(fn) ?? []), ...t]);
        for (const f of t) allDeferred.add(f);
      }

  const callees = new Map<ir.Function, ir.Function[]>();
  for (const fn of functions) {
    const out: ir.Function[] = [];
    const indirect = (targets: ir.Function[] | undefined): void => {
      if (targets) out.push(...targets);
      else unresolved.add(fn);
    };
    const visit = (i: ir.Instruction): void => {
      if (i.kind === 'Call' && i.callee.kind === 'Function') out.push(i.callee);
      else if (i.kind === 'Call' && i.callee.kind !== 'Builtin') {
        if (DEFER_RUNNERS.includes(fn.qualifiedName)) indirect(deferUnknown ? undefined : [...allDeferred]);
        else if (fn.qualifiedName === TASK_START) indirect([...started]);
        else indirect(valueTargets(i.callee));
      } else if (i.kind === 'Invoke') indirect(invokes.targets(i.method)?.map((x) => x.fn));
      else if (i.kind === 'RunDefers') out.push(...onReturn);
      else if (i.kind === 'Panic') out.push(...onPanic);
      if (withCodegenCalls) out.push(...named([...runtimeCallsOf(i)]));
    };
    for (const blk of fn.blocks)
      for (const i of blk.instrs) {
        const before = out.length;
        visit(i);
        if (onCall && out.length > before) onCall(fn, i, out.slice(before));
      }
    callees.set(fn, out);
  }
  return { functions, callees, unresolved, deferred };
}
