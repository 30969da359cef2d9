// Constraint satisfaction (spec "Satisfying a type constraint", "Implementing an interface"): a type argument
// satisfies its type parameter's constraint when it is in the constraint's type set: it has the constraint's methods,
// it is one of the types its terms describe (`~int` = every type whose underlying type is int), and it is
// comparable when the constraint embeds `comparable` (Go 1.19 rules: an interface is not). A type-parameter argument
// satisfies a constraint when every type in its own type set does. The constraint is first substituted with all type arguments (`[P any, Q C[P]]`).
// Errors use gc 1.19's wording (types2's implements): `string does not implement ~int (string missing in ~int)`,
// `T does not implement comparable`, `S does not implement I (missing M method)`.

import type * as ast from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import type { Checker } from './checker.ts';
import { completeInterface } from './interfaces.ts';
import { missingMethodCause } from './lookup.ts';
import { comparable } from './predicates.ts';
import { makeSubstMap, subst } from './subst.ts';
import { termIncludes, typeSetOf } from './typeset.ts';
import { constraintString } from './typexpr.ts';
import { Typ, type Term, type Type, type TypeParam } from './types.ts';

/**
 * recordInstance records in Info.instances that the generic function or type named by fun (an identifier or a
 * qualified identifier, maybe parenthesized) is instantiated with targs as inst.
 */
export function recordInstance(c: Checker, fun: ast.Expr, targs: Type[], inst: Type): void {
  let id = fun;
  while (id.kind === 'ParenExpr') id = id.x;
  if (id.kind === 'SelectorExpr') id = id.sel;
  if (id.kind === 'Ident') c.info.instances.set(id, { typeArgs: targs, type: inst });
}

/** verifyInstance checks every type argument against its (substituted) constraint, reporting at positions[i]. */
export function verifyInstance(c: Checker, tparams: TypeParam[], targs: Type[], positions: Pos[]): boolean {
  const smap = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length && i < targs.length; i++) {
    const cause = satisfies(c, targs[i]!, subst(tparams[i]!.constraint, smap));
    if (cause) {
      c.error(positions[i] ?? positions[0] ?? 0, cause);
      return false;
    }
  }
  return true;
}

/** satisfies returns '' when type argument t satisfies constraint `bound`, else the reason in gc 1.19's words. */
function satisfies(c: Checker, t: Type, bound: Type): string {
  if (t === Typ.Invalid || bound === Typ.Invalid) return '';
  const iface = bound.underlying();
  if (iface.kind !== 'Interface') return '';
  const ts = c.typeStr(t);
  const bs = constraintString(c, bound);
  const set = typeSetOf(bound);
  if (!set) return '';
  if (set.terms !== undefined && set.terms.length === 0) return `cannot implement ${bs} (empty type set)`;
  const isIface = t.underlying().kind === 'Interface' || t.kind === 'TypeParam';
  if (isIface && typeSetOf(t)?.terms?.length === 0) return ''; // an empty type set is in every type set
  const ms = completeInterface(iface);
  if (ms.length > 0) {
    const cause = missingMethodCause(c, t, bound);
    if (cause) return cause;
  }
  // As types2, a missing `comparable` is reported only when the type is in the constraint's terms.
  const pending = set.comparable && !comparableArg(t) ? `${ts} does not implement comparable` : '';
  if (set.terms === undefined) return pending;
  if (isIface) {
    // A type parameter or interface must have a type set within the constraint's (its comparable terms only, when
    // the constraint embeds comparable); gc 1.19 does not say which type is missing.
    const terms = set.comparable ? set.terms.filter((x) => comparableArg(x.type)) : set.terms;
    const own = typeSetOf(t)?.terms;
    if (own === undefined || own.some((x) => !terms.some((y) => termCovers(y, x)))) return `${ts} does not implement ${bs}`;
    return pending;
  }
  if (!set.terms.some((x) => termIncludes(x, t))) {
    const tilde = set.terms.find((x) => !x.tilde && termIncludes({ tilde: true, type: x.type }, t));
    if (tilde) return `${ts} does not implement ${bs} (possibly missing ~ for ${c.typeStr(tilde.type)} in constraint ${bs})`;
    return `${ts} does not implement ${bs} (${ts} missing in ${termsString(c, set.terms)})`;
  }
  return pending;
}

function termCovers(y: Term, x: Term): boolean {
  if (y.tilde) return termIncludes(y, x.type);
  return !x.tilde && termIncludes(y, x.type);
}

function termString(c: Checker, x: Term): string {
  return (x.tilde ? '~' : '') + c.typeStr(x.type);
}

function termsString(c: Checker, ts: Term[]): string {
  return ts.map((x) => termString(c, x)).join(' | ');
}

/**
 * comparableArg reports whether t satisfies `comparable` under gc 1.19's rules: a comparable type that is not an
 * interface; a type parameter or interface does only when its type set is comparable (it embeds comparable, or all
 * its specific types are comparable). A type met again
 * while deciding (`[P C[C[P]]]`, whose type set leads back to P) is assumed comparable, as go/types does.
 */
function comparableArg(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam' || t.underlying().kind === 'Interface') {
    const set = typeSetOf(t);
    if (!set) return false;
    if (set.comparable) return true;
    return set.terms !== undefined && set.terms.length > 0 && set.terms.every((x) => comparableArg(x.type, seen));
  }
  const u = t.underlying();
  if (u.kind === 'Struct') return u.fields.every((f) => comparableArg(f.type, seen));
  if (u.kind === 'Array') return comparableArg(u.elem, seen);
  return comparable(t);
}
