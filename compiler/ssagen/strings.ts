// Building string operations: concatenation (one Concat for a whole `a + b + c` chain, as gc's concatstrings), the
// conversions between string and []byte / []rune / rune (StrConv allocation sites at the conversion's `(`), and the
// contexts in which `string(b)` needs no copy at all — an operand of a comparison, a map lookup key or a
// concatenation operand only reads the bytes while the expression is evaluated, so it shares b's memory (gc's
// slicebytetostringtmp), provided nothing evaluated after it in the expression can change b.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { isUntypedType } from './func.ts';
import { expr } from './expr.ts';
import { walk } from '../syntax/walk.ts';

/** isStringType reports whether t's underlying type is string (typed or untyped). */
export function isStringType(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.name === 'string' || u.name === 'untyped string');
}

/** isByteOrRuneSlice returns 'bytes' or 'runes' for a []byte / []rune type (named or not), else undefined. */
function sliceKind(t: Type): 'bytes' | 'runes' | undefined {
  const u = t.underlying();
  if (u.kind !== 'Slice') return undefined;
  const e = u.elem.underlying();
  if (e.kind !== 'Basic') return undefined;
  if (e.name === 'uint8') return 'bytes';
  if (e.name === 'int32') return 'runes';
  return undefined;
}

/** strConv emits a StrConv allocation site (share=false). */
function strConv(fb: FnBuilder, op: ir.StrConvOp, x: ir.Value, t: Type, pos: Pos): ir.StrConv {
  return b.emit<ir.StrConv>(fb.block, { kind: 'StrConv', op, x, share: false, heap: true, escape: undefined, pos, type: t });
}

/**
 * stringConversion builds the conversion of x to t when it is one between strings and byte or rune slices, or an
 * integer to a string; undefined for every other conversion.
 */
export function stringConversion(fb: FnBuilder, x: ir.Value, t: Type, pos: Pos): ir.Value | undefined {
  const to = sliceKind(t);
  if (to && isStringType(x.type)) {
    const s = fb.convertTo(x, isUntypedType(x.type) ? Typ.string : x.type, pos);
    return strConv(fb, to === 'bytes' ? 'string->bytes' : 'string->runes', s, t, pos);
  }
  if (!isStringType(t)) return undefined;
  const from = sliceKind(x.type);
  if (from) return strConv(fb, from === 'bytes' ? 'bytes->string' : 'runes->string', x, t, pos);
  const xu = x.type.underlying();
  if (xu.kind === 'Basic' && (xu.info & 2) /* IsInteger */) return strConv(fb, 'rune->string', x, t, pos);
  return undefined;
}

/**
 * sharedString builds `string(b)` with b a byte slice as a conversion that copies nothing (the caller only reads the
 * result while the expression is evaluated); undefined when e is not such a conversion.
 */
export function sharedString(fb: FnBuilder, e: ast.Expr): ir.Value | undefined {
  const x = unparen(e);
  if (x.kind !== 'CallExpr' || x.args.length !== 1 || x.ellipsis !== 0) return undefined;
  if (fb.tv(x.fun)?.mode !== 'typexpr' || !isStringType(fb.typeOf(x))) return undefined;
  if (fb.tv(x)?.value) return undefined;
  const arg = x.args[0]!;
  if (sliceKind(fb.typeOf(arg)) !== 'bytes') return undefined;
  const v = expr(fb, arg);
  return b.emit<ir.StrConv>(fb.block, {
    kind: 'StrConv',
    op: 'bytes->string',
    x: v,
    share: true,
    heap: false,
    escape: undefined,
    pos: x.lparen,
    type: fb.typeOf(x),
  });
}

/**
 * stringOperand builds an operand that is only read while its expression is evaluated: a `string(b)` shares b's
 * bytes when nothing evaluated after it (the `later` expressions) can change them — a call, a receive or an
 * assignment-like operation could (gc's issue 24937).
 */
export function stringOperand(fb: FnBuilder, e: ast.Expr, later: ast.Expr[] = []): ir.Value {
  return (later.every((x) => isPure(fb, x)) ? sharedString(fb, e) : undefined) ?? expr(fb, e);
}

/** isPure reports whether evaluating e can write no memory: no call (conversions are fine), no receive. */
export function isPure(fb: FnBuilder, e: ast.Expr): boolean {
  let pure = true;
  walk(e, (n) => {
    if (!pure || n.kind === 'FuncLit') return false;
    if (n.kind === 'UnaryExpr' && n.op === '<-') pure = false;
    if (n.kind === 'CallExpr' && fb.tv(n.fun)?.mode !== 'typexpr') pure = false;
    return pure;
  });
  return pure;
}

/** concatOperands flattens a left-deep `a + b + c` chain of non-constant string additions into its operands. */
function concatOperands(fb: FnBuilder, e: ast.BinaryExpr): ast.Expr[] {
  const out: ast.Expr[] = [e.y];
  let x = unparen(e.x);
  while (x.kind === 'BinaryExpr' && x.op === '+' && !fb.tv(x)?.value) {
    out.push(x.y);
    x = unparen(x.x);
  }
  out.push(x);
  return out.reverse();
}

/** concat builds a string concatenation chain as one Concat at the first `+`. */
export function concat(fb: FnBuilder, e: ast.BinaryExpr): ir.Value {
  const t = fb.typeOf(e);
  const ops = concatOperands(fb, e);
  const args = ops.map((x, i) => fb.convertTo(stringOperand(fb, x, ops.slice(i + 1)), Typ.string, x.pos));
  let first = e;
  for (let x = unparen(e.x); x.kind === 'BinaryExpr' && x.op === '+' && !fb.tv(x)?.value; x = unparen(x.x)) first = x;
  return concatValues(fb, args, t, first.opPos);
}

/**
 * concatValues emits a Concat of string values (all of type string) with result type t. Constant empty operands are
 * dropped: with one operand left there is nothing to concatenate, and nothing to allocate.
 */
export function concatValues(fb: FnBuilder, args: ir.Value[], t: Type, pos: Pos): ir.Value {
  const isEmpty = (v: ir.Value): boolean => v.kind === 'Const' && v.value?.kind === 'string' && v.value.value === '';
  const parts = args.filter((v) => !isEmpty(v));
  if (parts.length <= 1) return fb.convertTo(parts[0] ?? b.constString(''), t, pos);
  const c = b.emit<ir.Concat>(fb.block, { kind: 'Concat', args: parts, heap: true, escape: undefined, pos, type: Typ.string });
  return fb.convertTo(c, t, pos);
}
