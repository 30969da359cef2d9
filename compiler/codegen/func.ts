// Lowering of one IR function body. Blocks are lowered in reverse postorder from the entry, so that every operand
// other than a phi edge is defined before it is used (a definition dominates its uses, and dominators come first in
// reverse postorder); blocks unreachable from the entry are not emitted. An extra LLVM entry block holds the
// allocas of stack slots and falls through to the IR's first block (which may then have predecessors and phis).
// Phis are created empty when their block is lowered and filled in once every block is done, using the LLVM block
// that *ends* each IR predecessor: checks split IR blocks into several LLVM blocks.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Codegen, FuncSym } from './context.ts';
import { lowerConst } from './consts.ts';
import { lowerInstruction } from './instr.ts';
import { emitStackCheck } from './stack.ts';
import { coercePtr, passedByRefToNextCall, typedPtr } from './memory.ts';
import { freeVarValues } from './closures.ts';
import { ARG_BARRIER, glueFunction } from './glue.ts';
import type { Type } from '../types/types.ts';
import { isUntyped } from '../types/types.ts';

/** FnCtx is the state of one function being lowered. */
export class FnCtx {
  /** values maps IR value instructions and parameters to their LLVM values. */
  readonly values = new Map<ir.Value, llvm.Value>();
  /** blocks maps IR blocks to the LLVM block where they start. */
  readonly blocks = new Map<ir.BasicBlock, llvm.BasicBlock>();
  /** endBlocks maps IR blocks to the LLVM block where they end (after checks split them). */
  readonly endBlocks = new Map<ir.BasicBlock, llvm.BasicBlock>();
  /** deferFrame is the runtime.deferFrame of a function with defer statements (set by SetupDefers). */
  deferFrame: llvm.Value | undefined;
  /** current is the instruction being lowered (the allocation site heapAlloc is called for). */
  current: ir.Instruction | undefined;
  /** elided are instructions whose effect another instruction's lowering already emitted (see memory.ts). */
  readonly elided = new Set<ir.Instruction>();
  /** byRefArgs are the addresses by-reference parameters arrive at (see types.ts byRef). */
  readonly byRefArgs = new Map<ir.Parameter, llvm.Value>();
  readonly entry: llvm.BasicBlock;
  private readonly allocaBuilder: llvm.IRBuilder;
  private readonly phis: [ir.Phi, llvm.PHINode][] = [];
  private shared = new Map<string, llvm.BasicBlock>();

  constructor(
    readonly g: Codegen,
    readonly fn: ir.Function,
    readonly sym: FuncSym,
  ) {
    this.entry = llvm.BasicBlock.Create(g.ctx, 'entry', sym.fn);
    this.allocaBuilder = new llvm.IRBuilder(this.entry);
    fn.params.forEach((p, i) => {
      const arg = sym.fn.getArg(i);
      // A by-reference parameter is read once, here: the callee's value is a copy, whatever the caller does next.
      if (g.types.byRef(p.type)) this.byRefArgs.set(p, arg);
      this.values.set(p, g.types.byRef(p.type) ? this.allocaBuilder.CreateLoad(g.llvmType(p.type), arg) : arg);
    });
  }

  /**
   * argument returns the LLVM value passed for an operand to a parameter of Go type t: the value itself, or for a
   * by-reference parameter (types.ts byRef) the address of a copy in this frame.
   */
  argument(v: ir.Value, t: Type): llvm.Value {
    if (v.kind === 'UnOp' && passedByRefToNextCall(this, v)) {
      // The loaded variable itself: the callee copies it on entry, before anything can change it.
      return typedPtr(this, this.value(v.x), this.g.llvmType(t));
    }
    // A pointer may stand for another through //go:linkname (passes/linkname.ts): the formal's LLVM type wins.
    const val = coercePtr(this, this.valueAs(v, t), t);
    if (!this.g.types.byRef(t)) return val;
    const slot = this.alloca(this.g.llvmType(t));
    this.g.builder.CreateStore(val, slot);
    return slot;
  }

  /** value returns the LLVM value of an IR operand. */
  value(v: ir.Value): llvm.Value {
    switch (v.kind) {
      case 'Const':
        return lowerConst(this.g, v);
      case 'Global': {
        const gv = this.g.globals.get(v);
        if (gv) return gv;
        break;
      }
      case 'Function':
        // Only static calls are supported: a function used as a value needs closures and function pointers.
        this.g.unsupported(v.pos, `function value ${v.qualifiedName}`);
        return llvm.UndefValue.get(this.g.types.i8ptr);
      case 'Builtin':
        this.g.unsupported(0, `builtin ${v.name} used as a value`);
        return llvm.UndefValue.get(this.g.types.i8ptr);
      default: {
        const lv = this.values.get(v);
        if (lv) return lv;
      }
    }
    // A value whose definition was not lowered (it was reported, or it lives in an unreachable block).
    return llvm.UndefValue.get(this.g.llvmType(v.type));
  }

  /**
   * valueAs returns the LLVM value of an operand that flows into a slot of Go type t: an untyped constant (nil, an
   * untyped number) takes t's representation, so that stores, calls, returns, phis and comparisons type-check.
   */
  valueAs(v: ir.Value, t: Type): llvm.Value {
    if (v.kind === 'Const' && isUntyped(v.type) && !isUntyped(t)) return lowerConst(this.g, { ...v, type: t });
    return this.value(v);
  }

  /**
   * tempSlot creates a stack slot that lives only from here to the matching endTemp: the lifetime markers let llc
   * give slots whose lifetimes do not overlap the same frame bytes (several selects, sends and receives in one
   * function would otherwise each take their own, and AVR's main stack is 256 bytes).
   */
  tempSlot(type: llvm.Type): llvm.AllocaInst {
    const slot = this.alloca(type);
    this.lifetime(llvm.Intrinsic.lifetime_start, slot);
    return slot;
  }

  /** endTemp ends the lifetime of a tempSlot. */
  endTemp(slot: llvm.Value): void {
    this.lifetime(llvm.Intrinsic.lifetime_end, slot);
  }

  private lifetime(id: number, slot: llvm.Value): void {
    const g = this.g;
    const fn = llvm.Intrinsic.getDeclaration(g.module, id, [g.types.i8ptr]);
    g.builder.CreateCall(fn, [llvm.ConstantInt.get(llvm.Type.getInt64Ty(g.ctx), -1, true), g.builder.CreateBitCast(slot, g.types.i8ptr)]);
  }

  /**
   * callArgs lowers a call's arguments for formals (argument() each), after `before` bytes of leading arguments.
   * On AVR the arguments past the 18 bytes of argument registers (r25 down to r8, each rounded up to a register
   * pair) go on the stack, and llc-14 aborts ("Not supported instr") when one of them is computed by code it expands
   * into new blocks inside the call sequence (a select, a variable shift): such an argument is stored to a frame slot
   * whose address an empty asm takes, and loaded again, so that its computation comes before the call sequence.
   */
  callArgs(args: ir.Value[], formals: Type[], before = 0): llvm.Value[] {
    const out = args.map((a, i) => (formals[i] ? this.argument(a, formals[i]!) : this.value(a)));
    if (this.g.target.addrSpaceFunctions === 0) return out;
    const sizes = this.g.prog.sizes;
    let used = before;
    let onStack = false;
    return out.map((v, i) => {
      const t = formals[i] ?? args[i]!.type;
      const bytes = this.g.types.byRef(t) ? sizes.ptrSize : sizes.sizeof(t);
      used += bytes + (bytes & 1);
      onStack ||= used > 18;
      if (!onStack || bytes === 0) return v;
      const slot = this.alloca(v.getType());
      this.g.builder.CreateStore(v, slot);
      this.g.builder.CreateCall(glueFunction(this.g, ARG_BARRIER), [this.g.builder.CreateBitCast(slot, this.g.types.i8ptr)]);
      return this.g.builder.CreateLoad(v.getType(), slot);
    });
  }

  /** alloca creates a stack slot of an LLVM type in the entry block. */
  alloca(type: llvm.Type, name = ''): llvm.AllocaInst {
    return this.allocaBuilder.CreateAlloca(type, null, name);
  }

  /** newBlock creates an LLVM block at the end of the function. */
  newBlock(name: string): llvm.BasicBlock {
    return llvm.BasicBlock.Create(this.g.ctx, name, this.sym.fn);
  }

  /**
   * sharedBlock returns a per-function block created on first use by `fill` (e.g. a nil-pointer panic), so that all
   * checks of one kind in a function branch to the same call. The builder's position is preserved.
   */
  sharedBlock(key: string, fill: () => void): llvm.BasicBlock {
    const existing = this.shared.get(key);
    if (existing) return existing;
    const b = this.newBlock(key);
    this.shared.set(key, b);
    const saved = this.g.builder.GetInsertBlock();
    this.g.builder.SetInsertPoint(b);
    fill();
    if (saved) this.g.builder.SetInsertPoint(saved);
    return b;
  }

  /** lower emits the whole body. */
  lower(): void {
    if (this.fn.hasContext) freeVarValues(this, this.allocaBuilder, this.sym.fn.getArg(this.fn.params.length));
    const order = reversePostorder(this.fn);
    for (const b of order) this.blocks.set(b, this.newBlock(`b${b.index}`));
    const b0 = this.fn.blocks[0]!;
    for (const b of order) {
      this.g.builder.SetInsertPoint(this.blocks.get(b)!);
      for (const instr of b.instrs) {
        if (instr.kind === 'Phi') {
          const phi = this.g.builder.CreatePHI(this.g.llvmType(instr.type), instr.edges.length);
          this.values.set(instr, phi);
          this.phis.push([instr, phi]);
          continue;
        }
        this.current = instr;
        lowerInstruction(this, instr);
      }
      this.endBlocks.set(b, this.g.builder.GetInsertBlock()!);
    }
    for (const [instr, phi] of this.phis) {
      instr.edges.forEach((edge, i) => {
        const pred = instr.block.preds[i];
        const end = pred ? this.endBlocks.get(pred) : undefined;
        if (end) phi.addIncoming(this.valueAs(edge, instr.type), end);
      });
    }
    const body = this.blocks.get(b0)!;
    if (this.fn.stackCheck) emitStackCheck(this, this.allocaBuilder, body);
    else this.allocaBuilder.CreateBr(body);
  }

  /** emitReturn ends the current LLVM block with a return of the function's results (one value or an aggregate). */
  emitReturn(results: llvm.Value[]): void {
    const b = this.g.builder;
    if (results.length === 0 || this.sym.returnsVoid) {
      b.CreateRetVoid();
      return;
    }
    if (results.length === 1) {
      b.CreateRet(results[0]!);
      return;
    }
    let agg: llvm.Value = llvm.UndefValue.get(this.g.llvmType(this.fn.signature.results));
    results.forEach((r, i) => {
      agg = b.CreateInsertValue(agg, r, [i]);
    });
    b.CreateRet(agg);
  }

  /** successor returns the LLVM block an IR successor starts at. */
  successor(b: ir.BasicBlock): llvm.BasicBlock {
    return this.blocks.get(b)!;
  }
}

/** reversePostorder lists the blocks reachable from fn.blocks[0], each after all of its dominators. */
export function reversePostorder(fn: ir.Function): ir.BasicBlock[] {
  const seen = new Set<ir.BasicBlock>();
  const post: ir.BasicBlock[] = [];
  // Iterative DFS (deep CFGs must not overflow the JS stack).
  const stack: [ir.BasicBlock, number][] = [];
  const start = fn.blocks[0];
  if (!start) return [];
  seen.add(start);
  stack.push([start, 0]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [b, i] = top;
    if (i < b.succs.length) {
      top[1]++;
      const s = b.succs[i]!;
      if (!seen.has(s)) {
        seen.add(s);
        stack.push([s, 0]);
      }
    } else {
      stack.pop();
      post.push(b);
    }
  }
  return post.reverse();
}
