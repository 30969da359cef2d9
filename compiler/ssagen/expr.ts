// Expression building: turns a Go expression into an IR Value in the current block. Constants come from the checker's
// recorded values (never re-evaluated); `&&`/`||` become control flow (a Phi at the join, or direct branches in
// condition context, see cond()); addressable operands are loaded from their address (addr.ts); calls, conversions
// and builtins are in call.ts; composite literals are built into a fresh Alloc (complit below) so that a literal never
// writes piecewise into a variable it also reads.

import type * as ast from '../syntax/ast.ts';
import { assertNever } from '../diag.ts';
import { unparen } from '../syntax/ast.ts';
import { NoPos } from '../syntax/source.ts';
import type { Pos } from '../syntax/source.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { isUntypedType } from './func.ts';
import { addr, isAddressable, selectPath } from './addr.ts';
import { buildCall, methodReceiver } from './call.ts';
import { funcLit, funcValue, methodExprValue, methodValue } from './closures.ts';
import { funcRef, functionOf, selection } from './generics.ts';
import { compareMixed, isInterface, typeAssertExpr } from './ifaces.ts';
import { mapIndex, mapLit } from './maps.ts';
import { recvExpr } from './chans.ts';
import { sliceExpr, sliceLit } from './slices.ts';
import { concat, isStringType, stringOperand } from './strings.ts';

/** expr builds e and returns its value (a Const for constant expressions). */
export function expr(fb: FnBuilder, e: ast.Expr): ir.Value {
  const tv = fb.tv(e);
  if (tv?.value && tv.value.kind !== 'unknown') return fb.constValue(tv.value, tv.type);
  return expr0(fb, e);
}

function bad(fb: FnBuilder, e: ast.Expr, what: string): ir.Value {
  fb.unsupported(e.pos, what);
  return b.zeroConst(fb.typeOf(e));
}

function expr0(fb: FnBuilder, e: ast.Expr): ir.Value {
  switch (e.kind) {
    case 'ParenExpr':
      return expr(fb, e.x);
    case 'Ident':
      return ident(fb, e);
    case 'BasicLit':
      return bad(fb, e, 'literal without a constant value');
    case 'UnaryExpr':
      return unary(fb, e);
    case 'StarExpr':
      return fb.load(expr(fb, e.x), e.pos);
    case 'BinaryExpr':
      return binary(fb, e);
    case 'CallExpr':
      return buildCall(fb, e);
    case 'SelectorExpr':
      return selector(fb, e);
    case 'IndexExpr':
      return index(fb, e);
    case 'CompositeLit': {
      const t = fb.typeOf(e);
      const k = t.underlying().kind;
      if (k === 'Slice') return sliceLit(fb, e, t);
      if (k === 'Map') return mapLit(fb, e, t);
      const a = b.emitAlloc(fb.block, t, false, 'complit', e.lbrace);
      if (!complit(fb, a, e)) return b.zeroConst(t);
      return fb.load(a, e.pos);
    }
    case 'FuncLit':
      return funcLit(fb, e);
    case 'SliceExpr':
      return sliceExpr(fb, e);
    case 'TypeAssertExpr':
      return typeAssertExpr(fb, e, false);
    case 'KeyValueExpr':
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
    case 'Ellipsis':
    case 'BadExpr':
      return bad(fb, e, `${e.kind} as a value`);
    default:
      return assertNever(e, 'expression');
  }
}

function ident(fb: FnBuilder, e: ast.Ident): ir.Value {
  const obj = fb.objectOf(e);
  if (!obj) return bad(fb, e, `identifier ${e.name} without an object`);
  switch (obj.kind) {
    case 'Nil':
      return b.zeroConst(fb.typeOf(e));
    case 'Var':
      return fb.load(addr(fb, e, false), e.pos);
    case 'Func': {
      const f = functionOf(fb, obj, e);
      if (!f) return bad(fb, e, `function ${obj.name}`);
      return funcValue(fb, f, fb.typeOf(e), e.pos);
    }
    case 'Const':
      return fb.constValue(obj.value, obj.type);
    case 'TypeName':
    case 'PkgName':
    case 'Builtin':
    case 'Label':
      return bad(fb, e, `${obj.kind} ${e.name} as a value`);
    default:
      return assertNever(obj, 'object');
  }
}

function unary(fb: FnBuilder, e: ast.UnaryExpr): ir.Value {
  switch (e.op) {
    case '&': {
      const x = unparen(e.x);
      if (x.kind === 'CompositeLit') {
        // &T{...}: a heap allocation reported at the `&`.
        const a = b.emitAlloc(fb.block, fb.typeOf(x), true, 'complit', e.pos);
        complit(fb, a, x);
        return a;
      }
      return addr(fb, x, true);
    }
    case '+':
      return expr(fb, e.x);
    case '-':
    case '^':
    case '!': {
      const t = fb.typeOf(e);
      const x = fb.convertTo(expr(fb, e.x), t, e.pos);
      return b.emitUnOp(fb.block, e.op, x, t, e.pos);
    }
    case '<-':
      return recvExpr(fb, e, false);
    case '~':
      return bad(fb, e, '~ outside a constraint');
    default:
      return assertNever(e.op, 'unary operator');
  }
}

/** isShift reports whether an operator is a shift. */
function isShift(op: ast.BinaryOp): op is '<<' | '>>' {
  return op === '<<' || op === '>>';
}

function binary(fb: FnBuilder, e: ast.BinaryExpr): ir.Value {
  if (e.op === '&&' || e.op === '||') return logical(fb, e);
  if (e.op === '+' && isStringType(fb.typeOf(e))) return concat(fb, e);
  if (isComparison(e.op)) return comparison(fb, e as ArithExpr);
  // A left-deep chain (a + b + c + ...) is walked with a loop, not one recursion per term, so that generated code
  // with thousands of terms builds; operands are still evaluated left to right.
  const chain: ArithExpr[] = [e as ArithExpr];
  for (let x = e.x; isChainLink(fb, x); x = x.x) chain.push(x);
  let v = expr(fb, chain[chain.length - 1]!.x);
  for (let i = chain.length - 1; i >= 0; i--) v = binaryStep(fb, chain[i]!, v);
  return v;
}

/** ArithExpr is a binary expression whose operator is not `&&` or `||` (those become control flow). */
type ArithExpr = ast.BinaryExpr & { op: Exclude<ast.BinaryOp, '&&' | '||'> };

/** isChainLink reports whether x continues a left-deep chain: a non-constant, non-logical binary expression. */
function isChainLink(fb: FnBuilder, x: ast.Expr): x is ArithExpr {
  if (x.kind !== 'BinaryExpr' || x.op === '&&' || x.op === '||') return false;
  const v = fb.tv(x)?.value;
  return !v || v.kind === 'unknown';
}

/** binaryStep builds `x op e.y` where x is the already-built value of e.x. */
function binaryStep(fb: FnBuilder, e: ArithExpr, xv: ir.Value): ir.Value {
  const t = fb.typeOf(e);
  if (isShift(e.op)) {
    const x = fb.convertTo(xv, t, e.opPos);
    let y = expr(fb, e.y);
    if (isUntypedConst(y)) y = fb.convertTo(y, Typ.uint, e.opPos);
    return b.emitBinOp(fb.block, e.op, x, y, t, e.opPos);
  }
  if (isComparison(e.op)) return compareValues(fb, e, xv, stringOperand(fb, e.y));
  const x = fb.convertTo(xv, t, e.opPos);
  const y = fb.convertTo(expr(fb, e.y), t, e.opPos);
  return b.emitBinOp(fb.block, e.op, x, y, t, e.opPos);
}

/** isComparison reports whether op is a comparison operator. */
function isComparison(op: ast.BinaryOp): op is '==' | '!=' | '<' | '<=' | '>' | '>=' {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/** comparison builds `x op y`; operands that are `string(b)` conversions share b's bytes. */
function comparison(fb: FnBuilder, e: ArithExpr): ir.Value {
  return compareValues(fb, e, stringOperand(fb, e.x, [e.y]), stringOperand(fb, e.y));
}

/**
 * compareValues compares two built operands. They share one type (a constant or nil side takes the other side's
 * type), except an interface compared with a concrete value, which is tested without boxing (compareMixed).
 */
function compareValues(fb: FnBuilder, e: ArithExpr, xv: ir.Value, yv: ir.Value): ir.Value {
  const t = boolResult(fb.typeOf(e));
  const xt = fb.typeOf(e.x);
  const yt = fb.typeOf(e.y);
  const xConst = fb.tv(e.x)?.value !== undefined || isUntypedConst(xv) || isUntypedType(fb.tv(e.x)?.type);
  const yConst = fb.tv(e.y)?.value !== undefined || isUntypedConst(yv) || isUntypedType(fb.tv(e.y)?.type);
  if ((e.op === '==' || e.op === '!=') && !xConst && !yConst && isInterface(xt) !== isInterface(yt)) {
    const r = isInterface(xt) ? compareMixed(fb, e.op, xv, yv, e.opPos) : compareMixed(fb, e.op, yv, xv, e.opPos);
    return fb.convertTo(r, t, e.opPos);
  }
  const opType = xConst ? yt : xt;
  const x = fb.convertTo(xv, opType, e.opPos);
  const y = fb.convertTo(yv, opType, e.opPos);
  return b.emitBinOp(fb.block, e.op, x, y, t, e.opPos);
}

function boolResult(t: Type): Type {
  return t.kind === 'Basic' && t.name === 'untyped bool' ? Typ.bool : t;
}

function isUntypedConst(v: ir.Value): boolean {
  return v.kind === 'Const' && v.type.kind === 'Basic' && v.type.name.startsWith('untyped');
}

/** logical builds `x && y` / `x || y` as a value: branch on x, evaluate y only when needed, merge with a Phi. */
function logical(fb: FnBuilder, e: ast.BinaryExpr): ir.Value {
  const t = boolResult(fb.typeOf(e));
  const rhs = fb.newBlock('binop.rhs');
  const done = fb.newBlock('binop.done');
  const short = e.op === '&&' ? b.constOf(t, { kind: 'bool', value: false }) : b.constOf(t, { kind: 'bool', value: true });
  cond(fb, e.x, e.op === '&&' ? rhs : done, e.op === '&&' ? done : rhs);
  // Every edge into done so far comes from the short-circuit side.
  fb.block = rhs;
  const y = fb.convertTo(expr(fb, e.y), t, e.opPos);
  const shortEdges = done.preds.length;
  fb.jump(done);
  fb.block = done;
  const edges = done.preds.map((_, i) => (i >= shortEdges ? y : short));
  return b.emitPhi(done, edges, t, e.op, e.opPos);
}

/**
 * cond builds a boolean expression in condition context: control goes to t when it is true and f otherwise, with
 * `&&`, `||` and `!` turned directly into branches (no Phi), as go/ssa's cond does.
 */
export function cond(fb: FnBuilder, e: ast.Expr, t: ir.BasicBlock, f: ir.BasicBlock): void {
  const x = unparen(e);
  const tv = fb.tv(x);
  if (x.kind === 'BinaryExpr' && (x.op === '&&' || x.op === '||') && !tv?.value) {
    const mid = fb.newBlock(x.op === '&&' ? 'cond.true' : 'cond.false');
    if (x.op === '&&') cond(fb, x.x, mid, f);
    else cond(fb, x.x, t, mid);
    fb.block = mid;
    cond(fb, x.y, t, f);
    return;
  }
  if (x.kind === 'UnaryExpr' && x.op === '!' && !tv?.value) {
    cond(fb, x.x, f, t);
    return;
  }
  const v = fb.convertTo(expr(fb, x), boolResult(fb.typeOf(x)), x.pos);
  b.emitIf(fb.block, v, t, f, x.pos);
}

function selector(fb: FnBuilder, e: ast.SelectorExpr): ir.Value {
  const sel = selection(fb, e);
  if (!sel) {
    // A qualified identifier pkg.Name. A function used as a value takes the type the checker records for the whole
    // selector expression (the identifier after the dot has none).
    const obj = fb.objectOf(e.sel);
    if (obj?.kind !== 'Func') return ident(fb, e.sel);
    const f = functionOf(fb, obj, e.sel);
    return f ? funcValue(fb, f, fb.typeOf(e), e.pos) : bad(fb, e, `function ${obj.name}`);
  }
  if (sel.kind === 'MethodVal') return methodValue(fb, e, sel, methodReceiver(fb, e, sel));
  if (sel.kind === 'MethodExpr') return methodExprValue(fb, e, sel, fb.typeOf(e.x));
  if (isAddressable(fb, e)) return fb.load(addr(fb, e, false), e.sel.pos);
  // A field of a non-addressable struct value (or through pointers): walk the embedding path.
  return selectPath(fb, expr(fb, e.x), sel.index, e.sel.pos, false);
}

function index(fb: FnBuilder, e: ast.IndexExpr): ir.Value {
  const ref = fb.tv(e)?.mode === 'value' ? funcRef(fb, e) : undefined;
  if (ref) {
    // An explicit instantiation F[int] as a function value.
    const f = functionOf(fb, ref.obj, ref.id);
    return f ? funcValue(fb, f, fb.typeOf(e), e.pos) : bad(fb, e, `function ${ref.obj.name}`);
  }
  if (e.indices.length !== 1) return bad(fb, e, 'generic instantiation');
  const xt = fb.typeOf(e.x).underlying();
  if (xt.kind === 'Slice') return fb.load(addr(fb, e, false), e.lbrack);
  if (xt.kind === 'Map') return mapIndex(fb, e, false);
  if (xt.kind === 'Array') {
    if (isAddressable(fb, e.x)) return fb.load(addr(fb, e, false), e.lbrack);
    const x = expr(fb, e.x);
    return b.emitIndex(fb.block, x, indexValue(fb, e.indices[0]!), e.lbrack);
  }
  if (xt.kind === 'Pointer' && xt.elem.underlying().kind === 'Array') return fb.load(addr(fb, e, false), e.lbrack);
  if (xt.kind === 'Basic' && (xt.name === 'string' || xt.name === 'untyped string')) {
    const x = fb.convertTo(expr(fb, e.x), Typ.string, e.pos);
    return b.emitIndex(fb.block, x, indexValue(fb, e.indices[0]!), e.lbrack);
  }
  if (xt.kind === 'Signature') return bad(fb, e, 'generic instantiation');
  return bad(fb, e, `indexing ${xt.kind.toLowerCase()} values`);
}

/** indexValue builds an index operand; an untyped constant index becomes an int. */
export function indexValue(fb: FnBuilder, e: ast.Expr): ir.Value {
  const v = expr(fb, e);
  return isUntypedConst(v) ? fb.convertTo(v, Typ.int, e.pos) : v;
}

/**
 * complit stores the elements of composite literal e into the fresh (zeroed) variable at addr. Only elements that
 * are written appear; nested literals are built in place. Returns false when the literal's type is unsupported.
 */
export function complit(fb: FnBuilder, at: ir.Value, e: ast.CompositeLit): boolean {
  const t = b.elemOf(at.type);
  const u = t.underlying();
  if (u.kind === 'Struct') {
    e.elts.forEach((elt, i) => {
      let field = i;
      let val = elt;
      if (elt.kind === 'KeyValueExpr') {
        const key = elt.key;
        field = key.kind === 'Ident' ? u.fields.findIndex((f) => f.name === key.name) : -1;
        val = elt.value;
      }
      if (field < 0 || field >= u.fields.length) {
        fb.unsupported(elt.pos, 'composite literal element');
        return;
      }
      if (u.fields[field]!.name === '_') {
        expr(fb, val); // a blank field stays zero, as with gc; its value is still evaluated
        return;
      }
      const fa = b.emitFieldAddr(fb.block, at, field, elt.pos);
      storeElem(fb, fa, val);
    });
    return true;
  }
  if (u.kind === 'Array') {
    let next = 0;
    for (const elt of e.elts) {
      let val = elt;
      if (elt.kind === 'KeyValueExpr') {
        const k = fb.tv(elt.key)?.value;
        if (k?.kind !== 'int') {
          fb.unsupported(elt.key.pos, 'non-constant array literal index');
          continue;
        }
        next = Number(k.value);
        val = elt.value;
      }
      if (next < 0 || next >= u.len) {
        fb.unsupported(elt.pos, 'array literal index out of range');
        break;
      }
      const ia = b.emitIndexAddr(fb.block, at, b.constInt(Typ.int, next), elt.pos);
      storeElem(fb, ia, val);
      next++;
    }
    return true;
  }
  if (u.kind === 'Slice' || u.kind === 'Map') {
    fb.store(at, u.kind === 'Slice' ? sliceLit(fb, e, t) : mapLit(fb, e, t), e.pos);
    return true;
  }
  fb.unsupported(e.pos, `composite literal of ${u.kind.toLowerCase()} type`);
  return false;
}

/** storeElem stores one element of a composite literal at elemAddr, building a nested literal in place. */
export function storeElem(fb: FnBuilder, elemAddr: ir.Value, val: ast.Expr): void {
  const v = unparen(val);
  const et = b.elemOf(elemAddr.type);
  const ek = et.underlying().kind;
  if (v.kind === 'CompositeLit' && (ek === 'Struct' || ek === 'Array' || ek === 'Slice' || ek === 'Map')) {
    complit(fb, elemAddr, v);
    return;
  }
  if (v.kind === 'CompositeLit' && !v.type && ek === 'Pointer') {
    // An elided &T in a literal of pointers: `[]*T{{...}}` — a heap allocation at the inner literal.
    const a = b.emitAlloc(fb.block, b.elemOf(et), true, 'complit', v.lbrace);
    complit(fb, a, v);
    fb.store(elemAddr, a, v.pos);
    return;
  }
  fb.store(elemAddr, expr(fb, val), val.pos);
}

/** exprTo builds e and converts it to type t (assignment context). */
export function exprTo(fb: FnBuilder, e: ast.Expr, t: Type, pos: Pos = NoPos): ir.Value {
  return fb.convertTo(expr(fb, e), t, pos || e.pos);
}
