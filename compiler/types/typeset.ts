// Type sets of constraint interfaces and core types (spec: "Interface types", "Core types"). An interface's type set
// is the intersection of its embedded elements' sets; a union's set is the union of its terms' sets; `~T` stands for
// every type whose underlying type is T. A type parameter's type set is its constraint's. The core type of a
// non-type-parameter is its underlying type; of a type parameter, the single underlying type shared by all types in
// its type set (undefined when there is none, or when the set is all types).

import { BasicInfo, Slice, Typ, typeParamHooks, type Interface, type Term, type Type } from './types.ts';
import type * as ast from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { completeInterface } from './interfaces.ts';
import { comparable, identical } from './predicates.ts';
import { comparableType } from './universe.ts';

/** TypeSet is a normalised type set: methods aside, `terms` undefined means all types; [] means the empty set. */
export interface TypeSet {
  terms: Term[] | undefined;
  comparable: boolean;
}

const cache = new WeakMap<Interface, TypeSet>();

/** interfaceTypeSet computes the type set of an interface from its explicit terms and embedded elements. */
export function interfaceTypeSet(iface: Interface, depth = 0): TypeSet {
  const hit = cache.get(iface);
  if (hit) return hit;
  // comparable's underlying interface, also reached through a type defined from it (`type C comparable`).
  if (iface === comparableType.underlying()) return { terms: undefined, comparable: true };
  let terms: Term[] | undefined = iface.terms;
  let comparable = false;
  if (depth < 16) {
    for (const e of iface.embeddeds) {
      const s = elementTypeSet(e, depth + 1);
      if (s.comparable) comparable = true;
      terms = intersect(terms, s.terms);
    }
  }
  const ts: TypeSet = { terms, comparable };
  cache.set(iface, ts);
  return ts;
}

/** elementTypeSet is the type set of one embedded interface element (an interface, a union or a single type). */
export function elementTypeSet(t: Type, depth = 0): TypeSet {
  if (t.kind === 'Named' && t.obj.name === 'comparable' && t.obj.pkg === undefined) return { terms: undefined, comparable: true };
  const u = t.kind === 'Union' ? t : t.underlying();
  if (u.kind === 'Interface') return interfaceTypeSet(u, depth);
  if (u.kind === 'Union') {
    let terms: Term[] = [];
    for (const x of u.terms) {
      const xu = x.type.underlying();
      if (xu.kind === 'Interface' && !x.tilde) {
        const s = interfaceTypeSet(xu, depth + 1);
        if (s.terms === undefined) return { terms: undefined, comparable: false };
        terms = terms.concat(s.terms);
      } else terms.push(x);
    }
    return { terms, comparable: false };
  }
  return { terms: [{ tilde: false, type: t }], comparable: false };
}

/** termIncludes reports whether type t is in the set of term x. */
export function termIncludes(x: Term, t: Type): boolean {
  return x.tilde ? identical(x.type.underlying(), t.underlying()) : identical(x.type, t);
}

function termSubsumes(x: Term, y: Term): boolean {
  if (x.tilde) return identical(x.type.underlying(), y.type.underlying());
  return !y.tilde && identical(x.type, y.type);
}

function intersect(a: Term[] | undefined, b: Term[] | undefined): Term[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      if (termSubsumes(x, y)) out.push(y);
      else if (termSubsumes(y, x)) out.push(x);
    }
  }
  return out;
}

/** typeSetOf returns the type set of a type parameter (its constraint's) or of a constraint interface. */
export function typeSetOf(t: Type): TypeSet | undefined {
  const c = t.kind === 'TypeParam' ? t.constraint : t;
  if (c.kind === 'Named' && c.obj.name === 'comparable' && c.obj.pkg === undefined) return elementTypeSet(c);
  const u = c.underlying();
  if (u.kind === 'Interface') return interfaceTypeSet(u);
  return undefined;
}

/** coreType returns t's core type: the underlying type, or for a type parameter the one its type set shares. */
export function coreType(t: Type): Type | undefined {
  if (t.kind !== 'TypeParam') {
    const u = t.underlying();
    if (u.kind !== 'Interface') return u;
    const ts = interfaceTypeSet(u);
    if (ts.terms === undefined) return u;
    return sharedUnderlying(ts.terms);
  }
  const ts = typeSetOf(t);
  if (!ts || ts.terms === undefined) return undefined;
  return sharedUnderlying(ts.terms);
}

function sharedUnderlying(terms: Term[]): Type | undefined {
  let su: Type | undefined;
  for (const x of terms) {
    const u = x.type.underlying();
    if (su === undefined) su = u;
    else {
      const m = matchCore(su, u);
      if (m === undefined) return undefined;
      su = m;
    }
  }
  return su;
}

/**
 * matchCore is go/types' `match` for core types: identical underlying types match; two channel types with identical
 * element types match as the directional one when the other is bidirectional.
 */
function matchCore(x: Type, y: Type): Type | undefined {
  if (identical(x, y)) return x;
  if (x.kind === 'Chan' && y.kind === 'Chan' && identical(x.elem, y.elem)) {
    if (x.dir === 'both') return y;
    if (y.dir === 'both') return x;
  }
  return undefined;
}

/**
 * allTerms reports whether f holds for every type in tp's type set (tp a type parameter); false when the set has no
 * specific types (all types, or empty).
 */
export function allTerms(tp: Type, f: (t: Type) => boolean): boolean {
  const terms = typeSetOf(tp)?.terms;
  if (terms === undefined || terms.length === 0) return false;
  return terms.every((term) => f(term.type));
}

/**
 * underIs reports whether f holds for the underlying type of every type in t's type set (t a type parameter); a set
 * without specific types (all types, or empty) calls f once with undefined, as go/types' underIs.
 */
export function underIs(t: Type, f: (u: Type | undefined) => boolean): boolean {
  const terms = typeSetOf(t)?.terms;
  if (terms === undefined || terms.length === 0) return f(undefined);
  return terms.every((x) => f(x.type.underlying()));
}

/**
 * coreString is coreType that also treats string and []byte alike (spec "Core types", for slicing, append and copy):
 * for a type parameter whose set holds only strings and byte slices (sharing one core otherwise), the result is
 * `string` when a string is among them.
 */
export function coreString(t: Type): Type | undefined {
  if (t.kind !== 'TypeParam') return t.underlying();
  let su: Type | undefined;
  let hasString = false;
  const ok = underIs(t, (u) => {
    if (u === undefined) return false;
    if (u.kind === 'Basic' && (u.info & BasicInfo.IsString) !== 0) {
      u = new Slice(Typ.byte);
      hasString = true;
    }
    if (su !== undefined) {
      const m = matchCore(su, u);
      if (m === undefined) return false;
      u = m;
    }
    su = u;
    return true;
  });
  if (!ok) return undefined;
  return hasString ? Typ.string : su;
}

typeParamHooks.terms = (tp) => typeSetOf(tp)?.terms;
typeParamHooks.comparable = (tp) => {
  const ts = typeSetOf(tp);
  if (!ts) return false;
  if (ts.comparable) return true;
  return ts.terms !== undefined && ts.terms.length > 0 && ts.terms.every((x) => comparable(x.type));
};

/** coreUnder is the type operations on a value of type t see: t's core type for a type parameter (when it has one), else its underlying type. */
export function coreUnder(t: Type): Type {
  return t.kind === 'TypeParam' ? coreType(t) ?? t.underlying() : t.underlying();
}

/**
 * checkUnionTerms checks the terms of a union written at `at` (one expression per term), as types2's parseUnion: an
 * interface term may have no methods and may not be or embed comparable; other terms must be pairwise disjoint
 * (`int | ~int` overlaps).
 */
export function checkUnionTerms(c: Checker, terms: Term[], at: ast.Expr[]): void {
  const str = (x: Term): string => (x.tilde ? '~' : '') + c.typeStr(x.type);
  terms.forEach((x, i) => {
    const u = x.type.underlying();
    const pos = at[i]!.pos;
    if (u.kind === 'Interface') {
      if (completeInterface(u).length > 0) c.error(pos, `cannot use ${str(x)} in union (${str(x)} contains methods)`);
      else if (x.type.kind === 'Named' && x.type.obj.name === 'comparable' && x.type.obj.pkg === undefined) {
        c.error(pos, 'cannot use comparable in union');
      } else if (interfaceTypeSet(u).comparable) c.error(pos, `cannot use ${str(x)} in union (${str(x)} embeds comparable)`);
      return;
    }
    for (let j = 0; j < i; j++) {
      const y = terms[j]!;
      if (y.type.underlying().kind === 'Interface') continue;
      const a = x.tilde ? y.type.underlying() : y.type;
      const b = y.tilde ? x.type.underlying() : x.type;
      if (identical(a, b)) {
        c.error(pos, `overlapping terms ${str(x)} and ${str(y)}`);
        return;
      }
    }
  });
}
