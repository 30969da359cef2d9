// Lowering of the memory instructions: Alloc, loads (`*p`) and Stores, and the rules that keep them cheap and well
// typed. Alloc is runtime.alloc for the heap, or an entry-block alloca plus zeroing at the allocation point for the
// stack (so a variable declared in a loop is fresh each iteration). Large aggregates are never moved as first-class
// values: zeroing is llvm.memset, `*dst = *src` becomes llvm.memmove, and a composite literal that is built in a
// stack temporary only to be copied into its destination (`var big = [1 << 20]byte{42}`, whose IR is Alloc, element
// stores, a load of the whole array and one store) is built directly in the destination, so that neither the
// temporary alloca nor the copy exists. Every load, store and GEP bitcasts its pointer to the element type it
// accesses (a no-op when the types already agree): recursive non-struct types such as `type P *P` are i8* (see
// types.ts), so a pointer's LLVM type need not name its pointee.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { align } from '../types/sizes.ts';
import type { Type } from '../types/types.ts';
import { nilCheck } from './checks.ts';
import type { FnCtx } from './func.ts';
import { noHeapCall } from './heapsites.ts';
import { callRuntime } from './runtimecalls.ts';
import { classify } from './types.ts';

/** bigAggregate is the size above which an aggregate is zeroed and copied with memset/memmove, never first-class. */
const bigAggregate = 16;

/** typedPtr returns pointer p as a pointer to LLVM type elem (IRBuilder folds the bitcast when it is a no-op). */
export function typedPtr(f: FnCtx, p: llvm.Value, elem: llvm.Type): llvm.Value {
  return f.g.builder.CreateBitCast(p, llvm.PointerType.get(elem, 0));
}

/** coercePtr bitcasts a pointer-typed LLVM value to the LLVM type of Go type t when that is a pointer type too. */
export function coercePtr(f: FnCtx, v: llvm.Value, t: Type): llvm.Value {
  // Asked of the Go type: the bindings' subclasses of Type throw on inherited methods such as isPointerTy.
  if (classify(t) !== 'pointer' || !v.getType().isPointerTy()) return v;
  return f.g.builder.CreateBitCast(v, f.g.llvmType(t));
}

/** pointee returns the Go type a pointer-typed IR value points to. */
export function pointee(v: ir.Value): Type {
  const u = v.type.underlying();
  return u.kind === 'Pointer' ? u.elem : v.type;
}

function isBig(f: FnCtx, t: Type): boolean {
  return classify(t) === 'aggregate' && f.g.prog.sizes.sizeof(t) > bigAggregate;
}

/** zeroMemory sets the object of Go type t at p to its zero value. */
function zeroMemory(f: FnCtx, p: llvm.Value, t: Type): void {
  const g = f.g;
  const size = g.prog.sizes.sizeof(t);
  if (size === 0) return;
  if (isBig(f, t)) {
    const memset = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.memset, [g.types.i8ptr, g.types.uintptrType]);
    g.builder.CreateCall(memset, [typedPtr(f, p, g.types.i8), llvm.ConstantInt.get(g.types.i8, 0, false), g.uintptr(size), llvm.ConstantInt.getFalse(g.ctx)]);
    return;
  }
  const ty = g.llvmType(t);
  g.builder.CreateStore(llvm.Constant.getNullValue(ty), typedPtr(f, p, ty));
}

/** copyMemory copies the object of Go type t from src to dst (memmove: `*p = *p` is legal Go). */
function copyMemory(f: FnCtx, dst: llvm.Value, src: llvm.Value, t: Type): void {
  const g = f.g;
  const size = g.prog.sizes.sizeof(t);
  if (size === 0) return;
  const i8p = g.types.i8ptr;
  const memmove = llvm.Intrinsic.getDeclaration(g.module, llvm.Intrinsic.memmove, [i8p, i8p, g.types.uintptrType]);
  g.builder.CreateCall(memmove, [typedPtr(f, dst, g.types.i8), typedPtr(f, src, g.types.i8), g.uintptr(size), llvm.ConstantInt.getFalse(g.ctx)]);
}

/**
 * heapAlloc emits runtime.alloc(size): size bytes of zeroed heap memory (an i8*) for the instruction being lowered.
 * With -gc=none it calls that allocation site's undefined symbol instead (heapsites.ts).
 */
export function heapAlloc(f: FnCtx, size: llvm.Value): llvm.Value {
  if (f.g.target.gc === 'none') return noHeapCall(f, size);
  return callRuntime(f.g, 'alloc', [size]);
}

/** stackObject returns a zeroed stack slot for a value of Go type t (an entry-block alloca, zeroed here). */
export function stackObject(f: FnCtx, t: Type, name = ''): llvm.Value {
  const slot = f.alloca(f.g.llvmType(t), name);
  zeroMemory(f, slot, t);
  return slot;
}

/** lowerAlloc allocates a variable: on the heap, in place in its final destination, or in a zeroed stack slot. */
export function lowerAlloc(f: FnCtx, instr: ir.Alloc): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const ty = g.llvmType(instr.elem);
  const ptrTy = llvm.PointerType.get(ty, 0);
  if (instr.heap) {
    const size = align(Math.max(g.prog.sizes.sizeof(instr.elem), 1), g.prog.sizes.maxAlign);
    return b.CreateBitCast(heapAlloc(f, g.uintptr(size)), ptrTy); // runtime.alloc returns zeroed memory
  }
  const inPlace = isBig(f, instr.elem) ? buildInPlace(instr) : undefined;
  if (inPlace) {
    const [load, store] = inPlace;
    f.elided.add(load);
    f.elided.add(store);
    const dst = f.value(store.addr);
    nilCheck(f, store.addr, dst);
    zeroMemory(f, dst, instr.elem);
    return typedPtr(f, dst, ty);
  }
  return stackObject(f, instr.elem, instr.comment.replace(/[^A-Za-z0-9_.]/g, '') || '');
}

/**
 * buildInPlace recognises a stack temporary that is only filled in and then copied whole into another variable,
 * with nothing in between that could read or write memory or observe the destination: it returns the load of the
 * temporary and the store of that load, and the temporary can then be the destination itself.
 */
function buildInPlace(alloc: ir.Alloc): [ir.UnOp, ir.Store] | undefined {
  const block = alloc.block;
  const addrs = new Set<ir.Value>([alloc]);
  const local = new Set<ir.Instruction>();
  let load: ir.UnOp | undefined;
  const work: ir.Value[] = [alloc];
  while (work.length > 0) {
    const v = work.pop()!;
    for (const r of v.referrers) {
      if (r.block !== block) return undefined;
      if ((r.kind === 'FieldAddr' || r.kind === 'IndexAddr') && r.x === v) {
        if (r.kind === 'IndexAddr' && v.type.underlying().kind !== 'Pointer') return undefined;
        addrs.add(r);
        work.push(r);
      } else if (r.kind === 'Store' && r.addr === v && r.val !== v) {
        // storing the temporary's own address into it is not a fill
      } else if (r.kind === 'UnOp' && r.op === '*' && v === alloc && !load) {
        load = r;
      } else {
        return undefined;
      }
      local.add(r);
    }
  }
  if (!load || load.referrers.length !== 1) return undefined;
  const store = load.referrers[0]!;
  if (store.kind !== 'Store' || store.val !== load || store.block !== block || addrs.has(store.addr)) return undefined;
  const instrs = block.instrs;
  const from = instrs.indexOf(alloc);
  const to = instrs.indexOf(store);
  if (from < 0 || to < from) return undefined;
  // The destination must exist before the temporary does.
  const dst = store.addr;
  if ('block' in dst && dst.block === block && instrs.indexOf(dst as ir.Instruction) > from) return undefined;
  for (let i = from + 1; i < to; i++) {
    const x = instrs[i]!;
    if (local.has(x)) {
      if (x.kind === 'Store' && addrs.has(x.val)) return undefined;
      continue;
    }
    switch (x.kind) {
      case 'BinOp':
      case 'Convert':
      case 'Field':
      case 'Extract':
      case 'Index':
        continue;
      case 'UnOp':
        if (x.op !== '*') continue;
        return undefined;
      default:
        return undefined;
    }
  }
  return [load, store];
}

/**
 * lowerLoad lowers `*x`; a big aggregate load whose only use is a store soon after becomes a memmove there, and one
 * passed by reference to the call right after it is passed as x itself (see FnCtx.argument).
 */
export function lowerLoad(f: FnCtx, instr: ir.UnOp): llvm.Value | undefined {
  const p = f.value(instr.x);
  nilCheck(f, instr.x, p);
  if (isBig(f, instr.type) && copiedByNextStore(instr)) return undefined; // the store copies it (lowerStore)
  if (passedByRefToNextCall(f, instr)) return undefined; // the call passes x (FnCtx.argument)
  const ty = f.g.llvmType(instr.type);
  return f.g.builder.CreateLoad(ty, typedPtr(f, p, ty));
}

function copiedByNextStore(load: ir.UnOp): boolean {
  if (load.referrers.length !== 1) return false;
  const s = load.referrers[0]!;
  return s.kind === 'Store' && s.val === load && unwrittenUntil(load, s);
}

/**
 * passedByRefToNextCall reports whether load's value is only an argument of a call (not a builtin) that passes it by
 * reference, later in the same block with nothing writing memory in between: the call may then pass the loaded
 * address, since the callee reads it on entry, when memory still holds the loaded value.
 */
export function passedByRefToNextCall(f: FnCtx, load: ir.UnOp): boolean {
  if (load.op !== '*' || load.referrers.length !== 1 || !f.g.types.byRef(load.type)) return false;
  const c = load.referrers[0]!;
  const isCall = (c.kind === 'Call' && c.callee.kind !== 'Builtin' && c.callee !== load) || (c.kind === 'Invoke' && c.x !== load);
  return isCall && unwrittenUntil(load, c);
}

/** unwrittenUntil reports whether `to` follows load in its block with no instruction in between that writes memory. */
export function unwrittenUntil(load: ir.UnOp, to: ir.Instruction): boolean {
  if (to.block !== load.block) return false;
  const instrs = load.block.instrs;
  const end = instrs.indexOf(to);
  const start = instrs.indexOf(load);
  for (let i = start + 1; i < end; i++) if (writesMemory(instrs[i]!)) return false;
  return end > start;
}

/** writesMemory reports whether an instruction may write memory other than a fresh object of its own. */
function writesMemory(i: ir.Instruction): boolean {
  switch (i.kind) {
    case 'Store':
    case 'Call':
    case 'Invoke':
    case 'MapUpdate':
    case 'MapRange':
    case 'MapNext':
    case 'Append':
    case 'Defer':
    case 'RunDefers':
    case 'SetupDefers':
    case 'Panic':
    case 'Send':
    case 'Recv':
    case 'Select':
    case 'Go':
      return true;
    default:
      return false;
  }
}

/** lowerStore lowers `*addr = val`, copying or zeroing big aggregates through memory. */
export function lowerStore(f: FnCtx, instr: ir.Store): void {
  const t = pointee(instr.addr);
  const p = f.value(instr.addr);
  const val = instr.val;
  if (isBig(f, t) && val.kind === 'UnOp' && val.op === '*' && copiedByNextStore(val)) {
    nilCheck(f, instr.addr, p);
    copyMemory(f, p, f.value(val.x), t);
    return;
  }
  const byRef = val.kind === 'Parameter' ? f.byRefArgs.get(val) : undefined;
  if (byRef) {
    // A by-reference parameter stored into its variable: copied from the caller's memory, never first-class.
    copyMemory(f, p, byRef, t);
    return;
  }
  if (isBig(f, t) && val.kind === 'Const' && val.value === undefined) {
    nilCheck(f, instr.addr, p);
    zeroMemory(f, p, t);
    return;
  }
  const v = f.valueAs(val, t);
  nilCheck(f, instr.addr, p);
  f.g.builder.CreateStore(v, typedPtr(f, p, f.g.llvmType(t)));
}
