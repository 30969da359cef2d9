// Substitution of type arguments for type parameters, and canonical instances of generic types (spec "Instantiations",
// after go/types' subst.go and named.go). subst rebuilds only the parts of a type that mention a substituted type
// parameter, so an unchanged type keeps its identity. instantiateNamed returns the one Named per (generic type, type
// arguments): two instantiations with identical type arguments are the same object, which keeps `identical` and the
// later phases' maps simple. An instance's underlying type is computed lazily from its origin's (which may still be
// being declared when the instance is first named, `type List[T any] struct{ next *List[T] }`), and its methods are
// the origin's methods with the receiver type parameters replaced (instanceMethods).
//
// Invariants: an instance has typeArgs.length === origin.typeParams.length, typeParams [] and origin !== itself; a
// substituted field or method keeps the origin object's name, position and package (go/types does the same, so the
// position printed for `x.f` on `List[int]` is the declaration's).

import type { Func, Var } from './objects.ts';
import { identical } from './predicates.ts';
import {
  ArrayType, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Union, type Term, type Type,
  type TypeParam,
} from './types.ts';

/** SubstMap maps type parameters to the types that replace them. */
export type SubstMap = Map<TypeParam, Type>;

/** makeSubstMap pairs type parameters with type arguments (extra entries on either side are ignored). */
export function makeSubstMap(tparams: TypeParam[], targs: Type[]): SubstMap {
  const m: SubstMap = new Map();
  tparams.forEach((tp, i) => {
    const a = targs[i];
    if (a !== undefined) m.set(tp, a);
  });
  return m;
}

/** subst returns t with every type parameter in smap replaced; t itself when nothing changes. */
export function subst(t: Type, smap: SubstMap, depth = 0): Type {
  if (smap.size === 0 || depth > 64) return t;
  const s = (x: Type): Type => subst(x, smap, depth + 1);
  switch (t.kind) {
    case 'Basic':
      return t;
    case 'TypeParam':
      return smap.get(t) ?? t;
    case 'Pointer': {
      const e = s(t.elem);
      return e === t.elem ? t : new Pointer(e);
    }
    case 'Slice': {
      const e = s(t.elem);
      return e === t.elem ? t : new Slice(e);
    }
    case 'Array': {
      const e = s(t.elem);
      return e === t.elem ? t : new ArrayType(e, t.len);
    }
    case 'Chan': {
      const e = s(t.elem);
      return e === t.elem ? t : new Chan(t.dir, e);
    }
    case 'Map': {
      const k = s(t.key);
      const e = s(t.elem);
      return k === t.key && e === t.elem ? t : new MapType(k, e);
    }
    case 'Struct': {
      const fields = substVars(t.fields, smap, depth);
      return fields === t.fields ? t : new Struct(fields, t.tags);
    }
    case 'Tuple': {
      const vars = substVars(t.vars, smap, depth);
      return vars === t.vars ? t : new Tuple(vars);
    }
    case 'Signature':
      return substSignature(t, smap, depth);
    case 'Interface': {
      const methods = mapSame(t.methods, (m) => {
        const mt = substSignature(m.type, smap, depth + 1);
        return mt === m.type ? m : { ...m, type: mt };
      });
      const embeddeds = mapSame(t.embeddeds, s);
      const terms = t.terms && substTerms(t.terms, smap, depth);
      if (methods === t.methods && embeddeds === t.embeddeds && terms === t.terms) return t;
      const it = new Interface(methods, embeddeds);
      it.terms = terms;
      it.implicit = t.implicit;
      return it;
    }
    case 'Union': {
      const terms = substTerms(t.terms, smap, depth);
      return terms === t.terms ? t : new Union(terms);
    }
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      const args = mapSame(t.typeArgs, s);
      return args === t.typeArgs ? t : instantiateNamed(t.origin, args);
    }
  }
}

/** mapSame maps f over xs and returns xs itself when f changed no element (so unchanged types keep their identity). */
function mapSame<T>(xs: T[], f: (x: T) => T): T[] {
  let changed = false;
  const out = xs.map((x) => {
    const y = f(x);
    if (y !== x) changed = true;
    return y;
  });
  return changed ? out : xs;
}

function substVars(vs: Var[], smap: SubstMap, depth: number): Var[] {
  return mapSame(vs, (v) => {
    const t = subst(v.type, smap, depth + 1);
    return t === v.type ? v : { ...v, type: t };
  });
}

function substTerms(ts: Term[], smap: SubstMap, depth: number): Term[] {
  return mapSame(ts, (x) => {
    const t = subst(x.type, smap, depth + 1);
    return t === x.type ? x : { tilde: x.tilde, type: t };
  });
}

/** substSignature substitutes in a signature's receiver, parameters and results (its own type parameters stay). */
export function substSignature(sig: Signature, smap: SubstMap, depth = 0): Signature {
  const params = subst(sig.params, smap, depth + 1) as Tuple;
  const results = subst(sig.results, smap, depth + 1) as Tuple;
  const recv = sig.recv && substVars([sig.recv], smap, depth)[0];
  if (params === sig.params && results === sig.results && recv === sig.recv) return sig;
  return new Signature(recv, params, results, sig.variadic, sig.typeParams);
}

/** instantiateSignature returns a generic function's signature with its type parameters replaced by targs. */
export function instantiateSignature(sig: Signature, targs: Type[]): Signature {
  const smap = makeSubstMap(sig.typeParams, targs);
  const s = substSignature(new Signature(sig.recv, sig.params, sig.results, sig.variadic), smap);
  return s;
}

/** instantiateNamed returns the canonical instance of generic type `origin` with the given type arguments. */
export function instantiateNamed(origin: Named, targs: Type[]): Named {
  const g = origin.origin;
  for (const inst of g.instances) {
    if (inst.typeArgs.length === targs.length && inst.typeArgs.every((a, i) => identical(a, targs[i]!))) return inst;
  }
  const inst = new Named(g.obj);
  inst.origin = g;
  inst.typeArgs = targs;
  inst.expand = () => {
    const u = g.underlyingType;
    if (u === undefined) return undefined;
    return subst(u, makeSubstMap(g.typeParams, targs));
  };
  g.instances.push(inst);
  return inst;
}

const methodCache = new WeakMap<Named, Map<Func, Func>>();

/**
 * instanceMethod returns method m of generic type inst.origin as a method of instance inst: the same object for a
 * non-instance, else a Func whose signature has the method's receiver type parameters replaced by inst's type
 * arguments (m must be resolved, its signature known).
 */
export function instanceMethod(inst: Named, m: Func): Func {
  if (inst.origin === inst || inst.typeArgs.length === 0) return m;
  let cache = methodCache.get(inst);
  if (!cache) methodCache.set(inst, (cache = new Map()));
  const hit = cache.get(m);
  if (hit) return hit;
  const rtps = m.type.recvTypeParams.length ? m.type.recvTypeParams : inst.origin.typeParams;
  const sig = substSignature(m.type, makeSubstMap(rtps, inst.typeArgs));
  const f: Func = { ...m, type: sig, origin: m.origin ?? m };
  cache.set(m, f);
  return f;
}
