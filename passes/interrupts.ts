// Interrupt registration (package runtime/interrupt): every reachable call `interrupt.New(id, handler)` becomes one
// entry of prog.vectors, which codegen turns into the vector's entry point (compiler/codegen/interrupts.ts). Runs
// after dead-function elimination, so only calls the program can make register a vector, and the handler, an
// operand of the call, is live with it. The rules, each a positioned error at the call: the id is a constant (after
// SSA lifting: a constant assigned to a local counts), within the target's vectors, registered once; the handler is
// a declared function, a function literal that captures no local variable (the vector entry has no context to
// give it: it runs outside any goroutine's frame), or a method value on a package variable (its context is constant).

import type { DiagnosticSink } from '../compiler/diag.ts';
import { mapOperands, removeInstr, zeroConst } from '../ir/builder.ts';
import type * as ir from '../ir/ir.ts';

/** INTERRUPT_NEW is the qualified name of the registering function. */
export const INTERRUPT_NEW = 'runtime/interrupt.New';

/**
 * REGISTERING are the functions whose calls register a vector: interrupt.New, and the runtime's own
 * registerInterrupt(id, func()) (the runtime cannot import runtime/interrupt; its timer interrupt registers so).
 */
const REGISTERING = [INTERRUPT_NEW, 'runtime.registerInterrupt'];

/** VectorRange is the first and last interrupt number a target's vector table has (undefined: no interrupts). */
export type VectorRange = readonly [number, number] | undefined;

/** collectInterrupts records prog's interrupt.New calls in prog.vectors, reporting the calls that break the rules. */
export function collectInterrupts(prog: ir.Program, range: VectorRange, sink: DiagnosticSink): void {
  const vectors: ir.InterruptVector[] = [];
  const byId = new Map<number, ir.InterruptVector>();
  for (const pkg of prog.packages)
    for (const fn of [pkg.init, ...pkg.functions])
      for (const blk of fn.blocks)
        for (const i of blk.instrs) {
          if (i.kind !== 'Call' || i.callee.kind !== 'Function' || !REGISTERING.includes(i.callee.qualifiedName)) continue;
          const v = checkCall(i, range, sink);
          if (!v) continue;
          const first = byId.get(v.id);
          if (first) {
            const p = prog.fset.position(first.pos);
            sink.error(i.pos, `interrupt.New: interrupt ${v.id} already has a handler (registered at ${p.filename}:${p.line}:${p.column})`);
            continue;
          }
          byId.set(v.id, v);
          vectors.push(v);
          detachHandler(i);
        }
  prog.vectors = vectors.sort((a, b) => a.id - b.id);
}

/**
 * detachHandler replaces the handler operand of a registering call with nil once its vector is recorded: the call
 * does nothing with it at run time, and without it the handler is called only by its vector's entry, which codegen
 * then inlines it into, and no function value (with its wrapper) is built for it.
 */
function detachHandler(call: ir.Call): void {
  const handler = call.args[1]!;
  mapOperands(call, (v) => (v === handler ? zeroConst(handler.type) : v));
  if (handler.kind === 'MakeClosure' && handler.referrers.length === 0) removeInstr(handler);
}

/** checkCall returns the vector one interrupt.New call registers, or reports why it registers none. */
function checkCall(call: ir.Call, range: VectorRange, sink: DiagnosticSink): ir.InterruptVector | undefined {
  const [idArg, handlerArg] = call.args;
  if (!idArg || !handlerArg) return undefined; // the type checker has reported the call
  let ok = true;
  let id = -1;
  if (idArg.kind !== 'Const' || idArg.value?.kind !== 'int') {
    sink.error(call.pos, 'interrupt.New: the interrupt number must be a constant');
    ok = false;
  } else {
    id = Number(idArg.value.value);
    if (!range) {
      sink.error(call.pos, `interrupt.New: this target has no interrupts`);
      ok = false;
    } else if (id < range[0] || id > range[1]) {
      sink.error(call.pos, `interrupt.New: interrupt number ${id} out of range (the target's vectors are ${range[0]} to ${range[1]})`);
      ok = false;
    }
  }
  let handler: ir.Function | undefined;
  let context: ir.Global | undefined;
  const bindings = handlerArg.kind === 'MakeClosure' ? handlerArg.bindings : [];
  if (handlerArg.kind === 'Function') handler = handlerArg;
  else if (handlerArg.kind === 'MakeClosure' && bindings.length === 0) handler = handlerArg.fn;
  else if (handlerArg.kind === 'MakeClosure' && bindings.length === 1 && bindings[0]!.kind === 'Global') {
    // A method value on a package variable (`uart.handleInterrupt` with `var uart UART`, TinyGo's drivers' way):
    // its context is the variable's address, a constant.
    handler = handlerArg.fn;
    context = bindings[0];
  } else if (handlerArg.kind === 'MakeClosure')
    sink.error(call.pos, 'interrupt.New: the handler must not capture local variables (use package variables)');
  else sink.error(call.pos, 'interrupt.New: the handler must be a function or a function literal');
  if (!ok || !handler) return undefined;
  return context ? { id, handler, context, pos: call.pos } : { id, handler, pos: call.pos };
}
