// Lowering of each IR instruction (one exhaustive switch; Alloc, loads and stores are in memory.ts): FieldAddr/IndexAddr
// (GEPs with nil and bounds checks), Field/Index on values (extractvalue; a dynamic array index spills the array to a stack slot; a
// string index is bounds-checked and loads the byte), Extract, calls and the terminators. Arithmetic lives in
// arith.ts, conversions in convert.ts, printing and panics in print.ts.

import { isVolatileAccess, lowerVolatile } from './volatile.ts';
import { lowerInlineAsm } from './asm.ts';
import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { assertNever } from '../diag.ts';
import { lowerArithUnOp, lowerBinOp, lowerMinMax } from './arith.ts';
import { nilCheck } from './checks.ts';
import { lowerConvert } from './convert.ts';
import type { FnCtx } from './func.ts';
import { coercePtr, lowerAlloc, lowerLoad, lowerStore, pointee, typedPtr } from './memory.ts';
import { lowerPanic, lowerPrint } from './print.ts';
import { lowerAppend, lowerClear, lowerCopy, lowerIndex, lowerIndexAddr, lowerLenCap, lowerMakeSlice, lowerSlice, lowerUnsafe } from './slices.ts';
import { lowerConcat, lowerStrConv } from './strings.ts';
import { lowerInvoke, lowerMakeInterface, lowerTypeAssert } from './interfaces.ts';
import { lowerComplexBuiltin } from './complex.ts';
import { lowerDynamicCall, lowerMakeClosure } from './closures.ts';
import { lowerDefer, lowerRecover, lowerRunDefers, lowerSetupDefers } from './defer.ts';
import { lowerChanBuiltin, lowerGo, lowerMakeChan, lowerRecv, lowerSelect, lowerSend } from './chans.ts';
import { lowerDelete, lowerLookup, lowerMakeMap, lowerMapNext, lowerMapRange, lowerMapUpdate } from './maps.ts';

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
    case 'InlineAsm': {
      const v = lowerInlineAsm(f, instr);
      return v ? set(v) : undefined;
    }
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
    case 'MakeSlice':
      return set(lowerMakeSlice(f, instr));
    case 'Slice':
      return set(lowerSlice(f, instr));
    case 'Append':
      return set(lowerAppend(f, instr));
    case 'StrConv':
      return set(lowerStrConv(f, instr));
    case 'Concat':
      return set(lowerConcat(f, instr));
    case 'MakeMap':
      return set(lowerMakeMap(f, instr));
    case 'Lookup':
      return set(lowerLookup(f, instr));
    case 'MapNext':
      return set(lowerMapNext(f, instr));
    case 'MapUpdate':
      return lowerMapUpdate(f, instr);
    case 'MapRange':
      return lowerMapRange(f, instr);
    case 'MakeInterface':
      return set(lowerMakeInterface(f, instr));
    case 'ChangeInterface':
      return set(f.value(instr.x));
    case 'TypeAssert':
      return set(lowerTypeAssert(f, instr));
    case 'MakeClosure':
      return set(lowerMakeClosure(f, instr));
    case 'SetupDefers':
      return lowerSetupDefers(f, instr);
    case 'Defer':
      return lowerDefer(f, instr);
    case 'RunDefers':
      return lowerRunDefers(f);
    case 'MakeChan':
      return set(lowerMakeChan(f, instr));
    case 'Send':
      return lowerSend(f, instr);
    case 'Recv':
      return set(lowerRecv(f, instr));
    case 'Select':
      return set(lowerSelect(f, instr));
    case 'Go':
      return lowerGo(f, instr);
    case 'Invoke': {
      const v = lowerInvoke(f, instr);
      if (instr.type.kind !== 'Tuple' || instr.type.length > 0) set(v);
      return;
    }
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
      case 'cap':
        if (instr.args[0]!.type.underlying().kind === 'Chan') return set(lowerChanBuiltin(f, instr, callee.name));
        return set(lowerLenCap(f, instr, callee.name));
      case 'close':
        lowerChanBuiltin(f, instr, 'close');
        return;
      case 'copy':
        return set(lowerCopy(f, instr));
      case 'clear':
        return lowerClear(f, instr);
      case 'min':
      case 'max':
        return set(lowerMinMax(f, instr, callee.name));
      case 'delete':
        return lowerDelete(f, instr);
      case 'recover':
        return set(lowerRecover(f));
      case 'Add':
      case 'Slice':
      case 'String':
      case 'StringData':
      case 'SliceData':
        return set(lowerUnsafe(f, instr, callee.name));
      case 'real':
      case 'imag':
      case 'complex':
        return set(lowerComplexBuiltin(f, instr, callee.name));
      default:
        break;
    }
    g.unsupported(instr.pos, `builtin ${callee.name}`);
    const rt = g.llvmType(instr.type);
    if (!rt.isVoidTy()) set(llvm.UndefValue.get(rt));
    return;
  }
  if (callee.kind !== 'Function') {
    const v = lowerDynamicCall(f, instr);
    if (instr.type.kind !== 'Tuple' || instr.type.length > 0) set(v);
    return;
  }
  if (callee.qualifiedName === 'runtime.haveBoxed') return set(g.ifaces.haveBoxed(instr.args[0]!));
  if (callee.qualifiedName === 'runtime.noescape') return set(f.value(instr.args[0]!));
  if (isVolatileAccess(callee)) {
    const v = lowerVolatile(f, instr, callee);
    return v ? set(v) : undefined;
  }
  const sym = g.funcs.get(callee.qualifiedName);
  if (!sym) {
    g.unsupported(instr.pos, `call of ${callee.qualifiedName}`);
    return;
  }
  const sig = callee.signature;
  const formals = [...(sig.recv ? [sig.recv.type] : []), ...sig.params.vars.map((p) => p.type)];
  const call = g.builder.CreateCall(sym.fn, f.callArgs(instr.args, formals));
  if (!sym.returnsVoid) set(call);
}

function lowerFieldAddr(f: FnCtx, instr: ir.FieldAddr): llvm.Value {
  const g = f.g;
  const x = f.value(instr.x);
  nilCheck(f, instr.x, x);
  const st = g.llvmType(pointee(instr.x));
  return g.builder.CreateInBoundsGEP(st, typedPtr(f, x, st), [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, instr.field, false)]);
}

function lowerReturn(f: FnCtx, instr: ir.Return): void {
  const rtypes = f.fn.signature.results.vars;
  f.emitReturn(instr.results.map((r, i) => (rtypes[i] ? f.valueAs(r, rtypes[i]!.type) : f.value(r))));
}
