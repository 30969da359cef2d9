// Declaration cycles, as gc and go/types report them: cycles found while resolving package-level objects (values,
// types, or both through array lengths), types that contain themselves by value (validTypeCycle, also through
// instances of generic types), sizes asked of types still being declared, and defined types whose declaration chain
// never reaches a type literal (`type A B; type B A`). Each cycle is reported once, at its element first in the
// source, followed by gc's `refers to` path.

import type { Checker } from './checker.ts';
import type { Obj, TypeName } from './objects.ts';
import { mentionsTypeParam } from './predicates.ts';
import { Typ, type Named, type Type } from './types.ts';

/**
 * reportOnce reports whether the cycle through objs (as a set of objects) is reported for the first time, and marks
 * it reported: each cycle is reported once, however many of its objects find it.
 */
export function reportOnce(c: Checker, objs: Obj[]): boolean {
  const key = objs.map((o) => o.pos).sort((a, b) => a - b).join(',');
  if (c.reportedCycles.has(key)) return false;
  c.reportedCycles.add(key);
  return true;
}

/**
 * cyclePath renders a dependency cycle as gc prints it under its message: `\n\tpos: a refers to` for each object,
 * then `\n\tpos: a` for the first one again.
 */
export function cyclePath(c: Checker, cycle: Obj[]): string {
  const first = cycle[0]!;
  return cycle.map((o) => c.see(o.pos, `${o.name} refers to`)).join('') + c.see(first.pos, first.name);
}

/**
 * reportCycle reports a cycle found while resolving obj, as go/types' validCycle and gc do. A cycle of constants and
 * variables only is `initialization loop for x` (unless it goes through a function: init order reports those); a cycle
 * of types only is fine when it contains a defined type (validType reports the ones without an indirection) and
 * `invalid recursive type A` for aliases only; a cycle mixing values and defined types (an array length,
 * `type W [len(w)]int; var w W`) is `invalid recursive type W` when a type is declared first and `illegal cycle in
 * declaration of n` otherwise. Each report is followed by the path from the object of the cycle declared first
 * (cyclePath), and each cycle (as a set of objects) is reported once. A type name in an invalid cycle becomes invalid
 * (go/types breaks the cycle so), which silences follow-on errors.
 */
export function reportCycle(c: Checker, obj: Obj): void {
  const i = c.objPath.indexOf(obj);
  let cycle = c.objPath.slice(i);
  if (cycle.length === 0) cycle = [obj];
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.kind === 'Const' || o.kind === 'Var') nval++;
    else if (o.kind === 'TypeName' && !o.isAlias) ndef++;
  }
  const mixed = nval > 0 && ndef > 0;
  if (!mixed) {
    if (obj.kind === 'TypeName') {
      // A cycle through a Named type is fine as long as it goes through an indirection; validType reports the rest.
      if (!obj.isAlias || obj.type !== Typ.Invalid) return;
    } else {
      if (obj.kind === 'Func') return; // recursion between functions is fine
      if (cycle.some((o) => o.kind === 'Func') && obj.kind === 'Var') return; // reported by init order
      if (obj.type !== Typ.Invalid) return;
    }
  }
  if (mixed && obj.kind === 'TypeName') obj.type = Typ.Invalid;
  if (!reportOnce(c, cycle)) return;
  const first = cycle.reduce((a, b) => (b.pos < a.pos ? b : a));
  const k = cycle.indexOf(first);
  const path = cyclePath(c, [...cycle.slice(k), ...cycle.slice(0, k)]);
  if (first.kind === 'TypeName') c.error(first.pos, `invalid recursive type ${first.name}${path}`);
  else if (mixed) c.error(first.pos, `illegal cycle in declaration of ${first.name}${path}`);
  else c.error(first.pos, `initialization loop for ${first.name}${path}`);
}

/**
 * reportSizeCycle reports a size asked of a type that contains (by value, through the defined types of path) a defined
 * type whose declaration is still being checked: `type T [unsafe.Sizeof(*new(T))]int` or `type A
 * [unsafe.Sizeof(S{})]byte; type S struct{ a A }`. As newer gc versions (1.19 crashes on these), it is `invalid
 * recursive type A` at the incomplete type's declaration, followed by the path from it through the sized types back
 * to it; each cycle is reported once.
 */
export function reportSizeCycle(c: Checker, path: Named[]): void {
  const objs: Obj[] = [];
  for (const n of [path[path.length - 1]!, ...path.slice(0, -1)]) if (!objs.includes(n.obj)) objs.push(n.obj);
  if (!reportOnce(c, objs)) return;
  c.error(objs[0]!.pos, `invalid recursive type ${objs[0]!.name}${cyclePath(c, objs)}`);
}

/**
 * reportTypeCycle reports a type that contains itself by value as gc does: `invalid recursive type A` followed by the
 * path around the cycle from its element first in the source. A defined type stands at its declaration, a generic
 * type where the previous type of the cycle instantiates it (types2 names each instance after its instantiation
 * site), so `type Rec[T any] struct{ x Rec[T] }` is reported at `Rec[T]`.
 */
export function reportTypeCycle(c: Checker, cycle: Named[]): void {
  const n = cycle.length;
  const where = cycle.map((t, i) => (t.origin.typeParams.length === 0 ? t.obj.pos : instancePos(c, t, cycle[(i + n - 1) % n]!)));
  let k = 0;
  where.forEach((p, i) => {
    if (p < where[k]!) k = i;
  });
  const at = (i: number): string => c.posString(where[i]!);
  const first = cycle[k]!.obj.name;
  let path = '';
  for (let j = 0; j < n; j++) path += `\n\t${at((k + j) % n)}: ${cycle[(k + j) % n]!.obj.name} refers to`;
  c.error(where[k]!, `invalid recursive type ${first}${path}\n\t${at(k)}: ${first}`);
}

/**
 * instancePos returns where the declaration of prev (the type before t in a cycle) instantiates t's generic type:
 * the first instance of it written at or after prev's declaration (t's own declaration if there is none).
 */
function instancePos(c: Checker, t: Named, prev: Named): number {
  const from = prev.origin.obj.pos;
  let best: number | undefined;
  for (const [e, tv] of c.info.types) {
    const u = tv.type;
    if (tv.mode !== 'typexpr' || u.kind !== 'Named' || u.origin !== t.origin || u === u.origin) continue;
    if (e.pos >= from && (best === undefined || e.pos < best)) best = e.pos;
  }
  return best ?? t.obj.pos;
}

/** settlePending gives pending Named types the underlying type of the type they were declared from, when known. */
export function settlePending(c: Checker): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < c.pendingUnderlying.length; i++) {
      const p = c.pendingUnderlying[i]!;
      if (p.from.underlyingType === undefined) continue;
      p.named.underlyingType = p.from.underlyingType;
      c.pendingUnderlying.splice(i--, 1);
      changed = true;
    }
  }
}

/**
 * reportUnsettled reports Named types whose declaration chain never reaches a type literal (`type A B; type B A`):
 * each cycle once, as gc, at its type first in the source with the path around it; types declared through a cycle
 * (`type X A`) become invalid silently.
 */
export function reportUnsettled(c: Checker): void {
  settlePending(c);
  const from = new Map<Named, Named>();
  for (const p of c.pendingUnderlying) from.set(p.named, p.from);
  for (const p of c.pendingUnderlying) {
    const chain: Named[] = [];
    let n: Named | undefined = p.named;
    while (n && !chain.includes(n)) {
      chain.push(n);
      n = from.get(n);
    }
    if (!n) continue;
    const cycle = chain.slice(chain.indexOf(n)).map((t) => t.obj);
    if (!reportOnce(c, cycle)) continue;
    const k = cycle.indexOf(cycle.reduce((a, b) => (b.pos < a.pos ? b : a)));
    const rotated = [...cycle.slice(k), ...cycle.slice(0, k)];
    c.error(rotated[0]!.pos, `invalid recursive type ${rotated[0]!.name}${cyclePath(c, rotated)}`);
  }
  for (const p of c.pendingUnderlying) p.named.underlyingType = Typ.Invalid;
  c.pendingUnderlying.length = 0;
}

/**
 * validTypeCycle returns the defined types (and instances) through which a Named type contains itself by value
 * (through arrays, struct fields, embedded interfaces and union terms), from the first one repeated, or undefined
 * when it does not. An instance of a generic type is repeated when it is identical to one on the path, or when an
 * instance of the same generic type on the path leads to another whose type arguments still mention type parameters
 * (`W[*T]` inside W expands forever).
 */
export function validTypeCycle(t: Type, path: Named[], done = new Set<Named>()): Named[] | undefined {
  switch (t.kind) {
    case 'Named': {
      // A type already explored without finding a cycle has none through it (interfaces embedding the same
      // interface twice at every level would otherwise take exponential time: go/types testdata issue6977).
      if (done.has(t)) return undefined;
      const i = path.indexOf(t);
      if (i >= 0) return path.slice(i);
      if (t.origin !== t && t.typeArgs.some(mentionsTypeParam)) {
        const j = path.findIndex((p) => p.origin === t.origin && p !== p.origin);
        if (j >= 0) return path.slice(j);
      }
      if (path.length > 64) return undefined;
      const u = t.underlyingType ?? (t.origin !== t ? t.underlying() : undefined);
      if (!u) return undefined;
      const r = validTypeCycle(u, [...path, t], done);
      if (!r) done.add(t);
      return r;
    }
    case 'Array':
      return validTypeCycle(t.elem, path, done);
    case 'Struct':
      for (const f of t.fields) {
        const r = validTypeCycle(f.type, path, done);
        if (r) return r;
      }
      return undefined;
    case 'Interface':
      // An interface embedding itself (`type I interface{ J }; type J interface{ I }`) is a cycle too.
      for (const e of t.embeddeds) {
        const r = validTypeCycle(e, path, done);
        if (r) return r;
      }
      return undefined;
    case 'Union':
      for (const term of t.terms) {
        const r = validTypeCycle(term.type, path, done);
        if (r) return r;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * settleLocalSelf reports a local defined type declared as itself (`type T T` in a function body, whose declaration
 * chain can only lead back to itself since later local types are not in scope yet) and makes it invalid.
 */
export function settleLocalSelf(c: Checker, obj: TypeName): void {
  const named = obj.type as Named;
  if (named.underlyingType !== undefined) return;
  const i = c.pendingUnderlying.findIndex((p) => p.named === named && p.from === named);
  if (i < 0) return;
  c.pendingUnderlying.splice(i, 1);
  named.underlyingType = Typ.Invalid;
  reportLocalTypeCycle(c, obj);
}

/** reportLocalTypeCycle reports a local type declared through itself, as gc: `invalid recursive type T` and its path. */
export function reportLocalTypeCycle(c: Checker, obj: TypeName): void {
  if (!reportOnce(c, [obj])) return;
  c.error(obj.pos, `invalid recursive type ${obj.name}${cyclePath(c, [obj])}`);
}
