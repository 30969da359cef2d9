// runtime/volatile's Load and Store functions (src/runtime/volatile, and the runtime's copies in runtime/volatile.go),
// which have no Go body: each call becomes a call
// of the glue's always-inline volatile accessor of its width (glue.ts), so the optimiser keeps exactly one access of
// that width, in program order.

import type * as ir from '../../ir/ir.ts';
import type { FnCtx } from './func.ts';
import { glueFunction, VOLATILE_LOAD, VOLATILE_STORE } from './glue.ts';
import llvm from 'llvm-bindings';

/**
 * VOLATILE matches the functions this file lowers: runtime/volatile.LoadUint8 ... StoreUint64, and the runtime's own
 * runtime.volatileLoadUint8 ... (the runtime cannot import a package: every package imports it).
 */
const VOLATILE = /^runtime(?:\/volatile\.|\.volatile)(Load|Store)Uint(8|16|32|64)$/;

/** isVolatileAccess reports whether fn is one of runtime/volatile's bodyless accessors. */
export function isVolatileAccess(fn: ir.Function): boolean {
  return fn.blocks.length === 0 && VOLATILE.test(fn.qualifiedName);
}

/** lowerVolatile lowers a call of a runtime/volatile accessor; it returns the loaded value for a load. */
export function lowerVolatile(f: FnCtx, instr: ir.Call, fn: ir.Function): llvm.Value | undefined {
  const [, op, bits] = VOLATILE.exec(fn.qualifiedName)!;
  const g = f.g;
  const ty = llvm.IntegerType.get(g.ctx, Number(bits));
  const addr = g.builder.CreateBitCast(f.value(instr.args[0]!), llvm.PointerType.get(ty, 0));
  if (op === 'Load') return g.builder.CreateCall(glueFunction(g, `${VOLATILE_LOAD}i${bits}`), [addr]);
  g.builder.CreateCall(glueFunction(g, `${VOLATILE_STORE}i${bits}`), [addr, f.value(instr.args[1]!)]);
  return undefined;
}
