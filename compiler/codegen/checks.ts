// Run-time safety checks with Go's semantics: nil-pointer dereference, index bounds, integer division by zero and
// negative shift counts. Each check compares, branches to a panic on failure and continues in a fresh block. The
// argument-less panics (nil, divide, shift) share one block per function; a bounds failure gets its own block
// because it passes the index and length to runtime.panicIndex. Checks that are statically known to pass (pointers
// that are never nil, constant indexes in range, constant non-zero divisors) emit nothing.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { FnCtx } from './func.ts';
import { callRuntime } from './runtimecalls.ts';

/** neverNil reports whether an IR pointer value can never be nil (addresses of variables, fields and elements). */
export function neverNil(v: ir.Value): boolean {
  switch (v.kind) {
    case 'Alloc':
    case 'Global':
    case 'FieldAddr':
    case 'IndexAddr':
      return true;
    default:
      return false;
  }
}

/** continueIf branches to a fresh block when ok holds and to fail otherwise; the builder moves to the fresh block. */
export function continueIf(f: FnCtx, ok: llvm.Value, fail: llvm.BasicBlock, name: string): void {
  const next = f.newBlock(name);
  f.g.builder.CreateCondBr(ok, next, fail);
  f.g.builder.SetInsertPoint(next);
}

/** nilCheck panics with a nil-pointer dereference when the pointer x (IR value irX) is nil. */
export function nilCheck(f: FnCtx, irX: ir.Value, x: llvm.Value): void {
  if (neverNil(irX)) return;
  const b = f.g.builder;
  const fail = f.sharedBlock('panic.nil', () => callRuntime(f.g, 'panicNil', []));
  continueIf(f, b.CreateIsNotNull(x), fail, 'nil.ok');
}

/**
 * boundsCheck panics with `index out of range [i] with length n` unless 0 <= index < length. index is an integer of
 * `indexBits` bits (signed when `signed`); length is an `int`. A constant index below a constant length emits nothing.
 */
export function boundsCheck(
  f: FnCtx,
  irIndex: ir.Value,
  index: llvm.Value,
  indexBits: number,
  signed: boolean,
  length: llvm.Value,
  constLength: number | undefined,
): void {
  if (constLength !== undefined && irIndex.kind === 'Const' && irIndex.value?.kind === 'int') {
    const i = irIndex.value.value;
    if (i >= 0n && i < BigInt(constLength)) return;
  }
  const g = f.g;
  const b = g.builder;
  const intBits = g.prog.sizes.intSize * 8;
  // Compare unsigned in the wider of the two widths: a negative signed index becomes huge and fails the test.
  const bits = Math.max(indexBits, intBits);
  const wide = llvm.Type.getIntNTy(g.ctx, bits);
  const idxW = extend(f, index, indexBits, bits, wide, signed);
  const lenW = extend(f, length, intBits, bits, wide, false);
  const fail = f.newBlock('panic.index');
  continueIf(f, b.CreateICmpULT(idxW, lenW), fail, 'index.ok');
  const saved = b.GetInsertBlock()!;
  b.SetInsertPoint(fail);
  const idxInt = indexBits === intBits ? index : extendOrTrunc(f, index, indexBits, intBits, signed);
  callRuntime(g, 'panicIndex', [idxInt, length]);
  b.SetInsertPoint(saved);
}

/** divideCheck panics with `integer divide by zero` when y is zero (skipped for a non-zero constant divisor). */
export function divideCheck(f: FnCtx, irY: ir.Value, y: llvm.Value, type: llvm.IntegerType): void {
  if (irY.kind === 'Const' && irY.value?.kind === 'int' && irY.value.value !== 0n) return;
  const b = f.g.builder;
  const fail = f.sharedBlock('panic.divide', () => callRuntime(f.g, 'panicDivide', []));
  continueIf(f, b.CreateICmpNE(y, llvm.ConstantInt.get(type, 0, false)), fail, 'div.ok');
}

/** shiftCheck panics with `negative shift amount` when a signed shift count y is negative. */
export function shiftCheck(f: FnCtx, y: llvm.Value, type: llvm.IntegerType): void {
  const b = f.g.builder;
  const fail = f.sharedBlock('panic.shift', () => callRuntime(f.g, 'panicShift', []));
  continueIf(f, b.CreateICmpSGE(y, llvm.ConstantInt.get(type, 0, false)), fail, 'shift.ok');
}

/** extendOrTrunc converts an integer from one width to another (sign- or zero-extending). */
export function extendOrTrunc(f: FnCtx, v: llvm.Value, from: number, to: number, signed: boolean): llvm.Value {
  if (from === to) return v;
  const t = llvm.Type.getIntNTy(f.g.ctx, to);
  if (from > to) return f.g.builder.CreateTrunc(v, t);
  return signed ? f.g.builder.CreateSExt(v, t) : f.g.builder.CreateZExt(v, t);
}

function extend(f: FnCtx, v: llvm.Value, from: number, to: number, t: llvm.IntegerType, signed: boolean): llvm.Value {
  if (from === to) return v;
  return signed ? f.g.builder.CreateSExt(v, t) : f.g.builder.CreateZExt(v, t);
}
