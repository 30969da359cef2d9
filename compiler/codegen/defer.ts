// Lowering of defer and recover (the runtime side is runtime/defer.go). SetupDefers gives the function a
// runtime.deferFrame in its stack frame and links it (pushDeferFrame); in a program that calls recover it also
// records the addresses of the result variables (which keeps them in memory, where a recovery reads them) and calls
// tsgo_setjmp: the second return, after a recovered panic, branches to a recovery block that runs the remaining
// deferred calls and returns the result variables' values. Without recover, a panic only runs the deferred calls
// before the program ends, so there is no recovery point and the frame stops before its jmpbuf. Defer links a record {fn, link} — in the frame's stack, or runtime.alloc for a defer in a loop —
// into the frame's list; RunDefers runs the list before a return. recover() is runtime.gorecover, told whether the
// calling function has a frame of its own.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Type } from '../types/types.ts';
import type { FnCtx } from './func.ts';
import { glueFunction } from './glue.ts';
import { heapAlloc, typedPtr } from './memory.ts';
import { callRuntime, runtimeFieldAddr, runtimeType } from './runtimecalls.ts';

/** lowerSetupDefers creates and links the function's defer frame and its recovery point. */
export function lowerSetupDefers(f: FnCtx, instr: ir.SetupDefers): void {
  const g = f.g;
  const b = g.builder;
  const frameT = runtimeType(f, 'deferFrame');
  const recoverable = g.prog.recoverUsed === true;
  // Without recover the frame ends before jb (never used); either way only link (set by pushDeferFrame), defers and
  // results need initial values: the jmpbuf is written by tsgo_setjmp.
  const u = frameT.underlying();
  const fields = u.kind === 'Struct' ? u.fields.map((x) => x.type) : [];
  const jbOffset = g.prog.sizes.offsetsof(fields)[fields.length - 1] ?? 0;
  const frame = recoverable
    ? f.alloca(g.llvmType(frameT), 'deferframe')
    : typedPtr(f, f.alloca(llvm.ArrayType.get(g.types.i8, jbOffset), 'deferframe'), g.llvmType(frameT));
  f.deferFrame = frame;
  b.CreateStore(llvm.ConstantPointerNull.get(g.types.i8ptr), typedPtr(f, runtimeFieldAddr(f, frameT, frame, 'defers'), g.types.i8ptr));
  if (!recoverable) {
    callRuntime(g, 'pushDeferFrame', [frame]);
    return;
  }
  if (instr.results.length === 0) {
    b.CreateStore(llvm.ConstantPointerNull.get(g.types.i8ptr), typedPtr(f, runtimeFieldAddr(f, frameT, frame, 'results'), g.types.i8ptr));
  } else {
    const arrT = llvm.ArrayType.get(g.types.i8ptr, instr.results.length);
    const arr = f.alloca(arrT, 'resultaddrs');
    instr.results.forEach((r, i) => {
      const at = b.CreateInBoundsGEP(arrT, arr, [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, i, false)]);
      b.CreateStore(typedPtr(f, f.value(r), g.types.i8), at);
    });
    b.CreateStore(typedPtr(f, arr, g.types.i8), typedPtr(f, runtimeFieldAddr(f, frameT, frame, 'results'), g.types.i8ptr));
  }
  callRuntime(g, 'pushDeferFrame', [frame]);
  const jb = typedPtr(f, runtimeFieldAddr(f, frameT, frame, 'jb'), g.types.i8);
  const again = b.CreateCall(glueFunction(g, 'tsgo_setjmp'), [jb]);
  const recover = f.newBlock('defer.recovered');
  const cont = f.newBlock('defer.start');
  b.CreateCondBr(b.CreateICmpNE(again, llvm.ConstantInt.get(g.types.i8, 0, false)), recover, cont);
  b.SetInsertPoint(recover);
  callRuntime(g, 'rundefers', [frame]);
  const results = instr.results.map((r) => {
    const t = (r.type.underlying() as { elem: Type }).elem;
    const ty = g.llvmType(t);
    return b.CreateLoad(ty, typedPtr(f, f.value(r), ty));
  });
  f.emitReturn(results);
  b.SetInsertPoint(cont);
}

/** lowerDefer links a deferred call's record into the frame's list. */
export function lowerDefer(f: FnCtx, instr: ir.Defer): void {
  const g = f.g;
  const b = g.builder;
  const frame = f.deferFrame;
  if (!frame) throw new Error('internal error: defer without SetupDefers');
  const frameT = runtimeType(f, 'deferFrame');
  const recT = runtimeType(f, '_defer');
  // Both fields are stored below: the stack record needs no zeroing.
  const rec = instr.heap ? heapAlloc(f, g.uintptr(g.prog.sizes.sizeof(recT))) : f.alloca(g.llvmType(recT), 'defer');
  const fnTy = g.llvmType((runtimeField(recT, 'fn')));
  b.CreateStore(f.valueAs(instr.fn, runtimeField(recT, 'fn')), typedPtr(f, runtimeFieldAddr(f, recT, rec, 'fn'), fnTy));
  const head = typedPtr(f, runtimeFieldAddr(f, frameT, frame, 'defers'), g.types.i8ptr);
  b.CreateStore(b.CreateLoad(g.types.i8ptr, head), typedPtr(f, runtimeFieldAddr(f, recT, rec, 'link'), g.types.i8ptr));
  b.CreateStore(typedPtr(f, rec, g.types.i8), head);
}

function runtimeField(t: Type, name: string): Type {
  const u = t.underlying();
  const fld = u.kind === 'Struct' ? u.fields.find((x) => x.name === name) : undefined;
  if (!fld) throw new Error(`internal error: runtime.${t.toString()} has no field ${name}`);
  return fld.type;
}

/** lowerRunDefers runs the frame's deferred calls before a return. */
export function lowerRunDefers(f: FnCtx): void {
  if (!f.deferFrame) throw new Error('internal error: rundefers without SetupDefers');
  callRuntime(f.g, 'rundefers', [f.deferFrame]);
}

/** lowerRecover emits recover(): runtime.gorecover, told whether this function has a defer frame of its own. */
export function lowerRecover(f: FnCtx): llvm.Value {
  const g = f.g;
  return callRuntime(g, 'gorecover', [f.fn.hasDefer ? llvm.ConstantInt.getTrue(g.ctx) : llvm.ConstantInt.getFalse(g.ctx)]);
}
