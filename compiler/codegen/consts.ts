// Lowering of IR constants to LLVM constants: booleans, integers of every width (exact, from bigint), floats,
// strings (a pooled private byte array plus its length), nil pointers and the zero value of any aggregate type.
// Untyped constants that reach codegen get their default type's representation.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Codegen } from './context.ts';
import { bigToNumber } from '../types/bigfloat.ts';
import { ratToNumber } from '../types/constexpr.ts';
import { classify } from './types.ts';
import type { Type } from '../types/types.ts';

/** lowerConst returns the LLVM constant for an IR Const. */
export function lowerConst(g: Codegen, c: ir.Const): llvm.Value {
  const ty = g.llvmType(c.type);
  const v = c.value;
  if (v === undefined) return llvm.Constant.getNullValue(ty);
  const cls = classify(c.type);
  switch (v.kind) {
    case 'bool':
      return v.value ? llvm.ConstantInt.getTrue(g.ctx) : llvm.ConstantInt.getFalse(g.ctx);
    case 'string':
      return g.stringConst(v.value);
    case 'int': {
      if (cls === 'int' || cls === 'uint') return g.constInt(ty as llvm.IntegerType, g.types.intWidth(c.type), v.value);
      if (cls === 'float') return llvm.ConstantFP.get(ty, ratToNumber({ num: v.value, den: 1n }));
      if (cls === 'complex') return complexConst(g, c.type, ratToNumber({ num: v.value, den: 1n }), 0);
      if (cls === 'pointer') {
        // A constant address (unsafe.Pointer(uintptr(0x25))): an integer constant cast to the pointer type.
        const n = g.constInt(g.types.uintptrType, g.prog.sizes.ptrSize * 8, v.value);
        return g.builder.CreateIntToPtr(n, ty);
      }
      g.unsupported(0, `integer constant of type ${c.type.toString()}`);
      return llvm.UndefValue.get(ty);
    }
    case 'float': {
      // ratToNumber, not Number(num) / Number(den): a subnormal's denominator (2^1074) overflows to Infinity.
      if (cls === 'int' || cls === 'uint') return g.constInt(ty as llvm.IntegerType, g.types.intWidth(c.type), v.num / v.den);
      if (cls === 'complex') return complexConst(g, c.type, ratToNumber(v), 0);
      return llvm.ConstantFP.get(ty, ratToNumber(v));
    }
    case 'bigfloat':
      // Only untyped constants are big floats; a typed one never reaches codegen (see constant.ts).
      return llvm.ConstantFP.get(ty, bigToNumber(v));
    case 'complex':
      if (cls === 'complex') return complexConst(g, c.type, ratToNumber(v.re), ratToNumber(v.im));
      return llvm.ConstantFP.get(ty, ratToNumber(v.re));
    case 'bigcomplex': // untyped only: a typed complex constant has rational parts (see constant.ts)
      g.unsupported(0, 'complex constants beyond float64');
      return llvm.UndefValue.get(ty);
    case 'unknown':
      return llvm.UndefValue.get(ty);
  }
}

/** lowerStatic returns the LLVM constant of a package variable's static initial value. */
export function lowerStatic(g: Codegen, v: ir.StaticValue): llvm.Constant {
  if (v.kind === 'Const') return lowerConst(g, v) as llvm.Constant;
  const u = v.type.underlying();
  const ty = g.llvmType(v.type);
  if (v.kind === 'StaticAddr') return llvm.ConstantExpr.getBitCast(g.globals.get(v.global) as llvm.Constant, ty);
  if (v.kind === 'StaticIface') {
    const data = llvm.ConstantExpr.getBitCast(lowerStatic(g, v.value), g.types.i8ptr);
    return llvm.ConstantStruct.get(ty as llvm.StructType, [g.ifaces.typecode(v.dynType), data]);
  }
  if (v.kind === 'StaticSlice') {
    const elem = u.kind === 'Slice' ? u.elem : u;
    const ptr = llvm.ConstantExpr.getBitCast(g.globals.get(v.array) as llvm.Constant, g.types.pointerTo(elem));
    const len = llvm.ConstantInt.get(g.types.uintptrType, v.len, false);
    return llvm.ConstantStruct.get(ty as llvm.StructType, [ptr, len, len]);
  }
  const elemType = (i: number): Type => (u.kind === 'Array' ? u.elem : u.kind === 'Struct' ? u.fields[i]!.type : u);
  const elems = v.elems.map((e, i) => (e ? lowerStatic(g, e) : llvm.Constant.getNullValue(g.llvmType(elemType(i)))));
  if (u.kind === 'Array') return llvm.ConstantArray.get(ty as llvm.ArrayType, elems);
  return llvm.ConstantStruct.get(ty as llvm.StructType, elems);
}

/** complexConst builds the constant {re, im} of complex type t. */
function complexConst(g: Codegen, t: Type, re: number, im: number): llvm.Constant {
  const u = t.underlying();
  const part = u.kind === 'Basic' && u.name === 'complex64' ? llvm.Type.getFloatTy(g.ctx) : llvm.Type.getDoubleTy(g.ctx);
  return llvm.ConstantStruct.get(g.llvmType(t) as llvm.StructType, [llvm.ConstantFP.get(part, re), llvm.ConstantFP.get(part, im)]);
}
