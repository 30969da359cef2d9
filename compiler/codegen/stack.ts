// The stack overflow check of a function in a cycle of the call graph (passes/stackcheck.ts), at the end of its
// entry block: once the frame is allocated, the stack pointer is compared with runtime.stackLimit, and a lower one
// calls runtime.stackOverflow (runtime/stack.go). On AVR it reads SPL/SPH and the limit, compares and branches:
// about 10 cycles a call.

import llvm from 'llvm-bindings';
import type { FnCtx } from './func.ts';
import { callRuntime } from './runtimecalls.ts';

/** emitStackCheck ends the entry block (b, positioned in it) with the check, continuing to body when it passes. */
export function emitStackCheck(f: FnCtx, b: llvm.IRBuilder, body: llvm.BasicBlock): void {
  const g = f.g;
  const limit = [...g.globals].find(([ig]) => ig.qualifiedName === 'runtime.stackLimit')?.[1];
  if (!limit) {
    b.CreateBr(body);
    return;
  }
  const stacksave = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.stacksave);
  const sp = b.CreatePtrToInt(b.CreateCall(stacksave, []), g.types.uintptrType);
  const below = b.CreateICmpULT(sp, b.CreateLoad(g.types.uintptrType, limit));
  const overflow = f.newBlock('stack.overflow');
  b.CreateCondBr(below, overflow, body);
  const saved = g.builder.GetInsertBlock();
  g.builder.SetInsertPoint(overflow);
  callRuntime(g, 'stackOverflow', []);
  if (saved) g.builder.SetInsertPoint(saved);
}
