// Lowering of string construction: concatenation and the conversions between strings and byte slices, rune slices
// and runes. The memory of each allocation site is obtained here — runtime.alloc for a heap site, an entry-block
// alloca for a stack site (only sizes known at compile time: `[]byte("lit")`, a rune's at most 4 bytes) — and the
// runtime helpers (runtime/utf8.go) only fill it in. A shared conversion copies nothing: the result aliases its
// operand's bytes.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { ArrayType, Typ } from '../types/types.ts';
import { assertNever } from '../diag.ts';
import { extendOrTrunc, intVal } from './checks.ts';
import type { FnCtx } from './func.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { callRuntime } from './runtimecalls.ts';
import { runeCount } from '../../ir/layout.ts';
import { copyBytes, makeSliceValue, makeStringValue } from './slices.ts';

/** tmpBufSize is the size of the frame buffer a non-escaping string result of unknown length uses when it fits. */
const tmpBufSize = 32;

/**
 * siteMemory returns the memory of an allocation site: size bytes of heap, or a stack buffer of constSize bytes.
 * A site that does not escape but whose size is known only at run time (`s + t`, `string(b)` used locally) gets a
 * 32-byte buffer in the frame and takes it when the result fits, the heap otherwise, as gc's tmpBuf does; the
 * allocation report still lists it, since a longer result allocates.
 */
function siteMemory(f: FnCtx, site: ir.AllocSite, size: llvm.Value, constSize: number): llvm.Value {
  const g = f.g;
  const b = g.builder;
  if (!site.heap) return typedPtr(f, stackObject(f, new ArrayType(Typ.uint8, constSize)), g.types.i8);
  if (site.escape?.reason !== 'size-not-constant') return heapAlloc(f, size);
  const buf = typedPtr(f, stackObject(f, new ArrayType(Typ.uint8, tmpBufSize)), g.types.i8);
  const from = b.GetInsertBlock()!;
  const big = f.newBlock('tmpbuf.heap');
  const join = f.newBlock('tmpbuf.join');
  b.CreateCondBr(b.CreateICmpULE(size, g.uintptr(tmpBufSize)), join, big);
  b.SetInsertPoint(big);
  const mem = typedPtr(f, heapAlloc(f, size), g.types.i8);
  const bigEnd = b.GetInsertBlock()!;
  b.CreateBr(join);
  b.SetInsertPoint(join);
  const phi = b.CreatePHI(g.types.i8ptr, 2);
  phi.addIncoming(buf, from);
  phi.addIncoming(mem, bigEnd);
  return phi;
}

/** lowerConcat emits a + b + ...: the total length is allocated once and every operand copied into it. */
export function lowerConcat(f: FnCtx, instr: ir.Concat): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const parts = instr.args.map((a) => f.value(a));
  let total: llvm.Value = g.uintptr(0);
  for (const p of parts) total = b.CreateAdd(total, b.CreateExtractValue(p, [1]));
  const mem = siteMemory(f, instr, total, 0);
  let off: llvm.Value = g.uintptr(0);
  for (const p of parts) {
    const n = b.CreateExtractValue(p, [1]);
    copyBytes(f, b.CreateInBoundsGEP(g.types.i8, mem, [off]), b.CreateExtractValue(p, [0]), n);
    off = b.CreateAdd(off, n);
  }
  return makeStringValue(f, instr.type, mem, total);
}

/** lowerStrConv emits a conversion between string and []byte / []rune, or from an integer to a string. */
export function lowerStrConv(f: FnCtx, instr: ir.StrConv): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  switch (instr.op) {
    case 'string->bytes':
    case 'bytes->string': {
      const ptr = b.CreateExtractValue(x, [0]);
      const len = b.CreateExtractValue(x, [1]);
      let mem = ptr;
      if (instr.share && instr.op === 'string->bytes') {
        // []byte("") is empty but not nil; the empty string's pointer is nil.
        mem = b.CreateSelect(b.CreateIsNull(ptr), zerobase(f), ptr);
      } else if (!instr.share) {
        const lit = instr.x.kind === 'Const' && instr.x.value?.kind === 'string' ? instr.x.value.value.length : 0;
        mem = siteMemory(f, instr, len, lit);
        copyBytes(f, mem, ptr, len);
      }
      if (instr.op === 'bytes->string') return makeStringValue(f, instr.type, mem, len);
      return makeSliceValue(f, instr.type, mem, len, len);
    }
    case 'rune->string': {
      const mem = siteMemory(f, instr, g.uintptr(4), 4);
      const n = callRuntime(g, 'encoderune', [mem, runeOf(f, instr.x)]);
      return makeStringValue(f, instr.type, mem, n);
    }
    case 'string->runes': {
      const n = callRuntime(g, 'countrunes', [x]);
      const lit = instr.x.kind === 'Const' && instr.x.value?.kind === 'string' ? 4 * runeCount(instr.x.value.value) : 0;
      const mem = siteMemory(f, instr, b.CreateMul(n, g.uintptr(4)), lit);
      callRuntime(g, 'decoderunes', [mem, x]);
      return makeSliceValue(f, instr.type, mem, n, n);
    }
    case 'runes->string': {
      const ptr = typedPtr(f, b.CreateExtractValue(x, [0]), g.types.i8);
      const len = b.CreateExtractValue(x, [1]);
      const n = callRuntime(g, 'encodedRunesLen', [ptr, len]);
      const mem = siteMemory(f, instr, n, 0);
      callRuntime(g, 'encoderunes', [mem, ptr, len]);
      return makeStringValue(f, instr.type, mem, n);
    }
    default:
      return assertNever(instr.op, 'string conversion');
  }
}

/** runeOf converts an integer of any type to a rune for string(x): values outside int32 become U+FFFD. */
function runeOf(f: FnCtx, x: ir.Value): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const v = intVal(f, x);
  if (v.bits <= 32) return extendOrTrunc(f, v.v, v.bits, 32, v.signed);
  const ty = llvm.Type.getIntNTy(g.ctx, v.bits);
  const tooBig = b.CreateICmpUGT(v.v, llvm.ConstantInt.get(ty, 0x10ffff, false));
  const r = b.CreateTrunc(v.v, g.types.i32);
  return b.CreateSelect(tooBig, llvm.ConstantInt.get(g.types.i32, 0xfffd, false), r);
}

/** zerobase returns the address of a private byte: a non-nil pointer for empty slices that share no memory. */
function zerobase(f: FnCtx): llvm.Value {
  const g = f.g;
  let gv = zerobases.get(g);
  if (!gv) {
    gv = new llvm.GlobalVariable(g.module, g.types.i8, true, llvm.GlobalValue.LinkageTypes.PrivateLinkage, llvm.ConstantInt.get(g.types.i8, 0, false), 'zerobase');
    zerobases.set(g, gv);
  }
  return gv;
}

const zerobases = new WeakMap<object, llvm.GlobalVariable>();
