// Interrupt vector entries for the handlers interrupt.New registers (prog.vectors, passes/interrupts.ts). Each vector
// gets a small function of its own, `tsgo.interrupt.<id>`, built here with the bindings: it raises
// runtime/interrupt's nesting count (which interrupt.In reads on AVR; only in a program that calls In), calls the Go
// handler with the Interrupt for id (plus its context: nil for a function literal, the variable's address for a
// method value), and puts the count back. The vector itself is what the target's startup code jumps to:
// - AVR: `__vector_<id>` with the `avr_signalcc` calling convention (it saves every register it uses and SREG, keeps
//   interrupts off, and returns with `reti`), which the bindings cannot express: it is textual glue IR (glue.ts)
//   that calls tsgo.interrupt.<id>, marked alwaysinline (an external function with one caller is not inlined at
//   -Oz otherwise), and ld's --gc-sections drops the unused copy; so is a handler that has no other caller. The
//   strong definition replaces targets/avr.s's weak default (__bad_interrupt). A handler written in assembly (a
//   bodyless declaration) is jumped to directly.
// - Cortex-M: the hardware saves the caller-saved registers, so an ordinary function is a handler: the entry is
//   named `IRQ<id>_Handler`, replacing targets/cortex-m.s's weak default (Default_Handler).
// compiler/build/stacks.ts counts the deepest handler's chain into every stack by these names.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Codegen } from './context.ts';
import { symbolName } from '../../ir/linkname.ts';
import { linkGlueText } from './glue.ts';

/** ENTRY_PREFIX names the function that calls a vector's Go handler: `tsgo.interrupt.18`. */
export const ENTRY_PREFIX = 'tsgo.interrupt.';

/** NESTING is the qualified name of runtime/interrupt's count of running handlers (AVR's interrupt.In). */
const NESTING = 'runtime/interrupt.nesting';
/** IN is the function that reads the count. */
const IN = 'runtime/interrupt.In';

/** createInterruptVectors emits the entry of every registered vector of g's program. */
export function createInterruptVectors(g: Codegen): void {
  const vectors = g.prog.vectors ?? [];
  if (vectors.length === 0) return;
  const avr = g.target.triple.startsWith('avr');
  // The count is kept only where interrupt.In (which reads it) is part of the program.
  let nesting: llvm.GlobalVariable | undefined;
  if (g.funcs.has(IN)) for (const [gl, gv] of g.globals) if (gl.qualifiedName === NESTING) nesting = gv;
  let glue = '';
  for (const v of vectors) {
    const handler = g.funcs.get(v.handler.qualifiedName);
    if (!handler) {
      g.sink.error(v.pos, `internal compiler error: the interrupt handler ${v.handler.qualifiedName} was not generated`);
      continue;
    }
    if (avr && v.handler.blocks.length === 0) {
      glue += asmVectorGlue(v.id, symbolName(v.handler));
      continue;
    }
    const name = avr ? `${ENTRY_PREFIX}${v.id}` : `IRQ${v.id}_Handler`;
    const entry = g.declareFunction(name, llvm.FunctionType.get(g.types.voidType, [], false), true, false).fn;
    const b = new llvm.IRBuilder(g.ctx);
    b.SetInsertPoint(llvm.BasicBlock.Create(g.ctx, 'entry', entry));
    const old = nesting ? b.CreateLoad(g.types.i8, nesting) : undefined;
    if (nesting && old) b.CreateStore(b.CreateAdd(old, llvm.ConstantInt.get(g.types.i8, 1, false)), nesting);
    b.CreateCall(handler.fn, handlerArgs(g, b, v));
    if (nesting && old) b.CreateStore(old, nesting);
    b.CreateRetVoid();
    // A handler called only from here is inlined into its entry: -Oz keeps a function with one caller out of line
    // when it is large, which costs an interrupt a call and, on AVR, the saving of every call-clobbered register.
    if (v.handler.referrers.length === 0) g.alwaysInline.push(symbolName(v.handler));
    if (!avr) continue;
    glue += vectorGlue(v.id);
    g.alwaysInline.push(name);
  }
  if (glue) linkGlueText(g, glue);
}

/**
 * handlerArgs are the arguments of a handler's call: the Interrupt {num: id}, then for a function literal a nil
 * context, for a method value the address of the package variable it is bound to.
 */
function handlerArgs(g: Codegen, b: llvm.IRBuilder, v: ir.InterruptVector): llvm.Value[] {
  const param = v.handler.signature.params.vars[0]?.type;
  const args: llvm.Value[] = [];
  if (param) {
    const st = param.underlying();
    const ty = g.types.paramType(param);
    const field = st.kind === 'Struct' ? st.fields[0]?.type : undefined;
    if (!field || g.types.byRef(param)) {
      g.sink.error(v.pos, `internal compiler error: unexpected interrupt.Interrupt layout`);
      return [];
    }
    const num = g.types.llvmType(field) as llvm.IntegerType;
    args.push(b.CreateInsertValue(llvm.Constant.getNullValue(ty), g.constInt(num, g.types.intWidth(field), BigInt(v.id)), [0]));
  }
  if (v.handler.hasContext) {
    const bound = v.context && g.globals.get(v.context);
    args.push(bound ? llvm.ConstantExpr.getBitCast(bound, g.types.i8ptr) : llvm.Constant.getNullValue(g.types.i8ptr));
  }
  return args;
}

/**
 * asmVectorGlue is the AVR vector `__vector_<id>` of a handler written in assembly (a bodyless Go declaration, such as
 * the runtime's clock interrupt): the handler saves what it uses and returns with `reti` itself, so the vector jumps
 * to it.
 */
function asmVectorGlue(id: number, handler: string): string {
  return `
define void @__vector_${id}() naked nounwind {
  call void asm sideeffect "jmp ${handler}", ""()
  unreachable
}
`;
}

/** vectorGlue is the AVR vector `__vector_<id>`: a signal handler (interrupts stay off) calling the vector's entry. */
export function vectorGlue(id: number): string {
  return `
declare void @${ENTRY_PREFIX}${id}() nounwind
define avr_signalcc void @__vector_${id}() nounwind {
  call void @${ENTRY_PREFIX}${id}()
  ret void
}
`;
}
