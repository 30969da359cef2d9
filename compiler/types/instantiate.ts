// Constraint satisfaction (spec "Satisfying a type constraint", "Implementing an interface"): a type argument
// satisfies its type parameter's constraint when it is in the constraint's type set: it has the constraint's methods,
// it is one of the types its terms describe (`~int` = every type whose underlying type is int), and it is
// comparable when the constraint embeds `comparable` (Go 1.20 rules). A type-parameter argument satisfies a constraint when every
// type in its own type set does. The constraint is first substituted with all type arguments (`[P any, Q C[P]]`).
// Errors use go/types' wording: `string does not satisfy ~int (string missing in ~int)`,
// `T does not satisfy comparable`, `S does not satisfy I (missing method M)`.

import type { Pos } from '../syntax/source.ts';
import type { Checker } from './checker.ts';
import { completeInterface } from './interfaces.ts';
import { missingMethodCause } from './lookup.ts';
import { comparable } from './predicates.ts';
import { makeSubstMap, subst } from './subst.ts';
import { termIncludes, typeSetOf } from './typeset.ts';
import { constraintString } from './typexpr.ts';
import { Typ, type Term, type Type, type TypeParam } from './types.ts';

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

/** satisfies returns '' when type argument t satisfies constraint `bound`, else the reason in go/types' words. */
export function satisfies(c: Checker, t: Type, bound: Type): string {
  if (t === Typ.Invalid || bound === Typ.Invalid) return '';
  const iface = bound.underlying();
  if (iface.kind !== 'Interface') return '';
  const ts = c.typeStr(t);
  const bs = constraintString(c, bound);
  const ms = completeInterface(iface);
  if (ms.length > 0) {
    const cause = missingMethodCause(c, t, bound);
    if (cause) return cause.replace(' does not implement ', ' does not satisfy ');
  }
  const set = typeSetOf(bound);
  if (!set) return '';
  if (set.comparable && !comparableArg(t)) return `${ts} does not satisfy comparable`;
  if (set.terms === undefined) return '';
  if (t.kind === 'TypeParam') {
    const own = typeSetOf(t)?.terms;
    if (own === undefined) return `${ts} does not satisfy ${bs} (${ts} missing in ${termsString(c, set.terms)})`;
    for (const x of own) {
      if (!set.terms.some((y) => termCovers(y, x))) {
        return `${ts} does not satisfy ${bs} (${termString(c, x)} missing in ${termsString(c, set.terms)})`;
      }
    }
    return '';
  }
  if (set.terms.some((x) => termIncludes(x, t))) return '';
  if (set.terms.length === 0) return `cannot satisfy ${bs} (empty type set)`;
  const tilde = set.terms.find((x) => !x.tilde && termIncludes({ tilde: true, type: x.type }, t));
  if (tilde) return `${ts} does not satisfy ${bs} (possibly missing ~ for ${c.typeStr(tilde.type)} in ${bs})`;
  return `${ts} does not satisfy ${bs} (${ts} missing in ${termsString(c, set.terms)})`;
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
 * comparableArg reports whether t satisfies `comparable`: since Go 1.20 every comparable type does, interfaces
 * included; a type parameter does when its constraint is comparable or all its specific types are. A type met again
 * while deciding (`[P C[C[P]]]`, whose type set leads back to P) is assumed comparable, as go/types does.
 */
export function comparableArg(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam') {
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
