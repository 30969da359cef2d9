// Interprocedural escape analysis: per-function parameter summaries computed bottom-up over the static call graph.
// The call graph's strongly connected components are found with Tarjan's algorithm, which yields them callees
// first; each component is analysed with the summaries of everything it calls already final. Inside a component
// (recursion) every function starts from the optimistic summary "nothing leaks", and the component is re-analysed
// until no summary changes. This terminates: more leaks only add edges, which only lower leak levels or add leaks,
// and levels are bounded below by 0; after MaxRounds a component falls back to "every parameter leaks" so that even
// a pathological input cannot loop.
//
// The result of analyzeProgram is the final graph of every function with a body; objects in it carry `escapes`.

import type * as ir from '../../ir/ir.ts';
import { buildGraph, type AnalysisEnv } from './build.ts';
import { InvokeTargets } from './invoke.ts';
import { markWrites, type Writes } from './writes.ts';
import type { Graph } from './graph.ts';
import { solve } from './solve.ts';
import { resolveStores } from './stores.ts';
import { emptySummary, leakAll, sameSummary, type Summary } from './summary_types.ts';

/** MaxRounds bounds the fixed-point iterations of one recursive component. */
export const MaxRounds = 64;

/** EscapeResult is the outcome of the analysis: the final graph and summary of every function with a body. */
export interface EscapeResult {
  graphs: Map<ir.Function, Graph>;
  summaries: Map<ir.Function, Summary>;
  /** writes are the objects each function may write (writes.ts). */
  writes: Map<ir.Function, Writes>;
}

/** programFunctions lists every function of prog with a body: package functions, package initializers, the entry. */
export function programFunctions(prog: ir.Program): ir.Function[] {
  const seen = new Set<ir.Function>();
  const out: ir.Function[] = [];
  const add = (f: ir.Function | undefined): void => {
    if (!f || seen.has(f)) return;
    seen.add(f);
    if (f.blocks.length > 0) out.push(f);
  };
  for (const pkg of prog.packages) {
    add(pkg.init);
    for (const f of pkg.functions) add(f);
  }
  add(prog.entry);
  return out;
}

/** staticCallees returns the functions with a body that fn calls: directly, and through interfaces when given. */
export function staticCallees(fn: ir.Function, invokes?: InvokeTargets): ir.Function[] {
  const out = new Set<ir.Function>();
  for (const b of fn.blocks)
    for (const i of b.instrs) {
      if (i.kind === 'Call' && i.callee.kind === 'Function' && i.callee.blocks.length > 0) out.add(i.callee);
      else if (i.kind === 'MakeClosure' && i.fn.blocks.length > 0) out.add(i.fn);
      else if (i.kind === 'Invoke' && invokes) for (const t of invokes.targets(i.method) ?? []) out.add(t.fn);
      else if (i.kind === 'Call' && invokes && i.callee.kind !== 'Builtin') {
        const sig = i.callee.type.underlying();
        if (sig.kind === 'Signature') for (const t of invokes.funcValueTargets(sig) ?? []) if (t.blocks.length > 0) out.add(t);
      }
    }
  return [...out];
}

/** callGraphSCCs returns the strongly connected components of the call graph, callees before callers (Tarjan). */
export function callGraphSCCs(fns: ir.Function[], invokes?: InvokeTargets): ir.Function[][] {
  const index = new Map<ir.Function, number>();
  const low = new Map<ir.Function, number>();
  const onStack = new Set<ir.Function>();
  const stack: ir.Function[] = [];
  const sccs: ir.Function[][] = [];
  let next = 0;
  // Iterative Tarjan, so that deep call chains cannot overflow the JS stack.
  for (const start of fns) {
    if (index.has(start)) continue;
    const work: { fn: ir.Function; callees: ir.Function[]; i: number }[] = [];
    const push = (f: ir.Function): void => {
      index.set(f, next);
      low.set(f, next);
      next++;
      stack.push(f);
      onStack.add(f);
      work.push({ fn: f, callees: staticCallees(f, invokes), i: 0 });
    };
    push(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.callees.length) {
        const c = top.callees[top.i++]!;
        if (!index.has(c)) push(c);
        else if (onStack.has(c)) low.set(top.fn, Math.min(low.get(top.fn)!, index.get(c)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.fn, Math.min(low.get(parent.fn)!, low.get(top.fn)!));
      if (low.get(top.fn) === index.get(top.fn)) {
        const scc: ir.Function[] = [];
        let f: ir.Function;
        do {
          f = stack.pop()!;
          onStack.delete(f);
          scc.push(f);
        } while (f !== top.fn);
        sccs.push(scc);
      }
    }
  }
  return sccs;
}

/** analyzeProgram runs the escape analysis over every function of prog and returns the final graphs and summaries. */
export function analyzeProgram(prog: ir.Program): EscapeResult {
  const summaries = new Map<ir.Function, Summary>();
  const graphs = new Map<ir.Function, Graph>();
  const writes = new Map<ir.Function, Writes>();
  const lookup = (f: ir.Function): Summary | undefined => summaries.get(f);
  const fns = programFunctions(prog);
  const invokes = new InvokeTargets(prog, fns);
  const env: AnalysisEnv = { sizes: prog.sizes, lookup, invokes };
  const analyze = (f: ir.Function): Summary => {
    const g = buildGraph(f, env);
    resolveStores(g);
    graphs.set(f, g);
    const s = solve(g);
    writes.set(f, markWrites(g, f, env, s));
    return s;
  };
  for (const scc of callGraphSCCs(fns, invokes)) {
    const recursive = scc.length > 1 || staticCallees(scc[0]!, invokes).includes(scc[0]!);
    if (!recursive) {
      summaries.set(scc[0]!, analyze(scc[0]!));
      continue;
    }
    for (const f of scc) summaries.set(f, emptySummary(f.params.length + f.freeVars.length, f.signature.results.length));
    let stable = false;
    for (let round = 0; round < MaxRounds && !stable; round++) {
      stable = true;
      for (const f of scc) {
        const s = analyze(f);
        if (!sameSummary(s, summaries.get(f)!)) stable = false;
        summaries.set(f, s);
      }
    }
    if (!stable) {
      for (const f of scc) summaries.set(f, leakAll(f.params.length + f.freeVars.length, f.signature.results.length));
      for (const f of scc) analyze(f);
    }
  }
  return { graphs, summaries, writes };
}
