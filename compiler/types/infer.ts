// Function type argument inference (spec "Type inference", Go 1.21 rules as go/types implements them):
//   1. explicit type arguments are bound first (`F[int](x, y)` binds the first type parameter);
//   2. each typed argument is unified with its parameter's type (inexact unification: a defined type unifies with a
//      type literal through its underlying type; instances of the same generic type unify their type arguments);
//   3. core types: a type parameter whose constraint has a single specific type (`S ~[]E`) unifies that type with
//      its inferred argument's underlying type, which infers E from S; an unbound one with a single non-tilde term
//      takes that term;
//   4. untyped constant arguments whose parameter is a still-unbound type parameter bind it to the default type of
//      the "largest" constant kind among them (int < rune < float < complex), nil never infers anything;
//   5. bound types that mention other type parameters are substituted until none does (a cycle cannot be inferred).
// Failures are reported as gc 1.19 does: `cannot infer T (file.go:3:8)` (where T is declared) and
// `type []string of s does not match []E (cannot infer E)`.

import type { Checker, Operand } from './checker.ts';
import { defaultType, identical, isTyped, isUntypedType } from './predicates.ts';
import { makeSubstMap, subst } from './subst.ts';
import { coreType, typeSetOf } from './typeset.ts';
import { Typ, TypeParam, type Basic, type Type } from './types.ts';

/** InferCall describes a call being inferred: the function's name, its type parameters and the arguments. */
export interface InferCall {
  /** pos is where `cannot infer` is reported (the call's opening parenthesis, as gc). */
  pos: number;
  tparams: TypeParam[];
  /** explicit are the type arguments written in the call (a prefix of tparams). */
  explicit: Type[];
  /** params[i] is the parameter type argument i is passed to (variadic parameters expanded). */
  params: Type[];
  args: Operand[];
}

/** typeParamsString lists type parameter names as go/types does: `P`, `P and Q`, `P, Q, and R`. */
function typeParamsString(tps: TypeParam[]): string {
  const n = tps.map((t) => t.obj.name);
  if (n.length <= 2) return n.join(' and ');
  return n.slice(0, -1).join(', ') + ', and ' + n[n.length - 1];
}

/** inferTypeArgs infers all type arguments of a call, or reports why it cannot and returns undefined. */
export function inferTypeArgs(c: Checker, call: InferCall): Type[] | undefined {
  const own = new Unifier(call.tparams, new Map());
  if (call.args.some((a) => a.mode !== 'invalid' && own.mentions(a.type))) {
    // A generic function calling itself (`Fib(n-1)` in Fib[T]): its arguments' T is the caller's, a type that is not
    // being inferred. Infer for renamed copies of the callee's type parameters, as go/types does.
    const fresh = call.tparams.map((tp) => new TypeParam(tp.obj, tp.index, tp.constraint));
    const ren = makeSubstMap(call.tparams, fresh);
    for (const f of fresh) f.constraint = subst(f.constraint, ren);
    return inferTypeArgs(c, { ...call, tparams: fresh, params: call.params.map((p) => subst(p, ren)) });
  }
  const { tparams } = call;
  const bound = new Map<TypeParam, Type>();
  call.explicit.forEach((t, i) => {
    if (tparams[i]) bound.set(tparams[i]!, t);
  });
  const u = new Unifier(tparams, bound);
  // Step 2: typed arguments.
  for (let i = 0; i < call.args.length && i < call.params.length; i++) {
    const a = call.args[i]!;
    const p = call.params[i]!;
    if (a.mode === 'invalid' || !isTyped(a.type) || !u.mentions(p)) continue;
    if (!u.unify(p, a.type)) {
      const inferred = p.kind === 'TypeParam' ? bound.get(p) : undefined;
      if (inferred) {
        c.error(a.expr.pos, `type ${c.typeStr(a.type)} of ${c.exprStr(a.expr)} does not match inferred type ${c.typeStr(inferred)} for ${c.typeStr(p)}`);
      } else {
        c.error(a.expr.pos, `type ${c.typeStr(a.type)} of ${c.exprStr(a.expr)} does not match ${c.typeStr(p)} (cannot infer ${typeParamsString(tparams)})`);
      }
      return undefined;
    }
  }
  // Step 3: core types of the constraints.
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (const tp of tparams) {
      const set = typeSetOf(tp);
      if (!set || set.terms === undefined || set.terms.length !== 1) continue;
      const term = set.terms[0]!;
      const core = coreType(tp);
      if (!core) continue;
      const have = bound.get(tp);
      const before = bound.size;
      if (have !== undefined) {
        // A type parameter's underlying type is its constraint: it unifies through its core type instead.
        const tx = term.tilde && have.kind !== 'TypeParam' ? have.underlying() : have;
        if (!u.unify(term.tilde ? core : term.type, tx)) {
          // gc 1.19 names the type parameter (`S does not match ~[]E`), not its inferred type argument.
          c.error(call.pos, `${c.typeStr(tp)} does not match ${term.tilde ? '~' : ''}${c.typeStr(term.type)}`);
          return undefined;
        }
      } else if (!term.tilde) {
        bound.set(tp, term.type);
      }
      if (bound.size !== before) changed = true;
    }
  }
  // Step 4: untyped constants.
  for (const tp of tparams) {
    if (bound.has(tp)) continue;
    let best: Basic | undefined;
    for (let i = 0; i < call.args.length && i < call.params.length; i++) {
      const a = call.args[i]!;
      if (call.params[i] !== tp || a.mode === 'invalid' || !isUntypedType(a.type) || a.type === Typ.UntypedNil) continue;
      const t = a.type as Basic;
      if (!best || rank(t) > rank(best)) best = t;
    }
    if (best) bound.set(tp, defaultType(best));
  }
  // Step 5: every type parameter bound, with no type parameter of this call left in the bound types.
  const missing = tparams.filter((tp) => !bound.has(tp));
  if (missing.length > 0) {
    c.error(call.pos, `cannot infer ${missing[0]!.obj.name} (${c.posString(missing[0]!.obj.pos)})`);
    return undefined;
  }
  let targs = tparams.map((tp) => bound.get(tp)!);
  for (let k = 0; k < tparams.length && targs.some((t) => u.mentions(t)); k++) {
    const smap = makeSubstMap(tparams, targs);
    targs = targs.map((t) => subst(t, smap));
  }
  const cyclic = tparams.find((_, i) => u.mentions(targs[i]!));
  if (cyclic) {
    c.error(call.pos, `cannot infer ${cyclic.obj.name} (${c.posString(cyclic.obj.pos)})`);
    return undefined;
  }
  return targs;
}

function rank(t: Basic): number {
  switch (t.name) {
    case 'untyped int':
      return 1;
    case 'untyped rune':
      return 2;
    case 'untyped float':
      return 3;
    case 'untyped complex':
      return 4;
    default:
      return 0;
  }
}

/** Unifier unifies parameter types mentioning the call's type parameters with argument types, binding them. */
class Unifier {
  private readonly set: Set<TypeParam>;
  constructor(
    tparams: TypeParam[],
    private readonly bound: Map<TypeParam, Type>,
  ) {
    this.set = new Set(tparams);
  }

  /** mentions reports whether t refers to one of the call's type parameters. */
  mentions(t: Type, depth = 0): boolean {
    if (depth > 32) return false;
    const m = (x: Type): boolean => this.mentions(x, depth + 1);
    switch (t.kind) {
      case 'TypeParam':
        return this.set.has(t);
      case 'Pointer':
      case 'Slice':
      case 'Array':
      case 'Chan':
        return m(t.elem);
      case 'Map':
        return m(t.key) || m(t.elem);
      case 'Named':
        return t.typeArgs.some(m);
      case 'Signature':
        return t.params.vars.some((v) => m(v.type)) || t.results.vars.some((v) => m(v.type));
      case 'Tuple':
        return t.vars.some((v) => m(v.type));
      case 'Struct':
        return t.fields.some((f) => m(f.type));
      case 'Interface':
        return t.methods.some((x) => m(x.type)) || t.embeddeds.some(m);
      case 'Union':
        return t.terms.some((x) => m(x.type));
      case 'Basic':
        return false;
    }
  }

  /** unify reports whether x (which may mention type parameters) and y can be made identical, binding as it goes. */
  unify(x: Type, y: Type, depth = 0): boolean {
    if (depth > 32) return false;
    if (x === y) return true;
    if (x.kind === 'TypeParam' && this.set.has(x)) {
      const b = this.bound.get(x);
      if (b !== undefined) return b === y || identical(b, y) || (!this.mentions(b) ? false : this.unify(b, y, depth + 1));
      this.bound.set(x, y);
      return true;
    }
    if (!this.mentions(x)) return identical(x, y);
    // A type parameter of the enclosing function against a type literal unifies through its core type (go/types:
    // SetEq(a, b) with a, b of a type parameter constrained by []E infers SetEq's E from it).
    if (y.kind === 'TypeParam' && x.kind !== 'Named' && x.kind !== 'TypeParam') {
      const cy = coreType(y);
      if (cy) return this.unify(x, cy, depth + 1);
    }
    // Inexact unification: a defined type against a type literal compares the underlying types.
    if (x.kind === 'Named' && y.kind !== 'Named' && y.kind !== 'TypeParam') return this.unify(x.underlying(), y, depth + 1);
    if (y.kind === 'Named' && x.kind !== 'Named') return this.unify(x, y.underlying(), depth + 1);
    const un = (a: Type, b: Type): boolean => this.unify(a, b, depth + 1);
    switch (x.kind) {
      case 'Pointer':
        return y.kind === 'Pointer' && un(x.elem, y.elem);
      case 'Slice':
        return y.kind === 'Slice' && un(x.elem, y.elem);
      case 'Array':
        return y.kind === 'Array' && x.len === y.len && un(x.elem, y.elem);
      case 'Chan':
        return y.kind === 'Chan' && (x.dir === y.dir || y.dir === 'both') && un(x.elem, y.elem);
      case 'Map':
        return y.kind === 'Map' && un(x.key, y.key) && un(x.elem, y.elem);
      case 'Named':
        return y.kind === 'Named' && x.origin === y.origin && x.typeArgs.length === y.typeArgs.length && x.typeArgs.every((a, i) => un(a, y.typeArgs[i]!));
      case 'Signature':
        return (
          y.kind === 'Signature' && x.variadic === y.variadic && x.params.length === y.params.length && x.results.length === y.results.length &&
          x.params.vars.every((v, i) => un(v.type, y.params.vars[i]!.type)) && x.results.vars.every((v, i) => un(v.type, y.results.vars[i]!.type))
        );
      case 'Tuple':
        return y.kind === 'Tuple' && x.length === y.length && x.vars.every((v, i) => un(v.type, y.vars[i]!.type));
      case 'Struct':
        return (
          y.kind === 'Struct' && x.fields.length === y.fields.length &&
          x.fields.every((f, i) => f.name === y.fields[i]!.name && f.embedded === y.fields[i]!.embedded && un(f.type, y.fields[i]!.type))
        );
      case 'Interface': {
        if (y.kind !== 'Interface' || x.methods.length !== y.methods.length) return false;
        const ym = new Map(y.methods.map((m) => [m.name, m]));
        return x.methods.every((m) => ym.has(m.name) && un(m.type, ym.get(m.name)!.type));
      }
      default:
        return identical(x, y);
    }
  }
}
