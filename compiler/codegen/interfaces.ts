// Lowering of interfaces. An interface value is `{i8* type, i8* data}`: the dynamic type's descriptor (typedesc.ts;
// nil for a nil interface) and a data word that holds the value itself when it fits in a pointer (isDirectIface),
// else points to a copy (the MakeInterface allocation site's memory: heap or stack).
//
// Method calls use whole-program dispatch, TinyGo's way, rather than per-type method tables: every type ever boxed is
// known from the IR (the MakeInterface instructions), so each interface method (by name and signature) gets one
// dispatcher function that compares the type word with the descriptors of the boxed types that have the method and
// calls the concrete method directly, reaching the receiver through embedded fields. The same whole-program list
// gives, per interface type, a function deciding whether a dynamic type implements it (type assertions and
// switches) and one naming the first missing method (for gc's panic message). On AVR this keeps RAM free of method
// tables (constant data is copied to RAM there): the dispatch code lives in flash.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { findMethod, methodKey, nilWrapperPanics, typeKey } from '../../ir/methods.ts';
import { completeInterface } from '../types/interfaces.ts';
import type { Func as FuncObj } from '../types/objects.ts';
import type { Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import { kindOf } from './typedesc.ts';
import type { FnCtx } from './func.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { callRuntime, runtimeFunction } from './runtimecalls.ts';

/** Interfaces holds the whole-program facts of one module's interface lowering and the functions made from them. */
export class Interfaces {
  private boxedList: Type[] | undefined;
  private fnByObj: Map<FuncObj, ir.Function> | undefined;
  private readonly dispatchers = new Map<string, { fn: llvm.Function; method: FuncObj }>();
  private readonly implementers = new Map<string, { fn: llvm.Function; iface: Type }>();
  private readonly missing = new Map<string, { fn: llvm.Function; iface: Type }>();

  constructor(private readonly g: Codegen) {}

  /** boxed lists every type converted to an interface anywhere in the program, once each, in program order. */
  boxed(): Type[] {
    if (this.boxedList) return this.boxedList;
    if (this.g.prog.boxedTypes) return (this.boxedList = this.g.prog.boxedTypes);
    const seen = new Set<string>();
    const out: Type[] = [];
    for (const fn of allFunctions(this.g.prog))
      for (const b of fn.blocks)
        for (const i of b.instrs) {
          if (i.kind !== 'MakeInterface') continue;
          const k = typeKey(i.x.type);
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(i.x.type);
        }
    return (this.boxedList = out);
  }

  /**
   * haveBoxed is the intrinsic runtime.haveBoxed(kind): the constant saying whether a type of that kind (a constant
   * argument) is ever converted to an interface in the program.
   */
  haveBoxed(kind: ir.Value): llvm.Value {
    const k = kind.kind === 'Const' && kind.value?.kind === 'int' ? Number(kind.value.value) : -1;
    const has = k < 0 || this.boxed().some((t) => kindOf(t) === k);
    return has ? llvm.ConstantInt.getTrue(this.g.ctx) : llvm.ConstantInt.getFalse(this.g.ctx);
  }

  /** irFunction returns the IR function of a declared function or method object. */
  irFunction(obj: FuncObj): ir.Function | undefined {
    if (!this.fnByObj) {
      this.fnByObj = new Map();
      for (const fn of allFunctions(this.g.prog)) if (fn.object) this.fnByObj.set(fn.object, fn);
    }
    return this.fnByObj.get(obj);
  }

  /** typecode returns the i8* descriptor pointer of a type: the type word of an interface holding it. */
  typecode(t: Type): llvm.Constant {
    return llvm.ConstantExpr.getBitCast(this.g.descs.descriptor(t), this.g.types.i8ptr);
  }

  /**
   * dispatcher returns the function that calls interface method m on a dynamic value: its parameters are the data
   * word, m's parameters and the type word; its body is written by finish().
   */
  dispatcher(m: FuncObj): llvm.Function {
    const key = methodKey(m);
    const existing = this.dispatchers.get(key);
    if (existing) return existing.fn;
    const g = this.g;
    const params = [g.types.i8ptr, ...m.type.params.vars.map((p) => g.types.paramType(p.type)), g.types.i8ptr];
    const ty = llvm.FunctionType.get(g.llvmType(m.type.results), params, false);
    const fn = g.declareFunction(`interface:${m.name}${key.slice(key.indexOf(m.name) + m.name.length)}#${this.dispatchers.size}`, ty, m.type.results.length === 0, true).fn;
    this.dispatchers.set(key, { fn, method: m });
    return fn;
  }

  /** implementsFn returns `func(typ i8*) bool`: whether a dynamic type implements interface type iface. */
  implementsFn(iface: Type): llvm.Function {
    return this.perInterface(this.implementers, iface, 'implements', this.g.types.i1);
  }

  /** missingFn returns `func(typ i8*) string`: the first method of iface a non-implementing dynamic type lacks. */
  missingFn(iface: Type): llvm.Function {
    return this.perInterface(this.missing, iface, 'missing', this.g.types.stringType);
  }

  private perInterface(m: Map<string, { fn: llvm.Function; iface: Type }>, iface: Type, what: string, ret: llvm.Type): llvm.Function {
    const key = typeKey(iface);
    const existing = m.get(key);
    if (existing) return existing.fn;
    const ty = llvm.FunctionType.get(ret, [this.g.types.i8ptr], false);
    const fn = this.g.declareFunction(`${what}:${m.size}`, ty, false, true).fn;
    m.set(key, { fn, iface });
    return fn;
  }

  /** finish writes the bodies of every dispatcher and per-interface function created while lowering. */
  finish(): void {
    // Writing a dispatcher may create another (a method promoted from an embedded interface): loop until done.
    const done = new Set<string>();
    for (let again = true; again; ) {
      again = false;
      for (const [k, d] of [...this.dispatchers]) {
        if (done.has(k)) continue;
        done.add(k);
        again = true;
        this.writeDispatcher(d.fn, d.method);
      }
    }
    for (const { fn, iface } of this.implementers.values()) this.writeImplements(fn, iface);
    for (const { fn, iface } of this.missing.values()) this.writeMissing(fn, iface);
  }

  /** implementations returns the boxed types whose method set has m (same name and signature), with the selection. */
  private implementations(m: FuncObj): { t: Type; sel: NonNullable<ReturnType<typeof findMethod>> }[] {
    const sigKey = typeKey(m.type);
    const out: { t: Type; sel: NonNullable<ReturnType<typeof findMethod>> }[] = [];
    for (const t of this.boxed()) {
      if (t.underlying().kind === 'Interface') continue;
      const sel = findMethod(t, m.name, m.pkg);
      if (sel && typeKey(sel.fn.type) === sigKey) out.push({ t, sel });
    }
    return out;
  }

  private writeDispatcher(fn: llvm.Function, m: FuncObj): void {
    const g = this.g;
    const b = new llvm.IRBuilder(g.ctx);
    const nparams = m.type.params.length;
    const data = fn.getArg(0);
    const args = Array.from({ length: nparams }, (_, i) => fn.getArg(i + 1));
    const tc = fn.getArg(nparams + 1);
    const entry = llvm.BasicBlock.Create(g.ctx, 'entry', fn);
    b.SetInsertPoint(entry);
    const slot = b.CreateAlloca(g.types.i8ptr);
    b.CreateStore(data, slot);
    for (const { t, sel } of this.implementations(m)) {
      const hit = llvm.BasicBlock.Create(g.ctx, 'case', fn);
      const next = llvm.BasicBlock.Create(g.ctx, 'next', fn);
      b.CreateCondBr(b.CreateICmpEQ(tc, this.typecode(t)), hit, next);
      b.SetInsertPoint(hit);
      this.callMethod(b, t, sel, data, slot, args, m);
      b.SetInsertPoint(next);
    }
    // Only a nil interface can get here: calling a method on it is a nil dereference.
    b.CreateCall(runtimeFunction(g, 'panicNil'), []);
    b.CreateUnreachable();
  }

  /** callMethod emits the call of the concrete method for dynamic type t and returns its result. */
  private callMethod(
    b: llvm.IRBuilder,
    t: Type,
    sel: NonNullable<ReturnType<typeof findMethod>>,
    data: llvm.Value,
    slot: llvm.Value,
    args: llvm.Value[],
    m: FuncObj,
  ): void {
    const g = this.g;
    // cur points to a value of type curT: the receiver's base, then each embedded field on the path.
    let curT: Type;
    let cur: llvm.Value;
    // mayBeNil says cur came from a pointer (the boxed one, or an embedded pointer field) and is not checked yet.
    let mayBeNil = false;
    const tu = t.underlying();
    if (t.kind === 'Pointer' || (tu.kind === 'Pointer' && t.kind !== 'Named')) {
      curT = (tu as { elem: Type }).elem;
      cur = data;
      mayBeNil = true;
    } else {
      curT = t;
      cur = isDirectIface(t, g.prog.sizes) ? slot : data;
    }
    const rt = sel.viaInterface ? undefined : sel.fn.type.recv!.type;
    if (nilWrapperPanics(t, sel)) {
      // gc's wrapper of a value method for the pointer type: a nil pointer panics naming the method.
      const name = curT.kind === 'Named' ? curT.obj.name : curT.toString();
      const pkg = curT.kind === 'Named' ? curT.obj.pkg?.path : undefined;
      const msg = `value method ${pkg ? pkg + '.' : ''}${name}.${sel.fn.name} called using nil *${name} pointer`;
      this.nilGuard(b, cur, 'plainPanic', [g.stringConst(msg)]);
      mayBeNil = false;
    }
    for (const idx of sel.path) {
      const st = curT.underlying();
      if (st.kind !== 'Struct') break;
      if (mayBeNil) this.nilGuard(b, cur, 'panicNil');
      mayBeNil = false;
      const sty = g.llvmType(curT);
      cur = b.CreateInBoundsGEP(sty, b.CreateBitCast(cur, llvm.PointerType.get(sty, 0)), [
        llvm.ConstantInt.get(g.types.i32, 0, false),
        llvm.ConstantInt.get(g.types.i32, idx, false),
      ]);
      const ft = st.fields[idx]!.type;
      if (ft.kind === 'Pointer' || (ft.underlying().kind === 'Pointer' && ft.kind !== 'Named')) {
        cur = b.CreateLoad(g.llvmType(ft), cur);
        curT = (ft.underlying() as { elem: Type }).elem;
        mayBeNil = true;
      } else curT = ft;
    }
    // A value receiver reached through an embedded pointer is a dereference of that pointer.
    if (mayBeNil && rt && rt.kind !== 'Pointer') this.nilGuard(b, cur, 'panicNil');
    let result: llvm.Value;
    if (sel.viaInterface) {
      const iv = b.CreateLoad(g.llvmType(curT), b.CreateBitCast(cur, llvm.PointerType.get(g.llvmType(curT), 0)));
      const inner = this.dispatcher(sel.fn);
      result = b.CreateCall(inner, [b.CreateExtractValue(iv, [1]), ...args, b.CreateExtractValue(iv, [0])]);
    } else {
      const target = this.irFunction(sel.fn);
      const sym = target ? g.funcs.get(target.qualifiedName) : undefined;
      if (!sym) {
        g.unsupported(0, `method ${sel.fn.name} of ${t.toString()} (no body)`);
        b.CreateUnreachable();
        return;
      }
      const rty = g.llvmType(rt!);
      // A by-reference receiver is passed as the boxed value's address: the method copies it on entry.
      const recv = rt!.kind === 'Pointer'
        ? b.CreateBitCast(cur, rty)
        : g.types.byRef(rt!)
          ? b.CreateBitCast(cur, llvm.PointerType.get(rty, 0))
          : b.CreateLoad(rty, b.CreateBitCast(cur, llvm.PointerType.get(rty, 0)));
      result = b.CreateCall(sym.fn, [recv, ...args]);
    }
    if (m.type.results.length === 0) b.CreateRetVoid();
    else b.CreateRet(result);
  }

  /** nilGuard continues b in a new block when ptr is not nil, after a block that calls runtime.<panic>(args...). */
  private nilGuard(b: llvm.IRBuilder, ptr: llvm.Value, panic: 'panicNil' | 'plainPanic', args: llvm.Value[] = []): void {
    const fn = b.GetInsertBlock()!.getParent()!;
    const fail = llvm.BasicBlock.Create(this.g.ctx, 'nil', fn);
    const ok = llvm.BasicBlock.Create(this.g.ctx, 'nonnil', fn);
    b.CreateCondBr(b.CreateIsNull(ptr), fail, ok);
    b.SetInsertPoint(fail);
    b.CreateCall(runtimeFunction(this.g, panic), args);
    b.CreateUnreachable();
    b.SetInsertPoint(ok);
  }

  private writeImplements(fn: llvm.Function, iface: Type): void {
    const g = this.g;
    const b = new llvm.IRBuilder(g.ctx);
    b.SetInsertPoint(llvm.BasicBlock.Create(g.ctx, 'entry', fn));
    const tc = fn.getArg(0);
    const yes = llvm.BasicBlock.Create(g.ctx, 'yes', fn);
    for (const t of this.boxed()) {
      if (missingMethod(t, iface) !== undefined || t.underlying().kind === 'Interface') continue;
      const next = llvm.BasicBlock.Create(g.ctx, 'next', fn);
      b.CreateCondBr(b.CreateICmpEQ(tc, this.typecode(t)), yes, next);
      b.SetInsertPoint(next);
    }
    b.CreateRet(llvm.ConstantInt.getFalse(g.ctx));
    b.SetInsertPoint(yes);
    b.CreateRet(llvm.ConstantInt.getTrue(g.ctx));
  }

  private writeMissing(fn: llvm.Function, iface: Type): void {
    const g = this.g;
    const b = new llvm.IRBuilder(g.ctx);
    b.SetInsertPoint(llvm.BasicBlock.Create(g.ctx, 'entry', fn));
    const tc = fn.getArg(0);
    for (const t of this.boxed()) {
      const name = missingMethod(t, iface);
      if (name === undefined) continue;
      const hit = llvm.BasicBlock.Create(g.ctx, 'hit', fn);
      const next = llvm.BasicBlock.Create(g.ctx, 'next', fn);
      b.CreateCondBr(b.CreateICmpEQ(tc, this.typecode(t)), hit, next);
      b.SetInsertPoint(hit);
      b.CreateRet(g.stringConst(name));
      b.SetInsertPoint(next);
    }
    b.CreateRet(g.stringConst(''));
  }
}

/** missingMethod returns the first method (in sorted order) of interface type iface that t lacks, if any. */
export function missingMethod(t: Type, iface: Type): string | undefined {
  const u = iface.underlying();
  if (u.kind !== 'Interface') return undefined;
  for (const m of completeInterface(u)) {
    const sel = findMethod(t, m.name, m.pkg);
    if (!sel || typeKey(sel.fn.type) !== typeKey(m.type)) return m.name;
  }
  return undefined;
}

function allFunctions(prog: ir.Program): ir.Function[] {
  const out: ir.Function[] = [];
  for (const p of prog.packages) out.push(p.init, ...p.functions);
  return out;
}

/** isPointerShaped reports whether values of t are represented by an LLVM pointer (an i8* or a typed pointer). */
function isPointerShaped(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Pointer' || u.kind === 'Map' || u.kind === 'Chan' || (u.kind === 'Basic' && u.name === 'unsafe.Pointer');
}

/** wordOf returns the interface data word holding a direct value v of type t. */
export function wordOf(f: FnCtx, v: llvm.Value, t: Type): llvm.Value {
  const g = f.g;
  if (isPointerShaped(t)) return g.builder.CreateBitCast(v, g.types.i8ptr);
  if (g.prog.sizes.sizeof(t) === 0) return llvm.ConstantPointerNull.get(g.types.i8ptr);
  const slot = f.tempSlot(g.types.i8ptr);
  g.builder.CreateStore(llvm.ConstantPointerNull.get(g.types.i8ptr), slot);
  g.builder.CreateStore(v, typedPtr(f, slot, g.llvmType(t)));
  const word = g.builder.CreateLoad(g.types.i8ptr, slot);
  f.endTemp(slot);
  return word;
}

/** valueOfWord returns the direct value of type t held in an interface data word. */
export function valueOfWord(f: FnCtx, word: llvm.Value, t: Type): llvm.Value {
  const g = f.g;
  const ty = g.llvmType(t);
  if (isPointerShaped(t)) return g.builder.CreateBitCast(word, ty);
  if (g.prog.sizes.sizeof(t) === 0) return llvm.Constant.getNullValue(ty);
  const slot = f.tempSlot(g.types.i8ptr);
  g.builder.CreateStore(word, slot);
  const v = g.builder.CreateLoad(ty, typedPtr(f, slot, ty));
  f.endTemp(slot);
  return v;
}

/** makeIface builds the interface value {type, data} of LLVM type ty. */
function makeIface(f: FnCtx, ty: llvm.Type, tc: llvm.Value, data: llvm.Value): llvm.Value {
  const b = f.g.builder;
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(ty), tc, [0]), data, [1]);
}

/** lowerMakeInterface boxes a value: in the data word when it fits, else in the site's memory (heap or stack). */
export function lowerMakeInterface(f: FnCtx, instr: ir.MakeInterface): llvm.Value {
  const g = f.g;
  const t = instr.x.type;
  const v = f.value(instr.x);
  let data: llvm.Value;
  if (isDirectIface(t, g.prog.sizes)) data = wordOf(f, v, t);
  else if (instr.x.kind === 'Const') {
    // A constant's box is a private constant: boxed values are immutable, so every such interface can share it.
    const box = new llvm.GlobalVariable(g.module, g.llvmType(t), true, llvm.GlobalValue.LinkageTypes.PrivateLinkage, v as llvm.Constant, 'box');
    data = llvm.ConstantExpr.getBitCast(box, g.types.i8ptr);
  } else {
    const size = g.prog.sizes.sizeof(t);
    const mem = instr.heap ? heapAlloc(f, g.uintptr(size)) : stackObject(f, t);
    g.builder.CreateStore(v, typedPtr(f, mem, g.llvmType(t)));
    data = typedPtr(f, mem, g.types.i8);
  }
  return makeIface(f, g.llvmType(instr.type), g.ifaces.typecode(t), data);
}

/**
 * lowerTypeAssert emits x.(T). To a concrete type the type word must be T's descriptor; to an interface type the
 * dynamic type must implement it. The value is read only after the test succeeds (a boxed value's pointer is not
 * valid otherwise); without comma-ok a failure panics with gc's interface-conversion message.
 */
export function lowerTypeAssert(f: FnCtx, instr: ir.TypeAssert): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const T = instr.assertedType;
  const x = f.value(instr.x);
  const tc = b.CreateExtractValue(x, [0]);
  const data = b.CreateExtractValue(x, [1]);
  const tty = g.llvmType(T);
  const toIface = T.underlying().kind === 'Interface';
  const ok = toIface
    ? b.CreateCall(g.ifaces.implementsFn(T), [tc])
    : b.CreateICmpEQ(tc, g.ifaces.typecode(T));
  if (!instr.commaOk) {
    const fail = f.newBlock('typeassert.fail');
    const next = f.newBlock('typeassert.ok');
    b.CreateCondBr(ok, next, fail);
    b.SetInsertPoint(fail);
    const desc = (t: Type): llvm.Value => typedPtr(f, g.ifaces.typecode(t), g.types.i8);
    if (toIface) callRuntime(g, 'panicTypeAssertIface', [tc, desc(T), b.CreateCall(g.ifaces.missingFn(T), [tc])]);
    else callRuntime(g, 'panicTypeAssert', [tc, desc(T), desc(instr.x.type)]);
    b.SetInsertPoint(next);
    return toIface ? makeIface(f, tty, tc, data) : extractValue(f, data, T);
  }
  let v: llvm.Value;
  if (toIface) {
    v = b.CreateSelect(ok, makeIface(f, tty, tc, data), llvm.Constant.getNullValue(tty));
  } else if (isDirectIface(T, g.prog.sizes)) {
    v = b.CreateSelect(ok, valueOfWord(f, data, T), llvm.Constant.getNullValue(tty));
  } else {
    const hit = f.newBlock('typeassert.hit');
    const join = f.newBlock('typeassert.join');
    const from = b.GetInsertBlock()!;
    b.CreateCondBr(ok, hit, join);
    b.SetInsertPoint(hit);
    const loaded = extractValue(f, data, T);
    const hitEnd = b.GetInsertBlock()!;
    b.CreateBr(join);
    b.SetInsertPoint(join);
    const phi = b.CreatePHI(tty, 2);
    phi.addIncoming(llvm.Constant.getNullValue(tty), from);
    phi.addIncoming(loaded, hitEnd);
    v = phi;
  }
  const rt = g.llvmType(instr.type);
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(rt), v, [0]), ok, [1]);
}

/** extractValue reads the value of concrete type t out of an interface data word. */
function extractValue(f: FnCtx, data: llvm.Value, t: Type): llvm.Value {
  if (isDirectIface(t, f.g.prog.sizes)) return valueOfWord(f, data, t);
  const ty = f.g.llvmType(t);
  return f.g.builder.CreateLoad(ty, typedPtr(f, data, ty));
}

/** lowerInvoke emits a method call through an interface: the method's dispatcher with the data and type words. */
export function lowerInvoke(f: FnCtx, instr: ir.Invoke): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const params = instr.method.type.params.vars;
  const args = f.callArgs(instr.args, params.map((p) => p.type), g.prog.sizes.ptrSize);
  return b.CreateCall(g.ifaces.dispatcher(instr.method), [b.CreateExtractValue(x, [1]), ...args, b.CreateExtractValue(x, [0])]);
}

/** interfaceEqual compares two interface values: same dynamic type and equal values (runtime.ifaceeq). */
export function interfaceEqual(f: FnCtx, x: llvm.Value, y: llvm.Value): llvm.Value {
  return callRuntime(f.g, 'ifaceeq', [x, y]);
}
