// Go types → LLVM types. The mapping follows the layouts of compiler/types/sizes.ts: LLVM's natural (non-packed)
// struct layout agrees with Sizes because each target's data layout aligns scalars exactly as Sizes does. Named
// struct types become named LLVM structs (`%main.T`), created before their body so that recursive types through
// pointers work; everything else is a literal type. bool is i1 (stored as one byte), int/uint have the target's
// int width, uintptr and unsafe.Pointer-as-integer the pointer width, strings are `{i8*, uintptr}`, function values
// `{i8* code, i8* context}`, and a tuple of results is a literal struct. Layout questions are never asked of the bindings (see notes/toolchain.md): the
// caches here are keyed by our own type objects.

import llvm from 'llvm-bindings';
import type { Sizes } from '../types/sizes.ts';
import type { Named, Signature, Type } from '../types/types.ts';
import { isUnsigned } from '../types/types.ts';
import { assertNever } from '../diag.ts';

/** TypeMapper converts Go types to LLVM types for one module and caches named struct types. */
export class TypeMapper {
  private readonly named = new Map<Named, llvm.Type>();
  private readonly inProgress = new Set<Named>();
  private readonly recursive = new Set<Named>();
  /** i1, i8, int, uintptr: the integer types codegen uses everywhere. */
  readonly i1: llvm.IntegerType;
  readonly i8: llvm.IntegerType;
  readonly i32: llvm.IntegerType;
  readonly intType: llvm.IntegerType;
  readonly uintptrType: llvm.IntegerType;
  readonly i8ptr: llvm.PointerType;
  readonly stringType: llvm.StructType;
  /** funcValueType is a function value: `{i8* code, i8* context}` (the code pointer in codeAddrSpace). */
  readonly funcValueType: llvm.StructType;
  /** codePtr is an i8* in the code address space. */
  readonly codePtr: llvm.PointerType;
  readonly voidType: llvm.Type;

  constructor(
    readonly ctx: llvm.LLVMContext,
    readonly sizes: Sizes,
    /** codeAddrSpace is the address space of code (1 on AVR): function values point there. */
    readonly codeAddrSpace = 0,
  ) {
    this.i1 = llvm.Type.getInt1Ty(ctx);
    this.i8 = llvm.Type.getInt8Ty(ctx);
    this.i32 = llvm.Type.getInt32Ty(ctx);
    this.intType = llvm.Type.getIntNTy(ctx, sizes.intSize * 8);
    this.uintptrType = llvm.Type.getIntNTy(ctx, sizes.ptrSize * 8);
    this.i8ptr = llvm.Type.getInt8PtrTy(ctx, 0);
    this.stringType = llvm.StructType.get(ctx, [this.i8ptr, this.uintptrType]);
    this.codePtr = llvm.Type.getInt8PtrTy(ctx, codeAddrSpace);
    this.funcValueType = llvm.StructType.get(ctx, [this.codePtr, this.i8ptr]);
    this.voidType = llvm.Type.getVoidTy(ctx);
  }

  /** llvmType returns the LLVM type that holds a value of Go type t (void for the empty tuple). */
  llvmType(t: Type): llvm.Type {
    switch (t.kind) {
      case 'Basic':
        return this.basic(t.name);
      case 'Pointer':
        return this.pointerTo(t.elem);
      case 'Array':
        return llvm.ArrayType.get(this.llvmType(t.elem), t.len);
      case 'Slice':
        return llvm.StructType.get(this.ctx, [this.pointerTo(t.elem), this.uintptrType, this.uintptrType]);
      case 'Struct':
        return llvm.StructType.get(
          this.ctx,
          t.fields.map((f) => this.llvmType(f.type)),
        );
      case 'Tuple':
        if (t.vars.length === 0) return this.voidType;
        if (t.vars.length === 1) return this.llvmType(t.vars[0]!.type);
        return llvm.StructType.get(
          this.ctx,
          t.vars.map((v) => this.llvmType(v.type)),
        );
      case 'Signature':
        return this.funcValueType;
      case 'Map':
      case 'Chan':
        return this.i8ptr;
      case 'Interface':
        return llvm.StructType.get(this.ctx, [this.i8ptr, this.i8ptr]);
      case 'Named':
        return this.namedType(t);
      case 'TypeParam':
      case 'Union':
        return this.llvmType(t.underlying());
      default:
        return assertNever(t, 'type');
    }
  }

  /** pointerTo returns the LLVM pointer type `elem*` (i8* when elem's type is still being built). */
  pointerTo(elem: Type): llvm.PointerType {
    if (elem.kind === 'Named' && this.inProgress.has(elem) && !this.named.has(elem)) {
      this.recursive.add(elem);
      return this.i8ptr;
    }
    const e = this.llvmType(elem);
    if (e.isVoidTy()) return this.i8ptr;
    return llvm.PointerType.get(e, 0);
  }

  /**
   * slicePointerType returns the LLVM type of a slice value's data pointer: `elem*`, or i8* for a recursive named
   * slice type (`type S []S`), whose opaque shape has an i8* there.
   */
  slicePointerType(t: Type): llvm.PointerType {
    const u = t.underlying();
    if (t.kind === 'Named') {
      this.llvmType(t);
      if (this.recursive.has(t)) return this.i8ptr;
    }
    return u.kind === 'Slice' ? this.pointerTo(u.elem) : this.i8ptr;
  }

  /**
   * byRef reports whether a parameter of type t is passed by reference: an array or struct larger than 16 bytes is
   * passed as a pointer to the caller's copy, which the callee reads once, on entry (so the pointer may even point
   * to the caller's own variable). LLVM would otherwise pass it as a first-class aggregate, which llc-14 miscompiles
   * on AVR (an [45]int argument arrives as zeros) and expands into long code elsewhere. On AVR the limit is 8 bytes:
   * llc-14 aborts ("Not supported instr") on some functions that receive and pass on a 15-byte struct among other
   * arguments (strconv.formatDigits's decimalSlice).
   */
  byRef(t: Type): boolean {
    const u = t.underlying();
    return (u.kind === 'Array' || u.kind === 'Struct') && this.sizes.sizeof(t) > (this.sizes.ptrSize === 2 ? 8 : 16);
  }

  /** paramType is the LLVM type a parameter of Go type t is passed as (a pointer when byRef). */
  paramType(t: Type): llvm.Type {
    return this.byRef(t) ? llvm.PointerType.get(this.llvmType(t), 0) : this.llvmType(t);
  }

  /**
   * functionType returns the LLVM function type of a Go signature: receiver first, results as one value/struct, and
   * with context the hidden i8* context parameter last (functions called through function values).
   */
  functionType(sig: Signature, context = false): llvm.FunctionType {
    const params: llvm.Type[] = [];
    if (sig.recv) params.push(this.paramType(sig.recv.type));
    for (const p of sig.params.vars) params.push(this.paramType(p.type));
    if (context) params.push(this.i8ptr);
    return llvm.FunctionType.get(this.llvmType(sig.results), params, false);
  }

  /** intWidth returns the bit width of an integer (or bool/pointer-sized) Go type. */
  intWidth(t: Type): number {
    const u = t.underlying();
    if (u.kind === 'Basic') {
      if (u.name === 'untyped int') return this.sizes.intSize * 8;
      if (u.name === 'untyped rune') return 32;
      if (u.name === 'bool' || u.name === 'untyped bool') return 1;
    }
    return this.sizes.sizeof(u) * 8;
  }

  /** isSigned reports whether t is a signed integer type. */
  isSigned(t: Type): boolean {
    return !isUnsigned(t);
  }

  private namedType(t: Named): llvm.Type {
    const cached = this.named.get(t);
    if (cached) return cached;
    const u = t.underlying();
    if (u.kind !== 'Struct') {
      // A non-struct named type that refers to itself (`type P *P`, `type Q *struct{ q Q }`, `type L []L`) cannot be
      // spelled as a literal LLVM type. Such a type maps to its opaque shape (same layout, pointers as i8*) at every
      // use, inside and outside its own definition, so that values of it have one LLVM type; loads, stores and GEPs
      // bitcast pointers to the element type they access (see typedPtr in instr.ts).
      if (this.inProgress.has(t)) {
        this.recursive.add(t);
        return this.opaqueShape(u);
      }
      this.inProgress.add(t);
      let ty = this.llvmType(u);
      this.inProgress.delete(t);
      if (this.recursive.has(t)) ty = this.opaqueShape(u);
      this.named.set(t, ty);
      return ty;
    }
    const st = llvm.StructType.create(this.ctx, t.toString());
    this.named.set(t, st);
    st.setBody(u.fields.map((f) => this.llvmType(f.type)));
    return st;
  }

  /** opaqueShape is the layout of a recursive non-struct type's underlying type with every pointer as i8*. */
  private opaqueShape(u: Type): llvm.Type {
    switch (u.kind) {
      case 'Slice':
        return llvm.StructType.get(this.ctx, [this.i8ptr, this.uintptrType, this.uintptrType]);
      case 'Interface':
        return llvm.StructType.get(this.ctx, [this.i8ptr, this.i8ptr]);
      case 'Signature':
        return this.funcValueType;
      default:
        // Pointers, maps and channels; an array or other kind cannot recurse without one of them.
        return this.i8ptr;
    }
  }

  private basic(name: string): llvm.Type {
    switch (name) {
      case 'bool':
      case 'untyped bool':
        return this.i1;
      case 'int8':
      case 'uint8':
        return this.i8;
      case 'int16':
      case 'uint16':
        return llvm.Type.getInt16Ty(this.ctx);
      case 'int32':
      case 'uint32':
      case 'untyped rune':
        return this.i32;
      case 'int64':
      case 'uint64':
        return llvm.Type.getInt64Ty(this.ctx);
      case 'int':
      case 'uint':
      case 'untyped int':
        return this.intType;
      case 'uintptr':
        return this.uintptrType;
      case 'unsafe.Pointer':
      case 'untyped nil':
        return this.i8ptr;
      case 'float32':
        return llvm.Type.getFloatTy(this.ctx);
      case 'float64':
      case 'untyped float':
        return llvm.Type.getDoubleTy(this.ctx);
      case 'complex64':
        return llvm.StructType.get(this.ctx, [llvm.Type.getFloatTy(this.ctx), llvm.Type.getFloatTy(this.ctx)]);
      case 'complex128':
      case 'untyped complex':
        return llvm.StructType.get(this.ctx, [llvm.Type.getDoubleTy(this.ctx), llvm.Type.getDoubleTy(this.ctx)]);
      case 'string':
      case 'untyped string':
        return this.stringType;
      default:
        // Invalid never reaches codegen from a checked program; give it a harmless type.
        return this.i8;
    }
  }
}

/** ValueClass is how codegen treats a Go value: the operations differ per class. */
export type ValueClass = 'bool' | 'int' | 'uint' | 'float' | 'complex' | 'string' | 'pointer' | 'aggregate' | 'other';

/** classify returns the ValueClass of a Go type (by its underlying type; untyped kinds by their default type). */
export function classify(t: Type): ValueClass {
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      switch (u.name) {
        case 'bool':
        case 'untyped bool':
          return 'bool';
        case 'int':
        case 'int8':
        case 'int16':
        case 'int32':
        case 'int64':
        case 'untyped int':
        case 'untyped rune':
          return 'int';
        case 'uint':
        case 'uint8':
        case 'uint16':
        case 'uint32':
        case 'uint64':
        case 'uintptr':
          return 'uint';
        case 'float32':
        case 'float64':
        case 'untyped float':
          return 'float';
        case 'complex64':
        case 'complex128':
        case 'untyped complex':
          return 'complex';
        case 'string':
        case 'untyped string':
          return 'string';
        case 'unsafe.Pointer':
        case 'untyped nil':
          return 'pointer';
        default:
          return 'other';
      }
    case 'Pointer':
      return 'pointer';
    case 'Struct':
    case 'Array':
      return 'aggregate';
    default:
      return 'other';
  }
}
