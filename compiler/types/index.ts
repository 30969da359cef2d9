// Index and slice expressions (spec "Index expressions", "Slice expressions"): indexing strings (a byte, constant for
// constant operands), arrays, pointers to arrays, slices and maps, with gc's constant bounds checks
// (`invalid argument: index 5 out of bounds [0:3]`, `... must not be negative`), and slicing strings, addressable
// arrays, array pointers and slices with constant index ordering checks.

import type * as ast from '../syntax/ast.ts';
import { assignment } from './assign.ts';
import type { Checker, Operand } from './checker.ts';
import { makeInt } from './constant.ts';
import { representable } from './constexpr.ts';
import { expr, rawExpr } from './expr.ts';
import { convertUntyped } from './operand.ts';
import { BasicInfo, Slice, Typ, type Signature, type Type } from './types.ts';
import { identical } from './predicates.ts';
import { coreString, coreUnder, typeSetOf } from './typeset.ts';
import { recordInstance, verifyInstance } from './instantiate.ts';
import { instantiateSignature } from './subst.ts';
import { typExpr, varType } from './typexpr.ts';

/** checkIndex checks an index operand against an optional constant length; returns the constant index or -1. */
export function checkIndex(c: Checker, e: ast.Expr, length: number, what = 'index'): number {
  const x = expr(c, e);
  if (x.mode === 'invalid') return -2;
  convertUntyped(c, x, Typ.int);
  if (c.failed(x)) return -2;
  const u = x.type.underlying();
  if (!(u.kind === 'Basic' && (u.info & BasicInfo.IsInteger) !== 0)) {
    c.error(e.pos, `invalid argument: ${what} ${c.operandStr(x)} must be integer`);
    return -2;
  }
  if (x.mode !== 'constant' || x.val?.kind !== 'int') return -1;
  const v = x.val.value;
  if (v < 0n) {
    c.error(e.pos, `invalid argument: ${what} ${c.operandStr(x)} must not be negative`);
    return -2;
  }
  if (!representable(x.val, Typ.int, c.sizes).ok) {
    c.error(e.pos, `invalid argument: ${what} ${c.operandStr(x)} overflows int`);
    return -2;
  }
  if (length >= 0 && v >= BigInt(length)) {
    c.error(e.pos, `invalid argument: ${what} ${v} out of bounds [0:${length}]`);
    return -2;
  }
  return Number(v);
}

/** indexExpr checks `x[i]`, and the instantiations `G[int]` of a generic type and `F[int]` of a generic function. */
export function indexExpr(c: Checker, x: Operand, e: ast.IndexExpr): void {
  indexExprOn(c, x, e, rawExpr(c, e.x));
}

/** indexExprOn checks `x[i]` given the operand y of its already evaluated `x`. */
export function indexExprOn(c: Checker, x: Operand, e: ast.IndexExpr, y: Operand): void {
  if (y.mode === 'invalid') {
    for (const i of e.indices) rawExpr(c, i);
    c.invalid(x);
    return;
  }
  if (y.mode === 'typexpr') {
    const t = typExpr(c, e);
    x.mode = t === Typ.Invalid ? 'invalid' : 'typexpr';
    x.type = t;
    return;
  }
  if (y.mode === 'value' && y.type.kind === 'Signature' && y.type.typeParams.length > 0) {
    funcInstance(c, x, e, y.type);
    return;
  }
  if (e.indices.length !== 1) {
    c.error(e.indices[1]?.pos ?? e.pos, `invalid operation: more than one index`);
    c.invalid(x);
    return;
  }
  const idx = e.indices[0]!;
  const u = coreUnder(y.type);
  let length = -1;
  switch (u.kind) {
    case 'Basic':
      if ((u.info & BasicInfo.IsString) !== 0) {
        if (y.mode === 'constant' && y.val?.kind === 'string') length = y.val.value.length;
        const i = checkIndex(c, idx, length);
        if (y.mode === 'constant' && y.val?.kind === 'string' && i >= 0) {
          x.mode = 'constant';
          x.val = makeInt(y.val.value.charCodeAt(i));
        } else {
          x.mode = 'value';
        }
        if (y.type === Typ.UntypedString) convertUntyped(c, y, Typ.string);
        x.type = Typ.byte;
        if (x.mode === 'constant') {
          // Indexing a constant string is not a constant expression in Go.
          x.mode = 'value';
          x.val = undefined;
        }
        return;
      }
      break;
    case 'Array':
      checkIndex(c, idx, u.len);
      x.mode = y.mode === 'variable' ? 'variable' : 'value';
      x.type = u.elem;
      return;
    case 'Pointer': {
      const a = u.elem.underlying();
      if (a.kind === 'Array') {
        checkIndex(c, idx, a.len);
        x.mode = 'variable';
        x.type = a.elem;
        return;
      }
      break;
    }
    case 'Slice':
      checkIndex(c, idx, -1);
      x.mode = 'variable';
      x.type = u.elem;
      return;
    case 'Map': {
      const k = expr(c, idx);
      assignment(c, k, u.key, 'map index');
      x.mode = 'mapindex';
      x.type = u.elem;
      return;
    }
    default:
      if (y.type.kind === 'TypeParam' && indexTypeParam(c, x, y, idx)) return;
      break;
  }
  rawExpr(c, idx);
  c.error(e.pos, `invalid operation: cannot index ${c.operandStr(y)}`);
  c.invalid(x);
}

/**
 * indexTypeParam indexes a value whose type parameter has no core type (spec: "Index expressions", for type
 * parameters): every type in its type set must be indexable with the same element type (and, for maps, the same key);
 * the result is a variable unless a string or a non-addressable array is among them. It reports false when the rule
 * does not apply.
 */
function indexTypeParam(c: Checker, x: Operand, y: Operand, idx: ast.Expr): boolean {
  const terms = typeSetOf(y.type)?.terms;
  if (!terms || terms.length === 0) return false;
  let elem: Type | undefined;
  let key: Type | undefined;
  let mode: Operand['mode'] = 'variable';
  let length = -1;
  for (const term of terms) {
    const u = term.type.underlying();
    let e: Type | undefined;
    let k: Type | undefined;
    let l = -1;
    if (u.kind === 'Basic' && (u.info & BasicInfo.IsString) !== 0) {
      e = Typ.byte;
      mode = 'value';
    } else if (u.kind === 'Array') {
      [e, l] = [u.elem, u.len];
      if (y.mode !== 'variable') mode = 'value';
    } else if (u.kind === 'Pointer' && u.elem.underlying().kind === 'Array') {
      const a = u.elem.underlying() as { elem: Type; len: number };
      [e, l] = [a.elem, a.len];
    } else if (u.kind === 'Slice') {
      e = u.elem;
    } else if (u.kind === 'Map') {
      [k, e] = [u.key, u.elem];
    }
    if (e === undefined) return false;
    if (elem === undefined) {
      [elem, key, length] = [e, k, l];
      continue;
    }
    if (!identical(elem, e) || (key === undefined) !== (k === undefined) || (key && k && !identical(key, k))) return false;
    if (l >= 0 && l < length) length = l; // as go/types: the smallest array length, if the first term had one
  }
  if (key !== undefined) {
    const k = expr(c, idx);
    assignment(c, k, key, 'map index');
    mode = 'mapindex';
  } else {
    checkIndex(c, idx, length);
  }
  x.mode = mode;
  x.type = elem!;
  return true;
}

/** sliceExpr checks `x[lo:hi]` and `x[lo:hi:max]`. */
export function sliceExpr(c: Checker, x: Operand, e: ast.SliceExpr): void {
  const y = expr(c, e.x);
  const indices = [e.low, e.high, e.max];
  if (y.mode === 'invalid') {
    for (const i of indices) if (i) expr(c, i);
    c.invalid(x);
    return;
  }
  let length = -1;
  let result: Type | undefined;
  // A type parameter slices through its core type, strings and byte slices counting as one (go/types' coreString).
  const u = coreString(y.type);
  if (u === undefined) {
    c.error(e.x.pos, `invalid operation: cannot slice ${c.operandStr(y)}: ${c.typeStr(y.type)} has no core type`);
    for (const i of indices) if (i) expr(c, i);
    c.invalid(x);
    return;
  }
  switch (u.kind) {
    case 'Basic':
      if ((u.info & BasicInfo.IsString) !== 0) {
        if (e.slice3) {
          c.error(e.max?.pos ?? e.pos, `invalid operation: 3-index slice of string`);
          c.invalid(x);
          return;
        }
        if (y.mode === 'constant' && y.val?.kind === 'string') length = y.val.value.length;
        if (y.type === Typ.UntypedString) convertUntyped(c, y, Typ.string);
        result = y.type;
      }
      break;
    case 'Array':
      if (y.mode !== 'variable') {
        c.error(e.pos, `invalid operation: ${c.operandStr(y)} (slice of unaddressable value)`);
        c.invalid(x);
        return;
      }
      length = u.len;
      result = new Slice(u.elem);
      break;
    case 'Pointer': {
      const a = u.elem.underlying();
      if (a.kind === 'Array') {
        length = a.len;
        result = new Slice(a.elem);
      }
      break;
    }
    case 'Slice':
      result = y.type;
      break;
    default:
      break;
  }
  if (!result) {
    c.error(e.x.pos, `invalid operation: cannot slice ${c.operandStr(y)}`);
    c.invalid(x);
    return;
  }
  const vals: number[] = [];
  for (const i of indices) {
    if (!i) continue;
    const v = checkIndex(c, i, length >= 0 ? length + 1 : -1);
    vals.push(v);
  }
  for (let i = 0; i + 1 < vals.length; i++) {
    const a = vals[i]!;
    const b = vals[i + 1]!;
    if (a >= 0 && b >= 0 && a > b) {
      c.error(e.pos, `invalid slice indices: ${b} < ${a}`);
      break;
    }
  }
  x.mode = 'value';
  x.type = result;
}

/** funcInstance checks `F[A, B]` outside a call: every type argument must be given (nothing to infer from). */
function funcInstance(c: Checker, x: Operand, e: ast.IndexExpr, sig: Signature): void {
  const targs = e.indices.map((a) => varType(c, a));
  const tps = sig.typeParams;
  if (targs.some((t) => t === Typ.Invalid)) {
    c.invalid(x);
    return;
  }
  if (targs.length > tps.length) {
    c.error(e.indices[targs.length - 1]!.pos, `got ${targs.length} type arguments but want ${tps.length}`); // as types2: at the last
    c.invalid(x);
    return;
  }
  if (targs.length < tps.length) {
    c.error(e.lbrack, `cannot infer ${tps[targs.length]!.obj.name} (${c.posString(tps[targs.length]!.obj.pos)})`);
    c.invalid(x);
    return;
  }
  if (!verifyInstance(c, tps, targs, e.indices.map((a) => a.pos))) {
    c.invalid(x);
    return;
  }
  const inst = instantiateSignature(sig, targs);
  recordInstance(c, e.x, targs, inst);
  x.mode = 'value';
  x.type = inst;
}
