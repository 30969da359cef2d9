// Building slices: slice expressions, slice literals, make, append, copy, and the implicit slice of a variadic call.
// Allocation sites carry the user's position: a slice literal's backing array is a heap Alloc of `[n]T` at its `{`
// (go/ssa builds literals the same way: an array allocation, element stores, then a Slice of it), so escape analysis
// treats it like any `&T{}`; make and append are MakeSlice and Append instructions at their `(`; a variadic call's
// implicit slice is a `[n]T` Alloc at the first variadic argument. Slicing an addressable array takes its address.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { ArrayType, Slice as SliceType, Typ } from '../types/types.ts';
import type { Signature, Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { isUntypedType } from './func.ts';
import { addr } from './addr.ts';
import { expr, indexValue, storeElem } from './expr.ts';
import { makeMap } from './maps.ts';
import { makeChan } from './chans.ts';

/** sliceExpr builds `x[low:high:max]` of a slice, string, array (through its address) or pointer to array. */
export function sliceExpr(fb: FnBuilder, e: ast.SliceExpr): ir.Value {
  const xt = fb.typeOf(e.x).underlying();
  let x: ir.Value;
  if (xt.kind === 'Array') x = addr(fb, e.x, true);
  else if (xt.kind === 'Basic') x = fb.convertTo(expr(fb, e.x), isUntypedType(xt) ? Typ.string : fb.typeOf(e.x), e.pos);
  else x = expr(fb, e.x);
  const bound = (v: ast.Expr | undefined): ir.Value | undefined => (v ? indexValue(fb, v) : undefined);
  const low = bound(e.low);
  const high = bound(e.high);
  const max = bound(e.max);
  const s = b.emitSlice(fb.block, x, low, high, max, e.lbrack);
  // The result has the expression's type (a named slice type stays named; a string slice of a named string too).
  const t = fb.typeOf(e);
  return t.kind === 'Basic' && t.name === 'Invalid' ? s : fb.convertTo(s, t, e.lbrack);
}

/** literalLength returns the length of an array or slice literal: its highest index plus one. */
export function literalLength(fb: FnBuilder, e: ast.CompositeLit): number {
  let next = 0;
  let len = 0;
  for (const elt of e.elts) {
    if (elt.kind === 'KeyValueExpr') {
      const k = fb.tv(elt.key)?.value;
      if (k?.kind === 'int') next = Number(k.value);
    }
    next++;
    len = Math.max(len, next);
  }
  return len;
}

/**
 * sliceLit builds a slice literal: a new `[n]T` array (a heap Alloc at the `{`, which escape analysis may move to the
 * stack) holding the elements, sliced whole.
 */
export function sliceLit(fb: FnBuilder, e: ast.CompositeLit, t: Type): ir.Value {
  const u = t.underlying();
  if (u.kind !== 'Slice') return b.zeroConst(t);
  const arr = b.emitAlloc(fb.block, new ArrayType(u.elem, literalLength(fb, e)), true, 'slicelit', e.lbrace);
  let next = 0;
  for (const elt of e.elts) {
    let val = elt;
    if (elt.kind === 'KeyValueExpr') {
      const k = fb.tv(elt.key)?.value;
      if (k?.kind === 'int') next = Number(k.value);
      val = elt.value;
    }
    storeElem(fb, b.emitIndexAddr(fb.block, arr, b.constInt(Typ.int, next), elt.pos), val);
    next++;
  }
  return fb.convertTo(b.emitSlice(fb.block, arr, undefined, undefined, undefined, e.lbrace), t, e.lbrace);
}

/** makeCall builds `make(T, args...)` for a slice or map type (channels come with goroutines). */
export function makeCall(fb: FnBuilder, e: ast.CallExpr): ir.Value {
  const t = fb.typeOf(e);
  const u = t.underlying();
  if (u.kind === 'Map') return makeMap(fb, t, e.args[1] ? indexValue(fb, e.args[1]) : undefined, e.lparen);
  if (u.kind === 'Chan') return makeChan(fb, t, e.args[1] ? indexValue(fb, e.args[1]) : undefined, e.lparen);
  if (u.kind !== 'Slice') {
    fb.unsupported(e.pos, `make of ${u.kind.toLowerCase()}`);
    return b.zeroConst(t);
  }
  const len = indexValue(fb, e.args[1]!);
  const cap = e.args[2] ? indexValue(fb, e.args[2]) : len;
  return b.emit<ir.MakeSlice>(fb.block, { kind: 'MakeSlice', len, cap, heap: true, escape: undefined, pos: e.lparen, type: t });
}

/**
 * appendCall builds `append(s, x...)`: one Append instruction (an allocation site for the growth). `append(s)` is s;
 * with `...` the single extra argument is a slice or, for a byte slice, a string.
 */
export function appendCall(fb: FnBuilder, e: ast.CallExpr): ir.Value {
  const t = fb.typeOf(e);
  const u = t.underlying();
  const elem = u.kind === 'Slice' ? u.elem : Typ.Invalid;
  const { vals, pos } = argValues(fb, e);
  const x = fb.convertTo(vals[0]!, t, e.lparen);
  let args: ir.Value[];
  const spread = e.ellipsis !== 0;
  if (spread) {
    const y = vals[1]!;
    const yu = y.type.underlying();
    args = [yu.kind === 'Basic' ? fb.convertTo(y, isUntypedType(yu) ? Typ.string : y.type, e.lparen) : y];
  } else {
    args = vals.slice(1).map((a, i) => fb.convertTo(a, elem, pos[i + 1] ?? e.lparen));
  }
  if (!spread && args.length === 0) return x;
  return b.emit<ir.Append>(fb.block, { kind: 'Append', x, args, spread, heap: true, escape: undefined, pos: e.lparen, type: t });
}

/**
 * callArgs converts a call's argument values to a signature's parameter types. For a variadic signature called
 * without `...`, the trailing arguments become a new slice — a `[n]T` array Alloc at the first of them (nil when
 * there are none).
 */
export function callArgs(fb: FnBuilder, vals: ir.Value[], argPos: Pos[], sig: Signature, ellipsis: boolean, pos: Pos): ir.Value[] {
  const params = sig.params.vars.map((v) => v.type);
  if (!sig.variadic || ellipsis) return vals.map((v, i) => fb.convertTo(v, params[i] ?? Typ.Invalid, argPos[i] ?? pos));
  const fixed = params.length - 1;
  const out = vals.slice(0, fixed).map((v, i) => fb.convertTo(v, params[i]!, argPos[i] ?? pos));
  const st = params[fixed]!;
  const su = st.underlying();
  const elem = su.kind === 'Slice' ? su.elem : Typ.Invalid;
  const extra = vals.slice(fixed);
  if (extra.length === 0) {
    out.push(b.zeroConst(st));
    return out;
  }
  const at = argPos[fixed] ?? pos;
  const arr = b.emitAlloc(fb.block, new ArrayType(elem, extra.length), true, 'varargs', at);
  extra.forEach((v, k) => {
    fb.store(b.emitIndexAddr(fb.block, arr, b.constInt(Typ.int, k), argPos[fixed + k] ?? at), v, argPos[fixed + k] ?? at);
  });
  out.push(fb.convertTo(b.emitSlice(fb.block, arr, undefined, undefined, undefined, at), st, at));
  return out;
}

/** argValues builds a call's arguments, spreading a single multi-value call `f(g())` into its results. */
export function argValues(fb: FnBuilder, e: ast.CallExpr): { vals: ir.Value[]; pos: Pos[] } {
  const only = e.args.length === 1 ? unparen(e.args[0]!) : undefined;
  if (only && fb.tv(only)?.type?.kind === 'Tuple') {
    const t = expr(fb, only);
    const vals = t.type.kind === 'Tuple' ? t.type.vars.map((_, i) => b.emitExtract(fb.block, t, i, e.lparen)) : [t];
    return { vals, pos: vals.map(() => only.pos) };
  }
  return { vals: e.args.map((a) => expr(fb, a)), pos: e.args.map((a) => a.pos) };
}

/** sliceOf returns the slice type []elem. */
export function sliceOf(elem: Type): SliceType {
  return new SliceType(elem);
}
