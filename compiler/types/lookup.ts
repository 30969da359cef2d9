// Field and method lookup (spec "Selectors"): a breadth-first search through embedded fields, depth by depth, that
// finds the shallowest field or method of a name, reports ambiguity at equal depth, and returns the index path through
// the embedded fields and whether a pointer was dereferenced on the way. Also method sets as the spec defines them for
// interface satisfaction (`T does not implement I (missing method M)`, pointer-receiver methods only in *T's set).
// Methods of an instantiated generic type are its origin's with the type arguments substituted (subst.ts); a type
// parameter has the methods of its constraint interface. Names are package-qualified as go/types' Id: an unexported
// name matches only fields and methods declared in the package the lookup is made from, so `t.f` of another package's
// unexported field is not found (gc 1.19: `t.f undefined (type p.T has no field or method f)`).

import type { Checker } from './checker.ts';
import { resolveObj } from './decl.ts';
import type { Func, Var } from './objects.ts';
import { identical } from './predicates.ts';
import type { Named, Package, Pointer, Type } from './types.ts';
import { completeInterface } from './interfaces.ts';
import { instanceMethod } from './subst.ts';

/** LookupResult is what lookupFieldOrMethod found: the object, index path and indirection, or why nothing was found. */
export interface LookupResult {
  obj: Var | Func | undefined;
  index: number[];
  indirect: boolean;
  /** ambiguous is set when several fields or methods of the name exist at the shallowest depth. */
  ambiguous: boolean;
}

interface Entry {
  typ: Type;
  index: number[];
  indirect: boolean;
}

/** Member is what a package-qualified name is compared with: a field or method and its declaring package. */
interface Member {
  name: string;
  pkg: Package | undefined;
}

/**
 * exportedName reports whether name starts with an upper-case letter (an ASCII test first: this runs per lookup).
 */
export function exportedName(name: string): boolean {
  const ch = name.charCodeAt(0);
  if (ch < 0x80) return ch >= 0x41 && ch <= 0x5a;
  const s = String.fromCodePoint(name.codePointAt(0)!);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** samePackage reports whether two packages are the same (by identity, else by import path). */
export function samePackage(a: Package | undefined, b: Package | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.path === b.path);
}

/**
 * sameId reports whether member m is what name denotes when written in package pkg (go/types' sameId): the names
 * are equal and either exported or m is declared in pkg. `exported` is exportedName(name), computed once per lookup.
 */
export function sameId(m: Member, name: string, exported: boolean, pkg: Package | undefined): boolean {
  return m.name === name && (exported || samePackage(m.pkg, pkg));
}

/** indexOfName returns the position of the first of xs that name denotes from pkg, or -1 (a loop: no closure). */
function indexOfName(xs: readonly Member[], name: string, exported: boolean, pkg: Package | undefined): number {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (x.name === name && (exported || samePackage(x.pkg, pkg))) return i;
  }
  return -1;
}

/** notFound is a fresh empty result (callers own the index arrays they receive). */
const notFound = (ambiguous = false): LookupResult => ({ obj: undefined, index: [], indirect: false, ambiguous });

/**
 * lookupFieldOrMethod finds field or method `name`, as written in package pkg (the package being checked unless
 * given), in type t (a pointer is dereferenced once). It runs once per selector, so it allocates only what it returns
 * while the search stays at depth 0, the common case: the `seen` set and the next depth's entries exist only once an
 * embedded field is followed.
 */
export function lookupFieldOrMethod(c: Checker, t: Type, name: string, pkg: Package | undefined = c.pkg): LookupResult {
  if (name === '_') return notFound();
  if (t.kind === 'Named') {
    const u = t.underlying();
    if (u.kind === 'Pointer') {
      // A named pointer type has no methods, but fields are found through the pointer.
      const r = lookupFieldOrMethod(c, u, name, pkg);
      return r.obj && r.obj.kind === 'Func' ? notFound() : r;
    }
  }
  const isPtr = t.kind === 'Pointer';
  const typ = isPtr ? t.elem : t;
  if (isPtr && typ.underlying().kind === 'Interface') return notFound(); // *I has no methods
  const exported = exportedName(name);
  let current: Entry[] = [{ typ, index: [], indirect: isPtr }];
  let seen: Set<Named> | undefined;
  while (current.length > 0) {
    let next: Entry[] | undefined;
    let found: LookupResult | undefined;
    let count = 0;
    for (const e of current) {
      let et = e.typ;
      if (et.kind === 'Named') {
        if (current.length > 1 || seen) {
          seen ??= new Set();
          if (seen.has(et)) continue;
          seen.add(et);
        }
        if (et.obj.pkg === c.pkg) resolveObj(c, et.obj);
        const ms = et.origin.methods;
        const mi = indexOfName(ms, name, exported, pkg);
        if (mi >= 0) {
          const m = ms[mi]!;
          resolveObj(c, m);
          if (count++ === 0) found = { obj: instanceMethod(et, m), index: [...e.index, mi], indirect: e.indirect, ambiguous: false };
          continue;
        }
        // Remember the named type before descending: a struct may embed (a pointer to) itself.
        if (!seen && current.length === 1) (seen = new Set()).add(et);
        et = et.underlying();
      }
      if (et.kind === 'TypeParam') et = et.underlying(); // a type parameter has its constraint's methods
      if (et.kind === 'Struct') {
        const fields = et.fields;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!;
          if (f.name === name && (exported || samePackage(f.pkg, pkg))) {
            if (count++ === 0) found = { obj: f, index: [...e.index, i], indirect: e.indirect, ambiguous: false };
          } else if (f.embedded) {
            const p = f.type.kind === 'Pointer';
            (next ??= []).push({ typ: p ? (f.type as Pointer).elem : f.type, index: [...e.index, i], indirect: e.indirect || p });
          }
        }
      } else if (et.kind === 'Interface') {
        const ms = completeInterface(et);
        const mi = indexOfName(ms, name, exported, pkg);
        if (mi >= 0 && count++ === 0) found = { obj: ms[mi]!, index: [...e.index, mi], indirect: e.indirect, ambiguous: false };
      }
    }
    if (count === 1) return found!;
    if (count > 1) return notFound(true);
    if (!next) break;
    current = next;
  }
  return notFound();
}

/** isPtrRecv reports whether a method has a pointer receiver. */
export function isPtrRecv(m: Func): boolean {
  const r = m.type.recv;
  return r !== undefined && r.type.kind === 'Pointer';
}

/** methodSig renders a method's parameters and results for `have M(int)` / `want M()` lines. */
function methodSig(c: Checker, m: Func): string {
  return m.name + c.typeStr(m.type).slice(4);
}

/**
 * missingMethodCause returns '' when type v implements interface t, else gc's explanation:
 * `V does not implement I (missing method M)` and its variants.
 */
export function missingMethodCause(c: Checker, v: Type, t: Type): string {
  const iface = t.underlying();
  if (iface.kind !== 'Interface') return '';
  const vs = c.typeStr(v);
  const ts = c.typeStr(t);
  const vu = v.underlying();
  for (const m of completeInterface(iface)) {
    if (vu.kind === 'Interface') {
      const have = completeInterface(vu).find((x) => sameId(x, m.name, exportedName(m.name), m.pkg));
      if (!have) return `${vs} does not implement ${ts} (missing method ${m.name})`;
      if (!identical(have.type, m.type)) {
        return `${vs} does not implement ${ts} (wrong type for method ${m.name})\n\t\thave ${methodSig(c, have)}\n\t\twant ${methodSig(c, m)}`;
      }
      continue;
    }
    const r = lookupFieldOrMethod(c, v, m.name, m.pkg);
    if (!r.obj || r.obj.kind !== 'Func') {
      return `${vs} does not implement ${ts} (missing method ${m.name})`;
    }
    if (!identical(r.obj.type, m.type)) {
      return `${vs} does not implement ${ts} (wrong type for method ${m.name})\n\t\thave ${methodSig(c, r.obj)}\n\t\twant ${methodSig(c, m)}`;
    }
    // A pointer-receiver method is in the method set of *T only (or reached through an embedded pointer).
    if (isPtrRecv(r.obj) && v.kind !== 'Pointer' && !r.indirect) {
      return `${vs} does not implement ${ts} (method ${m.name} has pointer receiver)`;
    }
  }
  return '';
}
