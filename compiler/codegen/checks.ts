// Run-time safety checks with Go's semantics: nil-pointer dereference, index bounds, integer division by zero and
// negative shift counts. Each check compares, branches to a panic on failure and continues in a fresh block. The
// argument-less panics (nil, divide, shift) share one block per function; a bounds failure gets its own block
// because it passes the offending values to runtime.panicBounds. Checks that are statically known to pass (pointers
// that are never nil, constant indexes in range, constant non-zero divisors) emit nothing.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { FnCtx } from './func.ts';
import { callRuntime, type RuntimeName } from './runtimecalls.ts';
import { classify } from './types.ts';

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

/** panicBlock returns the function's one block that calls runtime.<name> (a panic that never returns). */
export function panicBlock(f: FnCtx, name: RuntimeName): llvm.BasicBlock {
  return f.sharedBlock(`panic.${name}`, () => callRuntime(f.g, name, []));
}

/**
 * nilCheck panics with a nil-pointer dereference when the pointer x (IR value irX) is nil. The runtime's own code
 * gets none: it never dereferences nil by design (it tests nil maps and the like explicitly), as gc's runtime relies
 * on that too; its checks cost about 400 bytes of flash on AVR and a test per byte in its memory loops. A call of
 * a function value is checked everywhere (inRuntimeToo): the runtime calls the user's deferred function values.
 */
export function nilCheck(f: FnCtx, irX: ir.Value, x: llvm.Value, inRuntimeToo = false): void {
  if (neverNil(irX) || (f.fn.pkg?.path === 'runtime' && !inRuntimeToo)) return;
  const b = f.g.builder;
  continueIf(f, b.CreateIsNotNull(x), panicBlock(f, 'panicNil'), 'nil.ok');
}

/** Bounds are the bounds-error codes of runtime/panic.go (gc's boundsError codes). */
export enum Bounds {
  Index = 0,
  SliceAlen = 1,
  SliceAcap = 2,
  SliceB = 3,
  Slice3Alen = 4,
  Slice3Acap = 5,
  Slice3B = 6,
  Slice3C = 7,
  Convert = 8,
}

/** boundsSigned is or-ed into a bounds code when x has a signed type (runtime/panic.go). */
const boundsSigned = 0x10;

/** IntVal is an integer LLVM value with the width and signedness of its Go type (and its IR value, if any). */
export interface IntVal {
  v: llvm.Value;
  bits: number;
  signed: boolean;
  /** constant is the value when it is known at compile time. */
  constant?: bigint;
}

/** intVal describes the LLVM value of an integer IR operand. */
export function intVal(f: FnCtx, irv: ir.Value): IntVal {
  const bits = f.g.types.intWidth(irv.type);
  const signed = classify(irv.type) === 'int';
  const c = irv.kind === 'Const' && irv.value?.kind === 'int' ? irv.value.value : undefined;
  return c === undefined ? { v: f.value(irv), bits, signed } : { v: f.value(irv), bits, signed, constant: c };
}

/** uintVal wraps an unsigned LLVM integer of `bits` bits (a length or capacity), with its value when constant. */
export function uintVal(v: llvm.Value, bits: number, constant?: number): IntVal {
  return constant === undefined ? { v, bits, signed: false } : { v, bits, signed: false, constant: BigInt(constant) };
}

/**
 * boundsCheck panics with bounds error `code` (printing x and y) unless 0 <= x < y (strict) or 0 <= x <= y. Both are
 * compared unsigned in a width that holds either, so a negative signed x fails. Nothing is emitted when both are
 * constants that pass.
 */
export function boundsCheck(f: FnCtx, code: Bounds, x: IntVal, y: IntVal, strict: boolean): void {
  if (x.constant !== undefined && y.constant !== undefined) {
    if (x.constant >= 0n && (strict ? x.constant < y.constant : x.constant <= y.constant)) return;
  }
  const g = f.g;
  const b = g.builder;
  const bits = Math.max(x.bits, y.bits);
  const xw = extendOrTrunc(f, x.v, x.bits, bits, x.signed);
  const yw = extendOrTrunc(f, y.v, y.bits, bits, y.signed);
  const fail = f.newBlock('panic.bounds');
  continueIf(f, strict ? b.CreateICmpULT(xw, yw) : b.CreateICmpULE(xw, yw), fail, 'bounds.ok');
  const saved = b.GetInsertBlock()!;
  b.SetInsertPoint(fail);
  const intBits = g.prog.sizes.intSize * 8;
  const codeV = llvm.ConstantInt.get(g.types.i8, code | (x.signed ? boundsSigned : 0), false);
  const xi = extendOrTrunc(f, x.v, x.bits, intBits, x.signed);
  const yi = extendOrTrunc(f, y.v, y.bits, intBits, y.signed);
  callRuntime(g, 'panicBounds', [codeV, xi, yi]);
  b.SetInsertPoint(saved);
}

/** divideCheck panics with `integer divide by zero` when y is zero (skipped for a non-zero constant divisor). */
export function divideCheck(f: FnCtx, irY: ir.Value, y: llvm.Value, type: llvm.IntegerType): void {
  if (irY.kind === 'Const' && irY.value?.kind === 'int' && irY.value.value !== 0n) return;
  const b = f.g.builder;
  continueIf(f, b.CreateICmpNE(y, llvm.ConstantInt.get(type, 0, false)), panicBlock(f, 'panicDivide'), 'div.ok');
}

/** shiftCheck panics with `negative shift amount` when a signed shift count y is negative. */
export function shiftCheck(f: FnCtx, y: llvm.Value, type: llvm.IntegerType): void {
  const b = f.g.builder;
  continueIf(f, b.CreateICmpSGE(y, llvm.ConstantInt.get(type, 0, false)), panicBlock(f, 'panicShift'), 'shift.ok');
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
