// The IR → IR pass pipeline: the one place that says which passes run and in which order, as a list of named steps.
// Reachability comes first (reachable.ts): it builds the bodies of the functions the program can run (the SSA builder
// only declares them) and drops the rest; calls through //go:linkname then become direct calls (linkname.ts); the
// whole-program intrinsics become constants (intrinsics.ts); the calls of Asm and AsmFull become inline assembly
// (inlineasm.ts); the reachable interrupt.New calls register their vectors (interrupts.ts); escape analysis decides
// which heap allocations can live on the stack; heap-to-stack then moves them (within the target's maximum stack
// allocation size). More steps (dead code elimination, ...) slot into STEPS. When opts.validate is set (tests),
// ir/validate.ts checks the whole program after each step and any problem is reported as an internal compiler error
// naming the step.

import type { DiagnosticSink } from '../compiler/diag.ts';
import { NoPos } from '../compiler/syntax/source.ts';
import type * as ir from '../ir/ir.ts';
import { validateProgram } from '../ir/validate.ts';
import { analyzeEscapes } from './escape/escape.ts';
import { heapToStack } from './heap2stack.ts';
import { lowerInlineAsm } from './inlineasm.ts';
import { collectInterrupts, type VectorRange } from './interrupts.ts';
import { resolveLinknames } from './linkname.ts';
import { removeUnreachable } from './reachable.ts';
import { resolveIntrinsics } from './intrinsics.ts';
import { markStackChecks } from './stackcheck.ts';

/** PassOptions configures the pipeline. */
export interface PassOptions {
  /** maxStackAlloc is the largest object (in bytes) heap-to-stack may put on the stack (256 on MCUs, 1024 on hosts). */
  maxStackAlloc: number;
  /** maxStackFrame bounds the bytes heap-to-stack adds to one function's frame (AVR; unbounded when undefined). */
  maxStackFrame?: number;
  /** keep names functions to keep although nothing in the IR calls them (the runtime functions codegen calls). */
  keep?: readonly string[];
  /** vectorRange is the first and last interrupt number of the target's vector table (undefined: no interrupts). */
  vectorRange?: VectorRange;
  /** validate runs the IR validator after every step (tests). */
  validate?: boolean;
}

/** PassStep is one named IR → IR step. */
export interface PassStep {
  name: string;
  run: (prog: ir.Program, opts: PassOptions, sink: DiagnosticSink) => void;
}

/** STEPS is the ordered pass list. */
export const STEPS: readonly PassStep[] = [
  { name: 'dead functions', run: (prog, opts, sink) => void removeUnreachable(prog, opts.keep ?? [], sink) },
  { name: 'linknames', run: (prog, _opts, sink) => resolveLinknames(prog, sink) },
  { name: 'intrinsics', run: (prog) => resolveIntrinsics(prog) },
  { name: 'inline assembly', run: (prog, _opts, sink) => lowerInlineAsm(prog, sink) },
  { name: 'interrupts', run: (prog, opts, sink) => collectInterrupts(prog, opts.vectorRange, sink) },
  { name: 'escape analysis', run: (prog) => void analyzeEscapes(prog) },
  { name: 'heap-to-stack', run: (prog, opts) => void heapToStack(prog, opts.maxStackAlloc, opts.maxStackFrame) },
  { name: 'stack checks', run: (prog) => void markStackChecks(prog) },
];

/** runPasses runs every step of STEPS over prog, validating the IR after each one when opts.validate is set. */
export function runPasses(prog: ir.Program, opts: PassOptions, sink: DiagnosticSink): void {
  for (const step of STEPS) {
    step.run(prog, opts, sink);
    if (!opts.validate) continue;
    for (const err of validateProgram(prog)) sink.error(NoPos, `internal compiler error: after ${step.name}: ${err}`);
  }
}
