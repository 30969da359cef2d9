// Lowering of each IR instruction (one exhaustive switch; Alloc, loads and stores are in memory.ts): FieldAddr/IndexAddr
// (GEPs with nil and bounds checks), Field/Index on values (extractvalue; a dynamic array index spills the array to a stack slot; a
// string index is bounds-checked and loads the byte), Extract, calls and the terminators. Arithmetic lives in
// arith.ts, conversions in convert.ts, printing and panics in print.ts.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { assertNever } from '../diag.ts';
import { lowerArithUnOp, lowerBinOp } from './arith.ts';
import { boundsCheck, extendOrTrunc, nilCheck } from './checks.ts';
import { lowerConvert } from './convert.ts';
import type { FnCtx } from './func.ts';
import { coercePtr, lowerAlloc, lowerLoad, lowerStore, typedPtr } from './memory.ts';
import { lowerLen, lowerPanic, lowerPrint } from './print.ts';
import { classify } from './types.ts';

/** lowerInstruction emits the LLVM code for one IR instruction (phis are handled by FnCtx.lower). */
export function lowerInstruction(f: FnCtx, instr: ir.Instruction): void {
  const b = f.g.builder;
  if (f.elided.has(instr)) return;
  const set = (v: llvm.Value): void => {
    f.values.set(instr as ir.Value, coercePtr(f, v, (instr as ir.Value).type));
  };
  switch (instr.kind) {
    case 'Alloc':
      return set(lowerAlloc(f, instr));
    case 'Phi':
      return; // created by FnCtx.lower
    case 'Call':
      return lowerCall(f, instr, set);
    case 'BinOp':
      return set(lowerBinOp(f, instr));
    case 'UnOp':
      if (instr.op === '*') {
        const v = lowerLoad(f, instr);
        if (v) set(v);
        return;
      }
      return set(lowerArithUnOp(f, instr));
    case 'Convert':
      return set(lowerConvert(f, instr));
    case 'FieldAddr':
      return set(lowerFieldAddr(f, instr));
    case 'Field':
      return set(b.CreateExtractValue(f.value(instr.x), [instr.field]));
    case 'IndexAddr':
      return set(lowerIndexAddr(f, instr));
    case 'Index':
      return set(lowerIndex(f, instr));
    case 'Extract':
      return set(b.CreateExtractValue(f.value(instr.tuple), [instr.index]));
    case 'Store':
      return lowerStore(f, instr);
    case 'Jump':
      b.CreateBr(f.successor(instr.block.succs[0]!));
      return;
    case 'If':
      b.CreateCondBr(f.value(instr.cond), f.successor(instr.block.succs[0]!), f.successor(instr.block.succs[1]!));
      return;
    case 'Return':
      return lowerReturn(f, instr);
    case 'Panic':
      return lowerPanic(f, instr);
    case 'Unreachable':
      b.CreateUnreachable();
      return;
    default:
      assertNever(instr, 'instruction');
  }
}

function lowerCall(f: FnCtx, instr: ir.Call, set: (v: llvm.Value) => void): void {
  const g = f.g;
  const callee = instr.callee;
  if (callee.kind === 'Builtin') {
    switch (callee.name) {
      case 'println':
        return lowerPrint(f, instr, true);
      case 'print':
        return lowerPrint(f, instr, false);
      case 'len':
        return set(lowerLen(f, instr));
      case 'cap': {
        const u = instr.args[0]?.type.underlying();
        const arr = u?.kind === 'Pointer' ? u.elem.underlying() : u;
        if (arr?.kind === 'Array') return set(g.int(arr.len));
        break;
      }
      default:
        break;
    }
    g.unsupported(instr.pos, `builtin ${callee.name}`);
    const rt = g.llvmType(instr.type);
    if (!rt.isVoidTy()) set(llvm.UndefValue.get(rt));
    return;
  }
  const sym = g.funcs.get(callee.qualifiedName);
  if (!sym) {
    g.unsupported(instr.pos, `call of ${callee.qualifiedName}`);
    return;
  }
  const sig = callee.signature;
  const formals = [...(sig.recv ? [sig.recv.type] : []), ...sig.params.vars.map((p) => p.type)];
  const args = instr.args.map((a, i) => (formals[i] ? f.valueAs(a, formals[i]!) : f.value(a)));
  const call = g.builder.CreateCall(sym.fn, args);
  if (!sym.returnsVoid) set(call);
}

function lowerFieldAddr(f: FnCtx, instr: ir.FieldAddr): llvm.Value {
  const g = f.g;
  const x = f.value(instr.x);
  nilCheck(f, instr.x, x);
  const st = g.llvmType(elemType(instr.x));
  return g.builder.CreateInBoundsGEP(st, typedPtr(f, x, st), [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, instr.field, false)]);
}

function lowerIndexAddr(f: FnCtx, instr: ir.IndexAddr): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const idx = f.value(instr.index);
  const idxBits = g.types.intWidth(instr.index.type);
  const signed = classify(instr.index.type) === 'int';
  const xu = instr.x.type.underlying();
  if (xu.kind === 'Slice') {
    const ptr = b.CreateExtractValue(x, [0]);
    const len = intFromUintptr(f, b.CreateExtractValue(x, [1]));
    boundsCheck(f, instr.index, idx, idxBits, signed, len, undefined);
    const et = g.llvmType(xu.elem);
    return b.CreateInBoundsGEP(et, typedPtr(f, ptr, et), [gepIndex(f, idx, idxBits, signed)]);
  }
  const arr = elemType(instr.x).underlying();
  if (arr.kind !== 'Array') {
    g.unsupported(instr.pos, `indexing ${instr.x.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  nilCheck(f, instr.x, x);
  boundsCheck(f, instr.index, idx, idxBits, signed, g.int(arr.len), arr.len);
  const at = g.llvmType(arr);
  return b.CreateInBoundsGEP(at, typedPtr(f, x, at), [llvm.ConstantInt.get(g.types.i32, 0, false), gepIndex(f, idx, idxBits, signed)]);
}

function lowerIndex(f: FnCtx, instr: ir.Index): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const x = f.value(instr.x);
  const idxBits = g.types.intWidth(instr.index.type);
  const signed = classify(instr.index.type) === 'int';
  const u = instr.x.type.underlying();
  if (classify(instr.x.type) === 'string') {
    const idx = f.value(instr.index);
    const len = intFromUintptr(f, b.CreateExtractValue(x, [1]));
    boundsCheck(f, instr.index, idx, idxBits, signed, len, undefined);
    const p = b.CreateInBoundsGEP(g.types.i8, b.CreateExtractValue(x, [0]), [gepIndex(f, idx, idxBits, signed)]);
    return b.CreateLoad(g.types.i8, p);
  }
  if (u.kind !== 'Array') {
    g.unsupported(instr.pos, `indexing ${instr.x.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  if (instr.index.kind === 'Const' && instr.index.value?.kind === 'int') {
    const i = instr.index.value.value;
    if (i >= 0n && i < BigInt(u.len)) return b.CreateExtractValue(x, [Number(i)]);
  }
  const idx = f.value(instr.index);
  boundsCheck(f, instr.index, idx, idxBits, signed, g.int(u.len), u.len);
  const arrTy = g.llvmType(instr.x.type);
  const slot = f.alloca(arrTy);
  b.CreateStore(x, slot);
  const p = b.CreateInBoundsGEP(arrTy, slot, [llvm.ConstantInt.get(g.types.i32, 0, false), gepIndex(f, idx, idxBits, signed)]);
  return b.CreateLoad(g.llvmType(instr.type), p);
}

function lowerReturn(f: FnCtx, instr: ir.Return): void {
  const g = f.g;
  const b = g.builder;
  const rtypes = f.fn.signature.results.vars;
  const results = instr.results.map((r, i) => (rtypes[i] ? f.valueAs(r, rtypes[i]!.type) : f.value(r)));
  if (results.length === 0 || f.sym.returnsVoid) {
    b.CreateRetVoid();
    return;
  }
  if (results.length === 1) {
    b.CreateRet(results[0]!);
    return;
  }
  let agg: llvm.Value = llvm.UndefValue.get(g.llvmType(f.fn.signature.results));
  results.forEach((r, i) => {
    agg = b.CreateInsertValue(agg, r, [i]);
  });
  b.CreateRet(agg);
}

/** intFromUintptr converts a uintptr length to `int` (they differ on AVR: 16 vs 32 bits). */
function intFromUintptr(f: FnCtx, v: llvm.Value): llvm.Value {
  const s = f.g.prog.sizes;
  if (s.ptrSize === s.intSize) return v;
  return s.ptrSize < s.intSize ? f.g.builder.CreateZExt(v, f.g.types.intType) : f.g.builder.CreateTrunc(v, f.g.types.intType);
}

/** gepIndex converts a bounds-checked index to uintptr width (GEP sign-extends narrower indexes). */
function gepIndex(f: FnCtx, idx: llvm.Value, bits: number, signed: boolean): llvm.Value {
  return extendOrTrunc(f, idx, bits, f.g.prog.sizes.ptrSize * 8, signed);
}

function elemType(v: ir.Value): ir.Value['type'] {
  const u = v.type.underlying();
  return u.kind === 'Pointer' ? u.elem : v.type;
}
