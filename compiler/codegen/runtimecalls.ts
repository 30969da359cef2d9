// The runtime functions that generated code calls, with their Go signatures. This table is the ABI between codegen and
// runtime/*.go: when the program includes the runtime package, its functions are already in the module under these
// names (`runtime.printint`) and are used as they are; otherwise (hand-built IR in tests) they are declared from the
// signatures here. Both paths map the Go types through the same TypeMapper, so the LLVM types always agree.

import llvm from 'llvm-bindings';
import { Typ } from '../types/types.ts';
import { tupleOf } from '../../ir/builder.ts';
import { Interface } from '../types/types.ts';

/** emptyInterface is `interface{}` (the ABI only needs its layout: two words). */
const emptyInterface = new Interface([], []);
import { Signature, Tuple } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import type { FnCtx } from './func.ts';
import { typedPtr } from './memory.ts';

/** func0 is `func()`, the type of a goroutine's function. */
const func0 = new Signature(undefined, new Tuple([]), new Tuple([]), false);

/** RuntimeFunc describes one runtime function: parameter types and the result type (undefined: none). */
export interface RuntimeFunc {
  params: Type[];
  result: Type | undefined;
  /** noReturn marks functions that never return (codegen ends the block with unreachable after the call). */
  noReturn?: boolean;
}

/** runtimeFuncs lists every runtime function codegen may call, keyed by the short name (without `runtime.`). */
export const runtimeFuncs = {
  // alloc.go
  alloc: { params: [Typ.uintptr], result: Typ.UnsafePointer },
  // print.go
  printint: { params: [Typ.int64], result: undefined },
  printint32: { params: [Typ.int32], result: undefined },
  printuint: { params: [Typ.uint64], result: undefined },
  printuint32: { params: [Typ.uint32], result: undefined },
  printbool: { params: [Typ.bool], result: undefined },
  printstring: { params: [Typ.string], result: undefined },
  printpointer: { params: [Typ.uintptr], result: undefined },
  printspace: { params: [], result: undefined },
  printfloat: { params: [Typ.float64], result: undefined },
  printcomplex: { params: [Typ.float64, Typ.float64], result: undefined },
  printslice: { params: [Typ.uintptr, Typ.int, Typ.int], result: undefined },
  printiface: { params: [Typ.uintptr, Typ.uintptr], result: undefined },
  printnl: { params: [], result: undefined },
  // panic.go
  panicstring: { params: [Typ.string], result: undefined, noReturn: true },
  plainPanic: { params: [Typ.string], result: undefined, noReturn: true },
  panicBegin: { params: [], result: undefined },
  panicEnd: { params: [], result: undefined, noReturn: true },
  panicBounds: { params: [Typ.uint8, Typ.int, Typ.int], result: undefined, noReturn: true },
  panicDivide: { params: [], result: undefined, noReturn: true },
  panicNil: { params: [], result: undefined, noReturn: true },
  panicShift: { params: [], result: undefined, noReturn: true },
  panicMakeSliceLen: { params: [], result: undefined, noReturn: true },
  panicMakeSliceCap: { params: [], result: undefined, noReturn: true },
  panicUnsafeSliceLen: { params: [], result: undefined, noReturn: true },
  panicUnsafeSliceNil: { params: [], result: undefined, noReturn: true },
  // defer.go
  pushDeferFrame: { params: [Typ.UnsafePointer], result: undefined },
  rundefers: { params: [Typ.UnsafePointer], result: undefined },
  gorecover: { params: [Typ.bool], result: emptyInterface },
  // iface.go
  panicTypeAssert: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.UnsafePointer], result: undefined, noReturn: true },
  panicTypeAssertIface: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.string], result: undefined, noReturn: true },
  ifaceeq: { params: [emptyInterface, emptyInterface], result: Typ.bool },
  gopanic: { params: [emptyInterface], result: undefined, noReturn: true },
  // complex.go
  complexDiv: { params: [Typ.float64, Typ.float64, Typ.float64, Typ.float64], result: tupleOf([Typ.float64, Typ.float64]) },
  // slice.go
  growslice: {
    params: [Typ.UnsafePointer, Typ.uintptr, Typ.uintptr, Typ.uintptr, Typ.uintptr],
    result: tupleOf([Typ.UnsafePointer, Typ.uintptr]),
  },
  // utf8.go
  encoderune: { params: [Typ.UnsafePointer, Typ.int32], result: Typ.uintptr },
  countrunes: { params: [Typ.string], result: Typ.uintptr },
  decoderunes: { params: [Typ.UnsafePointer, Typ.string], result: undefined },
  encodedRunesLen: { params: [Typ.UnsafePointer, Typ.uintptr], result: Typ.uintptr },
  encoderunes: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.uintptr], result: undefined },
  // hashmap.go
  maplen: { params: [Typ.UnsafePointer], result: Typ.int },
  mapclear: { params: [Typ.UnsafePointer], result: undefined },
  mapinit: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.UnsafePointer, Typ.uintptr], result: undefined },
  mapmake: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.int], result: undefined },
  mapaccess: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.UnsafePointer], result: Typ.UnsafePointer },
  mapassign: { params: [Typ.UnsafePointer, Typ.UnsafePointer], result: Typ.UnsafePointer },
  mapdelete: { params: [Typ.UnsafePointer, Typ.UnsafePointer, Typ.UnsafePointer], result: undefined },
  mapiterinit: { params: [Typ.UnsafePointer, Typ.UnsafePointer], result: undefined },
  mapiternext: { params: [Typ.UnsafePointer], result: Typ.bool },
  // stack.go
  tsgo_stackOverflow: { params: [], result: undefined, noReturn: true },
  initStackLimit: { params: [], result: undefined },
  // chan.go, select.go
  chanSize: { params: [Typ.uintptr, Typ.int], result: Typ.uintptr },
  chaninit: { params: [Typ.UnsafePointer, Typ.uintptr, Typ.int], result: undefined },
  chansend: { params: [Typ.UnsafePointer, Typ.UnsafePointer], result: undefined },
  chanrecv: { params: [Typ.UnsafePointer, Typ.UnsafePointer], result: Typ.bool },
  chanclose: { params: [Typ.UnsafePointer], result: undefined },
  chanlen: { params: [Typ.UnsafePointer], result: Typ.int },
  chancap: { params: [Typ.UnsafePointer], result: Typ.int },
  chanselect: { params: [Typ.UnsafePointer, Typ.uintptr], result: tupleOf([Typ.int, Typ.bool]) },
  chantryselect: { params: [Typ.UnsafePointer, Typ.uintptr], result: tupleOf([Typ.int, Typ.bool]) },
  // scheduler_tasks.go
  startGoroutine: { params: [func0, Typ.UnsafePointer, Typ.uintptr], result: undefined },
  // strings.go
  stringEqual: { params: [Typ.string, Typ.string], result: Typ.bool },
  stringLess: { params: [Typ.string, Typ.string], result: Typ.bool },
} satisfies Record<string, RuntimeFunc>;

/** RuntimeName is the short name of a runtime function codegen calls. */
export type RuntimeName = keyof typeof runtimeFuncs;

/** runtimeFunction returns the LLVM function `runtime.<name>`, declaring it when the program does not define it. */
export function runtimeFunction(g: Codegen, name: RuntimeName): llvm.Function {
  const sym = `runtime.${name}`;
  const existing = g.funcs.get(sym);
  if (existing) return existing.fn;
  const desc: RuntimeFunc = runtimeFuncs[name];
  return g.declareFunction(sym, llvmFunctionType(g, desc), desc.result === undefined, false).fn;
}

/**
 * callRuntime emits a call of `runtime.<name>`; for a function that never returns it ends the block (unreachable).
 * Pointer arguments are cast to the runtime's own parameter types (a `*hashmap` parameter receives an i8* map).
 */
export function callRuntime(g: Codegen, name: RuntimeName, args: llvm.Value[]): llvm.Value {
  const fn = runtimeFunction(g, name);
  const params = runtimeParams(g, name);
  const cast = args.map((a, i) => {
    const pt = params[i];
    if (!pt) return a;
    const u = pt.underlying();
    const ptrLike = u.kind === 'Pointer' || u.kind === 'Map' || u.kind === 'Chan' || (u.kind === 'Basic' && u.name === 'unsafe.Pointer');
    return ptrLike ? g.builder.CreateBitCast(a, g.llvmType(pt)) : a;
  });
  const call = g.builder.CreateCall(fn, cast);
  const desc: RuntimeFunc = runtimeFuncs[name];
  if (desc.noReturn) g.builder.CreateUnreachable();
  return call;
}

function llvmFunctionType(g: Codegen, desc: RuntimeFunc): llvm.FunctionType {
  const params = desc.params.map((p) => g.llvmType(p));
  const result = desc.result ? g.llvmType(desc.result) : g.types.voidType;
  return llvm.FunctionType.get(result, params, false);
}

/** runtimeParams returns the Go parameter types of runtime.<name> as the runtime declares it (else the table's). */
function runtimeParams(g: Codegen, name: RuntimeName): Type[] {
  const obj = g.prog.packages.find((p) => p.path === 'runtime')?.types?.scope.lookup(name);
  if (obj?.kind === 'Func') return obj.type.params.vars.map((v) => v.type);
  return (runtimeFuncs[name] as RuntimeFunc).params;
}

/** runtimeType returns the runtime's Go type `name`, whose layout codegen shares (deferFrame, selectCase, ...). */
export function runtimeType(f: FnCtx, name: string): Type {
  const t = f.g.runtimeGoType(name);
  if (!t) throw new Error(`internal error: the runtime has no type ${name}`);
  return t;
}

/** runtimeFieldAddr returns the address of field `name` of the runtime struct type t at p. */
export function runtimeFieldAddr(f: FnCtx, t: Type, p: llvm.Value, name: string): llvm.Value {
  const g = f.g;
  const u = t.underlying();
  const idx = u.kind === 'Struct' ? u.fields.findIndex((x) => x.name === name) : -1;
  if (idx < 0) throw new Error(`internal error: runtime.${t.toString()} has no field ${name}`);
  const sty = g.llvmType(t);
  return g.builder.CreateInBoundsGEP(sty, typedPtr(f, p, sty), [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, idx, false)]);
}
