// Package initialization order (spec "Package initialization"): repeatedly pick the package-level variable that is
// earliest in declaration order and ready for initialization, i.e. not yet initialized and without initializer
// dependencies on uninitialized variables. Dependencies are the package-level objects an initializer refers to,
// followed transitively through the functions (and methods) it mentions. A variable that can never become ready is
// part of an initialization cycle, reported as gc does (`initialization loop for x`, then the path back to x).

import type { Checker, DeclInfo } from './checker.ts';
import { cyclePath, reportOnce } from './cycles.ts';
import type { Initializer } from './info.ts';
import type { Obj, Var } from './objects.ts';

/** varDeps returns the package-level variables that obj's declaration depends on, through functions. */
function varDeps(c: Checker, d: DeclInfo): Set<Var> {
  const out = new Set<Var>();
  const seenFuncs = new Set<Obj>();
  const visit = (deps: Set<Obj>): void => {
    for (const o of deps) {
      if (o.kind === 'Var') out.add(o);
      else if (o.kind === 'Func' && !seenFuncs.has(o)) {
        seenFuncs.add(o);
        const fd = c.objDecls.get(o);
        if (fd) visit(fd.deps);
      }
    }
  };
  visit(d.deps);
  return out;
}

/** initOrder computes Info.initOrder from the package-level variables in declaration order. */
export function initOrder(c: Checker, vars: Var[]): void {
  const pending: { lhs: Var[]; d: DeclInfo; deps: Set<Var> }[] = [];
  const initialized = new Set<Var>();
  const seenDecl = new Set<DeclInfo>();
  for (const v of vars) {
    const d = c.objDecls.get(v);
    if (!d || !d.init) {
      initialized.add(v);
      continue;
    }
    if (seenDecl.has(d)) continue;
    seenDecl.add(d);
    pending.push({ lhs: d.lhs && d.lhs.length > 1 ? d.lhs : [v], d, deps: varDeps(c, d) });
  }
  const order: Initializer[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((p) => [...p.deps].every((v) => initialized.has(v) && !p.lhs.includes(v)));
    if (i < 0) {
      // Report one cycle, consider its variables initialized and go on: gc reports every cycle.
      const reported = reportCycle(c, pending);
      for (let k = pending.length - 1; k >= 0; k--) {
        if (!pending[k]!.lhs.some((w) => reported.has(w))) continue;
        for (const w of pending[k]!.lhs) initialized.add(w);
        pending.splice(k, 1);
      }
      continue;
    }
    const p = pending.splice(i, 1)[0]!;
    for (const v of p.lhs) initialized.add(v);
    order.push({ lhs: p.lhs, rhs: p.d.init! });
  }
  c.info.initOrder.push(...order);
}

/**
 * reportCycle reports the first pending variable (in declaration order) whose initializer depends on itself, with
 * the shortest dependency path back to it through variables and functions, in gc's words and layout, and returns
 * the objects of that cycle:
 * `initialization loop for x` followed by `\n\tpos: x refers to`, `\n\tpos: f refers to`, …, `\n\tpos: x`.
 */
function reportCycle(c: Checker, pending: { lhs: Var[]; deps: Set<Var> }[]): Set<Obj> {
  const waiting = new Set<Obj>(pending.flatMap((p) => p.lhs));
  const edges = (o: Obj): Obj[] => [...(c.objDecls.get(o)?.deps ?? [])].filter((d) => waiting.has(d) || d.kind === 'Func');
  for (const p of pending) {
    const v = p.lhs[0]!;
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
    if (!found) continue;
    const cycle: Obj[] = [];
    for (let w = prev.get(v)!; w !== v; w = prev.get(w)!) cycle.unshift(w);
    // A cycle through variables only was already reported while resolving the declarations (decl.ts).
    if (reportOnce(c, [v, ...cycle])) c.error(v.pos, `initialization loop for ${v.name}${cyclePath(c, [v, ...cycle])}`);
    return new Set([v, ...cycle]);
  }
  const v = pending[0]!.lhs[0]!;
  c.error(v.pos, `initialization loop for ${v.name}`);
  return new Set(pending.flatMap((p) => p.lhs));
}
