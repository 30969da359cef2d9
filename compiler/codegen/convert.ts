// Lowering of Convert: integer width and signedness changes (trunc/sext/zext by the *source* signedness), integer ↔
// float, float ↔ float, unsafe.Pointer ↔ uintptr (ptrtoint/inttoptr), pointer ↔ unsafe.Pointer and pointer ↔ pointer
// (bitcast), and conversions between types with identical underlying types, which are no-ops except when the two
// LLVM types differ (a named struct and its literal struct): then the value goes through a stack slot.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { FnCtx } from './func.ts';
import { classify } from './types.ts';

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
  if (from === 'float' && isInt(to)) return to === 'int' ? b.CreateFPToSI(x, toTy) : b.CreateFPToUI(x, toTy);
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
      const slot = f.alloca(g.llvmType(instr.x.type));
      b.CreateStore(x, slot);
      return b.CreateLoad(toTy, b.CreateBitCast(slot, llvm.PointerType.get(toTy, 0)));
    }
  }
  g.unsupported(instr.pos, `conversion from ${instr.x.type.toString()} to ${instr.type.toString()}`);
  return llvm.UndefValue.get(toTy);
}

function sameLLVMShape(instr: ir.Convert): boolean {
  // The checker only allows conversions between aggregates with identical underlying types.
  return instr.x.type.underlying().kind === instr.type.underlying().kind;
}
