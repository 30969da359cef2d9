// Lowering of complex numbers: `{float, float}` (complex64) or `{double, double}` (complex128) values. Addition,
// subtraction and negation are per part; multiplication is (ac - bd) + (ad + bc)i as gc computes it; division calls
// runtime.complexDiv (Smith's algorithm with C99's infinity corrections, in float64, as gc); == compares both parts;
// real, imag and complex take values apart and put them together.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Type } from '../types/types.ts';
import type { FnCtx } from './func.ts';
import { callRuntime } from './runtimecalls.ts';

/** isComplex64 reports whether t's underlying type is complex64. */
function isComplex64(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Basic' && u.name === 'complex64';
}

/** makeComplex builds a complex value of LLVM type ty from its parts. */
export function makeComplex(f: FnCtx, ty: llvm.Type, re: llvm.Value, im: llvm.Value): llvm.Value {
  const b = f.g.builder;
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(ty), re, [0]), im, [1]);
}

/** complexArith emits x op y for complex values (op one of + - * /), or undefined for other operators. */
export function complexArith(f: FnCtx, instr: ir.BinOp, x: llvm.Value, y: llvm.Value): llvm.Value | undefined {
  const g = f.g;
  const b = g.builder;
  const ty = g.llvmType(instr.type);
  const [a, bb] = [b.CreateExtractValue(x, [0]), b.CreateExtractValue(x, [1])];
  const [c, d] = [b.CreateExtractValue(y, [0]), b.CreateExtractValue(y, [1])];
  switch (instr.op) {
    case '+':
      return makeComplex(f, ty, b.CreateFAdd(a, c), b.CreateFAdd(bb, d));
    case '-':
      return makeComplex(f, ty, b.CreateFSub(a, c), b.CreateFSub(bb, d));
    case '*':
      return makeComplex(f, ty, b.CreateFSub(b.CreateFMul(a, c), b.CreateFMul(bb, d)), b.CreateFAdd(b.CreateFMul(a, d), b.CreateFMul(bb, c)));
    case '/': {
      const narrow = isComplex64(instr.type);
      const dbl = llvm.Type.getDoubleTy(g.ctx);
      const wide = (v: llvm.Value): llvm.Value => (narrow ? b.CreateFPExt(v, dbl) : v);
      const r = callRuntime(g, 'complexDiv', [wide(a), wide(bb), wide(c), wide(d)]);
      const fty = llvm.Type.getFloatTy(g.ctx);
      const part = (i: number): llvm.Value => (narrow ? b.CreateFPTrunc(b.CreateExtractValue(r, [i]), fty) : b.CreateExtractValue(r, [i]));
      return makeComplex(f, ty, part(0), part(1));
    }
    default:
      return undefined;
  }
}

/** complexEqual emits x == y for complex values: both parts equal. */
export function complexEqual(f: FnCtx, x: llvm.Value, y: llvm.Value): llvm.Value {
  const b = f.g.builder;
  const re = b.CreateFCmpOEQ(b.CreateExtractValue(x, [0]), b.CreateExtractValue(y, [0]));
  const im = b.CreateFCmpOEQ(b.CreateExtractValue(x, [1]), b.CreateExtractValue(y, [1]));
  return b.CreateAnd(re, im);
}

/** complexNeg emits -x. */
export function complexNeg(f: FnCtx, t: Type, x: llvm.Value): llvm.Value {
  const b = f.g.builder;
  return makeComplex(f, f.g.llvmType(t), b.CreateFNeg(b.CreateExtractValue(x, [0])), b.CreateFNeg(b.CreateExtractValue(x, [1])));
}

/** lowerComplexBuiltin emits real(x), imag(x) or complex(re, im) (the builder gave the parts their float type). */
export function lowerComplexBuiltin(f: FnCtx, instr: ir.Call, name: 'real' | 'imag' | 'complex'): llvm.Value {
  if (name === 'complex') return makeComplex(f, f.g.llvmType(instr.type), f.value(instr.args[0]!), f.value(instr.args[1]!));
  return f.g.builder.CreateExtractValue(f.value(instr.args[0]!), [name === 'real' ? 0 : 1]);
}
