// Field and method lookup (spec "Selectors"): a breadth-first search through embedded fields, depth by depth, that
// finds the shallowest field or method of a name, reports ambiguity at equal depth, and returns the index path through
// the embedded fields and whether a pointer was dereferenced on the way. Also method sets as the spec defines them for
// interface satisfaction (`T does not implement I (missing M method)`, pointer-receiver methods only in *T's set).
// Methods of an instantiated generic type are its origin's with the type arguments substituted (subst.ts); a type
// parameter has the methods of its constraint interface. Names are package-qualified as go/types' Id: an unexported
// name matches only fields and methods declared in the package the lookup is made from, so `t.f` of another package's
// unexported field is not found (gc 1.19: `t.f undefined (type p.T has no field or method f)`).

import type { Checker } from './checker.ts';
import { resolveObj } from './decl.ts';
import type { Func, Var } from './objects.ts';
import { identical, isExported } from './predicates.ts';
import type { Interface, Named, Package, Pointer, Type } from './types.ts';
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

/** samePackage reports whether two packages are the same (by identity, else by import path). */
export function samePackage(a: Package | undefined, b: Package | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.path === b.path);
}

/**
 * sameId reports whether member m is what name denotes when written in package pkg (go/types' sameId): the names
 * are equal and either exported or m is declared in pkg. `exported` is isExported(name), computed once per lookup.
 */
function sameId(m: Member, name: string, exported: boolean, pkg: Package | undefined): boolean {
  return m.name === name && (exported || samePackage(m.pkg, pkg));
}

/**
 * indexOfName returns the position of the first of xs (fields or methods) that name denotes from pkg, or -1 (a loop: no
 * closure); `exported` is isExported(name).
 */
export function indexOfName(xs: readonly Member[], name: string, exported: boolean, pkg: Package | undefined): number {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (x.name === name && (exported || samePackage(x.pkg, pkg))) return i;
  }
  return -1;
}

/**
 * indexOfFolded returns the position of the first method of ms whose name equals name under case folding and that is
 * exported or declared in pkg (types2's lookupMethod with foldCase), or -1.
 */
function indexOfFolded(ms: readonly Member[], name: string, pkg: Package | undefined): number {
  const folded = name.toLowerCase();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.name.toLowerCase() === folded && (isExported(m.name) || samePackage(m.pkg, pkg))) return i;
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
export function lookupFieldOrMethod(
  c: Checker,
  t: Type,
  name: string,
  pkg: Package | undefined = c.pkg,
  fold = false,
): LookupResult {
  if (name === '_') return notFound();
  if (t.kind === 'Named') {
    const u = t.underlying();
    if (u.kind === 'Pointer') {
      // A named pointer type has no methods, but fields are found through the pointer.
      const r = lookupFieldOrMethod(c, u, name, pkg, fold);
      return r.obj && r.obj.kind === 'Func' ? notFound() : r;
    }
  }
  const isPtr = t.kind === 'Pointer';
  const typ = isPtr ? t.elem : t;
  if (isPtr && typ.underlying().kind === 'Interface') return notFound(); // *I has no methods
  const exported = isExported(name);
  let current: Entry[] = [{ typ, index: [], indirect: isPtr }];
  // seen exists from the first embedded field followed on (depth 1 on), seeded with the root named type: a struct may
  // embed (a pointer to) itself.
  let seen: Set<Named> | undefined;
  let root: Named | undefined;
  while (current.length > 0) {
    let next: Entry[] | undefined;
    let found: LookupResult | undefined;
    let count = 0;
    for (const e of current) {
      let et = e.typ;
      if (et.kind === 'Named') {
        if (seen) {
          if (seen.has(et)) continue;
          seen.add(et);
        } else {
          root = et;
        }
        if (et.obj.pkg === c.pkg) resolveObj(c, et.obj);
        const ms = et.origin.methods;
        const mi = fold ? indexOfFolded(ms, name, pkg) : indexOfName(ms, name, exported, pkg);
        if (mi >= 0) {
          const m = ms[mi]!;
          resolveObj(c, m);
          if (count++ === 0) found = { obj: instanceMethod(et, m), index: [...e.index, mi], indirect: e.indirect, ambiguous: false };
          continue;
        }
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
            if (!next) {
              next = [];
              seen ??= root ? new Set([root]) : new Set();
            }
            next.push({ typ: p ? (f.type as Pointer).elem : f.type, index: [...e.index, i], indirect: e.indirect || p });
          }
        }
      } else if (et.kind === 'Interface') {
        const ms = completeInterface(et);
        const mi = fold ? indexOfFolded(ms, name, pkg) : indexOfName(ms, name, exported, pkg);
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

/** methodSig renders a method's name, parameters and results for `have M(int)` / `want M()` lines. */
function methodSig(c: Checker, m: Func): string {
  return m.name + c.typeStr(m.type).slice(4);
}

/** isInterfacePtr reports whether t is a pointer to an interface (or to a type parameter). */
function isInterfacePtr(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Pointer' && (u.elem.kind === 'TypeParam' || u.elem.underlying().kind === 'Interface');
}

/** interfacePtrError words types2's explanation for a pointer to an interface or type parameter. */
function interfacePtrError(c: Checker, t: Type): string {
  const u = t.underlying() as Pointer;
  const what = u.elem.kind === 'TypeParam' ? 'type parameter' : 'interface';
  return `type ${c.typeStr(t)} is pointer to ${what}, not ${what}`;
}

/**
 * missingMethod returns the first method of interface t that type v lacks (undefined when v has them all) and the
 * alternative types2 remembers for the explanation: v's method of the same name with another type, the method found
 * only in *v's method set (a pointer receiver), or a method whose name differs only in case. For an interface v,
 * `statik` false checks only the methods v has (a type assertion).
 */
function missingMethod(c: Checker, v: Type, t: Interface, statik: boolean): { m: Func; alt: Func | undefined } | undefined {
  const vu = v.underlying();
  for (const m of completeInterface(t)) {
    if (vu.kind === 'Interface') {
      const have = completeInterface(vu).find((x) => sameId(x, m.name, isExported(m.name), m.pkg));
      if (!have) {
        if (statik) return { m, alt: undefined };
        continue;
      }
      if (!identical(have.type, m.type)) return { m, alt: have };
      continue;
    }
    let r = lookupFieldOrMethod(c, v, m.name, m.pkg);
    // A pointer-receiver method is in the method set of *T only (or reached through an embedded pointer).
    let found = r.obj !== undefined && !(r.obj.kind === 'Func' && isPtrRecv(r.obj) && v.kind !== 'Pointer' && !r.indirect);
    if (r.obj === undefined) {
      r = lookupFieldOrMethod(c, v, m.name, m.pkg, true);
      found = false;
    }
    if (!r.obj || r.obj.kind !== 'Func') return { m, alt: undefined };
    if (!found || !identical(r.obj.type, m.type)) return { m, alt: r.obj };
  }
  return undefined;
}

/**
 * missingMethodReason returns '' when type v has the methods of interface t (only those v has, for an interface v
 * and `statik` false), else gc 1.19's parenthesised reason: `(missing M method)`, `(M method has pointer receiver)`,
 * `(wrong type for M method)` and `(missing M method)` for a method whose name differs in case, the last two followed
 * by `\n\t\thave m(int)\n\t\twant M(int)`.
 */
export function missingMethodReason(c: Checker, v: Type, t: Type, statik = true): string {
  const iface = t.underlying();
  if (iface.kind !== 'Interface') return '';
  const miss = missingMethod(c, v, iface, statik);
  if (!miss) return '';
  const { m, alt } = miss;
  const mname = `${m.name} method`;
  if (alt) {
    const haveWant = `\n\t\thave ${methodSig(c, alt)}\n\t\twant ${methodSig(c, m)}`;
    if (alt.name !== m.name) return `(missing ${mname})${haveWant}`;
    if (identical(alt.type, m.type)) return `(${mname} has pointer receiver)`;
    return `(wrong type for ${mname})${haveWant}`;
  }
  if (isInterfacePtr(v)) return `(${interfacePtrError(c, v)})`;
  if (isInterfacePtr(t)) return `(${interfacePtrError(c, t)})`;
  return `(missing ${mname})`;
}

/**
 * missingMethodCause returns '' when type v implements interface t's methods, else gc's explanation
 * `V does not implement I (missing M method)` and its variants (missingMethodReason).
 */
export function missingMethodCause(c: Checker, v: Type, t: Type): string {
  const reason = missingMethodReason(c, v, t);
  return reason ? `${c.typeStr(v)} does not implement ${c.typeStr(t)} ${reason}` : '';
}
