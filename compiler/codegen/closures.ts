// Lowering of function values: `{i8* code, i8* context}`. The code pointer is a function that takes the context as a
// hidden last parameter: a function literal or bound method directly, a declared function through a small wrapper
// (`f$value`) that drops the context, so that ordinary calls keep their plain signature. The context is the single
// binding itself when it fits in a pointer word (a captured variable's address, a pointer receiver), else a struct
// of the bindings in memory from the MakeClosure site (heap or stack). A closure reads its free variables from the
// context in its entry block. A call through a function value checks the code pointer for nil (gc's nil
// dereference panic) and passes the context.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { Tuple } from '../types/types.ts';
import { newVar } from '../types/objects.ts';
import { NoPos } from '../syntax/source.ts';
import type { Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import type { FnCtx } from './func.ts';
import { wordOf } from './interfaces.ts';
import { heapAlloc, stackObject, typedPtr } from './memory.ts';
import { nilCheck } from './checks.ts';

const wrappers = new WeakMap<Codegen, Map<ir.Function, llvm.Function>>();

/** contextType is the Go type laid out in a closure's context object: its bindings' types as a tuple. */
export function contextType(types: Type[]): Tuple {
  return new Tuple(types.map((t) => newVar('', t, NoPos, undefined, {})));
}

/** hasContextObject reports whether a closure's bindings live in a context object (not in the context word). */
function hasContextObject(g: Codegen, types: Type[]): boolean {
  return types.length > 1 || (types.length === 1 && !isDirectIface(types[0]!, g.prog.sizes));
}

/** codePointer returns the i8* code pointer of a function value of fn (fn itself, or its context-dropping wrapper). */
function codePointer(g: Codegen, fn: ir.Function): llvm.Value {
  const sym = g.funcs.get(fn.qualifiedName);
  if (!sym) {
    g.unsupported(fn.pos, `function value of ${fn.qualifiedName}`);
    return llvm.ConstantPointerNull.get(g.types.codePtr);
  }
  if (fn.hasContext) return llvm.ConstantExpr.getBitCast(sym.fn, g.types.codePtr);
  let cache = wrappers.get(g);
  if (!cache) wrappers.set(g, (cache = new Map()));
  let w = cache.get(fn);
  if (!w) {
    const ty = g.types.functionType(fn.signature, true);
    w = g.declareFunction(`${fn.qualifiedName}$value`, ty, fn.signature.results.length === 0, true).fn;
    const b = new llvm.IRBuilder(g.ctx);
    b.SetInsertPoint(llvm.BasicBlock.Create(g.ctx, 'entry', w));
    const n = fn.params.length;
    const call = b.CreateCall(sym.fn, Array.from({ length: n }, (_, i) => w!.getArg(i)));
    if (sym.returnsVoid) b.CreateRetVoid();
    else b.CreateRet(call);
    cache.set(fn, w);
  }
  return llvm.ConstantExpr.getBitCast(w, g.types.codePtr);
}

/** lowerMakeClosure builds a function value: the code pointer and the context holding the bindings. */
export function lowerMakeClosure(f: FnCtx, instr: ir.MakeClosure): llvm.Value {
  const g = f.g;
  return funcValue(f, instr.fn, instr.bindings, (ct) =>
    instr.heap ? heapAlloc(f, g.uintptr(Math.max(g.prog.sizes.sizeof(ct), 1))) : stackObject(f, ct),
  );
}

/** contextSize returns the size of the context object of a closure with these bindings (0 when it needs none). */
export function contextSize(g: Codegen, bindings: ir.Value[]): number {
  const types = bindings.map((v) => v.type);
  return hasContextObject(g, types) ? g.prog.sizes.sizeof(contextType(types)) : 0;
}

/**
 * funcValue builds the function value of fn (a function with a context) bound to bindings: when they need a context
 * object, it is laid out in the memory that mem returns for its type.
 */
export function funcValue(f: FnCtx, fn: ir.Function, bindings: ir.Value[], mem: (ct: Tuple) => llvm.Value): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const code = codePointer(g, fn);
  const types = bindings.map((v) => v.type);
  let ctx: llvm.Value;
  if (types.length === 0) ctx = llvm.ConstantPointerNull.get(g.types.i8ptr);
  else if (!hasContextObject(g, types)) ctx = wordOf(f, f.value(bindings[0]!), types[0]!);
  else {
    const ct = contextType(types);
    const obj = mem(ct);
    const sty = g.llvmType(ct);
    const p = typedPtr(f, obj, sty);
    bindings.forEach((v, i) => {
      const at = types.length === 1 ? p : b.CreateInBoundsGEP(sty, p, [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, i, false)]);
      b.CreateStore(f.valueAs(v, types[i]!), at);
    });
    ctx = typedPtr(f, obj, g.types.i8);
  }
  const fv = g.types.funcValueType;
  return b.CreateInsertValue(b.CreateInsertValue(llvm.UndefValue.get(fv), code, [0]), ctx, [1]);
}

/**
 * freeVarValues computes a closure's free variables from its context parameter, with builder b positioned in the
 * entry block: the context word itself for a single direct binding, else loads from the context object.
 */
export function freeVarValues(f: FnCtx, b: llvm.IRBuilder, ctx: llvm.Value): void {
  const g = f.g;
  const fvs = f.fn.freeVars;
  if (fvs.length === 0) return;
  const types = fvs.map((v) => v.type);
  if (!hasContextObject(g, types)) {
    const t = types[0]!;
    const u = t.underlying();
    const pointerShaped = u.kind === 'Pointer' || u.kind === 'Map' || u.kind === 'Chan' || (u.kind === 'Basic' && u.name === 'unsafe.Pointer');
    if (pointerShaped) f.values.set(fvs[0]!, b.CreateBitCast(ctx, g.llvmType(t)));
    else {
      // Reinterpret the word through a slot (valueOfWord uses the main builder, which is not in the entry block).
      const slot = b.CreateAlloca(g.types.i8ptr);
      b.CreateStore(ctx, slot);
      const ty = g.llvmType(t);
      f.values.set(fvs[0]!, b.CreateLoad(ty, b.CreateBitCast(slot, llvm.PointerType.get(ty, 0))));
    }
    return;
  }
  const sty = g.llvmType(contextType(types));
  const p = b.CreateBitCast(ctx, llvm.PointerType.get(sty, 0));
  fvs.forEach((v, i) => {
    const at = types.length === 1 ? p : b.CreateInBoundsGEP(sty, p, [llvm.ConstantInt.get(g.types.i32, 0, false), llvm.ConstantInt.get(g.types.i32, i, false)]);
    f.values.set(v, b.CreateLoad(g.llvmType(types[i]!), at));
  });
}

/** lowerDynamicCall emits a call through a function value: nil check, then code(args..., context). */
export function lowerDynamicCall(f: FnCtx, instr: ir.Call): llvm.Value {
  const g = f.g;
  const b = g.builder;
  const sig = instr.callee.type.underlying();
  if (sig.kind !== 'Signature') {
    g.unsupported(instr.pos, `call of ${instr.callee.type.toString()}`);
    return llvm.UndefValue.get(g.llvmType(instr.type));
  }
  const v = f.value(instr.callee);
  const code = b.CreateExtractValue(v, [0]);
  nilCheck(f, instr.callee, code, true);
  const ty = g.types.functionType(sig, true);
  const args = f.callArgs(instr.args, sig.params.vars.map((p) => p.type));
  return b.CreateCall(ty, b.CreateBitCast(code, llvm.PointerType.get(ty, g.types.codeAddrSpace)), [...args, b.CreateExtractValue(v, [1])]);
}

