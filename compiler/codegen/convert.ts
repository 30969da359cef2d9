// Lowering of Convert: integer width and signedness changes (trunc/sext/zext by the *source* signedness), integer ↔
// float, float ↔ float, unsafe.Pointer ↔ uintptr (ptrtoint/inttoptr), pointer ↔ unsafe.Pointer and pointer ↔ pointer
// (bitcast), and conversions between types with identical underlying types, which are no-ops except when the two
// LLVM types differ (a named struct and its literal struct): then the value goes through a stack slot.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Type } from '../types/types.ts';
import type { FnCtx } from './func.ts';
import { classify } from './types.ts';
import { sliceToArrayPointer } from './slices.ts';

/** lowerConvert emits the conversion of instr.x to instr.type. */
export function lowerConvert(f: FnCtx, instr: ir.Convert): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const from = classify(instr.x.type);
  const to = classify(instr.type);
  const toTy = g.llvmType(instr.type);
  const isInt = (c: string): boolean => c === 'int' || c === 'uint';
  if (isInt(from) && isInt(to)) {
    const fb = g.types.intWidth(instr.x.type);
    const tb = g.types.intWidth(instr.type);
    if (fb === tb) return x;
    if (fb > tb) return b.CreateTrunc(x, toTy);
    return from === 'int' ? b.CreateSExt(x, toTy) : b.CreateZExt(x, toTy);
  }
  if (isInt(from) && to === 'float') return from === 'int' ? b.CreateSIToFP(x, toTy) : b.CreateUIToFP(x, toTy);
  if (from === 'float' && isInt(to)) return floatToInt(f, x, g.llvmType(instr.x.type), g.types.intWidth(instr.type), to === 'int');
  if (from === 'complex' && to === 'complex') {
    const fb = g.types.intWidth(instr.x.type);
    const tb = g.types.intWidth(instr.type);
    if (fb === tb) return x;
    const part = tb > fb ? llvm.Type.getDoubleTy(g.ctx) : llvm.Type.getFloatTy(g.ctx);
    const conv = (v: llvm.Value): llvm.Value => (tb > fb ? b.CreateFPExt(v, part) : b.CreateFPTrunc(v, part));
    return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(toTy), conv(b.CreateExtractValue(x, [0])), [0]), conv(b.CreateExtractValue(x, [1])), [1]);
  }
  if (instr.x.type.underlying().kind === 'Slice' && instr.type.underlying().kind === 'Pointer') {
    const arr = (instr.type.underlying() as { elem: Type }).elem.underlying();
    return sliceToArrayPointer(f, x, arr.kind === 'Array' ? arr.len : 0, toTy);
  }
  if (from === 'other' && to === 'other' && instr.x.type.underlying().kind === instr.type.underlying().kind) {
    const k = instr.type.underlying().kind;
    // Slices, maps, channels, functions and interfaces with identical underlying types share one representation.
    if (k === 'Slice' || k === 'Interface') return reinterpret(f, x, g.llvmType(instr.x.type), toTy);
    return x;
  }
  if (from === 'float' && to === 'float') {
    const fb = g.types.intWidth(instr.x.type);
    const tb = g.types.intWidth(instr.type);
    if (fb === tb) return x;
    return fb > tb ? b.CreateFPTrunc(x, toTy) : b.CreateFPExt(x, toTy);
  }
  if (from === 'pointer' && to === 'pointer') return b.CreateBitCast(x, toTy);
  if (from === 'pointer' && isInt(to)) return b.CreatePtrToInt(x, toTy);
  if (isInt(from) && to === 'pointer') return b.CreateIntToPtr(x, toTy);
  if (from === to && (from === 'bool' || from === 'string')) return x;
  if (from === 'aggregate' && to === 'aggregate') {
    if (instr.x.type.underlying() === instr.type.underlying() || sameLLVMShape(instr)) {
      // Same layout, possibly different LLVM struct types: reinterpret through memory.
      return reinterpret(f, x, g.llvmType(instr.x.type), toTy);
    }
  }
  g.unsupported(instr.pos, `conversion from ${instr.x.type.toString()} to ${instr.type.toString()}`);
  return llvm.UndefValue.get(toTy);
}

/**
 * floatToInt converts a float to an integer of `bits` bits. In range, it truncates toward zero; out of range Go leaves
 * the result to the implementation, and tsgo saturates to the integer type's range (NaN gives 0) on every target —
 * what the AVR soft float and ARM's libgcc do natively — rather than leave LLVM's poison.
 */
function floatToInt(f: FnCtx, x: llvm.Value, fty: llvm.Type, bits: number, signed: boolean): llvm.Value {
  const g = f.g;
  const ity = llvm.Type.getIntNTy(g.ctx, bits);
  const sat = llvm.Intrinsic.getDeclaration(g.module, signed ? llvm.Intrinsic.fptosi_sat : llvm.Intrinsic.fptoui_sat, [ity, fty]);
  return g.builder.CreateCall(sat, [x]);
}

/** reinterpret gives an aggregate value the LLVM type of another Go type with the same layout (through memory). */
function reinterpret(f: FnCtx, x: llvm.Value, fromTy: llvm.Type, toTy: llvm.Type): llvm.Value {
  const b = f.g.builder;
  const slot = f.tempSlot(fromTy);
  b.CreateStore(x, slot);
  const v = b.CreateLoad(toTy, b.CreateBitCast(slot, llvm.PointerType.get(toTy, 0)));
  f.endTemp(slot);
  return v;
}

function sameLLVMShape(instr: ir.Convert): boolean {
  // The checker only allows conversions between aggregates with identical underlying types.
  return instr.x.type.underlying().kind === instr.type.underlying().kind;
}
