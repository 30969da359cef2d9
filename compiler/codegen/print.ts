// Lowering of the print/println builtins and of panic values into runtime calls, in gc's output format: println
// separates its operands with spaces and ends with a newline, print does neither; integers print in decimal, bools
// as true/false, strings raw, pointers as 0x-prefixed hex. To keep AVR code small, integers of 32 bits or fewer use
// the 32-bit printers and only 64-bit values reach the 64-bit ones. A panic with a plain string calls
// runtime.panicstring; any other value prints `panic: ` (panicBegin), the value (for a named type as gc does:
// `main.E(42)`, `main.S("x")`), then a newline and exit(2) (panicEnd).

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Pos } from '../syntax/source.ts';
import type { Type } from '../types/types.ts';
import type { FnCtx } from './func.ts';
import { callRuntime } from './runtimecalls.ts';
import { classify } from './types.ts';

/** lowerPrint emits the runtime calls for print(args...) or println(args...). */
export function lowerPrint(f: FnCtx, instr: ir.Call, newline: boolean): void {
  instr.args.forEach((arg, i) => {
    if (newline && i > 0) callRuntime(f.g, 'printspace', []);
    printValue(f, arg.type, f.value(arg), instr.pos);
  });
  if (newline) callRuntime(f.g, 'printnl', []);
}

/** printValue emits the runtime call that prints one value of Go type t. */
export function printValue(f: FnCtx, t: Type, v: llvm.Value, pos: Pos): void {
  const g = f.g;
  const b = g.builder;
  const cls = classify(t);
  switch (cls) {
    case 'bool':
      callRuntime(g, 'printbool', [v]);
      return;
    case 'int':
    case 'uint': {
      const bits = g.types.intWidth(t);
      const signed = cls === 'int';
      if (bits <= 32) {
        const wide = bits === 32 ? v : signed ? b.CreateSExt(v, g.types.i32) : b.CreateZExt(v, g.types.i32);
        callRuntime(g, signed ? 'printint32' : 'printuint32', [wide]);
      } else {
        callRuntime(g, signed ? 'printint' : 'printuint', [v]);
      }
      return;
    }
    case 'string':
      callRuntime(g, 'printstring', [v]);
      return;
    case 'pointer':
      callRuntime(g, 'printpointer', [b.CreatePtrToInt(v, g.types.uintptrType)]);
      return;
    case 'float':
    case 'complex':
    case 'aggregate':
    case 'other':
      g.unsupported(pos, `printing a value of type ${t.toString()}`);
      return;
  }
}

/** lowerPanic emits the runtime calls for `panic(x)` and ends the block. */
export function lowerPanic(f: FnCtx, instr: ir.Panic): void {
  const g = f.g;
  const t = instr.x.type;
  const x = f.value(instr.x);
  const cls = classify(t);
  if (cls !== 'bool' && cls !== 'int' && cls !== 'uint' && cls !== 'string') {
    g.unsupported(instr.pos, `panic with a value of type ${t.toString()}`);
    g.builder.CreateUnreachable();
    return;
  }
  if (t.kind !== 'Named' && cls === 'string') {
    callRuntime(g, 'panicstring', [x]);
    return;
  }
  callRuntime(g, 'panicBegin', []);
  if (t.kind === 'Named') {
    const quote = cls === 'string' ? '"' : '';
    callRuntime(g, 'printstring', [g.stringConst(t.toString() + '(' + quote)]);
    printValue(f, t, x, instr.pos);
    callRuntime(g, 'printstring', [g.stringConst(quote + ')')]);
  } else {
    printValue(f, t, x, instr.pos);
  }
  callRuntime(g, 'panicEnd', []);
}

/** lowerLen emits len(x) for a string, an array or a pointer to an array; the result has the call's type (int). */
export function lowerLen(f: FnCtx, instr: ir.Call): llvm.Value {
  const g = f.g;
  const arg = instr.args[0];
  const resTy = g.llvmType(instr.type);
  if (!arg) return llvm.UndefValue.get(resTy);
  let u = arg.type.underlying();
  if (u.kind === 'Pointer') u = u.elem.underlying();
  if (u.kind === 'Array') return g.int(u.len);
  if (classify(arg.type) === 'string') {
    const n = g.builder.CreateExtractValue(f.value(arg), [1]);
    const from = g.prog.sizes.ptrSize;
    const to = g.prog.sizes.intSize;
    if (from === to) return n;
    return from > to ? g.builder.CreateTrunc(n, resTy) : g.builder.CreateZExt(n, resTy);
  }
  if (u.kind === 'Slice') {
    const n = g.builder.CreateExtractValue(f.value(arg), [1]);
    return g.prog.sizes.ptrSize === g.prog.sizes.intSize ? n : g.builder.CreateZExtOrTrunc(n, resTy);
  }
  g.unsupported(instr.pos, `len of ${arg.type.toString()}`);
  return llvm.UndefValue.get(resTy);
}
