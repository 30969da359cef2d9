// Lowering of indexing and slicing: element addresses of arrays and slices, element values of array and string
// values, slice expressions over slices, strings and pointers to arrays, make, append and copy. Slices are
// `{T*, uintptr len, uintptr cap}` and strings `{i8*, uintptr len}`; Go's `int` lengths are converted at the edges
// (they differ on AVR: 32-bit int, 16-bit uintptr). Every bounds check uses gc's order and message (checks.ts). A
// backing array is allocated where the IR says: runtime.alloc for a heap site, a zeroed entry-block alloca for a
// stack site; append's growth is runtime.growslice (gc's growth formula, so caps match gc's).

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { ArrayType } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import { Bounds, boundsCheck, extendOrTrunc, intVal, nilCheck, panicBlock, uintVal, type IntVal } from './checks.ts';
import type { FnCtx } from './func.ts';
import { markNoHeapPath } from './heapsites.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { callRuntime } from './runtimecalls.ts';
import { classify } from './types.ts';

/** elemType returns the element type of a slice, array or pointer-to-array type. */
export function elemType(t: Type): Type {
  let u = t.underlying();
  if (u.kind === 'Pointer') u = u.elem.underlying();
  return u.kind === 'Slice' || u.kind === 'Array' ? u.elem : t;
}

/** ptrBits is the width of uintptr. */
function ptrBits(f: FnCtx): number {
  return f.g.prog.sizes.ptrSize * 8;
}

/** toInt converts a uintptr length to Go's int. */
export function toInt(f: FnCtx, v: llvm.Value): llvm.Value {
  return extendOrTrunc(f, v, ptrBits(f), f.g.prog.sizes.intSize * 8, false);
}

/** toUintptr converts a checked non-negative integer of `bits` bits to uintptr. */
export function toUintptr(f: FnCtx, x: IntVal): llvm.Value {
  return extendOrTrunc(f, x.v, x.bits, ptrBits(f), x.signed);
}

/** makeSliceValue builds the `{ptr, len, cap}` value of slice type t. */
export function makeSliceValue(f: FnCtx, t: Type, ptr: llvm.Value, len: llvm.Value, cap: llvm.Value): llvm.Value {
  const b = f.g.builder;
  const ty = f.g.llvmType(t);
  let v: llvm.Value = llvm.UndefValue.get(ty);
  v = b.CreateInsertValue(v, b.CreateBitCast(ptr, f.g.types.slicePointerType(t)), [0]);
  v = b.CreateInsertValue(v, len, [1]);
  return b.CreateInsertValue(v, cap, [2]);
}

/** makeStringValue builds a `{i8*, len}` string value. */
export function makeStringValue(f: FnCtx, t: Type, ptr: llvm.Value, len: llvm.Value): llvm.Value {
  const b = f.g.builder;
  let v: llvm.Value = llvm.UndefValue.get(f.g.llvmType(t));
  v = b.CreateInsertValue(v, typedPtr(f, ptr, f.g.types.i8), [0]);
  return b.CreateInsertValue(v, len, [1]);
}

/** elemAddr returns &base[i] for a pointer to elements of type et and a uintptr index. */
export function elemAddr(f: FnCtx, base: llvm.Value, et: Type, i: llvm.Value): llvm.Value {
  const ty = f.g.llvmType(et);
  return f.g.builder.CreateInBoundsGEP(ty, typedPtr(f, base, ty), [i]);
}

/** lowerIndexAddr emits &x[i] for a slice or a pointer to an array, with nil and bounds checks. */
export function lowerIndexAddr(f: FnCtx, instr: ir.IndexAddr): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const idx = intVal(f, instr.index);
  if (instr.x.type.underlying().kind === 'Slice') {
    const len = b.CreateExtractValue(x, [1]);
    boundsCheck(f, Bounds.Index, idx, uintVal(len, ptrBits(f)), true);
    return elemAddr(f, b.CreateExtractValue(x, [0]), elemType(instr.x.type), toUintptr(f, idx));
  }
  const arr = instr.x.type.underlying().kind === 'Pointer' ? (instr.x.type.underlying() as { elem: Type }).elem.underlying() : undefined;
  if (arr?.kind !== 'Array') {
    g.unsupported(instr.pos, `indexing ${instr.x.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  nilCheck(f, instr.x, x);
  boundsCheck(f, Bounds.Index, idx, uintVal(g.uintptr(arr.len), ptrBits(f), arr.len), true);
  return elemAddr(f, x, arr.elem, toUintptr(f, idx));
}

/** lowerIndex emits x[i] of an array value (a constant index extracts; else through a stack copy) or a string. */
export function lowerIndex(f: FnCtx, instr: ir.Index): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const idx = intVal(f, instr.index);
  const u = instr.x.type.underlying();
  if (classify(instr.x.type) === 'string') {
    boundsCheck(f, Bounds.Index, idx, uintVal(b.CreateExtractValue(x, [1]), ptrBits(f)), true);
    const p = b.CreateInBoundsGEP(g.types.i8, b.CreateExtractValue(x, [0]), [toUintptr(f, idx)]);
    return b.CreateLoad(g.types.i8, p);
  }
  if (u.kind !== 'Array') {
    g.unsupported(instr.pos, `indexing ${instr.x.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  boundsCheck(f, Bounds.Index, idx, uintVal(g.uintptr(u.len), ptrBits(f), u.len), true);
  if (idx.constant !== undefined) return b.CreateExtractValue(x, [Number(idx.constant)]);
  const arrTy = g.llvmType(instr.x.type);
  const slot = f.tempSlot(arrTy);
  b.CreateStore(x, slot);
  const v = b.CreateLoad(g.llvmType(instr.type), elemAddr(f, slot, u.elem, toUintptr(f, idx)));
  f.endTemp(slot);
  return v;
}

/**
 * lowerSlice emits x[low:high:max]. The checks follow gc's order — max against the capacity (or length), then high
 * against max, then low against high — each with its own message.
 */
export function lowerSlice(f: FnCtx, instr: ir.Slice): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const pb = ptrBits(f);
  const x = f.value(instr.x);
  const xu = instr.x.type.underlying();
  const isString = classify(instr.x.type) === 'string';
  let ptr: llvm.Value;
  let len: IntVal;
  let cap: IntVal;
  // lenWording is true when the limit is a length (strings, arrays): gc's "with length" messages.
  let lenWording = false;
  if (isString) {
    ptr = b.CreateExtractValue(x, [0]);
    len = uintVal(b.CreateExtractValue(x, [1]), pb);
    cap = len;
    lenWording = true;
  } else if (xu.kind === 'Slice') {
    ptr = b.CreateExtractValue(x, [0]);
    len = uintVal(b.CreateExtractValue(x, [1]), pb);
    cap = uintVal(b.CreateExtractValue(x, [2]), pb);
  } else {
    const arr = xu.kind === 'Pointer' ? xu.elem.underlying() : xu;
    const n = arr.kind === 'Array' ? arr.len : 0;
    nilCheck(f, instr.x, x);
    ptr = x;
    len = uintVal(g.uintptr(n), pb, n);
    cap = len;
    lenWording = true;
  }
  const low = instr.low ? intVal(f, instr.low) : undefined;
  let high = instr.high ? intVal(f, instr.high) : undefined;
  if (instr.max) {
    const max = intVal(f, instr.max);
    boundsCheck(f, lenWording ? Bounds.Slice3Alen : Bounds.Slice3Acap, max, cap, false);
    const hi = high ?? len;
    if (high) boundsCheck(f, Bounds.Slice3B, high, max, false);
    if (low) boundsCheck(f, Bounds.Slice3C, low, hi, false);
    high = hi;
    cap = max;
  } else {
    if (high) boundsCheck(f, lenWording ? Bounds.SliceAlen : Bounds.SliceAcap, high, cap, false);
    const hi = high ?? len;
    if (low) boundsCheck(f, Bounds.SliceB, low, hi, false);
    high = hi;
  }
  const lo = low ? toUintptr(f, low) : g.uintptr(0);
  const hiV = toUintptr(f, high);
  const et = isString ? undefined : elemType(instr.x.type);
  const newLen = b.CreateSub(hiV, lo);
  const newCap = isString ? newLen : b.CreateSub(toUintptr(f, cap), lo);
  // As gc does, an empty result keeps the base pointer: a pointer past the end of the array would point into (and,
  // to the conservative collector, keep alive) whatever follows it.
  const off = low ? b.CreateSelect(b.CreateICmpEQ(newCap, g.uintptr(0)), g.uintptr(0), lo) : lo;
  const p = isString ? b.CreateInBoundsGEP(g.types.i8, ptr, [off]) : elemAddr(f, ptr, et!, off);
  if (isString) return makeStringValue(f, instr.type, p, newLen);
  return makeSliceValue(f, instr.type, p, newLen, newCap);
}

/** lowerMakeSlice emits make([]T, len, cap): range checks as gc's makeslice, then the zeroed backing array. */
export function lowerMakeSlice(f: FnCtx, instr: ir.MakeSlice): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const et = elemType(instr.type);
  const es = g.prog.sizes.sizeof(et);
  const len = intVal(f, instr.len);
  const cap = intVal(f, instr.cap);
  // The largest capacity whose bytes fit in half the address space (so that sizes never overflow uintptr).
  const half = (1n << BigInt(ptrBits(f) - 1)) - 1n;
  const maxCap = es === 0 ? half : half / BigInt(es);
  const limit: IntVal = { v: g.constInt(g.types.uintptrType, ptrBits(f), maxCap), bits: ptrBits(f), signed: false, constant: maxCap };
  lenCapCheck(f, len, limit, 'panicMakeSliceLen');
  lenCapCheck(f, cap, limit, 'panicMakeSliceCap');
  lenCapCheck(f, len, cap, 'panicMakeSliceCap');
  const capV = toUintptr(f, cap);
  let mem: llvm.Value;
  if (instr.heap) mem = heapAlloc(f, b.CreateMul(capV, g.uintptr(es)));
  else mem = stackObject(f, new ArrayType(et, Number(cap.constant ?? 0n)));
  return makeSliceValue(f, instr.type, mem, toUintptr(f, len), capV);
}

/** lenCapCheck panics with a makeslice error unless 0 <= x <= limit. */
function lenCapCheck(f: FnCtx, x: IntVal, limit: IntVal, panic: 'panicMakeSliceLen' | 'panicMakeSliceCap' | 'panicUnsafeSliceLen'): void {
  if (x.constant !== undefined && limit.constant !== undefined && x.constant >= 0n && x.constant <= limit.constant) return;
  const g = f.g;
  const bits = Math.max(x.bits, limit.bits);
  const ok = g.builder.CreateICmpULE(
    extendOrTrunc(f, x.v, x.bits, bits, x.signed),
    extendOrTrunc(f, limit.v, limit.bits, bits, limit.signed),
  );
  const fail = panicBlock(f, panic);
  const next = f.newBlock('makeslice.ok');
  g.builder.CreateCondBr(ok, next, fail);
  g.builder.SetInsertPoint(next);
}

/**
 * lowerAppend emits append(x, args...): when the new length exceeds the capacity, runtime.growslice allocates a larger
 * array and copies the old elements; then the new elements are stored (or copied, for a spread) after the old ones.
 */
export function lowerAppend(f: FnCtx, instr: ir.Append): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const et = elemType(instr.type);
  const es = g.prog.sizes.sizeof(et);
  const x = f.value(instr.x);
  let ptr = typedPtr(f, b.CreateExtractValue(x, [0]), g.types.i8);
  const len = b.CreateExtractValue(x, [1]);
  let cap = b.CreateExtractValue(x, [2]);
  let src: llvm.Value | undefined;
  let n: llvm.Value;
  if (instr.spread) {
    const y = f.value(instr.args[0]!);
    src = b.CreateExtractValue(y, [0]);
    n = b.CreateExtractValue(y, [1]);
  } else {
    n = g.uintptr(instr.args.length);
  }
  const newLen = b.CreateAdd(len, n);
  const grow = f.newBlock('append.grow');
  const store = f.newBlock('append.store');
  const before = b.GetInsertBlock()!;
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), grow, store);
  b.SetInsertPoint(grow);
  markNoHeapPath(f, instr);
  const grown = callRuntime(g, 'growslice', [ptr, len, cap, newLen, g.uintptr(es)]);
  const newPtr = b.CreateExtractValue(grown, [0]);
  const newCap = b.CreateExtractValue(grown, [1]);
  b.CreateBr(store);
  b.SetInsertPoint(store);
  const ptrPhi = b.CreatePHI(g.types.i8ptr, 2);
  ptrPhi.addIncoming(ptr, before);
  ptrPhi.addIncoming(newPtr, grow);
  const capPhi = b.CreatePHI(g.types.uintptrType, 2);
  capPhi.addIncoming(cap, before);
  capPhi.addIncoming(newCap, grow);
  ptr = ptrPhi;
  cap = capPhi;
  if (src) {
    copyBytes(f, elemAddr(f, ptr, et, len), src, b.CreateMul(n, g.uintptr(es)));
  } else {
    instr.args.forEach((a, k) => {
      const at = elemAddr(f, ptr, et, b.CreateAdd(len, g.uintptr(k)));
      const ty = g.llvmType(et);
      b.CreateStore(f.valueAs(a, et), typedPtr(f, at, ty));
    });
  }
  return makeSliceValue(f, instr.type, ptr, newLen, cap);
}

/** copyBytes emits memmove(dst, src, n) (overlapping regions are allowed, as copy and append need). */
export function copyBytes(f: FnCtx, dst: llvm.Value, src: llvm.Value, n: llvm.Value): void {
  const g = f.g;
  const i8p = g.types.i8ptr;
  const memmove = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.memmove, [i8p, i8p, g.types.uintptrType]);
  g.builder.CreateCall(memmove, [typedPtr(f, dst, g.types.i8), typedPtr(f, src, g.types.i8), n, llvm.ConstantInt.getFalse(g.ctx)]);
}

/** lowerCopy emits copy(dst, src): min(len(dst), len(src)) elements moved; the result is that count as an int. */
export function lowerCopy(f: FnCtx, instr: ir.Call): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const dst = f.value(instr.args[0]!);
  const src = f.value(instr.args[1]!);
  const dl = b.CreateExtractValue(dst, [1]);
  const sl = b.CreateExtractValue(src, [1]);
  const n = b.CreateSelect(b.CreateICmpULT(dl, sl), dl, sl);
  const es = g.prog.sizes.sizeof(elemType(instr.args[0]!.type));
  copyBytes(f, b.CreateExtractValue(dst, [0]), b.CreateExtractValue(src, [0]), b.CreateMul(n, g.uintptr(es)));
  return toInt(f, n);
}

/** lowerClear emits clear(x): a map is emptied by the runtime, a slice's elements (up to its length) zeroed. */
export function lowerClear(f: FnCtx, instr: ir.Call): void {
  const g = f.g;
  const b = g.builder;
  const arg = instr.args[0]!;
  if (arg.type.underlying().kind === 'Map') {
    callRuntime(g, 'mapclear', [f.value(arg)]);
    return;
  }
  const s = f.value(arg);
  const es = g.prog.sizes.sizeof(elemType(arg.type));
  const n = b.CreateMul(b.CreateExtractValue(s, [1]), g.uintptr(es));
  const memset = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.memset, [g.types.i8ptr, g.types.uintptrType]);
  b.CreateCall(memset, [typedPtr(f, b.CreateExtractValue(s, [0]), g.types.i8), llvm.ConstantInt.get(g.types.i8, 0, false), n, llvm.ConstantInt.getFalse(g.ctx)]);
}

/** lowerLenCap emits len(x) or cap(x) of a string, slice or map as an int. */
export function lowerLenCap(f: FnCtx, instr: ir.Call, which: 'len' | 'cap'): llvm.Value {
  const g = f.g;
  const arg = instr.args[0]!;
  const cls = classify(arg.type);
  const u = arg.type.underlying();
  if (cls === 'string' || u.kind === 'Slice') {
    return toInt(f, g.builder.CreateExtractValue(f.value(arg), [which === 'len' || cls === 'string' ? 1 : 2]));
  }
  if (u.kind === 'Map') return callRuntime(g, 'maplen', [f.value(arg)]);
  const au: Type = u.kind === 'Pointer' ? u.elem.underlying() : u;
  if (au.kind === 'Array') return g.int(au.len);
  g.unsupported(instr.pos, `${which} of ${arg.type.toString()}`);
  return llvm.UndefValue.get(g.types.intType);
}

/** sliceToArrayPointer emits the conversion (*[N]T)(s): it panics unless len(s) >= N; a nil slice gives nil. */
export function sliceToArrayPointer(f: FnCtx, x: llvm.Value, n: number, toTy: llvm.Type): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const len = b.CreateExtractValue(x, [1]);
  if (n > 0) {
    const fail = f.newBlock('panic.convert');
    const ok = f.newBlock('convert.ok');
    b.CreateCondBr(b.CreateICmpUGE(len, g.uintptr(n)), ok, fail);
    b.SetInsertPoint(fail);
    callRuntime(g, 'panicBounds', [llvm.ConstantInt.get(g.types.i8, Bounds.Convert, false), toInt(f, len), g.int(n)]);
    b.SetInsertPoint(ok);
  }
  return b.CreateBitCast(b.CreateExtractValue(x, [0]), toTy);
}

/** lowerUnsafe emits unsafe.Add, unsafe.Slice, unsafe.String, unsafe.StringData and unsafe.SliceData. */
export function lowerUnsafe(f: FnCtx, instr: ir.Call, name: 'Add' | 'Slice' | 'String' | 'StringData' | 'SliceData'): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.args[0]!);
  switch (name) {
    case 'Add': {
      const n = toUintptr(f, intVal(f, instr.args[1]!));
      return b.CreateInBoundsGEP(g.types.i8, typedPtr(f, x, g.types.i8), [n]);
    }
    case 'StringData':
    case 'SliceData':
      return b.CreateBitCast(b.CreateExtractValue(x, [0]), g.llvmType(instr.type));
    case 'Slice':
    case 'String': {
      const len = intVal(f, instr.args[1]!);
      // len must be non-negative and fit in the address space; a nil pointer only with len 0.
      const half = (1n << BigInt(ptrBits(f) - 1)) - 1n;
      const limit: IntVal = { v: g.constInt(g.types.uintptrType, ptrBits(f), half), bits: ptrBits(f), signed: false, constant: half };
      lenCapCheck(f, len, limit, 'panicUnsafeSliceLen');
      const n = toUintptr(f, len);
      // As gc's unsafeslice: the bytes must not overflow, nor run past the end of the address space (for a nil
      // pointer, any byte at all is too many: that panic names the nil pointer).
      const es = name === 'String' ? 1 : g.prog.sizes.sizeof(elemType(instr.type));
      if (es > 0) {
        const max = (1n << BigInt(ptrBits(f))) - 1n;
        const overflow = b.CreateICmpUGT(n, g.constInt(g.types.uintptrType, ptrBits(f), max / BigInt(es)));
        const room = b.CreateSub(g.uintptr(0), b.CreatePtrToInt(x, g.types.uintptrType));
        const bad = b.CreateOr(overflow, b.CreateICmpUGT(b.CreateMul(n, g.uintptr(es)), room));
        const check = f.newBlock('unsafeslice.check');
        const ok = f.newBlock('unsafeslice.ok');
        b.CreateCondBr(bad, check, ok);
        b.SetInsertPoint(check);
        b.CreateCondBr(b.CreateIsNull(x), panicBlock(f, 'panicUnsafeSliceNil'), panicBlock(f, 'panicUnsafeSliceLen'));
        b.SetInsertPoint(ok);
      }
      return name === 'String' ? makeStringValue(f, instr.type, x, n) : makeSliceValue(f, instr.type, x, n, n);
    }
  }
}
