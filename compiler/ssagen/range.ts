// Building `for range` loops over arrays, pointers to arrays, slices, strings and maps, with Go 1.19's semantics: the
// range expression is evaluated once (an array value is copied first, so that the loop sees its elements as they
// were), `:=` declares the iteration variables once per loop, `=` assigns the (re-evaluated) left-hand sides on every
// iteration. The loop counters are stack variables that lifting turns into phis. A string is decoded one rune at a
// time: ASCII bytes inline, anything else through runtime.decoderune (invalid UTF-8 yields U+FFFD and advances one
// byte). A map is iterated through a runtime.hiter on the stack (MapRange, then MapNext per iteration).

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import { walk } from '../syntax/walk.ts';
import type { Pos } from '../syntax/source.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { expr } from './expr.ts';
import { addr } from './addr.ts';
import { assignValues, stmtList } from './stmt.ts';
import { isMapIndex, mapIterator, mapLvalue, mapStore } from './maps.ts';
import { rangeChan } from './chans.ts';

/** rangeStmt builds a for-range statement. */
export function rangeStmt(fb: FnBuilder, s: ast.RangeStmt): void {
  const label = fb.takeLabel();
  const xt = fb.typeOf(s.x).underlying();
  const loop = fb.newBlock('rangeloop');
  const body = fb.newBlock('rangebody');
  const done = fb.newBlock('rangedone');
  const vars = declareVars(fb, s);
  const assign = (k: ir.Value | undefined, v: ir.Value | undefined): void => {
    if (s.tok === '=' && s.key && s.value && k && v) {
      // `for i, x[i] = range y` assigns in parallel: both operands of the left-hand sides are evaluated first.
      const both: ast.AssignStmt = { kind: 'AssignStmt', pos: s.pos, end: s.end, lhs: [s.key, s.value], tokPos: s.tokPos, tok: '=', rhs: [] };
      assignValues(fb, both, () => [k, v]);
      return;
    }
    if (s.key && k) assignVar(fb, s, s.key, vars[0], k);
    if (s.value && v) assignVar(fb, s, s.value, vars[1], v);
  };
  if (xt.kind === 'Map') rangeMap(fb, s, loop, body, done, assign);
  else if (xt.kind === 'Basic') rangeString(fb, s, loop, body, done, assign);
  else if (xt.kind === 'Array' || xt.kind === 'Slice' || xt.kind === 'Pointer') rangeIndexed(fb, s, xt, loop, body, done, assign);
  else if (xt.kind === 'Chan') rangeChan(fb, s, loop, body, done, assign);
  else {
    fb.unsupported(s.x.pos, `range over ${xt.kind.toLowerCase()}`);
    return;
  }
  fb.targets.push({ label, breakTo: done, continueTo: loop });
  stmtList(fb, s.body.list);
  fb.targets.pop();
  fb.jump(loop);
  fb.block = done;
}

type Assign = (k: ir.Value | undefined, v: ir.Value | undefined) => void;

/** declareVars makes the iteration variables of a `:=` range (undefined entries for blanks and for `=`). */
function declareVars(fb: FnBuilder, s: ast.RangeStmt): (ir.Alloc | undefined)[] {
  if (s.tok !== ':=') return [undefined, undefined];
  return [s.key, s.value].map((e) => {
    if (!e || e.kind !== 'Ident') return undefined;
    const obj = fb.info.defs.get(e);
    return obj?.kind === 'Var' && e.name !== '_' ? fb.local(obj, e.pos) : undefined;
  });
}

function assignVar(fb: FnBuilder, s: ast.RangeStmt, lhs: ast.Expr, declared: ir.Alloc | undefined, v: ir.Value): void {
  if (declared) {
    fb.store(declared, v, lhs.pos);
    return;
  }
  const x = unparen(lhs);
  if (s.tok !== '=' || (x.kind === 'Ident' && x.name === '_')) return;
  if (isMapIndex(fb, x)) mapStore(fb, mapLvalue(fb, x), v);
  else fb.store(addr(fb, x, false), v, s.tokPos);
}

/** hasCallOrRecv reports whether e has a non-constant function call or a channel receive in it. */
function hasCallOrRecv(fb: FnBuilder, e: ast.Expr): boolean {
  let found = false;
  walk(e, (n) => {
    if (found || n.kind === 'FuncLit') return false;
    if (n.kind === 'UnaryExpr' && n.op === '<-') found = true;
    else if (n.kind === 'CallExpr' && fb.tv(n)?.value === undefined && fb.tv(n.fun)?.mode !== 'typexpr') found = true;
    return !found;
  });
  return found;
}

/** counter allocates an int loop counter initialised to `start`. */
function counter(fb: FnBuilder, start: number, pos: Pos): ir.Alloc {
  const c = b.emitAlloc(fb.block, Typ.int, false, 'rangeindex', pos);
  b.emitStore(fb.block, c, b.constInt(Typ.int, start), pos);
  return c;
}

/** rangeIndexed iterates the indices of an array, a pointer to an array or a slice. */
function rangeIndexed(
  fb: FnBuilder,
  s: ast.RangeStmt,
  xt: Type,
  loop: ir.BasicBlock,
  body: ir.BasicBlock,
  done: ir.BasicBlock,
  assign: Assign,
): void {
  const pos = s.tokPos || s.pos;
  const wantValue = s.value !== undefined && !(unparen(s.value).kind === 'Ident' && (unparen(s.value) as ast.Ident).name === '_');
  const arr = xt.kind === 'Array' ? xt : xt.kind === 'Pointer' ? xt.elem.underlying() : undefined;
  let base: ir.Value | undefined;
  let length: ir.Value;
  if (arr?.kind === 'Array') {
    // A constant length: x is only evaluated when an element is needed (a copy of an array value), or when the spec
    // says len(x) is not constant (x has a function call or a receive in it), for its effects.
    length = b.constInt(Typ.int, arr.len);
    if (xt.kind === 'Pointer' || wantValue || hasCallOrRecv(fb, s.x)) {
      const x = expr(fb, s.x);
      if (xt.kind === 'Pointer') base = x;
      else if (wantValue) {
        const copy = b.emitAlloc(fb.block, x.type, false, 'rangecopy', s.x.pos);
        fb.store(copy, x, s.x.pos);
        base = copy;
      }
    }
  } else {
    base = expr(fb, s.x);
    length = b.emitCall(fb.block, b.builtinValue('len'), [base], Typ.int, pos);
  }
  const idx = counter(fb, -1, pos);
  fb.jump(loop);
  fb.block = loop;
  const i = b.emitBinOp(fb.block, '+', fb.load(idx, pos), b.constInt(Typ.int, 1), Typ.int, pos);
  b.emitStore(fb.block, idx, i, pos);
  b.emitIf(fb.block, b.emitBinOp(fb.block, '<', i, length, Typ.bool, pos), body, done, pos);
  fb.block = body;
  const v = wantValue && base ? fb.load(b.emitIndexAddr(fb.block, base, i, pos), pos) : undefined;
  assign(i, v);
}

/** rangeString iterates the runes of a string: (byte offset, rune). */
function rangeString(fb: FnBuilder, s: ast.RangeStmt, loop: ir.BasicBlock, body: ir.BasicBlock, done: ir.BasicBlock, assign: Assign): void {
  const pos = s.tokPos || s.pos;
  const str = fb.convertTo(expr(fb, s.x), Typ.string, s.x.pos);
  const length = b.emitCall(fb.block, b.builtinValue('len'), [str], Typ.int, pos);
  const next = counter(fb, 0, pos);
  const rune = b.emitAlloc(fb.block, Typ.rune, false, 'rune', pos);
  fb.jump(loop);
  fb.block = loop;
  const k = fb.load(next, pos);
  b.emitIf(fb.block, b.emitBinOp(fb.block, '<', k, length, Typ.bool, pos), body, done, pos);
  fb.block = body;
  const c = b.emitIndex(fb.block, str, k, pos);
  const ascii = fb.newBlock('rangestring.ascii');
  const multi = fb.newBlock('rangestring.decode');
  const decoded = fb.newBlock('rangestring.decoded');
  b.emitIf(fb.block, b.emitBinOp(fb.block, '<', c, b.constInt(Typ.uint8, 0x80), Typ.bool, pos), ascii, multi, pos);
  fb.block = ascii;
  b.emitStore(fb.block, rune, b.emitConvert(fb.block, c, Typ.rune, pos), pos);
  b.emitStore(fb.block, next, b.emitBinOp(fb.block, '+', k, b.constInt(Typ.int, 1), Typ.int, pos), pos);
  fb.jump(decoded);
  fb.block = multi;
  const decode = fb.runtimeFunc('decoderune', pos);
  if (decode) {
    const r = b.emitCall(fb.block, decode, [str, k], b.callResultType(decode.signature), pos);
    b.emitStore(fb.block, rune, b.emitExtract(fb.block, r, 0, pos), pos);
    b.emitStore(fb.block, next, b.emitExtract(fb.block, r, 1, pos), pos);
  }
  fb.jump(decoded);
  fb.block = decoded;
  assign(k, fb.load(rune, pos));
}

/** rangeMap iterates the entries of a map. */
function rangeMap(fb: FnBuilder, s: ast.RangeStmt, loop: ir.BasicBlock, body: ir.BasicBlock, done: ir.BasicBlock, assign: Assign): void {
  const pos = s.tokPos || s.pos;
  const m = expr(fb, s.x);
  const mt = m.type.underlying();
  const it = mapIterator(fb, pos);
  b.emit<ir.MapRange>(fb.block, { kind: 'MapRange', map: m, iter: it, pos });
  fb.jump(loop);
  fb.block = loop;
  const kt = mt.kind === 'Map' ? mt.key : Typ.Invalid;
  const vt = mt.kind === 'Map' ? mt.elem : Typ.Invalid;
  const type = b.tupleOf([Typ.bool, kt, vt]);
  const n = b.emit<ir.MapNext>(fb.block, { kind: 'MapNext', map: m, iter: it, pos, type });
  b.emitIf(fb.block, b.emitExtract(fb.block, n, 0, pos), body, done, pos);
  fb.block = body;
  assign(b.emitExtract(fb.block, n, 1, pos), b.emitExtract(fb.block, n, 2, pos));
}
