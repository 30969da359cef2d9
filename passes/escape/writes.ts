// Which memory a function may write: the objects its stores and the functions it calls write into, and whether it
// writes through each of its parameters (the `mutates` bit of the parameter summaries, computed with the leaks and
// applied at call sites the same way). This is what lets `[]byte(s)` share s's bytes when the slice is only read:
// a conversion whose object does not escape and is never written needs no copy (the seed's WriteString →
// Write([]byte(s)) case). Writes are found on the same graph as escapes: the memory a store goes to is what its
// address points to (stores.ts), and a parameter reached with a non-negative dereference count is written through.
//
// An append's in-place stores are kept apart: a shared conversion has cap == len, so an append to it always
// allocates a new array and never writes the shared bytes.

import type * as ir from '../../ir/ir.ts';
import type { AnalysisEnv } from './build.ts';
import { family, type Graph, type Location } from './graph.ts';
import { hasPointers } from './pointers.ts';
import { MaxDerefs } from './stores.ts';
import type { Summary } from './summary_types.ts';

/** Writes are the objects of a function that may be written, with and without appends' in-place stores. */
export interface Writes {
  written: Set<Location>;
  /** writtenNotByAppend excludes the stores of append (see the file comment). */
  writtenNotByAppend: Set<Location>;
}

/** roots returns the objects the value at start may point into, and the parameters it may be derived from. */
function roots(g: Graph, start: Location): { objects: Set<Location>; params: Set<number> } {
  const objects = new Set<Location>();
  const params = new Set<number>();
  const seen = new Map<number, number>();
  const todo: [Location, number][] = [[start, 0]];
  while (todo.length > 0) {
    const [l, d] = todo.pop()!;
    if (l.kind === 'param') params.add(l.index);
    for (const e of l.edges) {
      const nd = d + e.derefs;
      if (e.src === g.heap) continue;
      if (nd < 0) {
        objects.add(e.src);
        continue;
      }
      if (nd > MaxDerefs) continue;
      const mask = seen.get(e.src.id) ?? 0;
      if (mask & (1 << nd)) continue;
      seen.set(e.src.id, mask | (1 << nd));
      todo.push([e.src, nd]);
    }
  }
  return { objects, params };
}

/** reachable returns every object reachable from the value at start (through object contents), and its parameters. */
function reachable(g: Graph, start: Location): { objects: Set<Location>; params: Set<number> } {
  const r = roots(g, start);
  const todo = [...r.objects];
  while (todo.length > 0) {
    const o = todo.pop()!;
    const inner = roots(g, o);
    for (const p of inner.params) r.params.add(p);
    for (const x of inner.objects) {
      if (r.objects.has(x)) continue;
      r.objects.add(x);
      todo.push(x);
    }
  }
  return r;
}

/** markWrites computes fn's writes and sets the `mutates` bit of its summary's parameters. */
export function markWrites(g: Graph, fn: ir.Function, env: AnalysisEnv, summary: Summary): Writes {
  const w: Writes = { written: new Set(), writtenNotByAppend: new Set() };
  const write = (r: { objects: Set<Location>; params: Set<number> }, byAppend: boolean): void => {
    for (const o of r.objects)
      for (const m of family(o)) {
        w.written.add(m);
        if (!byAppend) w.writtenNotByAppend.add(m);
      }
    for (const p of r.params) if (summary.params[p]) summary.params[p]!.mutates = true;
  };
  for (const s of g.writes) write(roots(g, s.addr), s.byAppend);
  const writeArg = (a: ir.Value): void => {
    const l = hasPointers(a.type) ? g.locOf(a) : undefined;
    if (l) write(reachable(g, l), false);
  };
  for (const b of fn.blocks)
    for (const i of b.instrs) {
      if (i.kind === 'Call' && i.callee.kind === 'Function') {
        const s = i.callee.blocks.length > 0 ? env.lookup(i.callee) : undefined;
        i.args.forEach((a, j) => {
          if (!s || s.params[j]?.mutates) writeArg(a);
        });
      } else if (i.kind === 'Call' && i.callee.kind !== 'Builtin') {
        const sig = i.callee.type.underlying();
        const targets = sig.kind === 'Signature' ? env.invokes.funcValueTargets(sig) : undefined;
        i.args.forEach((a, j) => {
          if (!targets || targets.some((t) => env.lookup(t)?.params[j]?.mutates !== false)) writeArg(a);
        });
      } else if (i.kind === 'MakeClosure') {
        // The closure may run and write through what it captures.
        const s = i.fn.blocks.length > 0 ? env.lookup(i.fn) : undefined;
        i.bindings.forEach((v, k) => {
          if (!s || s.params[i.fn.params.length + k]?.mutates !== false) writeArg(v);
        });
      } else if (i.kind === 'Invoke') {
        const targets = env.invokes.targets(i.method);
        const args = [i.x, ...i.args];
        args.forEach((a, j) => {
          if (!targets || targets.some((t) => env.lookup(t.fn)?.params[j]?.mutates !== false)) writeArg(a);
        });
      }
    }
  return w;
}
