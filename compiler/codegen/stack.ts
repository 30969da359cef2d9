// The stack overflow check of a function that passes/stackcheck.ts marks (in a cycle of the call graph, or with a
// large frame), at the end of its entry block: once the frame is allocated, the stack pointer must lie between
// runtime.stackLimit and the stack's top (one unsigned compare of sp - stackLimit with stackRoom), or the function
// calls tsgo_stackOverflow (targets/*.s, then runtime/stack.go). On AVR that is about 17 cycles and 34 bytes.

import llvm from 'llvm-bindings';
import type { Codegen } from './context.ts';
import type { FnCtx } from './func.ts';
import { linkGlueText } from './glue.ts';
import { callRuntime } from './runtimecalls.ts';
import { stackGuard } from '../../ir/layout.ts';

/** STACK_LIMIT and STACK_ROOM are the runtime's variables a check compares the stack pointer with (stack.go). */
const STACK_LIMIT = 'runtime.stackLimit';
const STACK_ROOM = 'runtime.stackRoom';

/**
 * linkStaticStackBounds defines the runtime's stack bounds with the main stack's values on the boards, where the
 * linker script places the main stack (the top _stack_size bytes of RAM, from _heap_end): the limit is then set
 * before the first instruction runs, and the entry needs no runtime.initStackLimit call (on the host the operating
 * system places the stack, and the entry makes that call). The bindings cannot build a constant from a symbol's
 * address, so the two variables are glue; createGlobals finds them in the module.
 */
export function linkStaticStackBounds(g: Codegen): void {
  const int = `i${g.target.ptrSize * 8}`;
  const guard = stackGuard(g.target.ptrSize);
  const align = Math.min(g.target.ptrSize, g.target.maxAlign);
  linkGlueText(g, `
@_heap_end = external global i8
@_stack_size = external global i8
@${STACK_LIMIT} = hidden global ${int} ptrtoint (i8* getelementptr (i8, i8* @_heap_end, ${int} ${guard}) to ${int}), align ${align}
@${STACK_ROOM} = hidden global ${int} sub (${int} ptrtoint (i8* @_stack_size to ${int}), ${int} ${guard}), align ${align}
`);
}

/** staticStackBound returns the glue's definition of a stack bound variable named qualifiedName, if it is one. */
export function staticStackBound(g: Codegen, qualifiedName: string): llvm.GlobalVariable | undefined {
  if (!g.target.baremetal || (qualifiedName !== STACK_LIMIT && qualifiedName !== STACK_ROOM)) return undefined;
  return g.module.getGlobalVariable(qualifiedName) ?? undefined;
}

/** emitStackCheck ends the entry block (b, positioned in it) with the check, continuing to body when it passes. */
export function emitStackCheck(f: FnCtx, b: llvm.IRBuilder, body: llvm.BasicBlock): void {
  const g = f.g;
  const global = (name: string): llvm.GlobalVariable | undefined =>
    [...g.globals].find(([ig]) => ig.qualifiedName === name)?.[1];
  const limit = global(STACK_LIMIT);
  const room = global(STACK_ROOM);
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
