// Lowering of goroutines and channels onto runtime/chan.go, select.go and scheduler_tasks.go. A channel value is a
// pointer to the runtime's hchan; `make` allocates the header and buffer in one object at its site (ir/chanabi.ts)
// and runtime.chaninit fills in the header. Values travel by address: a send stores its value in a stack slot, a
// receive passes the slot the runtime fills. A select lays out its cases as an array of runtime.selectCase in the
// frame. A go statement allocates the goroutine's stack at its site — its size read from the global
// `tsgo.stacksize.<start function>`, which the linker step may set to the start function's computed need — places
// the bound operands (the start function's context) at the top of that stack, and hands both to
// runtime.startGoroutine.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { chanObjectSize } from '../../ir/chanabi.ts';
import { ArrayType, Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import { extendOrTrunc } from './checks.ts';
import { contextSize, funcValue } from './closures.ts';
import type { FnCtx } from './func.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { callRuntime, runtimeFieldAddr, runtimeType } from './runtimecalls.ts';
import { classify } from './types.ts';

/** chanElem returns the element type of a channel type. */
function chanElem(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Chan' ? u.elem : Typ.Invalid;
}

/** lowerMakeChan allocates a channel (header and buffer) and initialises its header. */
export function lowerMakeChan(f: FnCtx, instr: ir.MakeChan): llvm.Value {
  const g = f.g;
  const sizes = g.prog.sizes;
  const elemSize = sizes.sizeof(chanElem(instr.type));
  const n = instr.size;
  const bits = g.types.intWidth(n.type);
  const size = extendOrTrunc(f, f.value(n), bits, sizes.intSize * 8, classify(n.type) === 'int');
  let mem: llvm.Value;
  const constant = n.kind === 'Const' && n.value?.kind === 'int' ? Number(n.value.value) : undefined;
  if (constant !== undefined) {
    const total = chanObjectSize(sizes, elemSize, constant);
    mem = instr.heap ? heapAlloc(f, g.uintptr(total)) : stackObject(f, new ArrayType(Typ.uint8, total));
  } else {
    mem = heapAlloc(f, callRuntime(g, 'chanSize', [g.uintptr(elemSize), size]));
  }
  const c = typedPtr(f, mem, g.types.i8);
  callRuntime(g, 'chaninit', [c, g.uintptr(elemSize), size]);
  return c;
}

/** valueSlot stores v in a temporary stack slot (f.tempSlot: end its lifetime after use) and returns the slot. */
function valueSlot(f: FnCtx, v: ir.Value, t: Type): llvm.AllocaInst {
  const slot = f.tempSlot(f.g.llvmType(t));
  f.g.builder.CreateStore(f.valueAs(v, t), slot);
  return slot;
}

/** lowerSend emits `ch <- x`. */
export function lowerSend(f: FnCtx, instr: ir.Send): void {
  const slot = valueSlot(f, instr.x, chanElem(instr.chan.type));
  callRuntime(f.g, 'chansend', [f.value(instr.chan), typedPtr(f, slot, f.g.types.i8)]);
  f.endTemp(slot);
}

/** lowerRecv emits `<-ch`, or the pair (value, ok). */
export function lowerRecv(f: FnCtx, instr: ir.Recv): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const ty = g.llvmType(chanElem(instr.chan.type));
  const slot = f.tempSlot(ty);
  const ok = callRuntime(g, 'chanrecv', [f.value(instr.chan), typedPtr(f, slot, g.types.i8)]);
  const v = b.CreateLoad(ty, slot);
  f.endTemp(slot);
  if (!instr.commaOk) return v;
  const rt = g.llvmType(instr.type);
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(rt), v, [0]), ok, [1]);
}

/** lowerChanBuiltin emits close(ch), len(ch) or cap(ch). */
export function lowerChanBuiltin(f: FnCtx, instr: ir.Call, which: 'close' | 'len' | 'cap'): llvm.Value {
  const c = f.value(instr.args[0]!);
  return callRuntime(f.g, which === 'close' ? 'chanclose' : which === 'len' ? 'chanlen' : 'chancap', [c]);
}

/**
 * lowerSelect lays out the cases in a runtime.selectCase array in the frame (each receive gets a slot for its value),
 * calls runtime.chanselect (runtime.chantryselect with a default case) and builds the Select's tuple: (index, ok,
 * the receive slots' values).
 */
export function lowerSelect(f: FnCtx, instr: ir.Select): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const caseT = runtimeType(f, 'selectCase');
  const n = instr.states.length;
  const caseTy = g.llvmType(caseT);
  const temps: llvm.Value[] = [];
  let cases: llvm.Value = llvm.ConstantPointerNull.get(g.types.i8ptr);
  if (n > 0) {
    // Every field the runtime reads is stored below, and the waiters it fills in are written before they are read.
    cases = f.tempSlot(llvm.ArrayType.get(caseTy, n));
    temps.push(cases);
  }
  const recvSlots: { slot: llvm.Value; ty: llvm.Type }[] = [];
  instr.states.forEach((st, k) => {
    const at = b.CreateInBoundsGEP(caseTy, typedPtr(f, cases, caseTy), [g.uintptr(k)]);
    const field = (name: string, ty: llvm.Type): llvm.Value => typedPtr(f, runtimeFieldAddr(f, caseT, at, name), ty);
    const elem = chanElem(st.chan.type);
    let slot: llvm.AllocaInst;
    if (st.send) slot = valueSlot(f, st.send, elem);
    else {
      const ty = g.llvmType(elem);
      slot = f.tempSlot(ty);
      recvSlots.push({ slot, ty });
    }
    temps.push(slot);
    b.CreateStore(typedPtr(f, f.value(st.chan), g.types.i8), field('c', g.types.i8ptr));
    b.CreateStore(typedPtr(f, slot, g.types.i8), field('elem', g.types.i8ptr));
    b.CreateStore(llvm.ConstantInt.get(g.types.i1, st.send ? 1 : 0, false), field('send', g.types.i1));
  });
  const chosen = callRuntime(g, instr.blocking ? 'chanselect' : 'chantryselect', [typedPtr(f, cases, g.types.i8), g.uintptr(n)]);
  const rt = g.llvmType(instr.type);
  let v: llvm.Value = llvm.UndefValue.get(rt);
  v = b.CreateInsertValue(v, b.CreateExtractValue(chosen, [0]), [0]);
  v = b.CreateInsertValue(v, b.CreateExtractValue(chosen, [1]), [1]);
  recvSlots.forEach(({ slot, ty }, i) => {
    v = b.CreateInsertValue(v, b.CreateLoad(ty, slot), [2 + i]);
  });
  for (const t of temps) f.endTemp(t);
  return v;
}

/**
 * stackSizeGlobal returns the global holding the stack size of goroutines started with fn (see the file comment).
 * It has external linkage so that the optimiser cannot fold it to its initial value: the linker step may change it.
 */
function stackSizeGlobal(g: Codegen, fn: ir.Function): llvm.GlobalVariable {
  const name = `tsgo.stacksize.${fn.qualifiedName}`;
  const existing = g.module.getGlobalVariable(name, true);
  if (existing) return existing;
  const size = g.uintptr(g.target.defaultStackSize);
  return new llvm.GlobalVariable(g.module, g.types.uintptrType, false, llvm.GlobalValue.LinkageTypes.ExternalLinkage, size, name);
}

/**
 * lowerGo starts a goroutine: it allocates the stack, puts the start function's context object (the operands bound
 * to the call) at the top of it, and passes the function value and the rest of the stack to runtime.startGoroutine.
 */
export function lowerGo(f: FnCtx, instr: ir.Go): void {
  const g = f.g;
  const b = g.builder;
  const align = g.target.maxAlign;
  const ctxSize = Math.ceil(contextSize(g, instr.bindings) / align) * align;
  const sizeVar = stackSizeGlobal(g, instr.fn);
  // Rounded down to the alignment, so that the context above it is aligned too.
  const usable = b.CreateAnd(b.CreateLoad(g.types.uintptrType, sizeVar), b.CreateNot(g.uintptr(align - 1)));
  const stack = heapAlloc(f, b.CreateAdd(usable, g.uintptr(ctxSize)));
  const fn = funcValue(f, instr.fn, instr.bindings, () => b.CreateInBoundsGEP(g.types.i8, typedPtr(f, stack, g.types.i8), [usable]));
  callRuntime(g, 'startGoroutine', [fn, stack, usable]);
}
