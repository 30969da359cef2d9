// The per-module code generation state shared by every lowering file: the LLVM context, module and builder, the type
// mapper, the symbol tables for functions and globals (kept here because the bindings cannot be asked for names or
// types back, see notes/toolchain.md), the string-constant pool, and small helpers for constants of any width.

import type { NoHeapSite } from './heapsites.ts';
import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { Pos } from '../syntax/source.ts';
import type { Type } from '../types/types.ts';
import { TypeMapper } from './types.ts';
import { TypeDescriptors } from './typedesc.ts';
import { Interfaces } from './interfaces.ts';

/** CodegenTarget describes the machine code is generated for. */
export interface CodegenTarget {
  triple: string;
  cpu: string;
  features: string;
  dataLayout: string;
  ptrSize: number;
  intSize: number;
  /** addrSpaceFunctions is the address space of code (1 on AVR, 0 elsewhere). */
  addrSpaceFunctions: number;
  /** maxAlign is the largest alignment any type needs (1 on AVR). */
  maxAlign: number;
  /** baremetal is set on the boards (the build tag): the linker script, not an operating system, places the stack. */
  baremetal?: boolean;
  /** defaultStackSize is the stack size in bytes of a goroutine whose need is not computed. */
  defaultStackSize: number;
  /**
   * gc is the -gc choice. With 'none', every heap allocation calls a symbol of its own that nothing defines
   * (heapsites.ts), so that the link names the allocations left after optimization.
   */
  gc?: 'conservative' | 'leaking' | 'none';
}

/** FuncSym is a created LLVM function together with the facts about it that the bindings cannot tell us. */
export interface FuncSym {
  fn: llvm.Function;
  type: llvm.FunctionType;
  /** returnsVoid is true when the function has no results. */
  returnsVoid: boolean;
}

/** Codegen holds the state of one module being generated. */
export class Codegen {
  readonly ctx: llvm.LLVMContext;
  readonly module: llvm.Module;
  readonly builder: llvm.IRBuilder;
  readonly types: TypeMapper;
  /** funcs maps symbol names (qualifiedName) to created functions. */
  readonly funcs = new Map<string, FuncSym>();
  /** globals maps IR globals to LLVM globals. */
  readonly globals = new Map<ir.Global, llvm.GlobalVariable>();
  private readonly strings = new Map<string, llvm.Constant>();
  private stringCount = 0;
  /** descs creates the type descriptors (typedesc.ts). */
  readonly descs: TypeDescriptors;
  /** ifaces holds the state of interface lowering: boxed types, dispatchers (interfaces.ts). */
  readonly ifaces: Interfaces;
  /** alwaysInline names generated functions to mark alwaysinline in the module's text (interrupts.ts's entries). */
  readonly alwaysInline: string[] = [];
  /** noHeapSites lists the heap allocation sites of a -gc=none build, indexed by their symbols' numbers. */
  readonly noHeapSites: NoHeapSite[] = [];

  constructor(
    readonly prog: ir.Program,
    readonly target: CodegenTarget,
    readonly sink: DiagnosticSink,
  ) {
    this.ctx = new llvm.LLVMContext();
    this.module = new llvm.Module('tsgo', this.ctx);
    // The data layout must be set before any function is created (AVR code lives in address space 1).
    this.module.setDataLayout(target.dataLayout);
    this.module.setTargetTriple(target.triple);
    this.builder = new llvm.IRBuilder(this.ctx);
    this.types = new TypeMapper(this.ctx, prog.sizes, target.addrSpaceFunctions);
    this.descs = new TypeDescriptors(this);
    this.ifaces = new Interfaces(this);
  }

  /** runtimeGoType returns the runtime package's Go type `name` (undefined when the program has no runtime). */
  runtimeGoType(name: string): Type | undefined {
    const rt = this.prog.packages.find((p) => p.path === 'runtime')?.types;
    const obj = rt?.scope.lookup(name);
    return obj?.kind === 'TypeName' ? obj.type : undefined;
  }

  /** llvmType is a shorthand for types.llvmType. */
  llvmType(t: Type): llvm.Type {
    return this.types.llvmType(t);
  }

  /** unsupported reports a construct codegen does not handle yet. */
  unsupported(pos: Pos, what: string): void {
    this.sink.notYetSupported(pos, what);
  }

  /** declareFunction creates (or returns) the LLVM function for a symbol with the given type and linkage. */
  declareFunction(name: string, type: llvm.FunctionType, returnsVoid: boolean, internal: boolean): FuncSym {
    const existing = this.funcs.get(name);
    if (existing) return existing;
    const linkage = internal
      ? llvm.Function.LinkageTypes.InternalLinkage
      : llvm.Function.LinkageTypes.ExternalLinkage;
    const fn = llvm.Function.Create(type, linkage, name, this.module);
    fn.setDoesNotThrow(); // every function: otherwise ARM code references __aeabi_unwind_cpp_pr0
    const sym = { fn, type, returnsVoid };
    this.funcs.set(name, sym);
    return sym;
  }

  /** constInt returns an integer constant of any width, exact for values beyond 2^53. */
  constInt(type: llvm.IntegerType, bits: number, value: bigint): llvm.Value {
    const mask = (1n << BigInt(bits)) - 1n;
    const v = BigInt.asUintN(bits, value) & mask;
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) return llvm.ConstantInt.get(type, Number(v), false);
    const signed = BigInt.asIntN(bits, v);
    if (signed >= BigInt(Number.MIN_SAFE_INTEGER) && signed < 0n) return llvm.ConstantInt.get(type, Number(signed), true);
    // Build from 32-bit halves; IRBuilder folds constant operands, so the result is still a constant.
    const hi = llvm.ConstantInt.get(type, Number(v >> 32n), false);
    const lo = llvm.ConstantInt.get(type, Number(v & 0xffffffffn), false);
    return this.builder.CreateOr(this.builder.CreateShl(hi, llvm.ConstantInt.get(type, 32, false)), lo);
  }

  /** intConst returns a constant of an integer LLVM type given its bit width, from a JS number. */
  small(type: llvm.IntegerType, value: number): llvm.ConstantInt {
    return llvm.ConstantInt.get(type, value, value < 0);
  }

  /** uintptr returns a uintptr constant. */
  uintptr(value: number): llvm.ConstantInt {
    return this.small(this.types.uintptrType, value);
  }

  /** int returns an `int` constant. */
  int(value: number): llvm.ConstantInt {
    return this.small(this.types.intType, value);
  }

  /** stringConst returns the `{i8*, uintptr}` constant for a byte string (one JS char per byte), pooled by content. */
  stringConst(bytes: string): llvm.Constant {
    const cached = this.strings.get(bytes);
    if (cached) return cached;
    const t = this.types;
    let ptr: llvm.Constant;
    if (bytes.length === 0) {
      ptr = llvm.ConstantPointerNull.get(t.i8ptr);
    } else {
      const arrT = llvm.ArrayType.get(t.i8, bytes.length);
      const elems: llvm.Constant[] = [];
      for (let i = 0; i < bytes.length; i++) elems.push(llvm.ConstantInt.get(t.i8, bytes.charCodeAt(i) & 0xff, false));
      const g = new llvm.GlobalVariable(
        this.module,
        arrT,
        true,
        llvm.GlobalValue.LinkageTypes.PrivateLinkage,
        llvm.ConstantArray.get(arrT, elems),
        `.str.${this.stringCount++}`,
      );
      ptr = llvm.ConstantExpr.getBitCast(g, t.i8ptr);
    }
    const c = llvm.ConstantStruct.get(t.stringType, [ptr, llvm.ConstantInt.get(t.uintptrType, bytes.length, false)]);
    this.strings.set(bytes, c);
    return c;
  }
}
