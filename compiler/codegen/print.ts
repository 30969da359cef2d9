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
import { toInt } from './slices.ts';
import { rtypeString } from './typedesc.ts';

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
      callRuntime(g, 'printfloat', [toFloat64(f, v, t)]);
      return;
    case 'complex': {
      const part = (i: number): llvm.Value => toFloat64(f, b.CreateExtractValue(v, [i]), t);
      callRuntime(g, 'printcomplex', [part(0), part(1)]);
      return;
    }
    case 'aggregate':
    case 'other':
      break;
  }
  const u = t.underlying();
  const addr = (p: llvm.Value): llvm.Value => b.CreatePtrToInt(p, g.types.uintptrType);
  switch (u.kind) {
    case 'Slice':
      callRuntime(g, 'printslice', [addr(b.CreateExtractValue(v, [0])), toInt(f, b.CreateExtractValue(v, [1])), toInt(f, b.CreateExtractValue(v, [2]))]);
      return;
    case 'Interface':
      callRuntime(g, 'printiface', [addr(b.CreateExtractValue(v, [0])), addr(b.CreateExtractValue(v, [1]))]);
      return;
    case 'Map':
    case 'Chan':
      callRuntime(g, 'printpointer', [addr(v)]);
      return;
    case 'Signature':
      callRuntime(g, 'printpointer', [addr(b.CreateExtractValue(v, [0]))]);
      return;
    default:
      g.unsupported(pos, `printing a value of type ${t.toString()}`);
  }
}

/** toFloat64 widens a float32 (or a complex64 part) to float64 for the runtime's printers. */
function toFloat64(f: FnCtx, v: llvm.Value, t: Type): llvm.Value {
  const u = t.underlying();
  const narrow = u.kind === 'Basic' && (u.name === 'float32' || u.name === 'complex64');
  return narrow ? f.g.builder.CreateFPExt(v, llvm.Type.getDoubleTy(f.g.ctx)) : v;
}

/** lowerPanic emits the runtime calls for `panic(x)` and ends the block. */
export function lowerPanic(f: FnCtx, instr: ir.Panic): void {
  const g = f.g;
  const t = instr.x.type;
  const x = f.value(instr.x);
  const cls = classify(t);
  if (t.underlying().kind === 'Interface') {
    callRuntime(g, 'gopanic', [x]);
    return;
  }
  if (cls !== 'bool' && cls !== 'int' && cls !== 'uint' && cls !== 'string' && cls !== 'float' && cls !== 'complex') {
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
    callRuntime(g, 'printstring', [g.stringConst(rtypeString(t) + '(' + quote)]);
    printValue(f, t, x, instr.pos);
    callRuntime(g, 'printstring', [g.stringConst(quote + ')')]);
  } else {
    printValue(f, t, x, instr.pos);
  }
  callRuntime(g, 'panicEnd', []);
}
