// Lowering of maps onto runtime/hashmap.go. A map value is a pointer to a runtime.hashmap header; each map type gets
// one constant runtime.maptype (key and value sizes, the hashing algorithm chosen by ir/layout.ts mapAlg, and the key's
// descriptor when keys are hashed through it). make and map literals allocate the header, and for a constant hint
// the storage that hint needs, in one object at the allocation site (heap or stack); insertions that grow the map
// get new storage from the runtime. Keys are passed by address: each operation stores its key in a stack slot.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { MapAlg, mapAlg } from '../../ir/layout.ts';
import { mapHeaderSize, mapObject, stackMapHint } from '../../ir/mapabi.ts';
import { typeKey } from '../../ir/methods.ts';
import { ArrayType, Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import { extendOrTrunc } from './checks.ts';
import type { FnCtx } from './func.ts';
import { markNoHeapPath } from './heapsites.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { callRuntime } from './runtimecalls.ts';
import { classify } from './types.ts';

const mapTypes = new WeakMap<Codegen, Map<string, llvm.Constant>>();
const genericKeys = new WeakSet<Codegen>();

/** mapKV returns the key and value types of a map type. */
function mapKV(t: Type): { key: Type; elem: Type } {
  const u = t.underlying();
  return u.kind === 'Map' ? { key: u.key, elem: u.elem } : { key: Typ.Invalid, elem: Typ.Invalid };
}

/** maptype returns an i8* to the runtime.maptype constant of map type t. */
export function maptype(g: Codegen, t: Type): llvm.Constant {
  let cache = mapTypes.get(g);
  if (!cache) mapTypes.set(g, (cache = new Map()));
  const key = typeKey(t);
  const existing = cache.get(key);
  if (existing) return existing;
  const { key: kt, elem: vt } = mapKV(t);
  const goTy = g.runtimeGoType('maptype');
  if (!goTy) {
    g.unsupported(0, 'maps without the runtime package');
    return llvm.ConstantPointerNull.get(g.types.i8ptr);
  }
  const ty = g.llvmType(goTy) as llvm.StructType;
  const alg = mapAlg(kt, g.prog.sizes);
  if (alg === MapAlg.Generic) genericKeys.add(g);
  const keyDesc = alg === MapAlg.Generic ? g.descs.descriptor(kt) : llvm.ConstantPointerNull.get(g.descs.typePtr);
  const init = llvm.ConstantStruct.get(ty, [
    keyDesc,
    g.uintptr(g.prog.sizes.sizeof(kt)),
    g.uintptr(g.prog.sizes.sizeof(vt)),
    llvm.ConstantInt.get(g.types.i8, alg, false),
  ]);
  const gv = new llvm.GlobalVariable(g.module, ty, true, llvm.GlobalValue.LinkageTypes.InternalLinkage, init, `maptype#${cache.size}`);
  const ptr = llvm.ConstantExpr.getBitCast(gv, g.types.i8ptr);
  cache.set(key, ptr);
  return ptr;
}

/** lowerMakeMap allocates a map header (with the storage a constant hint needs) and initialises it. */
export function lowerMakeMap(f: FnCtx, instr: ir.MakeMap): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const sizes = g.prog.sizes;
  const mt = maptype(g, instr.type);
  const header = mapHeaderSize(sizes);
  const r = instr.reserve;
  const hint = r === undefined ? 0 : r.kind === 'Const' && r.value?.kind === 'int' ? r.value.value : undefined;
  if (hint === undefined) {
    const m = instr.heap ? heapAlloc(f, g.uintptr(header)) : stackObject(f, new ArrayType(Typ.uint8, header));
    const bits = g.types.intWidth(r!.type);
    const h = extendOrTrunc(f, f.value(r!), bits, sizes.intSize * 8, classify(r!.type) === 'int');
    markNoHeapPath(f, undefined); // mapmake allocates the storage
    callRuntime(g, 'mapmake', [m, mt, h]);
    return typedPtr(f, m, g.types.i8);
  }
  const { key, elem } = mapKV(instr.type);
  const { cap, size: total } = mapObject(sizes, sizes.sizeof(key), sizes.sizeof(elem), instr.heap ? hint : stackMapHint(hint));
  const mem = instr.heap ? heapAlloc(f, g.uintptr(total)) : stackObject(f, new ArrayType(Typ.uint8, total));
  const m = typedPtr(f, mem, g.types.i8);
  const data = cap === 0 ? llvm.ConstantPointerNull.get(g.types.i8ptr) : b.CreateInBoundsGEP(g.types.i8, m, [g.uintptr(header)]);
  callRuntime(g, 'mapinit', [m, mt, data, g.uintptr(cap)]);
  return m;
}

/**
 * withKeySlot stores a key in a temporary stack slot and passes its address (an i8*) to use, whose result it returns
 * once the slot's lifetime has ended.
 */
function withKeySlot<T>(f: FnCtx, key: ir.Value, t: Type, use: (p: llvm.Value) => T): T {
  const slot = f.tempSlot(f.g.llvmType(t));
  f.g.builder.CreateStore(f.valueAs(key, t), slot);
  const r = use(typedPtr(f, slot, f.g.types.i8));
  f.endTemp(slot);
  return r;
}

/** loadOrZero loads a value of type t from p, or yields t's zero value when p is nil. */
function loadOrZero(f: FnCtx, p: llvm.Value, t: Type): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const ty = g.llvmType(t);
  const hit = f.newBlock('map.hit');
  const join = f.newBlock('map.join');
  const from = b.GetInsertBlock()!;
  b.CreateCondBr(b.CreateIsNotNull(p), hit, join);
  b.SetInsertPoint(hit);
  const v = b.CreateLoad(ty, typedPtr(f, p, ty));
  b.CreateBr(join);
  b.SetInsertPoint(join);
  const phi = b.CreatePHI(ty, 2);
  phi.addIncoming(llvm.Constant.getNullValue(ty), from);
  phi.addIncoming(v, hit);
  return phi;
}

/** lowerLookup emits m[k] (the zero value when absent), or with comma-ok the pair (v, ok). */
export function lowerLookup(f: FnCtx, instr: ir.Lookup): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const { key, elem } = mapKV(instr.map.type);
  const p = withKeySlot(f, instr.key, key, (k) => callRuntime(g, 'mapaccess', [maptype(g, instr.map.type), f.value(instr.map), k]));
  const v = loadOrZero(f, p, elem);
  if (!instr.commaOk) return v;
  const rt = g.llvmType(instr.type);
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(rt), v, [0]), b.CreateIsNotNull(p), [1]);
}

/** lowerMapUpdate emits m[k] = v: mapassign finds (or makes) the key's value slot, which v is stored into. */
export function lowerMapUpdate(f: FnCtx, instr: ir.MapUpdate): void {
  const g = f.g;
  const { key, elem } = mapKV(instr.map.type);
  markNoHeapPath(f, instr); // mapassign grows the storage
  const p = withKeySlot(f, instr.key, key, (k) => callRuntime(g, 'mapassign', [f.value(instr.map), k]));
  const ty = g.llvmType(elem);
  g.builder.CreateStore(f.valueAs(instr.value, elem), typedPtr(f, p, ty));
}

/** lowerDelete emits delete(m, k). */
export function lowerDelete(f: FnCtx, instr: ir.Call): void {
  const { key } = mapKV(instr.args[0]!.type);
  withKeySlot(f, instr.args[1]!, key, (k) => callRuntime(f.g, 'mapdelete', [maptype(f.g, instr.args[0]!.type), f.value(instr.args[0]!), k]));
}

/** lowerMapRange emits the start of an iteration: mapiterinit(m, it). */
export function lowerMapRange(f: FnCtx, instr: ir.MapRange): void {
  callRuntime(f.g, 'mapiterinit', [f.value(instr.map), typedPtr(f, f.value(instr.iter), f.g.types.i8)]);
}

/** lowerMapNext emits one step of an iteration: (ok, key, value), the entry read only when ok. */
export function lowerMapNext(f: FnCtx, instr: ir.MapNext): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const { key, elem } = mapKV(instr.map.type);
  const it = f.value(instr.iter);
  const ok = callRuntime(g, 'mapiternext', [typedPtr(f, it, g.types.i8)]);
  const hiter = g.runtimeGoType('hiter');
  const hu = hiter?.underlying();
  const field = (name: string): llvm.Value => {
    const idx = hu?.kind === 'Struct' ? hu.fields.findIndex((x) => x.name === name) : -1;
    const hty = g.llvmType(hiter!);
    const addr = b.CreateInBoundsGEP(hty, typedPtr(f, it, hty), [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, Math.max(idx, 0), false)]);
    return b.CreateLoad(g.types.i8ptr, typedPtr(f, addr, g.types.i8ptr));
  };
  const keyPtr = b.CreateSelect(ok, field('key'), llvm.ConstantPointerNull.get(g.types.i8ptr));
  const valPtr = b.CreateSelect(ok, field('value'), llvm.ConstantPointerNull.get(g.types.i8ptr));
  const k = loadOrZero(f, keyPtr, key);
  const v = loadOrZero(f, valPtr, elem);
  const rt = g.llvmType(instr.type);
  let t = b.CreateInsertValue(llvm.UndefValue.get(rt), ok, [0]);
  t = b.CreateInsertValue(t, k, [1]);
  return b.CreateInsertValue(t, v, [2]);
}

/**
 * finishMaps tells the runtime whether any map type of the program hashes its keys through type descriptors
 * (runtime.mapGenericKeys): when none does, the variable starts false, nothing stores to it, and LLVM drops
 * typehash/typeequal and the float and interface key code from the map functions (about 2 KB on AVR).
 */
export function finishMaps(g: Codegen): void {
  if (genericKeys.has(g)) return;
  for (const [gl, gv] of g.globals) {
    if (gl.qualifiedName === 'runtime.mapGenericKeys') gv.setInitializer(llvm.ConstantInt.getFalse(g.ctx));
  }
}
