// Expressions: the dispatch over expression kinds producing Operands, identifiers (scope lookup, use recording,
// package-level dependencies, `undefined: x`), basic literals (exact constants), unary operators (&x, *p, -x, ^x,
// !b, <-ch), parenthesised expressions, function literals (closures), type assertions, and the single-value and
// multi-value forms the statements ask for. Binary operators live in binary.ts, calls and selectors in call.ts,
// index and slice expressions in index.ts, composite literals in complit.ts.

import type * as ast from '../syntax/ast.ts';
import type { Checker, Operand } from './checker.ts';
import { makeInt, makeString } from './constant.ts';
import { makeComplexOf, unaryOp } from './constexpr.ts';
import { parseFloatValue, parseIntLit, parseRuneLit, parseStringLit } from './literals.ts';
import { binaryChain, overflow } from './binary.ts';
import { callExpr, selector } from './call.ts';
import { compositeLit } from './complit.ts';
import { resolveObj } from './decl.ts';
import { indexExpr, sliceExpr } from './index.ts';
import { missingMethodCause } from './lookup.ts';
import type { Obj } from './objects.ts';
import { isUntypedType } from './predicates.ts';
import { Scope } from './scope.ts';
import { funcBody } from './stmt.ts';
import { BasicInfo, Pointer, Typ, hasInfo, type Type } from './types.ts';
import { coreUnder } from './typeset.ts';
import { funcType, typExpr, varType } from './typexpr.ts';
import { universeIota } from './universe.ts';

/** lookupIdent resolves an identifier in the current scope, records the use and marks variables used. */
export function lookupIdent(c: Checker, id: ast.Ident, quiet = false): Obj | undefined {
  if (id.name === '_') {
    if (!quiet) c.error(id.pos, 'cannot use _ as value');
    return undefined;
  }
  const scope = c.env.scope.innermost(id.name);
  if (!scope) {
    c.error(id.pos, `undefined: ${id.name}`);
    return undefined;
  }
  const obj = scope.lookup(id.name)!;
  c.recordUse(id, obj);
  if (obj.kind === 'Var') obj.used = true;
  if (obj.kind === 'PkgName') obj.used = true;
  if (obj.pkg !== c.pkg) {
    // Only another package's objects can have come by a dot-import.
    const dot = c.dotImports.get(scope)?.get(obj);
    if (dot) dot.used = true;
  }
  if (obj.pkg === c.pkg && scope === c.pkg.scope) {
    resolveObj(c, obj);
    if (c.env.decl && (obj.kind === 'Var' || obj.kind === 'Const' || obj.kind === 'Func')) c.env.decl.deps.add(obj);
  }
  return obj;
}

function ident(c: Checker, x: Operand, e: ast.Ident): void {
  const obj = lookupIdent(c, e);
  if (!obj) {
    c.invalid(x);
    return;
  }
  if (obj.kind === 'PkgName') {
    c.error(e.pos, `use of package ${obj.name} without selector`);
    c.invalid(x);
    return;
  }
  if (obj === universeIota && !c.env.iota) {
    c.error(e.pos, 'cannot use iota outside constant declaration');
    c.invalid(x);
    return;
  }
  objectOperand(c, x, obj);
  if (obj === universeIota && x.mode === 'constant') x.val = c.env.iota;
}

/**
 * objectOperand makes x denote obj, as an identifier or a qualified identifier does: a constant, a type, a variable,
 * a function, a builtin or nil. An object of invalid type (its declaration had errors) gives an invalid operand.
 */
export function objectOperand(c: Checker, x: Operand, obj: Obj): void {
  switch (obj.kind) {
    case 'Const':
      x.mode = 'constant';
      x.type = obj.type;
      x.val = obj.value;
      break;
    case 'TypeName':
      x.mode = 'typexpr';
      x.type = obj.type;
      return;
    case 'Var':
      x.mode = 'variable';
      x.type = obj.type;
      break;
    case 'Func':
      x.mode = 'value';
      x.type = obj.type;
      return;
    case 'Builtin':
      x.mode = 'builtin';
      x.type = Typ.Invalid;
      x.id = obj.id;
      return;
    case 'Nil':
      x.mode = 'value';
      x.type = Typ.UntypedNil;
      return;
    case 'PkgName':
    case 'Label':
      c.invalid(x);
      return;
  }
  if (x.type === Typ.Invalid) c.invalid(x);
}

function basicLit(c: Checker, x: Operand, e: ast.BasicLit): void {
  switch (e.litKind) {
    case 'INT': {
      const v = parseIntLit(e.value);
      if (v === undefined) break;
      x.mode = 'constant';
      x.type = Typ.UntypedInt;
      x.val = { kind: 'int', value: v };
      return;
    }
    case 'FLOAT': {
      const v = parseFloatValue(e.value);
      if (!v) break;
      x.mode = 'constant';
      x.type = Typ.UntypedFloat;
      x.val = v;
      return;
    }
    case 'IMAG': {
      const body = e.value.slice(0, -1);
      // Decimal digits even after a leading 0 (`0_1_2i` is 12i), as gc reads them for backward compatibility.
      const digits = body.replace(/_/g, '');
      const v = /^[0-9]+$/.test(digits) && !/^0[0-9]/.test(digits) ? { kind: 'int' as const, value: parseIntLit(body) ?? 0n } : parseFloatValue(body);
      // A big float imaginary part (1e5000i, 1e-5000i) makes a 'bigcomplex'.
      const c = v ? makeComplexOf(makeInt(0), v) : undefined;
      if (!c || c.kind === 'unknown') break;
      x.mode = 'constant';
      x.type = Typ.UntypedComplex;
      x.val = c;
      return;
    }
    case 'CHAR': {
      const v = parseRuneLit(e.value);
      if (v === undefined) break;
      x.mode = 'constant';
      x.type = Typ.UntypedRune;
      x.val = { kind: 'int', value: v };
      return;
    }
    case 'STRING': {
      const s = parseStringLit(e.value);
      if (s === undefined) break;
      x.mode = 'constant';
      x.type = Typ.UntypedString;
      x.val = makeString(s);
      return;
    }
  }
  c.error(e.pos, `malformed constant: ${e.value}`);
  c.invalid(x);
}

function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
  const y = e.op === '&' ? rawExpr(c, e.x) : expr(c, e.x);
  Object.assign(x, y, { expr: e });
  if (x.mode === 'invalid') return;
  switch (e.op) {
    case '&':
      if (ast_unparen(e.x).kind !== 'CompositeLit' && x.mode !== 'variable') {
        c.error(e.pos, `invalid operation: cannot take address of ${c.operandStr(y)}`);
        c.invalid(x);
        return;
      }
      if (!singleValueCheck(c, x)) return;
      x.mode = 'value';
      x.type = new Pointer(x.type);
      x.val = undefined;
      return;
    case '<-': {
      const u = coreUnder(x.type);
      if (u.kind !== 'Chan') {
        c.error(e.pos, `invalid operation: cannot receive from non-channel ${c.operandStr(y)}`);
        c.invalid(x);
        return;
      }
      if (u.dir === 'send') {
        c.error(e.x.pos, `invalid operation: cannot receive from send-only channel ${c.operandStr(y)}`);
        c.invalid(x);
        return;
      }
      x.mode = 'commaok';
      x.type = u.elem;
      return;
    }
    case '~':
      c.error(e.pos, 'cannot use ~ outside of interface or type constraint');
      c.invalid(x);
      return;
    default:
      break;
  }
  const flags =
    e.op === '!' ? BasicInfo.IsBoolean : e.op === '^' ? BasicInfo.IsInteger : BasicInfo.IsNumeric;
  // A type parameter needs the operator on every type in its set (hasInfo); the error is at the operand, as types2.
  const u = coreUnder(x.type);
  if (!hasInfo(x.type, flags)) {
    c.error(e.x.pos, `invalid operation: operator ${e.op} not defined on ${c.operandStr(y)}`);
    c.invalid(x);
    return;
  }
  if (x.mode === 'constant' && x.val) {
    const unsignedBits = u.kind === 'Basic' && (u.info & BasicInfo.IsUnsigned) !== 0 ? c.sizes.sizeof(u) * 8 : 0;
    x.val = unaryOp(e.op as '+' | '-' | '^' | '!', x.val, unsignedBits);
    overflow(c, x, e.pos, e.op, true);
    return;
  }
  x.mode = 'value';
  x.val = undefined;
}

function ast_unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function starExpr(c: Checker, x: Operand, e: ast.StarExpr): void {
  const y = rawExpr(c, e.x);
  if (y.mode === 'invalid') {
    c.invalid(x);
    return;
  }
  if (y.mode === 'typexpr') {
    x.mode = 'typexpr';
    x.type = new Pointer(y.type);
    return;
  }
  if (!singleValueCheck(c, y)) {
    c.invalid(x);
    return;
  }
  if (y.type === Typ.UntypedNil) {
    c.error(e.pos, 'invalid operation: cannot indirect nil');
    c.invalid(x);
    return;
  }
  const u = y.type.underlying();
  if (u.kind !== 'Pointer') {
    c.error(e.pos, `invalid operation: cannot indirect ${c.operandStr(y)}`);
    c.invalid(x);
    return;
  }
  x.mode = 'variable';
  x.type = u.elem;
}

function funcLit(c: Checker, x: Operand, e: ast.FuncLit): void {
  const scope = new Scope(c.env.scope, e.pos, e.end, 'function literal');
  const sig = funcType(c, e.type, undefined, scope);
  c.recordTypeExpr(e.type, sig);
  funcBody(c, 'func literal', sig, e.body, scope);
  x.mode = 'value';
  x.type = sig;
}

function typeAssert(c: Checker, x: Operand, e: ast.TypeAssertExpr): void {
  const y = expr(c, e.x);
  if (y.mode === 'invalid') {
    c.invalid(x);
    return;
  }
  if (!e.type) {
    c.error(e.pos, 'invalid AST: use of .(type) outside type switch');
    c.invalid(x);
    return;
  }
  if (y.type.kind === 'TypeParam') {
    c.error(e.x.pos, `invalid operation: cannot use type assertion on type parameter value ${c.operandStr(y)}`);
    if (e.type) typExpr(c, e.type);
    c.invalid(x);
    return;
  }
  if (y.type.underlying().kind !== 'Interface') {
    c.error(e.x.pos, `invalid operation: ${c.exprStr(e.x)} (${y.mode === 'variable' ? 'variable' : 'value'} of type ${c.typeStr(y.type)}) is not an interface`);
    c.invalid(x);
    return;
  }
  const t = varType(c, e.type);
  if (t === Typ.Invalid) {
    c.invalid(x);
    return;
  }
  if (t.underlying().kind !== 'Interface') {
    const cause = missingMethodCause(c, t, y.type);
    if (cause) c.error(e.x.pos, `impossible type assertion: ${c.exprStr(e)}\n\t${cause}`);
  }
  x.mode = 'commaok';
  x.type = t;
}

/** copyResult copies y's mode, type, value and builtin id into x, keeping x's expression (no temporary objects). */
function copyResult(x: Operand, y: Operand): void {
  x.mode = y.mode;
  x.type = y.type;
  x.val = y.val;
  x.id = y.id;
}

/** rawExpr checks any expression (values, types, builtins, multi-value calls) and records its type. */
export function rawExpr(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x: Operand = { mode: 'invalid', expr: e, type: Typ.Invalid, val: undefined, id: undefined };
  switch (e.kind) {
    case 'Ident':
      ident(c, x, e);
      break;
    case 'BasicLit':
      basicLit(c, x, e);
      break;
    case 'CompositeLit':
      compositeLit(c, x, e, hint);
      break;
    case 'FuncLit':
      funcLit(c, x, e);
      break;
    case 'ParenExpr': {
      copyResult(x, rawExpr(c, e.x, hint));
      break;
    }
    case 'SelectorExpr':
      selector(c, x, e);
      break;
    case 'IndexExpr':
      indexExpr(c, x, e);
      break;
    case 'SliceExpr':
      sliceExpr(c, x, e);
      break;
    case 'TypeAssertExpr':
      typeAssert(c, x, e);
      break;
    case 'CallExpr':
      callExpr(c, x, e);
      break;
    case 'StarExpr':
      starExpr(c, x, e);
      break;
    case 'UnaryExpr':
      unary(c, x, e);
      break;
    case 'BinaryExpr':
      copyResult(x, binaryChain(c, e));
      break;
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      x.mode = 'typexpr';
      x.type = typExpr(c, e);
      return x;
    case 'KeyValueExpr':
      c.error(e.pos, 'invalid AST: no key:value expected');
      break;
    case 'Ellipsis':
      c.error(e.pos, 'invalid use of ...');
      break;
    case 'BadExpr':
      break;
  }
  x.expr = e;
  if (x.mode === 'typexpr') c.recordTypeExpr(e, x.type);
  else c.record(x);
  return x;
}

/** singleValueCheck reports value-less, type, builtin and tuple operands where a single value is required. */
export function singleValueCheck(c: Checker, x: Operand): boolean {
  switch (x.mode) {
    case 'invalid':
      return false;
    case 'novalue':
      c.error(x.expr.pos, `${c.exprStr(x.expr)} (no value) used as value`);
      break;
    case 'builtin':
      c.error(x.expr.pos, `${c.exprStr(x.expr)} (built-in) must be called`);
      break;
    case 'typexpr':
      c.error(x.expr.pos, `${c.exprStr(x.expr)} (type) is not an expression`);
      break;
    default:
      if (x.type.kind === 'Tuple') {
        c.error(x.expr.pos, `multiple-value ${c.exprStr(x.expr)} (value of type ${c.typeStr(x.type)}) in single-value context`);
        break;
      }
      if (x.type.kind === 'Signature' && x.type.typeParams.length > 0) {
        c.error(x.expr.pos, `cannot use generic function ${c.exprStr(x.expr)} without instantiation`);
        break;
      }
      return true;
  }
  c.invalid(x);
  return false;
}

/** expr checks an expression that must denote a single value. */
export function expr(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = rawExpr(c, e, hint);
  singleValueCheck(c, x);
  return x;
}

/**
 * multiExpr checks an expression that may yield several values: a call returning a tuple, or (when allowCommaOk)
 * a comma-ok form (map index, type assertion, receive) giving the value and an untyped bool.
 */
export function multiExpr(c: Checker, e: ast.Expr, allowCommaOk: boolean): Operand[] {
  const x = rawExpr(c, e);
  if (x.mode === 'invalid') return [x];
  if (x.type.kind === 'Tuple' && x.mode !== 'typexpr' && x.mode !== 'novalue') {
    return x.type.vars.map((v) => ({ mode: 'value' as const, expr: e, type: v.type }));
  }
  if (allowCommaOk && (x.mode === 'commaok' || x.mode === 'mapindex')) {
    c.info.types.set(e, { mode: 'commaok', type: x.type });
    return [
      { mode: 'value', expr: e, type: x.type },
      { mode: 'value', expr: e, type: Typ.UntypedBool },
    ];
  }
  singleValueCheck(c, x);
  return [x];
}

/** constExprValue checks an expression expected to be constant (array lengths); undefined on error. */
export function constExprValue(c: Checker, e: ast.Expr): Operand | undefined {
  const x = expr(c, e);
  if (x.mode === 'invalid') return undefined;
  if (x.mode === 'constant' && isUntypedType(x.type)) {
    // Array lengths are converted to int, as go/types does.
    c.info.types.set(e, { mode: 'constant', type: x.type, ...(x.val ? { value: x.val } : {}) });
  }
  return x;
}
