// Calls: conversions `T(x)`, builtins (println/print as Calls of a Builtin with default-typed arguments, len/cap,
// make, append, copy, delete, complex/real/imag, unsafe's functions, new as a heap Alloc at the `new`, panic as a
// Panic terminator), static function calls and method calls with value or pointer receivers (auto `&` marks the
// receiver variable heap, auto `*` loads), method calls through interfaces (Invoke), and variadic calls (the implicit
// slice is built in slices.ts). Calls carry the position of their `(`. Function values are not supported yet.

import type * as ast from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { unparen } from '../syntax/ast.ts';
import type { BuiltinId, Func as FuncObj } from '../types/objects.ts';
import { Tuple, Typ } from '../types/types.ts';
import type { Signature, Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { defaultType } from '../types/predicates.ts';
import { emptyInterface } from '../types/universe.ts';
import type { FnBuilder } from './func.ts';
import { isUntypedType } from './func.ts';
import { expr } from './expr.ts';
import { addr, baseAddr, isAddressable, pathHasPointer, selectPath } from './addr.ts';
import { appendCall, argValues, callArgs, makeCall } from './slices.ts';
import { deletePlan } from './maps.ts';
import { promotedReceiver } from './closures.ts';
import type { Selection } from '../types/info.ts';
import { stringConversion } from './strings.ts';
import { funcRef, functionOf, methodFunction, selection } from './generics.ts';

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
  if (isBuiltinCall(fb, e)) return builtin(fb, e, fun);
  const plan = planCall(fb, e);
  return plan ? plan.emit(fb, plan.operands, e.lparen) : b.zeroConst(fb.typeOf(e));
}

/** isBuiltinCall reports whether e calls a builtin function. */
export function isBuiltinCall(fb: FnBuilder, e: ast.CallExpr): boolean {
  const fun = unparen(e.fun);
  return fb.tv(fun)?.mode === 'builtin' || (fun.kind === 'Ident' && fb.objectOf(fun)?.kind === 'Builtin');
}

/**
 * CallPlan is a call whose operands are evaluated but which is not made yet: a defer (or go) statement binds the
 * operands now and makes the call later, from another function, with free variables standing for them.
 */
export interface CallPlan {
  /** kind says what is called: a declared function or method, an interface method, a function value, a builtin. */
  kind: 'static' | 'invoke' | 'dynamic' | 'builtin';
  /** operands are the evaluated callee (when it is a value), receiver and arguments, converted to their types. */
  operands: ir.Value[];
  /** emit makes the call with ops (the plan's operands or stand-ins of the same types) in fb's current block. */
  emit: (fb: FnBuilder, ops: ir.Value[], pos: Pos) => ir.Value;
}

/** staticPlan calls fn with the operands as its arguments. */
function staticPlan(fn: ir.Function, operands: ir.Value[]): CallPlan {
  return { kind: 'static', operands, emit: (fb, ops, pos) => b.emitCall(fb.block, fn, ops, b.callResultType(fn.signature), pos) };
}

/**
 * runtimeIntrinsic returns the constant that replaces a call of one of the runtime's intrinsics: whether the program
 * calls recover anywhere (recoverEnabled), whether it has package time (timersEnabled), the target's clock in Hz
 * (cpuFrequency, so that the clock's arithmetic folds). Any other function: undefined.
 */
function runtimeIntrinsic(fb: FnBuilder, name: string, e: ast.CallExpr): ir.Value | undefined {
  switch (name) {
    case 'recoverEnabled':
      return b.constBool(fb.st.recoverUsed);
    case 'timersEnabled':
      return b.constBool(fb.st.timersUsed);
    case 'cpuFrequency':
      if (fb.st.cpuFrequency === undefined) {
        fb.st.sink.error(e.pos, 'runtime.cpuFrequency: the target has no cpu-frequency');
        return b.constInt(Typ.uint32, 0);
      }
      return b.constInt(Typ.uint32, fb.st.cpuFrequency);
  }
  return undefined;
}

/** planCall evaluates the operands of a call of a function, method or function value (not a builtin). */
export function planCall(fb: FnBuilder, e: ast.CallExpr): CallPlan | undefined {
  const fun = unparen(e.fun);
  // Static function: f(...) or pkg.F(...).
  const ref = funcRef(fb, fun);
  const fnObj = ref?.obj;
  if (fnObj && fnObj.pkg === fb.st.runtime) {
    const v = runtimeIntrinsic(fb, fnObj.name, e);
    if (v) return { kind: 'builtin', operands: [], emit: () => v };
  }
  if (fnObj) {
    const callee = functionOf(fb, fnObj, ref.id);
    if (!callee) return badPlan(fb, e, `call of ${fnObj.name}`);
    return staticPlan(callee, buildArgs(fb, e, callee.signature));
  }
  // Method call: x.M(...).
  if (fun.kind === 'SelectorExpr') {
    const sel = selection(fb, fun);
    if (sel?.kind === 'MethodVal' && sel.obj.kind === 'Func') {
      const m = sel.obj;
      if (!m.type.recv) return invokePlan(fb, e, fun, sel); // interface methods have no receiver parameter
      const callee = methodFunction(fb, m);
      if (!callee) return badPlan(fb, e, `call of method ${m.name}`);
      const recv = receiver(fb, fun, sel.index, m);
      return staticPlan(callee, [recv, ...buildArgs(fb, e, callee.signature)]);
    }
    if (sel?.kind === 'MethodExpr' && sel.obj.kind === 'Func') return methodExprPlan(fb, e, sel.obj, sel.index);
  }
  return dynamicPlan(fb, e);
}

function badPlan(fb: FnBuilder, e: ast.Expr, what: string): undefined {
  fb.unsupported(e.pos, what);
  return undefined;
}

/**
 * methodReceiver evaluates the receiver of method value x.M: for a concrete method as a call would (through
 * embedded fields, taking the address or loading as M needs), for an interface method the interface value.
 */
export function methodReceiver(fb: FnBuilder, e: ast.SelectorExpr, sel: Selection): ir.Value {
  const m = sel.obj as FuncObj;
  if (m.type.recv) return receiver(fb, e, sel.index, m);
  const x = expr(fb, e.x);
  return sel.index.length > 1 ? selectPath(fb, x, sel.index.slice(0, -1), e.sel.pos, false) : x;
}

/**
 * methodExprPlan plans `T.M(recv, args)` / `(*T).M(recv, args)` as a static call of the method (a value method called
 * through `(*T).M` loads the receiver first), and `I.M(x, args)` as an interface call on x.
 */
function methodExprPlan(fb: FnBuilder, e: ast.CallExpr, m: FuncObj, index: number[]): CallPlan | undefined {
  const fun = unparen(e.fun) as ast.SelectorExpr;
  // The arguments: the receiver first, then one per parameter (or one multi-value call spread over all of them).
  const { vals, pos } = argValues(fb, e);
  if (vals.length === 0) return badPlan(fb, e, 'method expression call without a receiver');
  const x = fb.convertTo(vals[0]!, fb.typeOf(fun.x), e.lparen);
  if (!m.type.recv) return invoke(m, [x, ...callArgs(fb, vals.slice(1), pos.slice(1), m.type, e.ellipsis !== 0, e.lparen)]);
  const callee = methodFunction(fb, m);
  if (!callee) return badPlan(fb, e, `call of method ${m.name}`);
  const r = fb.convertTo(promotedReceiver(fb, x, index.slice(0, -1), m), m.type.recv.type, e.lparen);
  return staticPlan(callee, [r, ...callArgs(fb, vals.slice(1), pos.slice(1), callee.signature, e.ellipsis !== 0, e.lparen)]);
}

/** invoke plans a call of interface method m with operands [x, args...]. */
function invoke(m: FuncObj, operands: ir.Value[]): CallPlan {
  return {
    kind: 'invoke',
    operands,
    emit: (fb, ops, pos) =>
      b.emit<ir.Invoke>(fb.block, { kind: 'Invoke', x: ops[0]!, method: m, args: ops.slice(1), pos, type: b.callResultType(m.type) }),
  };
}

/** invokePlan plans `x.M(args)` where M is selected from an interface (possibly through embedded struct fields). */
function invokePlan(fb: FnBuilder, e: ast.CallExpr, fun: ast.SelectorExpr, sel: Selection): CallPlan {
  const m = sel.obj as FuncObj;
  let x = expr(fb, fun.x);
  if (sel.index.length > 1) x = selectPath(fb, x, sel.index.slice(0, -1), fun.sel.pos, false);
  const { vals, pos } = argValues(fb, e);
  return invoke(m, [x, ...callArgs(fb, vals, pos, m.type, e.ellipsis !== 0, e.lparen)]);
}

/** dynamicPlan plans a call through a function value (which panics when nil). */
function dynamicPlan(fb: FnBuilder, e: ast.CallExpr): CallPlan | undefined {
  const f = expr(fb, e.fun);
  const sig = f.type.underlying();
  if (sig.kind !== 'Signature') return badPlan(fb, e, `call of a value of type ${f.type.toString()}`);
  const { vals, pos } = argValues(fb, e);
  const args = callArgs(fb, vals, pos, sig, e.ellipsis !== 0, e.lparen);
  return {
    kind: 'dynamic',
    operands: [f, ...args],
    emit: (fb2, ops, p) => b.emitCall(fb2.block, ops[0]!, ops.slice(1), b.callResultType(sig), p),
  };
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

/** buildArgs builds call arguments converted to the parameter types (variadic calls get their implicit slice). */
function buildArgs(fb: FnBuilder, e: ast.CallExpr, sig: Signature): ir.Value[] {
  const { vals, pos } = argValues(fb, e);
  return callArgs(fb, vals, pos, sig, e.ellipsis !== 0, e.lparen);
}

function conversion(fb: FnBuilder, e: ast.CallExpr): ir.Value {
  const t = fb.typeOf(e);
  const arg = e.args[0];
  if (!arg) return bad(fb, e, 'conversion without an argument');
  const tv = fb.tv(e);
  if (tv?.value && tv.value.kind !== 'unknown') return fb.constValue(tv.value, t);
  const x = expr(fb, arg);
  const tu = t.underlying();
  if (tu.kind === 'Interface') return fb.convertTo(x, t, e.lparen);
  const str = stringConversion(fb, x, t, e.lparen);
  if (str) return str;
  if (x.kind === 'Const' && x.value) return b.constOf(t, x.value);
  if (isUntypedType(x.type)) return fb.convertTo(fb.convertTo(x, defaultType(x.type), e.lparen), t, e.lparen);
  const c = b.emitConvert(fb.block, x, t, e.lparen);
  if (isUnsafePointer(tu) && !isUnsafePointer(x.type.underlying()) && !fromPointer(fb, arg)) c.opaque = true;
  return c;
}

const ARITH = new Set<ast.BinaryOp>(['+', '-', '*', '/', '%', '&', '|', '^', '&^']);

const isUnsafePointer = (t: Type): boolean => t.kind === 'Basic' && t.name === 'unsafe.Pointer';

/**
 * fromPointer reports whether integer expression e is computed, in itself, from an unsafe.Pointer converted to an
 * integer (`uintptr(p) + off`): the one form whose conversion back to unsafe.Pointer keeps p's provenance.
 */
function fromPointer(fb: FnBuilder, e: ast.Expr): boolean {
  switch (e.kind) {
    case 'ParenExpr':
      return fromPointer(fb, e.x);
    case 'BinaryExpr':
      if (e.op === '<<' || e.op === '>>') return fromPointer(fb, e.x);
      return ARITH.has(e.op) && (fromPointer(fb, e.x) || fromPointer(fb, e.y));
    case 'CallExpr': {
      const arg = e.args.length === 1 && fb.tv(e.fun)?.mode === 'typexpr' ? e.args[0] : undefined;
      if (!arg) return false;
      const at = fb.typeOf(arg).underlying();
      return isUnsafePointer(at) || fromPointer(fb, arg);
    }
    default:
      return false;
  }
}

function builtin(fb: FnBuilder, e: ast.CallExpr, fun: ast.Expr): ir.Value {
  const obj = fun.kind === 'Ident' ? fb.objectOf(fun) : fun.kind === 'SelectorExpr' ? fb.objectOf(fun.sel) : undefined;
  if (obj?.kind !== 'Builtin') return bad(fb, e, 'builtin call');
  const tv = fb.tv(e);
  if (tv?.value && tv.value.kind !== 'unknown') return fb.constValue(tv.value, fb.typeOf(e));
  const plan = builtinPlan(fb, e);
  if (plan) return plan.emit(fb, plan.operands, e.lparen);
  switch (obj.id) {
    case 'len':
    case 'cap':
      return lenCap(fb, e, obj.id);
    case 'new': {
      const t = fb.typeOf(e);
      const elem = t.kind === 'Pointer' ? t.elem : Typ.Invalid;
      // Reported at the '(' as gc and TinyGo do (`new(T)` escapes at the call's lparen).
      return b.emitAlloc(fb.block, elem, true, 'new', e.lparen);
    }
    case 'make':
      return makeCall(fb, e);
    case 'append':
      return appendCall(fb, e);
    case 'min':
    case 'max': {
      // Not constant: every operand is converted to the result type, then compared in order (codegen).
      const t = fb.typeOf(e);
      const args = argValues(fb, e).vals.map((v) => fb.convertTo(v, t, e.lparen));
      return b.emitCall(fb.block, b.builtinValue(obj.id), args, t, e.lparen);
    }

    case 'complex':
    case 'real':
    case 'imag': {
      const t = fb.typeOf(e);
      const args = argValues(fb, e).vals.map((v) =>
        fb.convertTo(v, obj.id === 'complex' ? complexPart(t) : isUntypedType(v.type) ? complexOf(t) : v.type, e.lparen),
      );
      return b.emitCall(fb.block, b.builtinValue(obj.id), args, t, e.lparen);
    }
    case 'Add':
    case 'Slice':
    case 'String':
    case 'StringData':
    case 'SliceData': {
      const args = e.args.map((a, i) => {
        const v = expr(fb, a);
        return isUntypedType(v.type) ? fb.convertTo(v, i === 0 ? defaultType(v.type) : Typ.int, a.pos) : v;
      });
      return b.emitCall(fb.block, b.builtinValue(obj.id), args, fb.typeOf(e), e.lparen);
    }
    default:
      return bad(fb, e, `builtin ${obj.id}`);
  }
}

/**
 * builtinPlan plans the builtins that a defer or go statement may call (print, println, panic, delete, recover, clear,
 * close, copy): their arguments are evaluated and converted now, the call made later. undefined for the other
 * builtins.
 */
export function builtinPlan(fb: FnBuilder, e: ast.CallExpr, deferred = false): CallPlan | undefined {
  const fun = unparen(e.fun);
  const obj = fun.kind === 'Ident' ? fb.objectOf(fun) : fun.kind === 'SelectorExpr' ? fb.objectOf(fun.sel) : undefined;
  if (obj?.kind !== 'Builtin') return undefined;
  const call = (id: BuiltinId, type: Type) => (fb2: FnBuilder, ops: ir.Value[], pos: Pos): ir.Value =>
    b.emitCall(fb2.block, b.builtinValue(id), ops, type, pos);
  switch (obj.id) {
    case 'println':
    case 'print': {
      const { vals, pos } = argValues(fb, e);
      const args = vals.map((v, i) => {
        const t = v.type.kind === 'Basic' && v.type.name === 'untyped nil' ? Typ.UnsafePointer : defaultType(v.type);
        return fb.convertTo(v, t, pos[i] ?? e.lparen);
      });
      return { kind: 'builtin', operands: args, emit: call(obj.id, emptyTuple) };
    }
    case 'panic': {
      const arg = e.args[0];
      const v = arg ? expr(fb, arg) : b.zeroConst(Typ.Invalid);
      return {
        kind: 'builtin',
        operands: [panicValue(fb, v, e)],
        emit: (fb2, ops, pos) => {
          b.emitPanic(fb2.block, ops[0]!, pos);
          fb2.startUnreachable();
          return b.zeroConst(emptyTuple);
        },
      };
    }
    case 'delete':
      return deletePlan(fb, e, deferred);
    case 'recover':
      return { kind: 'builtin', operands: [], emit: call('recover', fb.typeOf(e)) };
    case 'clear':
      return { kind: 'builtin', operands: [expr(fb, e.args[0]!)], emit: call('clear', emptyTuple) };
    case 'close':
      return { kind: 'builtin', operands: [expr(fb, e.args[0]!)], emit: call('close', emptyTuple) };
    case 'copy': {
      const [dst, src0] = argValues(fb, e).vals; // copy(f()) spreads f's two results
      let src = src0!;
      if (isUntypedType(src.type)) src = fb.convertTo(src, Typ.string, e.lparen);
      return { kind: 'builtin', operands: [dst!, src], emit: call('copy', Typ.int) };
    }
    default:
      return undefined;
  }
}

/** lenCap builds len(x) or cap(x) for strings, slices and maps (arrays have constant lengths). */
function lenCap(fb: FnBuilder, e: ast.CallExpr, id: 'len' | 'cap'): ir.Value {
  const arg = e.args[0]!;
  const u = fb.typeOf(arg).underlying();
  if (u.kind === 'Array' || (u.kind === 'Pointer' && u.elem.underlying().kind === 'Array')) {
    // Not a constant only when x has a call or receive in it: evaluate it for its effects.
    expr(fb, arg);
    const at = u.kind === 'Array' ? u : u.elem.underlying();
    return b.constInt(Typ.int, at.kind === 'Array' ? at.len : 0);
  }
  let v = expr(fb, arg);
  if (isUntypedType(v.type)) v = fb.convertTo(v, Typ.string, arg.pos);
  return b.emitCall(fb.block, b.builtinValue(id), [v], Typ.int, e.lparen);
}

/**
 * panicValue converts panic's argument: in a program without recover a value of a basic type (named or not) is
 * passed as it is, so that printing it needs no interface machinery; any other value becomes an `interface{}`.
 */
function panicValue(fb: FnBuilder, v: ir.Value, e: ast.CallExpr): ir.Value {
  const t = defaultType(v.type);
  if (isUntypedType(v.type) && v.kind === 'Const' && v.value === undefined) return b.zeroConst(emptyInterface);
  // With recover in the program the value may be recovered: it is always an interface{} then.
  if (t.underlying().kind === 'Basic' && !fb.st.recoverUsed) return fb.convertTo(v, t, e.lparen);
  return fb.convertTo(v, emptyInterface, e.lparen);
}

/** complexPart returns the float type of a complex type's parts. */
function complexPart(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Basic' && u.name === 'complex64' ? Typ.float32 : Typ.float64;
}

/** complexOf returns the complex type whose parts have float type t. */
function complexOf(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Basic' && u.name === 'float32' ? Typ.complex64 : Typ.complex128;
}
