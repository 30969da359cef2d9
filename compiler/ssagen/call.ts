// Calls: conversions `T(x)`, builtins (println/print as Calls of a Builtin with default-typed arguments, len, new as a
// heap Alloc at the `new`, panic as a Panic terminator), static function calls and method calls with value or pointer
// receivers (auto `&` marks the receiver variable heap, auto `*` loads). Calls carry the position of their `(`.
// Function values, interface methods and variadic calls are not supported yet.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Func as FuncObj } from '../types/objects.ts';
import { Tuple, Typ } from '../types/types.ts';
import type { Signature } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { defaultType } from '../types/predicates.ts';
import type { FnBuilder } from './func.ts';
import { expr } from './expr.ts';
import { addr, baseAddr, isAddressable, pathHasPointer, selectPath } from './addr.ts';

const emptyTuple = new Tuple([]);

function bad(fb: FnBuilder, e: ast.Expr, what: string): ir.Value {
  fb.unsupported(e.pos, what);
  return b.zeroConst(fb.typeOf(e));
}

/** buildCall builds a call expression, a conversion or a builtin call, returning its value. */
export function buildCall(fb: FnBuilder, e: ast.CallExpr): ir.Value {
  const fun = unparen(e.fun);
  const ftv = fb.tv(fun);
  if (ftv?.mode === 'typexpr') return conversion(fb, e);
  if (ftv?.mode === 'builtin' || (fun.kind === 'Ident' && fb.objectOf(fun)?.kind === 'Builtin')) return builtin(fb, e, fun);
  if (e.ellipsis) return bad(fb, e, 'variadic calls');

  // Static function: f(...) or pkg.F(...).
  const fnObj = staticCallee(fb, fun);
  if (fnObj) {
    const callee = fb.st.funcs.get(fnObj);
    if (!callee) return bad(fb, e, `call of ${fnObj.name}`);
    if (callee.signature.variadic) return bad(fb, e, 'variadic calls');
    const args = buildArgs(fb, e, callee.signature);
    return b.emitCall(fb.block, callee, args, b.callResultType(callee.signature), e.lparen);
  }

  // Method call: x.M(...).
  if (fun.kind === 'SelectorExpr') {
    const sel = fb.info.selections.get(fun);
    if (sel?.kind === 'MethodVal' && sel.obj.kind === 'Func') {
      const m = sel.obj;
      if (fb.typeOf(fun.x).underlying().kind === 'Interface') return bad(fb, e, 'interfaces');
      const callee = fb.st.funcs.get(m);
      if (!callee) return bad(fb, e, `call of method ${m.name}`);
      if (callee.signature.variadic) return bad(fb, e, 'variadic calls');
      const recv = receiver(fb, fun, sel.index, m);
      const args = [recv, ...buildArgs(fb, e, callee.signature)];
      return b.emitCall(fb.block, callee, args, b.callResultType(callee.signature), e.lparen);
    }
    if (sel?.kind === 'MethodExpr' && sel.obj.kind === 'Func') return methodExprCall(fb, e, sel.obj, sel.index);
  }
  return bad(fb, e, 'calls of function values');
}

/**
 * methodExprCall builds `T.M(recv, args)` / `(*T).M(recv, args)` as a static call of the method; a value method
 * called through `(*T).M` loads the receiver first.
 */
function methodExprCall(fb: FnBuilder, e: ast.CallExpr, m: FuncObj, index: number[]): ir.Value {
  const callee = fb.st.funcs.get(m);
  if (!callee) return bad(fb, e, `call of method ${m.name}`);
  if (index.length > 1) return bad(fb, e, 'method expressions of promoted methods');
  if (callee.signature.variadic || e.ellipsis) return bad(fb, e, 'variadic calls');
  const recvType = m.type.recv?.type ?? Typ.Invalid;
  const types = [recvType, ...callee.signature.params.vars.map((v) => v.type)];
  // The arguments: one per parameter (receiver first), or one multi-value call spread over all of them.
  let vals: ir.Value[] = e.args.map((a) => expr(fb, a));
  const only = vals[0];
  if (vals.length === 1 && types.length > 1 && only?.type.kind === 'Tuple') {
    vals = types.map((_, i) => b.emitExtract(fb.block, only, i, e.lparen));
  }
  if (vals.length !== types.length) return bad(fb, e, 'method expression call with the wrong number of arguments');
  if (vals[0]!.type.underlying().kind === 'Pointer' && recvType.underlying().kind !== 'Pointer') {
    vals[0] = fb.load(vals[0]!, e.lparen);
  }
  const args = vals.map((v, i) => fb.convertTo(v, types[i]!, e.lparen));
  return b.emitCall(fb.block, callee, args, b.callResultType(callee.signature), e.lparen);
}

function staticCallee(fb: FnBuilder, fun: ast.Expr): FuncObj | undefined {
  if (fun.kind === 'Ident') {
    const o = fb.objectOf(fun);
    return o?.kind === 'Func' ? o : undefined;
  }
  if (fun.kind === 'SelectorExpr' && !fb.info.selections.has(fun)) {
    const o = fb.objectOf(fun.sel);
    return o?.kind === 'Func' ? o : undefined;
  }
  return undefined;
}

/**
 * receiver computes a method call's receiver argument: walks embedded fields (index path without its last entry),
 * takes the address for a pointer method on an addressable value (marking the variable heap: `v.PtrMethod()` is
 * `(&v).PtrMethod()`), or loads through a pointer for a value method.
 */
function receiver(fb: FnBuilder, fun: ast.SelectorExpr, index: number[], m: FuncObj): ir.Value {
  const recvType = m.type.recv?.type ?? Typ.Invalid;
  const wantPtr = recvType.kind === 'Pointer' || recvType.underlying().kind === 'Pointer';
  const path = index.slice(0, -1);
  const xt = fb.typeOf(fun.x).underlying();
  if (wantPtr) {
    let base: ir.Value;
    // Through an embedded pointer the receiver is that pointer's target: x's own address does not escape.
    const viaPtr = pathHasPointer(xt, path);
    if (xt.kind === 'Pointer') base = expr(fb, fun.x);
    else if (isAddressable(fb, fun.x)) base = addr(fb, fun.x, !viaPtr);
    else if (viaPtr) base = baseAddr(fb, fun.x, false)!;
    else {
      fb.unsupported(fun.pos, 'pointer method on a non-addressable value');
      return b.zeroConst(recvType);
    }
    if (path.length === 0) return base;
    let a = selectPath(fb, base, path, fun.sel.pos, true);
    // a is the address of the embedded field; if the field is itself a pointer, the receiver is its value.
    if (b.elemOf(a.type).underlying().kind === 'Pointer') a = fb.load(a, fun.sel.pos);
    return a;
  }
  let v: ir.Value;
  if (path.length === 0) v = expr(fb, fun.x);
  else if (isAddressable(fb, fun.x) || xt.kind === 'Pointer') {
    const base = xt.kind === 'Pointer' ? expr(fb, fun.x) : addr(fb, fun.x, false);
    v = selectPath(fb, base, path, fun.sel.pos, true);
  } else v = selectPath(fb, expr(fb, fun.x), path, fun.sel.pos, false);
  // v is either the receiver value or a pointer to it: load until it has the receiver's type.
  while (v.type.underlying().kind === 'Pointer' && recvType.underlying().kind !== 'Pointer') v = fb.load(v, fun.sel.pos);
  return v;
}

/** buildArgs builds call arguments converted to the parameter types; `f(g())` spreads g's results. */
function buildArgs(fb: FnBuilder, e: ast.CallExpr, sig: Signature): ir.Value[] {
  const params = sig.params.vars.map((v) => v.type);
  if (e.args.length === 1 && params.length > 1) {
    const t = expr(fb, e.args[0]!);
    if (t.type.kind === 'Tuple') return params.map((pt, i) => fb.convertTo(b.emitExtract(fb.block, t, i, e.lparen), pt, e.lparen));
  }
  return e.args.map((a, i) => fb.convertTo(expr(fb, a), params[i] ?? Typ.Invalid, a.pos));
}

function conversion(fb: FnBuilder, e: ast.CallExpr): ir.Value {
  const t = fb.typeOf(e);
  const arg = e.args[0];
  if (!arg) return bad(fb, e, 'conversion without an argument');
  const tv = fb.tv(e);
  if (tv?.value && tv.value.kind !== 'unknown') return fb.constValue(tv.value, t);
  const x = expr(fb, arg);
  const tu = t.underlying();
  const xu = x.type.underlying();
  if (tu.kind === 'Interface') return bad(fb, e, 'interfaces');
  if (tu.kind === 'Slice' || xu.kind === 'Slice') return bad(fb, e, 'slices');
  if (tu.kind === 'Basic' && tu.name === 'string' && !(xu.kind === 'Basic' && xu.name === 'string')) {
    return bad(fb, e, 'conversion to string');
  }
  if (x.kind === 'Const' && x.value) return b.constOf(t, x.value);
  return b.emitConvert(fb.block, x, t, e.lparen);
}

function builtin(fb: FnBuilder, e: ast.CallExpr, fun: ast.Expr): ir.Value {
  const obj = fun.kind === 'Ident' ? fb.objectOf(fun) : fun.kind === 'SelectorExpr' ? fb.objectOf(fun.sel) : undefined;
  if (obj?.kind !== 'Builtin') return bad(fb, e, 'builtin call');
  switch (obj.id) {
    case 'println':
    case 'print': {
      const args = e.args.map((a) => {
        const v = expr(fb, a);
        const t = v.type.kind === 'Basic' && v.type.name === 'untyped nil' ? Typ.UnsafePointer : defaultType(v.type);
        return fb.convertTo(v, t, a.pos);
      });
      return b.emitCall(fb.block, b.builtinValue(obj.id), args, emptyTuple, e.lparen);
    }
    case 'len':
    case 'cap': {
      const tv = fb.tv(e);
      if (tv?.value && tv.value.kind !== 'unknown') return fb.constValue(tv.value, Typ.int);
      const arg = e.args[0]!;
      const u = fb.typeOf(arg).underlying();
      if (obj.id === 'len' && u.kind === 'Basic' && u.name === 'string') {
        const v = fb.convertTo(expr(fb, arg), Typ.string, arg.pos);
        return b.emitCall(fb.block, b.builtinValue('len'), [v], Typ.int, e.lparen);
      }
      if (u.kind === 'Array' || (u.kind === 'Pointer' && u.elem.underlying().kind === 'Array')) {
        const at = u.kind === 'Array' ? u : u.elem.underlying();
        return b.constInt(Typ.int, at.kind === 'Array' ? at.len : 0);
      }
      const what = u.kind === 'Map' ? 'maps' : u.kind === 'Slice' ? 'slices' : u.kind === 'Chan' ? 'channels' : `${obj.id} of ${u.kind.toLowerCase()}`;
      return bad(fb, e, what);
    }
    case 'new': {
      const t = fb.typeOf(e);
      const elem = t.kind === 'Pointer' ? t.elem : Typ.Invalid;
      // Reported at the '(' as gc and TinyGo do (`new(T)` escapes at the call's lparen).
      return b.emitAlloc(fb.block, elem, true, 'new', e.lparen);
    }
    case 'panic': {
      const arg = e.args[0];
      const v = arg ? expr(fb, arg) : b.zeroConst(Typ.Invalid);
      const pv = fb.convertTo(v, defaultType(v.type), e.lparen);
      if (pv.type.underlying().kind === 'Interface') return bad(fb, e, 'interfaces');
      b.emitPanic(fb.block, pv, e.lparen);
      fb.startUnreachable();
      return b.zeroConst(emptyTuple);
    }
    default:
      return bad(fb, e, `builtin ${obj.id}`);
  }
}
