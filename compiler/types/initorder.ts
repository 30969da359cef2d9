// Package initialization order (spec "Package initialization"): repeatedly pick the package-level variable that is
// earliest in declaration order and ready for initialization, i.e. not yet initialized and without initializer
// dependencies on uninitialized variables. Dependencies are the package-level objects an initializer refers to,
// followed transitively through the functions (and methods) it mentions. A variable that can never become ready is
// part of an initialization cycle, reported as gc does (`initialization cycle: x refers to itself`).

import type { Checker, DeclInfo } from './checker.ts';
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
      reportCycle(c, pending);
      for (const q of pending) for (const w of q.lhs) initialized.add(w);
      break;
    }
    const p = pending.splice(i, 1)[0]!;
    for (const v of p.lhs) initialized.add(v);
    order.push({ lhs: p.lhs, rhs: p.d.init! });
  }
  c.info.initOrder.push(...order);
}

/** reportCycle reports the first pending variable (in declaration order) that depends on itself. */
function reportCycle(c: Checker, pending: { lhs: Var[]; deps: Set<Var> }[]): void {
  const byVar = new Map<Var, Set<Var>>();
  for (const p of pending) for (const v of p.lhs) byVar.set(v, p.deps);
  for (const p of pending) {
    const v = p.lhs[0]!;
    // Breadth-first search for a path from v back to v through pending variables.
    const prev = new Map<Var, Var>();
    const queue: Var[] = [...(byVar.get(v) ?? [])].filter((w) => byVar.has(w));
    for (const w of queue) prev.set(w, v);
    let found = false;
    while (queue.length > 0 && !found) {
      const w = queue.shift()!;
      if (w === v) {
        found = true;
        break;
      }
      for (const u of byVar.get(w) ?? []) {
        if (!byVar.has(u) || prev.has(u)) continue;
        prev.set(u, w);
        queue.push(u);
      }
    }
    if (!found) continue;
    const cycle: Var[] = [];
    for (let w = prev.get(v)!; w !== v; w = prev.get(w)!) cycle.unshift(w);
    if (cycle.length === 0) {
      c.error(v.pos, `initialization cycle: ${v.name} refers to itself`);
      return;
    }
    const names = [v, ...cycle, v].map((w) => w.name);
    const steps = names.slice(0, -1).map((n, k) => `\t${n} refers to ${names[k + 1]}`).join('\n');
    c.error(v.pos, `initialization cycle for ${v.name}\n${steps}`);
    return;
  }
  const v = pending[0]!.lhs[0]!;
  c.error(v.pos, `initialization cycle for ${v.name}`);
}
