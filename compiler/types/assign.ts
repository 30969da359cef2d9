// Assignability and assignments: the spec's assignability rules (identical types, identical underlying types with one
// side unnamed, interface implementation, nil), the checks behind `=`, `op=`, `:=`, `x++`, variable initialisation
// (single and multi-value, including comma-ok forms), and the gc wording for mismatches:
// `cannot use x (variable of type int) as type string in assignment`, `assignment mismatch: 2 variables but f returns 1 value`.

import type * as ast from '../syntax/ast.ts';
import type { Checker, Operand } from './checker.ts';
import { binary, binaryOperands } from './binary.ts';
import { expr, multiExpr, singleValueCheck } from './expr.ts';
import { missingMethodCause } from './lookup.ts';
import type { Var } from './objects.ts';
import { newVar } from './objects.ts';
import { convertUntyped, defaultConvert, implicitType } from './operand.ts';
import { defaultType, hasNil, identical, isNonTypeParamInterface, isTyped } from './predicates.ts';
import { BasicInfo, hasInfo, Typ, type Type } from './types.ts';
import { allTerms } from './typeset.ts';

/** Assignability is assignableTo's answer and, when it is no, the cause gc adds to the message (may be ''). */
export type Assignability = readonly [boolean, string];

// The answers without a cause are shared: assignableTo runs for every assignment, argument and operand pair.
const ASSIGNABLE: Assignability = [true, ''];
const NOT_ASSIGNABLE: Assignability = [false, ''];

/**
 * assignableTo reports whether x can be assigned to a variable of type t; the second result explains a failure.
 * Type parameters follow types2: a value of unnamed type is assignable to a type parameter when it is assignable to
 * every type in its type set, a type parameter's value to an unnamed type when every type in its set is.
 */
export function assignableTo(c: Checker, x: Operand, t: Type): Assignability {
  const v = x.type;
  if (v === Typ.Invalid || t === Typ.Invalid) return ASSIGNABLE;
  if (identical(v, t)) return ASSIGNABLE;
  const vp = v.kind === 'TypeParam' ? v : undefined;
  const tp = t.kind === 'TypeParam' ? t : undefined;
  const vu = v.underlying();
  const tu = t.underlying();
  if (!isTyped(v)) {
    if (tp) return [implicitType(c, x, tp).type !== undefined, ''];
    if (v === Typ.UntypedNil) return [hasNil(t), ''];
    return NOT_ASSIGNABLE;
  }
  if (identical(vu, tu) && (!hasName(v) || !hasName(t)) && !vp && !tp) return ASSIGNABLE;
  if (tu.kind === 'Interface' && !tp) {
    const cause = missingMethodCause(c, v, t);
    if (!cause) return ASSIGNABLE;
    return [false, cause];
  }
  if (vu.kind === 'Interface' && !vp && !missingMethodCause(c, t, v)) {
    return [false, 'need type assertion'];
  }
  if (vu.kind === 'Chan' && tu.kind === 'Chan' && vu.dir === 'both' && identical(vu.elem, tu.elem)) {
    return [!hasName(v) || !hasName(t), ''];
  }
  if (!vp && !tp) return NOT_ASSIGNABLE;
  let why = '';
  const because = (msg: string, inner: string): string => (inner ? `${msg}\n\t${inner}` : msg);
  if (tp && !hasName(v)) {
    const ok = allTerms(tp, (term) => {
      const [ok1, inner] = assignableTo(c, x, term);
      if (!ok1) why = because(`cannot assign ${c.typeStr(v)} to ${c.typeStr(term)} (in ${c.typeStr(tp)})`, inner);
      return ok1;
    });
    return [ok, why];
  }
  if (vp && !hasName(t)) {
    const ok = allTerms(vp, (term) => {
      const [ok1, inner] = assignableTo(c, { ...x, type: term }, t);
      if (!ok1) why = because(`cannot assign ${c.typeStr(term)} (in ${c.typeStr(vp)}) to ${c.typeStr(t)}`, inner);
      return ok1;
    });
    return [ok, why];
  }
  return NOT_ASSIGNABLE;
}

/** hasName reports whether t is a named type in the assignability sense: predeclared, defined or a type parameter. */
function hasName(t: Type): boolean {
  return t.kind === 'Basic' || t.kind === 'Named' || t.kind === 'TypeParam';
}

/**
 * assignment checks that x can be assigned to type t (converting untyped operands first) and reports gc's
 * `cannot use x (...) as type T in <context>` otherwise, with the cause (if any) on its own line after `:\n\t`; an
 * untyped constant that does not fit keeps `cannot use x (...) as T value in <context> (overflows)`. With t undefined, x takes its default type.
 */
export function assignment(c: Checker, x: Operand, t: Type | undefined, context: string): boolean {
  if (!singleValueCheck(c, x)) return false;
  if (x.mode === 'invalid') return false;
  if (!isTyped(x.type)) {
    if (t === undefined || (isNonTypeParamInterface(t) && x.type !== Typ.UntypedNil)) {
      if (t === undefined && x.type === Typ.UntypedNil) {
        c.error(x.expr.pos, `use of untyped nil in ${context}`);
        c.invalid(x);
        return false;
      }
      convertUntyped(c, x, defaultType(x.type), context);
    } else convertUntyped(c, x, t, context);
    if (c.failed(x)) return false;
  }
  if (t === undefined) return true;
  const [ok, cause] = assignableTo(c, x, t);
  if (!ok) {
    c.error(x.expr.pos, `cannot use ${c.operandStr(x)} as type ${c.typeStr(t)} in ${context}${cause ? ':\n\t' + cause : ''}`);
    c.invalid(x);
    return false;
  }
  return true;
}

/** assignVar initialises variable v (with declared type t, or inferred when t is undefined) from x. */
export function assignVar(c: Checker, v: Var, t: Type | undefined, x: Operand, context: string): void {
  if (!assignment(c, x, t, context)) {
    if (t === undefined) v.type = Typ.Invalid;
    v.used = true;
    return;
  }
  if (t === undefined) v.type = x.type;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** returnsDesc words the right-hand side of a mismatch: `f returns 1 value` or `1 value`. */
function rhsDesc(c: Checker, rhs: ast.Expr[], n: number): string {
  const e = rhs.length === 1 ? rhs[0]! : undefined;
  if (e && e.kind === 'CallExpr') return `${c.exprStr(e.fun)} returns ${plural(n, 'value')}`;
  return plural(n, 'value');
}

/**
 * initVars initialises lhs variables from rhs expressions (a var declaration or `:=`): either one expression per
 * variable, or one multi-value expression (a call or a comma-ok form) for all of them.
 */
export function initVars(c: Checker, lhs: Var[], rhs: ast.Expr[], t: Type | undefined, pos: number): void {
  const context = 'variable declaration';
  const fail = (): void => {
    for (const v of lhs) {
      if (t === undefined) v.type = Typ.Invalid;
      v.used = true;
    }
  };
  // As types2, one variable with one value takes a single value (`multiple-value f() ... in single-value context`).
  if (lhs.length === rhs.length) {
    lhs.forEach((v, i) => assignVar(c, v, t, expr(c, rhs[i]!), context));
    return;
  }
  if (rhs.length !== 1) {
    for (const e of rhs) expr(c, e);
    c.error(rhs[0]?.pos ?? pos, `assignment mismatch: ${plural(lhs.length, 'variable')} but ${plural(rhs.length, 'value')}`);
    fail();
    return;
  }
  const xs = multiExpr(c, rhs[0]!, lhs.length === 2);
  if (xs.length === 1 && xs[0]!.mode === 'invalid') {
    fail();
    return;
  }
  if (xs.length !== lhs.length) {
    c.error(rhs[0]!.pos, `assignment mismatch: ${plural(lhs.length, 'variable')} but ${rhsDesc(c, rhs, xs.length)}`);
    fail();
    return;
  }
  lhs.forEach((v, i) => assignVar(c, v, t, xs[i]!, context));
}

/** lhsVar checks an assignment's left-hand side and returns it as an operand (undefined for `_`). */
function lhsVar(c: Checker, e: ast.Expr): Operand | undefined {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'Ident' && e.name === '_') {
    c.recordDef(e, undefined);
    return undefined;
  }
  // Assigning to a variable is not a use of it.
  let v: Var | undefined;
  let wasUsed = false;
  if (e.kind === 'Ident') {
    const found = c.env.scope.resolve(e.name);
    if (found && found.kind === 'Var' && found.pkg === c.pkg) {
      v = found;
      wasUsed = v.used;
    }
  }
  const x = expr(c, e);
  if (v) v.used = wasUsed;
  if (x.mode === 'invalid') return x;
  if (x.mode !== 'variable' && x.mode !== 'mapindex') {
    if (e.kind === 'SelectorExpr' && x.mode === 'value' && c.info.selections.get(e)?.kind === 'FieldVal') {
      c.error(e.pos, `cannot assign to struct field ${c.exprStr(e)} in map`);
    } else c.error(e.pos, `cannot assign to ${c.operandStr(x)}`);
    c.invalid(x);
  }
  return x;
}

/** assignTo assigns operand x to the left-hand side expression e. */
function assignTo(c: Checker, e: ast.Expr, x: Operand): void {
  const z = lhsVar(c, e);
  if (!z) {
    assignment(c, x, undefined, 'assignment to _ identifier');
    return;
  }
  if (z.mode === 'invalid') {
    if (x.mode !== 'invalid' && !isTyped(x.type)) defaultConvert(c, x);
    return;
  }
  if (!assignment(c, x, z.type, 'assignment')) useLhs(c, [e]);
}

/** useLhs marks local variables on the left of a failed assignment as used (gc reports only the assignment error). */
function useLhs(c: Checker, lhs: ast.Expr[]): void {
  for (let e of lhs) {
    while (e.kind === 'ParenExpr') e = e.x;
    if (e.kind !== 'Ident') continue;
    const o = c.info.uses.get(e) ?? c.env.scope.resolve(e.name);
    if (o && o.kind === 'Var') o.used = true;
  }
}

/** assignStmt checks `lhs = rhs`, `lhs op= rhs` and `lhs := rhs`. */
export function assignStmt(c: Checker, s: ast.AssignStmt): void {
  if (s.tok === ':=') {
    shortVarDecl(c, s);
    return;
  }
  if (s.tok !== '=') {
    if (s.lhs.length !== 1 || s.rhs.length !== 1) {
      c.error(s.tokPos, `assignment operation ${s.tok} requires single-valued expressions`);
      return;
    }
    const op = s.tok.slice(0, -1) as ast.BinaryOp;
    const x = binary(c, s.lhs[0]!, s.lhs[0]!, s.rhs[0]!, op, s.tokPos);
    if (x.mode === 'invalid') return;
    const z = lhsVar(c, s.lhs[0]!);
    if (z && z.mode !== 'invalid') assignment(c, { ...x, expr: s.lhs[0]! }, z.type, 'assignment');
    return;
  }
  const nl = s.lhs.length;
  const nr = s.rhs.length;
  if (nl === nr && nl !== 1) {
    s.lhs.forEach((l, i) => assignTo(c, l, expr(c, s.rhs[i]!)));
    return;
  }
  if (nr === 1) {
    const xs = multiExpr(c, s.rhs[0]!, nl === 2);
    if (xs.length === 1 && xs[0]!.mode === 'invalid') {
      for (const l of s.lhs) lhsVar(c, l);
      useLhs(c, s.lhs);
      return;
    }
    if (xs.length === nl) {
      s.lhs.forEach((l, i) => assignTo(c, l, xs[i]!));
      return;
    }
    for (const l of s.lhs) lhsVar(c, l);
    useLhs(c, s.lhs);
    c.error(s.rhs[0]!.pos, `assignment mismatch: ${plural(nl, 'variable')} but ${rhsDesc(c, s.rhs, xs.length)}`);
    return;
  }
  for (const l of s.lhs) lhsVar(c, l);
  useLhs(c, s.lhs);
  for (const r of s.rhs) expr(c, r);
  c.error(s.rhs[0]!.pos, `assignment mismatch: ${plural(nl, 'variable')} but ${plural(nr, 'value')}`);
}

/** shortVarDecl checks `a, b := rhs`: at least one new variable, the others assigned. */
function shortVarDecl(c: Checker, s: ast.AssignStmt): void {
  const scope = c.env.scope;
  const newVars: Var[] = [];
  const lhsVars: (Var | undefined)[] = [];
  const seen = new Set<string>();
  let bad = false;
  for (const l of s.lhs) {
    if (l.kind !== 'Ident') {
      expr(c, l);
      c.error(l.pos, `non-name ${c.exprStr(l)} on left side of :=`);
      bad = true;
      lhsVars.push(undefined);
      continue;
    }
    if (seen.has(l.name) && l.name !== '_') {
      c.error(l.pos, `${l.name} repeated on left side of :=`);
      bad = true;
      lhsVars.push(undefined);
      continue;
    }
    seen.add(l.name);
    const prev = l.name === '_' ? undefined : scope.lookup(l.name);
    if (prev) {
      c.recordUse(l, prev);
      lhsVars.push(prev.kind === 'Var' ? prev : undefined);
      if (prev.kind !== 'Var') {
        c.error(l.pos, `cannot assign to ${l.name}`);
        bad = true;
      }
      continue;
    }
    const v = newVar(l.name, Typ.Invalid, l.pos, c.pkg);
    newVars.push(v);
    lhsVars.push(v);
    if (l.name !== '_') c.localVars.push(v);
    c.recordDef(l, v);
  }
  // Check the right-hand side and assign, treating existing variables as plain assignments.
  const assignOne = (i: number, x: Operand): void => {
    const v = lhsVars[i];
    if (!v) {
      if (x.mode !== 'invalid') assignment(c, x, undefined, 'assignment');
      return;
    }
    if (newVars.includes(v)) assignVar(c, v, undefined, x, 'assignment');
    else assignment(c, x, v.type, 'assignment');
  };
  const nl = s.lhs.length;
  if (nl === s.rhs.length && nl !== 1) {
    s.rhs.forEach((r, i) => assignOne(i, expr(c, r)));
  } else if (s.rhs.length === 1) {
    const xs = multiExpr(c, s.rhs[0]!, nl === 2);
    if (!(xs.length === 1 && xs[0]!.mode === 'invalid')) {
      if (xs.length === nl) xs.forEach((x, i) => assignOne(i, x));
      else {
        c.error(s.rhs[0]!.pos, `assignment mismatch: ${plural(nl, 'variable')} but ${rhsDesc(c, s.rhs, xs.length)}`);
        for (const v of newVars) v.used = true;
      }
    } else for (const v of newVars) v.used = true;
  } else {
    for (const r of s.rhs) expr(c, r);
    c.error(s.rhs[0]!.pos, `assignment mismatch: ${plural(nl, 'variable')} but ${plural(s.rhs.length, 'value')}`);
    for (const v of newVars) v.used = true;
  }
  for (const v of newVars) if (v.type === undefined) v.type = Typ.Invalid;
  if (newVars.length === 0 && !bad) c.error(s.tokPos, 'no new variables on left side of :=');
  for (const v of newVars) if (v.name !== '_') scope.insert(v);
}

/**
 * incDecStmt checks `x++` / `x--`: x must be numeric (gc: `invalid operation: b++ (non-numeric type bool)`), then it
 * is checked as `x += 1`.
 */
export function incDecStmt(c: Checker, s: ast.IncDecStmt): void {
  const one: ast.BasicLit = { kind: 'BasicLit', litKind: 'INT', value: '1', pos: s.tokPos, end: s.tokPos };
  const y = expr(c, s.x);
  if (y.mode === 'invalid') return;
  if (!hasInfo(y.type, BasicInfo.IsNumeric)) {
    c.error(s.x.pos, `invalid operation: ${c.exprStr(s.x)}${s.tok} (non-numeric type ${c.typeStr(y.type)})`);
    return;
  }
  const x = binaryOperands(c, s.x, y, expr(c, one), s.tok === '++' ? '+' : '-', s.tokPos);
  if (x.mode === 'invalid') return;
  const z = lhsVar(c, s.x);
  if (z && z.mode !== 'invalid') assignment(c, { ...x, expr: s.x }, z.type, 'assignment');
}

/** newLocal creates a local variable declared by a statement (range, type switch). */
export function newLocal(c: Checker, id: ast.Ident, t: Type): Var {
  const v = newVar(id.name, t, id.pos, c.pkg);
  if (id.name !== '_') c.localVars.push(v);
  return v;
}
