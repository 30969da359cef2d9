// Lowering of BinOp and the arithmetic UnOps with Go semantics. Integer arithmetic wraps (plain LLVM add/sub/mul);
// division and remainder check for a zero divisor, and the signed MinInt / -1 case, which is undefined in LLVM,
// yields MinInt (quotient) and 0 (remainder) as Go requires, without a branch. Shifts accept a count of any integer
// type: a count >= the width gives 0 (or the sign fill for a signed >>), a negative signed count panics. Comparisons
// cover integers, floats, booleans, pointers, strings (through the runtime) and comparable structs and arrays
// (field by field).

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Pos } from '../syntax/source.ts';
import type { Type } from '../types/types.ts';
import { isUntyped } from '../types/types.ts';
import { divideCheck, shiftCheck } from './checks.ts';
import type { FnCtx } from './func.ts';
import { typedPtr, unwrittenUntil } from './memory.ts';
import { callRuntime } from './runtimecalls.ts';
import { classify } from './types.ts';
import { interfaceEqual } from './interfaces.ts';
import { complexArith, complexEqual, complexNeg } from './complex.ts';

/** Site is the instruction a comparison is emitted for (its position, for diagnostics). */
type Site = { pos: Pos };

/** lowerBinOp emits x op y. */
export function lowerBinOp(f: FnCtx, instr: ir.BinOp): llvm.Value {
  const nilIface = isNilInterface(instr.y) ? instr.x : isNilInterface(instr.x) ? instr.y : undefined;
  if (nilIface && (instr.op === '==' || instr.op === '!=')) {
    // x == nil for an interface: only the type word says whether it holds anything.
    const tc = f.g.builder.CreateExtractValue(f.value(nilIface), [0]);
    return instr.op === '==' ? f.g.builder.CreateIsNull(tc) : f.g.builder.CreateIsNotNull(tc);
  }
  // An untyped operand (nil, a constant) takes the other operand's type; shift counts keep their own type.
  const isShift = instr.op === '<<' || instr.op === '>>';
  const x = isShift ? f.value(instr.x) : f.valueAs(instr.x, instr.y.type);
  const y = isShift ? f.value(instr.y) : f.valueAs(instr.y, instr.x.type);
  switch (instr.op) {
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(f, instr, instr.op, isUntyped(instr.x.type) ? instr.y.type : instr.x.type, x, y);
    case '<<':
    case '>>':
      return shift(f, instr, x, y);
    default:
      return arith(f, instr, x, y);
  }
}

function arith(f: FnCtx, instr: ir.BinOp, x: llvm.Value, y: llvm.Value): llvm.Value {
  const b = f.g.builder;
  const cls = classify(instr.type);
  if (cls === 'float') {
    switch (instr.op) {
      case '+':
        return b.CreateFAdd(x, y);
      case '-':
        return b.CreateFSub(x, y);
      case '*':
        return b.CreateFMul(x, y);
      case '/':
        return b.CreateFDiv(x, y);
      default:
        break;
    }
  } else if (cls === 'int' || cls === 'uint') {
    const signed = cls === 'int';
    switch (instr.op) {
      case '+':
        return b.CreateAdd(x, y);
      case '-':
        return b.CreateSub(x, y);
      case '*':
        return b.CreateMul(x, y);
      case '&':
        return b.CreateAnd(x, y);
      case '|':
        return b.CreateOr(x, y);
      case '^':
        return b.CreateXor(x, y);
      case '&^':
        return b.CreateAnd(x, b.CreateNot(y));
      case '/':
      case '%':
        return divide(f, instr, x, y, signed);
      default:
        break;
    }
  } else if (cls === 'bool') {
    // Not Go operators on bools, but the builder combines conditions with them (ifaces.ts compareMixed).
    if (instr.op === '&') return b.CreateAnd(x, y);
    if (instr.op === '|') return b.CreateOr(x, y);
    if (instr.op === '^') return b.CreateXor(x, y);
  } else if (cls === 'complex') {
    const r = complexArith(f, instr, x, y);
    if (r) return r;
  }
  f.g.unsupported(instr.pos, `operator ${instr.op} on ${instr.type.toString()}`);
  return llvm.UndefValue.get(f.g.llvmType(instr.type));
}

function divide(f: FnCtx, instr: ir.BinOp, x: llvm.Value, y: llvm.Value, signed: boolean): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const bits = g.types.intWidth(instr.type);
  const ty = llvm.Type.getIntNTy(g.ctx, bits);
  divideCheck(f, instr.y, y, ty);
  const isRem = instr.op === '%';
  if (!signed) return isRem ? b.CreateURem(x, y) : b.CreateUDiv(x, y);
  const yc = instr.y.kind === 'Const' && instr.y.value?.kind === 'int' ? instr.y.value.value : undefined;
  if (yc !== undefined && yc !== -1n) return isRem ? b.CreateSRem(x, y) : b.CreateSDiv(x, y);
  // y == -1: x / -1 is -x (wrapping: MinInt stays MinInt) and x % -1 is 0. Divide by 1 instead to avoid the trap.
  const minusOne = llvm.ConstantInt.get(ty, -1, true);
  const isMinusOne = b.CreateICmpEQ(y, minusOne);
  const safeY = b.CreateSelect(isMinusOne, llvm.ConstantInt.get(ty, 1, false), y);
  if (isRem) return b.CreateSelect(isMinusOne, llvm.ConstantInt.get(ty, 0, false), b.CreateSRem(x, safeY));
  return b.CreateSelect(isMinusOne, b.CreateNeg(x), b.CreateSDiv(x, safeY));
}

function shift(f: FnCtx, instr: ir.BinOp, x: llvm.Value, y: llvm.Value): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const xcls = classify(instr.x.type);
  const ycls = classify(instr.y.type);
  if ((xcls !== 'int' && xcls !== 'uint') || (ycls !== 'int' && ycls !== 'uint')) {
    g.unsupported(instr.pos, `shift of ${instr.x.type.toString()} by ${instr.y.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  const xbits = g.types.intWidth(instr.x.type);
  const ybits = g.types.intWidth(instr.y.type);
  const xty = llvm.Type.getIntNTy(g.ctx, xbits);
  const yty = llvm.Type.getIntNTy(g.ctx, ybits);
  const arith = instr.op === '>>' && xcls === 'int';
  const apply = (amount: llvm.Value): llvm.Value =>
    instr.op === '<<' ? b.CreateShl(x, amount) : arith ? b.CreateAShr(x, amount) : b.CreateLShr(x, amount);
  if (instr.y.kind === 'Const' && instr.y.value?.kind === 'int') {
    const n = instr.y.value.value;
    if (n >= 0n && n < BigInt(xbits)) return apply(llvm.ConstantInt.get(xty, Number(n), false));
    if (n >= 0n) return arith ? apply(llvm.ConstantInt.get(xty, xbits - 1, false)) : llvm.Constant.getNullValue(xty);
  }
  if (ycls === 'int') shiftCheck(f, y, yty);
  // In range when y < width, compared unsigned in y's own width (wide enough for any width up to 64 unless y is
  // 8 bits wide and x has more than 255 bits, which cannot happen).
  const inRange = b.CreateICmpULT(y, llvm.ConstantInt.get(yty, Math.min(xbits, 2 ** ybits - 1), false));
  let amount = y;
  if (ybits > xbits) amount = b.CreateTrunc(y, xty);
  else if (ybits < xbits) amount = b.CreateZExt(y, xty);
  if (arith) return apply(b.CreateSelect(inRange, amount, llvm.ConstantInt.get(xty, xbits - 1, false)));
  const shifted = apply(b.CreateSelect(inRange, amount, llvm.ConstantInt.get(xty, 0, false)));
  return b.CreateSelect(inRange, shifted, llvm.Constant.getNullValue(xty));
}

/**
 * lowerMinMax emits min(x, y, ...) or max(...) of an ordered type, left to right. Floats follow the spec: a NaN
 * operand makes the result NaN, and min prefers -0 to +0 (max the reverse); strings compare by bytes.
 */
export function lowerMinMax(f: FnCtx, instr: ir.Call, id: 'min' | 'max'): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const t = instr.type;
  const cls = classify(t);
  let r = f.valueAs(instr.args[0]!, t);
  for (const a of instr.args.slice(1)) {
    const y = f.valueAs(a, t);
    let take: llvm.Value;
    if (cls === 'float') {
      const better = id === 'min' ? b.CreateFCmpOLT(y, r) : b.CreateFCmpOGT(y, r);
      const bits = llvm.IntegerType.get(g.ctx, g.prog.sizes.sizeof(t) * 8);
      const negative = b.CreateICmpSLT(b.CreateBitCast(y, bits), llvm.ConstantInt.get(bits, 0, false));
      const zero = b.CreateAnd(b.CreateFCmpOEQ(y, r), id === 'min' ? negative : b.CreateNot(negative));
      take = b.CreateOr(b.CreateOr(better, b.CreateFCmpUNE(y, y)), zero);
    } else if (cls === 'string') {
      take = callRuntime(g, 'stringLess', id === 'min' ? [y, r] : [r, y]);
    } else {
      take = compare(f, instr, id === 'min' ? '<' : '>', t, y, r);
    }
    r = b.CreateSelect(take, y, r);
  }
  return r;
}

/** compare emits a comparison of two values of Go type t. */
export function compare(
  f: FnCtx,
  instr: Site,
  op: '==' | '!=' | '<' | '<=' | '>' | '>=',
  t: Type,
  x: llvm.Value,
  y: llvm.Value,
): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const cls = classify(t);
  const u = t.underlying();
  if ((op === '==' || op === '!=') && u.kind !== 'Basic' && u.kind !== 'Struct' && u.kind !== 'Array') {
    const eq = referenceEqual(f, t, x, y);
    return op === '==' ? eq : b.CreateNot(eq);
  }
  switch (cls) {
    case 'int':
    case 'uint':
    case 'bool':
    case 'pointer': {
      const signed = cls === 'int';
      switch (op) {
        case '==':
          return b.CreateICmpEQ(x, y);
        case '!=':
          return b.CreateICmpNE(x, y);
        case '<':
          return signed ? b.CreateICmpSLT(x, y) : b.CreateICmpULT(x, y);
        case '<=':
          return signed ? b.CreateICmpSLE(x, y) : b.CreateICmpULE(x, y);
        case '>':
          return signed ? b.CreateICmpSGT(x, y) : b.CreateICmpUGT(x, y);
        case '>=':
          return signed ? b.CreateICmpSGE(x, y) : b.CreateICmpUGE(x, y);
      }
      break;
    }
    case 'float':
      switch (op) {
        case '==':
          return b.CreateFCmpOEQ(x, y);
        case '!=':
          return b.CreateFCmpUNE(x, y);
        case '<':
          return b.CreateFCmpOLT(x, y);
        case '<=':
          return b.CreateFCmpOLE(x, y);
        case '>':
          return b.CreateFCmpOGT(x, y);
        case '>=':
          return b.CreateFCmpOGE(x, y);
      }
      break;
    case 'string':
      switch (op) {
        case '==':
          return callRuntime(g, 'stringEqual', [x, y]);
        case '!=':
          return b.CreateNot(callRuntime(g, 'stringEqual', [x, y]));
        case '<':
          return callRuntime(g, 'stringLess', [x, y]);
        case '>':
          return callRuntime(g, 'stringLess', [y, x]);
        case '<=':
          return b.CreateNot(callRuntime(g, 'stringLess', [y, x]));
        case '>=':
          return b.CreateNot(callRuntime(g, 'stringLess', [x, y]));
      }
      break;
    case 'complex':
      if (op === '==' || op === '!=') {
        const eq = complexEqual(f, x, y);
        return op === '==' ? eq : b.CreateNot(eq);
      }
      break;
    case 'aggregate':
      if (op === '==' || op === '!=') {
        const eq = aggregateEqual(f, instr, t, x, y);
        return op === '==' ? eq : b.CreateNot(eq);
      }
      break;
    default:
      break;
  }
  g.unsupported(instr.pos, `comparison ${op} of ${t.toString()}`);
  return llvm.UndefValue.get(g.types.i1);
}

/**
 * referenceEqual compares values of the reference-like kinds: pointers, maps and channels by address, a slice or a
 * function with nil by its data or code pointer (the only comparison Go allows on them), interfaces by dynamic type
 * and value.
 */
function referenceEqual(f: FnCtx, t: Type, x: llvm.Value, y: llvm.Value): llvm.Value {
  const b = f.g.builder;
  switch (t.underlying().kind) {
    case 'Slice':
    case 'Signature':
      return b.CreateICmpEQ(b.CreateExtractValue(x, [0]), b.CreateExtractValue(y, [0]));
    case 'Interface':
      return interfaceEqual(f, x, y);
    default:
      return b.CreateICmpEQ(x, b.CreateBitCast(y, x.getType()));
  }
}

const maxUnrolledElements = 64;

function aggregateEqual(f: FnCtx, instr: Site, t: Type, x: llvm.Value, y: llvm.Value): llvm.Value {
  const b = f.g.builder;
  const u = t.underlying();
  const parts: Type[] =
    u.kind === 'Struct' ? u.fields.map((fl) => fl.type) : u.kind === 'Array' ? Array(u.len).fill(u.elem) : [];
  if (u.kind === 'Array' && parts.length > maxUnrolledElements) return arrayEqualLoop(f, instr, u.elem, u.len, t, x, y);
  let result: llvm.Value = llvm.ConstantInt.getTrue(f.g.ctx);
  parts.forEach((pt, i) => {
    if (u.kind === 'Struct' && u.fields[i]!.name === '_') return;
    const eq = compare(f, instr, '==', pt, b.CreateExtractValue(x, [i]), b.CreateExtractValue(y, [i]));
    result = b.CreateAnd(result, eq);
  });
  return result;
}

/** arrayEqualLoop compares two long arrays element by element in a loop, stopping at the first difference. */
function arrayEqualLoop(f: FnCtx, instr: Site, elem: Type, n: number, t: Type, x: llvm.Value, y: llvm.Value): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const aty = g.llvmType(t);
  const ety = g.llvmType(elem);
  // Operands loaded from memory that nothing has written since are read where they are; others are spilled to
  // temporaries (on AVR two copies of a big array would not fit the stack).
  const temps: llvm.Value[] = [];
  const place = (operand: ir.Value | undefined, v: llvm.Value): llvm.Value => {
    if (operand?.kind === 'UnOp' && operand.op === '*' && f.value(operand) === v && unwrittenUntil(operand, instr as ir.Instruction)) {
      return typedPtr(f, f.value(operand.x), aty);
    }
    const slot = f.tempSlot(aty);
    b.CreateStore(v, slot);
    temps.push(slot);
    return slot;
  };
  const binop = 'kind' in instr && instr.kind === 'BinOp' ? (instr as ir.BinOp) : undefined;
  const xs = place(binop?.x, x);
  const ys = place(binop?.y, y);
  const start = b.GetInsertBlock()!;
  const loop = f.newBlock('arrayeq.loop');
  const next = f.newBlock('arrayeq.next');
  const done = f.newBlock('arrayeq.done');
  b.CreateBr(loop);
  b.SetInsertPoint(loop);
  const i = b.CreatePHI(g.types.uintptrType, 2);
  i.addIncoming(g.uintptr(0), start);
  const at = (p: llvm.Value): llvm.Value => b.CreateLoad(ety, b.CreateInBoundsGEP(aty, p, [g.uintptr(0), i]));
  const eq = compare(f, instr, '==', elem, at(xs), at(ys));
  const cmpEnd = b.GetInsertBlock()!;
  b.CreateCondBr(eq, next, done);
  b.SetInsertPoint(next);
  const i1 = b.CreateAdd(i, g.uintptr(1));
  i.addIncoming(i1, next);
  b.CreateCondBr(b.CreateICmpULT(i1, g.uintptr(n)), loop, done);
  b.SetInsertPoint(done);
  const r = b.CreatePHI(g.types.i1, 2);
  r.addIncoming(llvm.ConstantInt.getFalse(g.ctx), cmpEnd);
  r.addIncoming(llvm.ConstantInt.getTrue(g.ctx), next);
  for (const t of temps) f.endTemp(t);
  return r;
}

/** lowerArithUnOp emits -x, !x or ^x. */
export function lowerArithUnOp(f: FnCtx, instr: ir.UnOp): llvm.Value {
  const b = f.g.builder;
  const x = f.value(instr.x);
  const cls = classify(instr.type);
  switch (instr.op) {
    case '-':
      if (cls === 'float') return b.CreateFNeg(x);
      if (cls === 'complex') return complexNeg(f, instr.type, x);
      if (cls === 'int' || cls === 'uint') return b.CreateNeg(x);
      break;
    case '!':
      if (cls === 'bool') return b.CreateNot(x);
      break;
    case '^':
      if (cls === 'int' || cls === 'uint') return b.CreateNot(x);
      break;
    case '*':
      break;
  }
  f.g.unsupported(instr.pos, `operator ${instr.op} on ${instr.type.toString()}`);
  return llvm.UndefValue.get(f.g.llvmType(instr.type));
}

/** isNilInterface reports whether v is the constant nil of an interface type. */
function isNilInterface(v: ir.Value): boolean {
  return v.kind === 'Const' && v.value === undefined && v.type.underlying().kind === 'Interface';
}
