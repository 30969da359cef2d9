// The stack overflow check of a function that passes/stackcheck.ts marks (in a cycle of the call graph, or with a
// large frame), at the end of its entry block: once the frame is allocated, the stack pointer must lie between
// runtime.stackLimit and the stack's top (one unsigned compare of sp - stackLimit with stackRoom), or the function
// calls tsgo_stackOverflow (targets/*.s, then runtime/stack.go). On AVR that is about 17 cycles and 34 bytes.

import llvm from 'llvm-bindings';
import type { FnCtx } from './func.ts';
import { callRuntime } from './runtimecalls.ts';

/** emitStackCheck ends the entry block (b, positioned in it) with the check, continuing to body when it passes. */
export function emitStackCheck(f: FnCtx, b: llvm.IRBuilder, body: llvm.BasicBlock): void {
  const g = f.g;
  const global = (name: string): llvm.GlobalVariable | undefined =>
    [...g.globals].find(([ig]) => ig.qualifiedName === `runtime.${name}`)?.[1];
  const limit = global('stackLimit');
  const room = global('stackRoom');
  if (!limit || !room) {
    b.CreateBr(body);
    return;
  }
  const stacksave = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.stacksave);
  const sp = b.CreatePtrToInt(b.CreateCall(stacksave, []), g.types.uintptrType);
  // sp - limit >= room (unsigned): below the limit, or wrapped around past the top by a frame larger than the stack.
  const offset = b.CreateSub(sp, b.CreateLoad(g.types.uintptrType, limit));
  const below = b.CreateICmpUGE(offset, b.CreateLoad(g.types.uintptrType, room));
  const overflow = f.newBlock('stack.overflow');
  b.CreateCondBr(below, overflow, body);
  const saved = g.builder.GetInsertBlock();
  g.builder.SetInsertPoint(overflow);
  callRuntime(g, 'tsgo_stackOverflow', []);
  if (saved) g.builder.SetInsertPoint(saved);
}
