// Package initialization order (spec "Package initialization", as go/types and gc 1.19 implement it): the
// dependencies of a variable's initializer are the package-level objects it refers to, followed transitively
// through the functions (and methods) it mentions; variables are initialized in dependency order, fewest unmet
// dependencies first, then declaration order. A variable that can never become ready is part of an initialization
// cycle, reported as gc does (`initialization loop for x`, then the path back to x).

import type { Checker, DeclInfo } from './checker.ts';
import { cyclePath, reportOnce } from './cycles.ts';
import type { Obj, Var } from './objects.ts';

/** Node is a package-level constant, variable or function in the dependency graph. */
interface Node {
  obj: Obj;
  order: number;
  succ: Set<Node>;
  pred: Set<Node>;
  ndeps: number;
}

/**
 * initOrder computes Info.initOrder as go/types (and so gc 1.19) does: the package-level constants, variables and
 * functions form a dependency graph; functions are removed, their callers made to depend on what they refer to;
 * then nodes are taken with the fewest unmet dependencies first, declaration order breaking ties, and each variable
 * with an initializer is emitted when taken. This differs from the spec's "earliest ready variable" where a variable
 * waits on one without an initializer: `var a = f(x); var e = f(); var x int` initializes e before a, as gc 1.19
 * does (fixedbugs/issue43444.go). A node taken with dependencies left is in a cycle.
 */
export function initOrder(c: Checker): void {
  const nodes = new Map<Obj, Node>();
  let order = 0;
  for (const o of c.objDecls.keys()) {
    if (o.kind === 'Var' || o.kind === 'Const' || o.kind === 'Func') nodes.set(o, { obj: o, order: order++, succ: new Set(), pred: new Set(), ndeps: 0 });
  }
  for (const n of nodes.values()) {
    for (const d of c.objDecls.get(n.obj)?.deps ?? []) {
      const m = nodes.get(d);
      if (!m) continue;
      n.succ.add(m);
      m.pred.add(n);
    }
  }
  // Remove the functions, cheapest first (as go/types, whose cost is |pred| * |succ|), connecting each caller to
  // what the function refers to; cycles among functions are allowed and ignored.
  const funcs = [...nodes.values()].filter((n) => n.obj.kind === 'Func');
  funcs.sort((a, b) => a.pred.size * a.succ.size - b.pred.size * b.succ.size);
  for (const n of funcs) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
    nodes.delete(n.obj);
  }
  const queue = [...nodes.values()];
  for (const n of queue) n.ndeps = n.succ.size;
  const emitted = new Set<DeclInfo>();
  const reported = new Set<Obj>();
  while (queue.length > 0) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const x = queue[i]!;
      const y = queue[best]!;
      if (x.ndeps < y.ndeps || (x.ndeps === y.ndeps && x.order < y.order)) best = i;
    }
    const n = queue.splice(best, 1)[0]!;
    if (n.ndeps > 0 && n.obj.kind === 'Var' && !reported.has(n.obj)) {
      for (const o of reportCycle(c, n.obj, new Set(queue.map((q) => q.obj).concat(n.obj)))) reported.add(o);
    }
    for (const p of n.pred) p.ndeps--;
    if (n.obj.kind !== 'Var') continue;
    const d = c.objDecls.get(n.obj);
    if (!d?.init || emitted.has(d)) continue;
    emitted.add(d);
    c.info.initOrder.push({ lhs: d.lhs && d.lhs.length > 1 ? d.lhs : [n.obj], rhs: d.init });
  }
}

/**
 * reportCycle reports, when variable v's initializer depends on itself, the shortest dependency path back to it
 * through the variables still waiting and any functions, in gc's words and layout, and returns that cycle's objects
 * (none when v only waits on a cycle elsewhere):
 * `initialization loop for x` followed by `\n\tpos: x refers to`, `\n\tpos: f refers to`, …, `\n\tpos: x`.
 */
function reportCycle(c: Checker, v: Var, waiting: Set<Obj>): Obj[] {
  const edges = (o: Obj): Obj[] => [...(c.objDecls.get(o)?.deps ?? [])].filter((d) => waiting.has(d) || d.kind === 'Func');
  // Breadth-first search for a path from v back to v.
  const prev = new Map<Obj, Obj>();
  const queue: Obj[] = [];
  for (const w of edges(v)) {
    if (!prev.has(w)) prev.set(w, v);
    queue.push(w);
  }
  let found = false;
  while (queue.length > 0 && !found) {
    const w = queue.shift()!;
    if (w === v) found = true;
    else {
      for (const u of edges(w)) {
        if (prev.has(u)) continue;
        prev.set(u, w);
        queue.push(u);
      }
    }
  }
  if (!found) return [];
  const cycle: Obj[] = [];
  for (let w = prev.get(v)!; w !== v; w = prev.get(w)!) cycle.unshift(w);
  // A cycle through variables only was already reported while resolving the declarations (decl.ts).
  if (reportOnce(c, [v, ...cycle])) c.error(v.pos, `initialization loop for ${v.name}${cyclePath(c, [v, ...cycle])}`);
  return [v, ...cycle];
}
