// Calls and selectors: function and method calls (argument count and assignability with gc's `have (...)` /
// `want (...)` summaries, variadic calls and `f(g())` spreading a multi-value result), conversions `T(x)` (delegated
// to conversion.ts), builtin calls (builtins.ts), qualified identifiers `pkg.Name`, field selections and method values
// with auto-address/auto-deref, and method expressions `T.M` / `(*T).M`, recorded in Info.selections.

import type * as ast from '../syntax/ast.ts';
import { assignment } from './assign.ts';
import { builtinCall } from './builtins.ts';
import type { Checker, Operand } from './checker.ts';
import { conversion } from './conversion.ts';
import { resolveObj } from './decl.ts';
import { expr, objectOperand, rawExpr, singleValueCheck } from './expr.ts';
import { isPtrRecv, lookupFieldOrMethod } from './lookup.ts';
import type { Func, Var } from './objects.ts';
import { newVar } from './objects.ts';
import { isExported, isUntypedType } from './predicates.ts';
import { Signature, Tuple, Typ, type Type } from './types.ts';
import { indexExprOn } from './index.ts';
import { inferTypeArgs } from './infer.ts';
import { recordInstance, verifyInstance } from './instantiate.ts';
import { instantiateSignature } from './subst.ts';
import { coreType } from './typeset.ts';
import { varType } from './typexpr.ts';

/** typesSummary renders a type list as gc does in call errors: untyped numeric constants appear as `number`. */
export function typesSummary(c: Checker, list: Type[], variadic: boolean): string {
  const parts = list.map((t, i) => {
    if (t === Typ.Invalid) return 'unknown type';
    if (isUntypedType(t)) return t.info & (2 | 8 | 16) ? 'number' : t.name.replace('untyped ', '');
    if (variadic && i === list.length - 1 && t.kind === 'Slice') return '...' + c.typeStr(t.elem);
    return c.typeStr(t);
  });
  return '(' + parts.join(', ') + ')';
}

/** callExpr checks `fun(args)`: a conversion, a builtin call or a function/method call. */
export function callExpr(c: Checker, x: Operand, e: ast.CallExpr): void {
  const { f, targs, index } = callee(c, e.fun);
  switch (f.mode) {
    case 'invalid':
      for (const a of e.args) rawExpr(c, a);
      c.invalid(x);
      return;
    case 'typexpr':
      conversionCall(c, x, e, f.type);
      return;
    case 'builtin':
      builtinCall(c, x, e, f.id!);
      return;
    default:
      break;
  }
  const generic = f.mode === 'value' && f.type.kind === 'Signature' && f.type.typeParams.length > 0;
  if (!generic && !singleValueCheck(c, f)) {
    c.invalid(x);
    return;
  }
  let sig = coreType(f.type);
  if (!sig || sig.kind !== 'Signature') {
    c.error(e.pos, `invalid operation: cannot call non-function ${c.operandStr(f)}`);
    for (const a of e.args) rawExpr(c, a);
    c.invalid(x);
    return;
  }
  const args = argOperands(c, e.args);
  if (generic) {
    const inst = instantiateCall(c, e, sig, targs, index, args);
    if (!inst) {
      c.invalid(x);
      return;
    }
    sig = inst;
  }
  checkArguments(c, e, sig, args);
  const res = sig.results;
  if (res.length === 0) {
    x.mode = 'novalue';
    x.type = res;
  } else if (res.length === 1) {
    x.mode = 'value';
    x.type = res.at(0).type;
  } else {
    x.mode = 'value';
    x.type = res;
  }
  x.val = undefined;
}

/** callee evaluates a call's function; `F[A](...)` of a generic function keeps its (maybe partial) type arguments. */
function callee(c: Checker, fun: ast.Expr): { f: Operand; targs: Type[]; index: ast.IndexExpr | undefined } {
  if (fun.kind === 'IndexExpr') {
    const base = rawExpr(c, fun.x);
    if (base.mode === 'value' && base.type.kind === 'Signature' && base.type.typeParams.length > 0) {
      const targs = fun.indices.map((a) => varType(c, a));
      return { f: { ...base, expr: fun }, targs, index: fun };
    }
    const f: Operand = { mode: 'invalid', expr: fun, type: Typ.Invalid, val: undefined, id: undefined };
    indexExprOn(c, f, fun, base);
    c.record(f);
    return { f, targs: [], index: undefined };
  }
  return { f: rawExpr(c, fun), targs: [], index: undefined };
}

/**
 * instantiateCall infers the type arguments of a generic function call (after the explicit ones), verifies them
 * against the constraints, records the instance and the instantiated callee type, and returns the instantiated
 * signature (undefined after an error).
 */
function instantiateCall(
  c: Checker, e: ast.CallExpr, sig: Signature, targs: Type[], index: ast.IndexExpr | undefined, args: Operand[],
): Signature | undefined {
  const tps = sig.typeParams;
  if (targs.length > tps.length) {
    c.error(index!.indices[tps.length]!.pos, `got ${targs.length} type arguments but want ${tps.length}`);
    return undefined;
  }
  if (targs.some((t) => t === Typ.Invalid) || args.some((a) => a.mode === 'invalid')) return undefined;
  const params = paramTypesFor(sig, args.length, e.ellipsis !== 0);
  if (!params) {
    checkArguments(c, e, sig, args); // reports the count mismatch
    return undefined;
  }
  const all = targs.length === tps.length ? targs : inferTypeArgs(c, { pos: e.lparen, tparams: tps, explicit: targs, params, args });
  if (!all) return undefined;
  const at = e.lparen; // gc reports an inferred type argument's failure at the call's parenthesis
  if (!verifyInstance(c, tps, all, tps.map((_, i) => (index && index.indices[i] ? index.indices[i]!.pos : at)))) return undefined;
  const inst = instantiateSignature(sig, all);
  recordInstance(c, index ? index.x : e.fun, all, inst);
  c.info.types.set(e.fun, { mode: 'value', type: inst });
  return inst;
}

/** paramTypesFor lists the parameter type each of n arguments is passed to, or undefined when n does not fit. */
function paramTypesFor(sig: Signature, n: number, ellipsis: boolean): Type[] | undefined {
  const ps = sig.params.vars.map((v) => v.type);
  if (!sig.variadic || ellipsis) return n === ps.length ? ps : undefined;
  if (n < ps.length - 1) return undefined;
  const last = ps[ps.length - 1]!;
  const elem = last.kind === 'Slice' ? last.elem : Typ.Invalid;
  return [...ps.slice(0, -1), ...Array<Type>(n - (ps.length - 1)).fill(elem)];
}

function conversionCall(c: Checker, x: Operand, e: ast.CallExpr, t: Type): void {
  if (e.args.length !== 1 || e.ellipsis) {
    if (e.args.length === 0) c.error(e.rparen, `missing argument in conversion to ${c.typeStr(t)}`);
    else if (e.ellipsis) c.error(e.args[0]!.pos, `invalid use of ... in conversion to ${c.typeStr(t)}`);
    else c.error(e.args[1]!.pos, `too many arguments in conversion to ${c.typeStr(t)}`);
    for (const a of e.args) rawExpr(c, a);
    c.invalid(x);
    return;
  }
  const y = expr(c, e.args[0]!);
  if (y.mode === 'invalid' || t === Typ.Invalid) {
    c.invalid(x);
    return;
  }
  c.withAliasHint(e.fun, () => conversion(c, y, t));
  Object.assign(x, y, { expr: e });
}

/** argOperands evaluates call arguments; a single multi-value call argument is spread into its results. */
export function argOperands(c: Checker, args: ast.Expr[]): Operand[] {
  if (args.length === 1) {
    const x = rawExpr(c, args[0]!);
    if (x.mode !== 'invalid' && x.type.kind === 'Tuple' && x.mode !== 'typexpr' && x.mode !== 'novalue') {
      return x.type.vars.map((v) => ({ mode: 'value' as const, expr: args[0]!, type: v.type }));
    }
    singleValueCheck(c, x);
    return [x];
  }
  return args.map((a) => expr(c, a));
}

/** checkArguments checks argument count and assignability against a signature. */
export function checkArguments(c: Checker, e: ast.CallExpr, sig: Signature, args: Operand[]): void {
  if (args.some((a) => a.mode === 'invalid')) return;
  const params = sig.params.vars;
  const np = params.length;
  const na = args.length;
  const fun = c.exprStr(e.fun);
  if (e.ellipsis) {
    if (!sig.variadic) {
      c.error(e.ellipsis, `cannot use ... in call to non-variadic ${fun}`);
      return;
    }
    if (e.args.length === 1 && na > 1) {
      c.error(e.pos, `cannot use ... with ${na}-valued ${c.exprStr(e.args[0]!)}`);
      return;
    }
  }
  let types: Type[];
  if (sig.variadic && !e.ellipsis) {
    if (na >= np - 1) {
      const last = params[np - 1]!.type;
      const elem = last.kind === 'Slice' ? last.elem : Typ.Invalid;
      types = [...params.slice(0, np - 1).map((p) => p.type), ...Array<Type>(na - (np - 1)).fill(elem)];
    } else types = params.map((p) => p.type);
  } else types = params.map((p) => p.type);
  if (na !== types.length || (sig.variadic && !e.ellipsis && na < np - 1)) {
    let at = e.rparen;
    let qualifier = 'not enough';
    if (na > types.length) {
      at = args[types.length]!.expr.pos;
      qualifier = 'too many';
    } else if (na > 0) at = args[na - 1]!.expr.pos;
    c.error(
      at,
      `${qualifier} arguments in call to ${fun}\n\thave ${typesSummary(c, args.map((a) => a.type), false)}\n\twant ${typesSummary(c, params.map((p) => p.type), sig.variadic)}`,
    );
    return;
  }
  const context = `argument to ${fun}`;
  args.forEach((a, i) => assignment(c, a, types[i]!, context));
}

/** methodSignature strips the receiver from a method's signature (the type of a method value). */
function methodValueType(m: Func): Signature {
  const s = m.type;
  return new Signature(undefined, s.params, s.results, s.variadic);
}

/** selector checks `x.sel`: a qualified identifier, a field, a method value or a method expression. */
export function selector(c: Checker, x: Operand, e: ast.SelectorExpr): void {
  const name = e.sel.name;
  if (e.x.kind === 'Ident') {
    const pn = c.env.scope.resolve(e.x.name);
    if (pn?.kind === 'PkgName') {
      pn.used = true;
      c.recordUse(e.x, pn);
      const obj = pn.imported.scope.lookup(name);
      if (!obj || (!isExported(name) && pn.imported.path !== 'unsafe')) {
        if (obj) c.error(e.sel.pos, `${name} not exported by package ${pn.imported.name}`);
        else c.error(e.sel.pos, `undefined: ${e.x.name}.${name}`);
        c.invalid(x);
        return;
      }
      c.recordUse(e.sel, obj);
      objectOperand(c, x, obj);
      return;
    }
  }
  const y = rawExpr(c, e.x);
  if (y.mode === 'invalid') {
    c.invalid(x);
    return;
  }
  if (y.mode === 'typexpr') {
    methodExpr(c, x, e, y.type);
    return;
  }
  if (!singleValueCheck(c, y)) {
    c.invalid(x);
    return;
  }
  if (y.type === Typ.UntypedNil) {
    c.error(e.pos, `${c.exprStr(e)} undefined (type untyped nil has no field or method ${name})`);
    c.invalid(x);
    return;
  }
  const r = lookupFieldOrMethod(c, y.type, name);
  if (!r.obj) {
    missingSelector(c, e, y.type, r.ambiguous);
    c.invalid(x);
    return;
  }
  const obj = r.obj;
  if (obj.kind === 'Var') {
    x.mode = y.mode === 'variable' || r.indirect ? 'variable' : 'value';
    x.type = obj.type;
    c.info.selections.set(e, { kind: 'FieldVal', recv: y.type, obj, index: r.index, indirect: r.indirect, type: obj.type });
    c.recordUse(e.sel, obj);
    return;
  }
  resolveObj(c, obj);
  c.env.decl?.deps.add(obj); // initialization order follows method values into the method's body
  if (isPtrRecv(obj) && !r.indirect && y.mode !== 'variable' && y.type.underlying().kind !== 'Interface') {
    c.error(e.sel.pos, `cannot call pointer method ${name} on ${c.typeStr(y.type)}`);
    c.invalid(x);
    return;
  }
  const t = methodValueType(obj);
  x.mode = 'value';
  x.type = t;
  c.info.selections.set(e, { kind: 'MethodVal', recv: y.type, obj, index: r.index, indirect: r.indirect, type: t });
  c.recordUse(e.sel, obj);
}

/**
 * missingSelector reports gc 1.19's error for a selector e whose name lookup in t found nothing: an ambiguous
 * selector, a pointer to an interface or type parameter, or `x.f undefined (type T has no field or method f)`, with
 * `, but does have F` when the name with its first letter's case changed exists (as types2; an unexported field or
 * method of another package is simply not found). Nothing is reported when t is invalid.
 */
function missingSelector(c: Checker, e: ast.SelectorExpr, t: Type, ambiguous = false): void {
  if (t.underlying() === Typ.Invalid) return;
  const name = e.sel.name;
  const sel = c.exprStr(e);
  if (ambiguous) {
    c.error(e.sel.pos, `ambiguous selector ${sel}`);
    return;
  }
  const u = t.underlying();
  if (u.kind === 'Pointer' && u.elem.underlying().kind === 'Interface') {
    const what = u.elem.kind === 'TypeParam' ? 'type parameter' : 'interface';
    c.error(e.sel.pos, `${sel} undefined (type ${c.typeStr(t)} is pointer to ${what}, not ${what})`);
    return;
  }
  let hint = '';
  const ch = name.charCodeAt(0);
  const first = String.fromCodePoint(name.codePointAt(0)!);
  const other = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + name.slice(first.length);
  if (ch !== 0x5f && other !== name && lookupFieldOrMethod(c, t, other).obj) hint = `, but does have ${other}`;
  c.error(e.sel.pos, `${sel} undefined (type ${c.typeStr(t)} has no field or method ${name}${hint})`);
}

function methodExpr(c: Checker, x: Operand, e: ast.SelectorExpr, t: Type): void {
  const name = e.sel.name;
  const r = lookupFieldOrMethod(c, t, name);
  if (!r.obj) {
    missingSelector(c, e, t, r.ambiguous);
    c.invalid(x);
    return;
  }
  if (r.obj.kind !== 'Func') {
    c.error(e.sel.pos, `${c.exprStr(e)} undefined (type ${c.typeStr(t)} has no method ${name})`);
    c.invalid(x);
    return;
  }
  const m = r.obj;
  resolveObj(c, m);
  c.env.decl?.deps.add(m);
  if (isPtrRecv(m) && t.kind !== 'Pointer' && !r.indirect && t.underlying().kind !== 'Interface') {
    c.error(e.sel.pos, `cannot call pointer method ${name} on ${c.typeStr(t)}`);
    c.invalid(x);
    return;
  }
  const s = m.type;
  // As go/types: the receiver becomes the first parameter, named after the method's receiver (or `_`) when the
  // other parameters are named, unnamed when they are not.
  const recvName = s.params.vars[0]?.name ? s.recv?.name || '_' : '';
  const recv: Var = newVar(recvName, t, e.pos, c.pkg, { isParam: true });
  const sig = new Signature(undefined, new Tuple([recv, ...s.params.vars]), s.results, s.variadic);
  x.mode = 'value';
  x.type = sig;
  c.info.selections.set(e, { kind: 'MethodExpr', recv: t, obj: m, index: r.index, indirect: r.indirect, type: sig });
  c.recordUse(e.sel, m);
}

/** derefType returns T for *T (unnamed pointer), else t. */
export function derefType(t: Type): Type {
  return t.kind === 'Pointer' ? t.elem : t;
}

