// Building function values: function literals (closures), functions and methods used as values, and calls through
// function values. A function value is a MakeClosure of a function that takes a context: a literal's body is built
// as its own Function (`main.main$1`, numbered per enclosing function as go/ssa does), whose free variables hold the
// addresses of the enclosing variables it uses (captured by reference: the enclosing Alloc becomes a heap site that
// escape analysis may move back to the stack); the MakeClosure at the literal's `func` binds them. A method value
// `x.M` binds the receiver, evaluated and copied when the value is made, to a synthetic `M$bound` function; an
// interface method value binds the interface. A method expression `T.M` as a value is a synthetic `M$thunk` taking
// the receiver as its first parameter. A function or thunk used as a value is a MakeClosure without bindings. Calls
// through function values are built in call.ts.

import type * as ast from '../syntax/ast.ts';
import { NoPos } from '../syntax/source.ts';
import type { Pos } from '../syntax/source.ts';
import type { Selection } from '../types/info.ts';
import type { Func as FuncObj } from '../types/objects.ts';
import { Signature } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { FnBuilder } from './func.ts';
import { buildFuncBody } from './defer.ts';
import { selectPath } from './addr.ts';
import { methodFunction } from './generics.ts';

/** makeClosure emits the function value of fn with bindings (an allocation site when they need a context object). */
export function makeClosure(fb: FnBuilder, fn: ir.Function, bindings: ir.Value[], t: Type, pos: Pos): ir.MakeClosure {
  const needsObject = bindings.length > 1 || (bindings.length === 1 && !isDirectIface(bindings[0]!.type, fb.st.prog.sizes));
  return b.emit<ir.MakeClosure>(fb.block, { kind: 'MakeClosure', fn, bindings, heap: needsObject, escape: undefined, pos, type: t });
}

/** funcLit builds a function literal: its body as a new Function with a context, then the closure binding it. */
export function funcLit(fb: FnBuilder, e: ast.FuncLit): ir.Value {
  const t = fb.typeOf(e);
  const sig = t.underlying() as Signature;
  const n = ++fb.closures;
  const fn = b.newFunction(fb.fn.pkg, `${fb.fn.name}$${n}`, `${fb.fn.qualifiedName}$${n}`, sig, e.pos);
  fn.hasContext = true;
  const inner = new FnBuilder(fb.st, fn, fb.info, fb.smap);
  inner.parent = fb;
  inner.reassigned = fb.reassigned;
  buildFuncBody(inner, e.type, undefined, e.body);
  const bindings = inner.captures.map((c) => (c.byValue ? fb.load(c.outer, e.pos) : c.outer));
  return makeClosure(fb, fn, bindings, t, e.pos);
}

/** funcValue makes the function value of a declared function (no context of its own: codegen wraps it). */
export function funcValue(fb: FnBuilder, fn: ir.Function, t: Type, pos: Pos): ir.Value {
  return makeClosure(fb, fn, [], t, pos);
}

/** synthetic creates a compiler-made function in pkg (a bound method or a thunk), cached by name. */
function synthetic(fb: FnBuilder, key: string, make: () => ir.Function): ir.Function {
  let fn = fb.st.synthetic.get(key);
  if (!fn) {
    fn = make();
    fb.st.synthetic.set(key, fn);
  }
  return fn;
}

/** forward emits the body of a synthetic function: call target with args and return its results. */
function forward(fn: ir.Function, call: (blk: ir.BasicBlock) => ir.Value): void {
  const blk = b.newBlock(fn, 'entry');
  const r = call(blk);
  const n = fn.signature.results.length;
  const results = n === 0 ? [] : n === 1 ? [r] : fn.signature.results.vars.map((_, i) => b.emitExtract(blk, r, i, NoPos));
  b.emitReturn(blk, results);
}

/** plainSig returns sig without its receiver (the type of a method value). */
function plainSig(sig: Signature): Signature {
  return new Signature(undefined, sig.params, sig.results, sig.variadic);
}

/**
 * methodValue builds `x.M` as a value: the receiver is evaluated now (through embedded fields, with the implicit &
 * or * the method needs) and bound to a synthetic function that calls M on it.
 */
export function methodValue(fb: FnBuilder, e: ast.SelectorExpr, sel: Selection, recv: ir.Value): ir.Value {
  const m = sel.obj as FuncObj;
  const t = fb.typeOf(e);
  const isIface = !m.type.recv;
  const key = `${isIface ? 'iface:' : ''}${m.fullName || m.name}@${m.pkg?.path ?? ''}:${recv.type.toString()}$bound`;
  const fn = synthetic(fb, key, () => {
    const target = isIface ? undefined : methodFunction(fb, m);
    const name = `${target?.qualifiedName ?? `${recv.type.toString()}.${m.name}`}$bound`;
    const f = b.newFunction(fb.fn.pkg, `${m.name}$bound`, name, plainSig(m.type), e.sel.pos);
    f.synthetic = 'bound method';
    f.hasContext = true;
    const fv: ir.FreeVar = { kind: 'FreeVar', name: 'recv', index: 0, parent: f, pos: NoPos, type: recv.type, referrers: [] };
    f.freeVars.push(fv);
    forward(f, (blk) => {
      const type = b.callResultType(m.type);
      if (isIface) return b.emit<ir.Invoke>(blk, { kind: 'Invoke', x: fv, method: m, args: f.params, pos: NoPos, type });
      return b.emitCall(blk, target!, [fv, ...f.params], type, NoPos);
    });
    return f;
  });
  // Making the value of an interface method fails at once for a nil interface (a value receiver behind a nil pointer
  // fails in the load that reads it; a pointer receiver may be nil).
  if (recv.type.underlying().kind === 'Interface') fb.nilCheck(recv, e.sel.pos);
  return makeClosure(fb, fn, [recv], t, e.sel.pos);
}

/**
 * methodExprValue builds `T.M` (or `(*T).M`, `I.M`) as a value: a thunk whose first parameter is the receiver,
 * loaded when M has a value receiver and T is a pointer, or invoked for an interface.
 */
export function methodExprValue(fb: FnBuilder, e: ast.SelectorExpr, sel: Selection, recvType: Type): ir.Value {
  const m = sel.obj as FuncObj;
  const t = fb.typeOf(e);
  const sig = t.underlying() as Signature;
  const key = `${m.fullName || m.name}@${m.pkg?.path ?? ''}:${recvType.toString()}$thunk`;
  const fn = synthetic(fb, key, () => {
    const target = m.type.recv ? methodFunction(fb, m) : undefined;
    const name = `${recvType.toString()}.${m.name}$thunk`;
    const f = b.newFunction(fb.fn.pkg, `${m.name}$thunk`, name, sig, e.sel.pos);
    f.synthetic = 'method expression';
    const tb = new FnBuilder(fb.st, f, fb.info, fb.smap);
    const [r, ...rest] = f.params;
    const recv = promotedReceiver(tb, r!, sel.index.slice(0, -1), m);
    const type = b.callResultType(m.type);
    const res = !m.type.recv
      ? b.emit<ir.Invoke>(tb.block, { kind: 'Invoke', x: recv, method: m, args: rest, pos: NoPos, type })
      : b.emitCall(tb.block, target!, [recv, ...rest], type, NoPos);
    const n = sig.results.length;
    b.emitReturn(tb.block, n === 0 ? [] : n === 1 ? [res] : sig.results.vars.map((_, i) => b.emitExtract(tb.block, res, i, NoPos)));
    return f;
  });
  return makeClosure(fb, fn, [], t, e.sel.pos);
}

/**
 * promotedReceiver reaches method m's receiver from value v through the embedded fields of path: it takes field
 * addresses through pointers, loads embedded pointers, and loads the receiver itself when m has a value receiver.
 */
export function promotedReceiver(fb: FnBuilder, v: ir.Value, path: number[], m: FuncObj): ir.Value {
  let r = v;
  if (path.length > 0) {
    if (r.type.underlying().kind === 'Pointer') {
      r = selectPath(fb, r, path, NoPos, true);
      if (b.elemOf(r.type).underlying().kind === 'Pointer') r = fb.load(r, NoPos);
    } else r = selectPath(fb, r, path, NoPos, false);
  }
  const want = m.type.recv?.type;
  if (want && want.underlying().kind !== 'Pointer') {
    while (r.type.underlying().kind === 'Pointer') r = fb.load(r, NoPos);
  }
  return r;
}
