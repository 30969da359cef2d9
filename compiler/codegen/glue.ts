// Textual-IR glue: declarations and small functions the llvm-bindings API cannot express (function attributes such
// as returns_twice, volatile accesses, inline assembly (asm.ts), interrupt calling conventions), written as LLVM
// assembly, parsed into a module of the same context and linked into the program's module. The glue names what it
// defines or declares; codegen then looks those functions up by name. See ../shared/notes/toolchain.md.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import llvm from 'llvm-bindings';
import type { Codegen } from './context.ts';

/**
 * glueText is the glue every module gets, for a target whose code is in address space `as`. The module linker drops
 * declarations nothing refers to, so llvm.compiler.used (which only the optimiser reads) keeps them.
 */
function glueText(as: number, maxAlign: number): string {
  const fnPtr = (ty: string): string => (as === 0 ? `${ty}*` : `${ty} addrspace(${as})*`);
  const used = (ty: string, name: string): string =>
    `i8* ${as === 0 ? 'bitcast' : 'addrspacecast'} (${fnPtr(ty)} @${name} to i8*)`;
  const keep = [used('i8 (i8*)', 'tsgo_setjmp')];
  let volatile = '';
  for (const bits of [8, 16, 32, 64]) {
    const ty = `i${bits}`;
    const align = Math.min(bits / 8, maxAlign);
    volatile += `
define internal ${ty} @${VOLATILE_LOAD}${ty}(${ty}* %p) alwaysinline nounwind {
  %v = load volatile ${ty}, ${ty}* %p, align ${align}
  ret ${ty} %v
}
define internal void @${VOLATILE_STORE}${ty}(${ty}* %p, ${ty} %v) alwaysinline nounwind {
  store volatile ${ty} %v, ${ty}* %p, align ${align}
  ret void
}`;
    keep.push(used(`${ty} (${ty}*)`, `${VOLATILE_LOAD}${ty}`), used(`void (${ty}*, ${ty})`, `${VOLATILE_STORE}${ty}`));
  }
  // AVR: an argument passed on the stack goes through a frame slot whose address an empty asm takes (func.ts).
  const argBarrier = as === 0 ? '' : `
define internal void @${ARG_BARRIER}(i8* %p) alwaysinline nounwind {
  call void asm sideeffect "", "r,~{memory}"(i8* %p)
  ret void
}`;
  if (as !== 0) keep.push(used('void (i8*)', ARG_BARRIER));
  return `
; tsgo_setjmp (targets/*.s) returns twice: once from the call, once more from tsgo_longjmp after a recovered panic.
declare i8 @tsgo_setjmp(i8*) returns_twice nounwind
${argBarrier}

; Volatile loads and stores (runtime/volatile, lowered by volatile.ts): the bindings cannot set the volatile flag.
${volatile}

@llvm.compiler.used = appending global [${keep.length} x i8*] [${keep.join(', ')}], section "llvm.metadata"
`;
}

/** ARG_BARRIER is AVR's glue function that keeps a stack argument's computation out of the call sequence. */
export const ARG_BARRIER = 'tsgo.argbarrier';

/** VOLATILE_LOAD and VOLATILE_STORE prefix the glue's volatile accessors, one per width (`...load.i8`). */
export const VOLATILE_LOAD = 'tsgo.volatile.load.';
export const VOLATILE_STORE = 'tsgo.volatile.store.';

/** linkGlue parses the glue for g's target and links it into g's module (once, before any function is created). */
export function linkGlue(g: Codegen): void {
  linkGlueText(g, glueText(g.target.addrSpaceFunctions, g.target.maxAlign));
}

/**
 * linkGlueText parses more glue (LLVM assembly for g's target, without its datalayout and triple lines) and links it
 * into g's module: its declarations resolve to the module's definitions of the same (non-internal) names.
 */
export function linkGlueText(g: Codegen, body: string): void {
  const t = g.target;
  const text = `target datalayout = "${t.dataLayout}"\ntarget triple = "${t.triple}"\n${body}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-glue-'));
  try {
    const file = path.join(dir, 'glue.ll');
    fs.writeFileSync(file, text);
    const glue = llvm.parseIRFile(file, new llvm.SMDiagnostic(), g.ctx);
    if (llvm.Linker.linkModules(g.module, glue)) throw new Error('internal error: linking the glue IR failed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** glueFunction returns a function the glue declares or defines. */
export function glueFunction(g: Codegen, name: string): llvm.Function {
  const fn = g.module.getFunction(name);
  if (!fn) throw new Error(`internal error: the glue IR has no function ${name}`);
  return fn;
}
