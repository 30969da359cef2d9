// Type descriptors: one constant global per type that is seen dynamically (an interface's dynamic type, a map key
// hashed through its descriptor, and the types those are built from), laid out exactly as the runtime's own Go
// structs in runtime/type.go (`_type`, `ptrType`, `arrayType`, ...). The LLVM struct types are taken from the
// runtime package's checked Go types through the TypeMapper, so the two sides cannot disagree about a layout. A
// descriptor's address is the type's identity at run time: descriptors are unique per type identity (typeKey), and
// a recursive type's descriptor is created before its contents refer back to it. Descriptors have internal linkage,
// so LLVM drops the ones nothing refers to. In a program that uses reflect (reflect mode, typeext.ts) each descriptor
// is followed by its extension: package path, method set, struct tags, signature, interface methods, maptype.

import llvm from 'llvm-bindings';
import { completeInterface } from '../types/interfaces.ts';
import { Struct } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import { comparable } from '../types/predicates.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { typeKey } from '../../ir/methods.ts';
import { isExported } from '../types/predicates.ts';
import type { Codegen } from './context.ts';
import { TypeExtensions, extLayout } from './typeext.ts';

/** Kinds, numbered as reflect.Kind and runtime/type.go. */
const KIND: Record<string, number> = {
  bool: 1, int: 2, int8: 3, int16: 4, int32: 5, int64: 6, uint: 7, uint8: 8, uint16: 9, uint32: 10, uint64: 11,
  uintptr: 12, float32: 13, float64: 14, complex64: 15, complex128: 16, string: 24, 'unsafe.Pointer': 26,
};
const kindArray = 17;
const kindChan = 18;
const kindFunc = 19;
const kindInterface = 20;
const kindMap = 21;
const kindPointer = 22;
const kindSlice = 23;
const kindStruct = 25;
const flagComparable = 0x20;
const flagDirect = 0x40;
const flagNamed = 0x80;

/** kindOf returns the runtime kind number of a type. */
export function kindOf(t: Type): number {
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return KIND[u.name] ?? 0;
    case 'Pointer':
      return kindPointer;
    case 'Slice':
      return kindSlice;
    case 'Array':
      return kindArray;
    case 'Map':
      return kindMap;
    case 'Chan':
      return kindChan;
    case 'Signature':
      return kindFunc;
    case 'Interface':
      return kindInterface;
    case 'Struct':
      return kindStruct;
    default:
      return 0;
  }
}

/** rtypeString renders a type as gc's runtime and reflect print it: `main.T`, `[]uint8`, `interface {}`. */
export function rtypeString(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name;
    case 'Named': {
      const base = t.obj.pkg ? `${pkgNameOf(t)}.${t.obj.name}` : t.obj.name;
      return t.typeArgs.length ? `${base}[${t.typeArgs.map(rtypeString).join(',')}]` : base;
    }
    case 'Pointer':
      return '*' + rtypeString(t.elem);
    case 'Slice':
      return '[]' + rtypeString(t.elem);
    case 'Array':
      return `[${t.len}]${rtypeString(t.elem)}`;
    case 'Map':
      return `map[${rtypeString(t.key)}]${rtypeString(t.elem)}`;
    case 'Chan':
      return (t.dir === 'send' ? 'chan<- ' : t.dir === 'recv' ? '<-chan ' : 'chan ') + rtypeString(t.elem);
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      const fields = t.fields.map((f, i) => {
        const tag = t.tags[i] ? ' ' + JSON.stringify(t.tags[i]) : '';
        return (f.embedded ? '' : f.name + ' ') + rtypeString(f.type) + tag;
      });
      return `struct { ${fields.join('; ')} }`;
    }
    case 'Interface': {
      const ms = completeInterface(t);
      if (ms.length === 0) return 'interface {}';
      return `interface { ${ms.map((m) => m.name + rtypeString(m.type).slice(4)).join('; ')} }`;
    }
    case 'Signature': {
      const params = t.params.vars.map((v, i) =>
        t.variadic && i === t.params.length - 1 && v.type.kind === 'Slice' ? '...' + rtypeString(v.type.elem) : rtypeString(v.type),
      );
      const res = t.results.vars.map((v) => rtypeString(v.type));
      const r = res.length === 0 ? '' : res.length === 1 ? ' ' + res[0] : ' (' + res.join(', ') + ')';
      return `func(${params.join(', ')})${r}`;
    }
    case 'Tuple':
      return `(${t.vars.map((v) => rtypeString(v.type)).join(', ')})`;
    case 'TypeParam':
      return t.obj.name;
    case 'Union':
      return 'union';
  }
}

/**
 * pkgPathOf returns the import path of a defined type's package as reflect reports it: package reflect's types are
 * aliases of internal/reflectlite's (src/reflect), so those are reported as reflect's, as gc names them (a Type's
 * dynamic type prints as *reflect.rtype, as in gc).
 */
export function pkgPathOf(t: Extract<Type, { kind: 'Named' }>): string {
  const path = t.obj.pkg?.path ?? '';
  return path === 'internal/reflectlite' ? 'reflect' : path;
}

/** pkgNameOf returns the package name that qualifies a defined type in its string (pkgPathOf's rule too). */
function pkgNameOf(t: Extract<Type, { kind: 'Named' }>): string {
  return pkgPathOf(t) === 'reflect' ? 'reflect' : (t.obj.pkg?.name ?? '');
}

const OPAQUE = new Struct([]);

/**
 * describedStruct returns the struct type whose fields t's descriptor lists: its underlying struct, except for
 * reflect's descriptor header (internal/reflectlite.rtype), which is opaque. A Type is a *rtype, so every program
 * that uses reflect boxes one, and the header's fields would bring in the descriptors of their types (60 to 80 bytes
 * of AVR RAM); rtype values are never compared or hashed, only pointers to them.
 */
export function describedStruct(t: Type): Extract<Type, { kind: 'Struct' }> {
  const u = t.underlying();
  if (u.kind !== 'Struct') return OPAQUE;
  const opaque = t.kind === 'Named' && t.obj.name === 'rtype' && t.obj.pkg?.path === 'internal/reflectlite';
  return opaque ? OPAQUE : u;
}

/** layoutOf names the runtime struct of a type's kind-specific descriptor part. */
function layoutOf(u: Type): string {
  switch (u.kind) {
    case 'Pointer':
    case 'Slice':
      return 'ptrType';
    case 'Array':
      return 'arrayType';
    case 'Chan':
      return 'chanType';
    case 'Map':
      return 'mapType';
    case 'Struct':
      return 'structType';
    default:
      return '_type';
  }
}

/** TypeDescriptors creates and caches the descriptors of one module. */
export class TypeDescriptors {
  private readonly globals = new Map<string, llvm.Constant>();
  private count = 0;
  /** ext builds the reflect-mode extensions (undefined outside reflect mode). */
  readonly ext: TypeExtensions | undefined;

  constructor(private readonly g: Codegen) {
    this.ext = TypeExtensions.wanted(g.prog) ? new TypeExtensions(g, this) : undefined;
  }

  /** runtimeType returns the LLVM type of the runtime's Go type `name` (undefined without a runtime package). */
  runtimeType(name: string): llvm.Type | undefined {
    const t = this.g.runtimeGoType(name);
    return t ? this.g.llvmType(t) : undefined;
  }

  /** typePtr is the LLVM type of a `*_type`. */
  get typePtr(): llvm.PointerType {
    const t = this.runtimeType('_type');
    return t ? llvm.PointerType.get(t, 0) : this.g.types.i8ptr;
  }

  /** nextId numbers the module's descriptor-related globals. */
  nextId(): number {
    return this.count++;
  }

  /** descriptor returns a `*_type` constant pointing to t's descriptor, creating it (and what it refers to) once. */
  descriptor(t: Type): llvm.Constant {
    const key = typeKey(t);
    const existing = this.globals.get(key);
    if (existing) return existing;
    const u = t.underlying();
    const layout = layoutOf(u);
    const ty = this.runtimeType(layout);
    const extTy = this.ext ? this.runtimeType(extLayout(u)) : undefined;
    if (!ty || (this.ext && !extTy)) {
      this.g.unsupported(0, `type descriptors without the runtime package (${layout})`);
      return llvm.Constant.getNullValue(this.typePtr);
    }
    const gty = extTy ? llvm.StructType.get(this.g.ctx, [ty, extTy]) : ty;
    const gv = new llvm.GlobalVariable(this.g.module, gty, true, llvm.GlobalValue.LinkageTypes.InternalLinkage, null, `type:${rtypeString(t)}#${this.count++}`);
    const ptr = llvm.ConstantExpr.getBitCast(gv, this.typePtr);
    this.globals.set(key, ptr);
    const body = this.contents(t, layout, ty);
    if (this.ext && extTy) {
      this.ext.created(t, ptr);
      gv.setInitializer(llvm.ConstantStruct.get(gty as llvm.StructType, [body, this.ext.extension(t, extTy as llvm.StructType)]));
    } else gv.setInitializer(body);
    return ptr;
  }

  /** header builds the `_type` part of t's descriptor. */
  private header(t: Type): llvm.Constant {
    const g = this.g;
    const sizes = g.prog.sizes;
    let kind = kindOf(t);
    if (comparable(t)) kind |= flagComparable;
    if (isDirectIface(t, sizes)) kind |= flagDirect;
    if (t.kind === 'Named') kind |= flagNamed;
    const hty = this.runtimeType('_type') as llvm.StructType;
    return llvm.ConstantStruct.get(hty, [
      llvm.ConstantInt.get(g.types.i8, kind, false),
      g.uintptr(sizes.sizeof(t)),
      g.stringConst(rtypeString(t)),
    ]);
  }

  private contents(t: Type, layout: string, ty: llvm.Type): llvm.Constant {
    const g = this.g;
    const u = t.underlying();
    const h = this.header(t);
    if (layout === '_type') return h;
    const st = ty as llvm.StructType;
    switch (u.kind) {
      case 'Pointer':
      case 'Slice':
        return llvm.ConstantStruct.get(st, [h, this.descriptor(u.elem)]);
      case 'Array':
        return llvm.ConstantStruct.get(st, [h, this.descriptor(u.elem), g.uintptr(u.len)]);
      case 'Chan':
        return llvm.ConstantStruct.get(st, [h, this.descriptor(u.elem), g.uintptr(u.dir === 'recv' ? 1 : u.dir === 'send' ? 2 : 3)]);
      case 'Map':
        return llvm.ConstantStruct.get(st, [h, this.descriptor(u.key), this.descriptor(u.elem)]);
      case 'Struct': {
        const fs = describedStruct(t);
        return llvm.ConstantStruct.get(st, [h, g.uintptr(fs.fields.length), this.fields(fs)]);
      }
      default:
        return h;
    }
  }

  /** fields builds the structField array of a struct type (a pointer to its first element; nil when empty). */
  private fields(u: Extract<Type, { kind: 'Struct' }>): llvm.Constant {
    const g = this.g;
    const fty = this.runtimeType('structField') as llvm.StructType;
    const fptr = llvm.PointerType.get(fty, 0);
    if (u.fields.length === 0) return llvm.ConstantPointerNull.get(fptr);
    const offsets = g.prog.sizes.offsetsof(u.fields.map((f) => f.type));
    const elems = u.fields.map((f, i) =>
      llvm.ConstantStruct.get(fty, [
        g.stringConst(f.name),
        this.descriptor(f.type),
        g.uintptr(offsets[i]!),
        llvm.ConstantInt.get(g.types.i8, (f.embedded ? FIELD_EMBEDDED : 0) | (isExported(f.name) ? FIELD_EXPORTED : 0), false),
      ]),
    );
    return this.array(fty, elems, 'fields');
  }

  /** array makes a constant array global of elements of type ety and returns a pointer to its first element. */
  array(ety: llvm.Type, elems: llvm.Constant[], what: string): llvm.Constant {
    const at = llvm.ArrayType.get(ety, elems.length);
    const gv = new llvm.GlobalVariable(this.g.module, at, true, llvm.GlobalValue.LinkageTypes.InternalLinkage, llvm.ConstantArray.get(at, elems), `${what}#${this.count++}`);
    return llvm.ConstantExpr.getBitCast(gv, llvm.PointerType.get(ety, 0));
  }
}

/** structField.flags bits (runtime/type.go). */
const FIELD_EMBEDDED = 1;
const FIELD_EXPORTED = 2;
