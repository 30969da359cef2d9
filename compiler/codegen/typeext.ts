// The reflect-mode extension of type descriptors (runtime/type.go): what only package reflect reads, emitted only in
// a program where internal/reflectlite's typeExt function, through which reflect reads every extension, is
// reachable. Each descriptor is then followed by its extension: a defined type's package path and the method set of
// a type with methods (an uncommonType: names and signature numbers, no code pointers, so reachability stays exact
// and methods cannot be called through reflect), a struct's tags and the package of its unexported fields, a func type's
// parameters and results, an interface's methods, a map type's runtime maptype (so that reflect.MakeMap can make a
// map of a type the program never makes itself). A method's signature is a number, equal for identical signatures,
// which is all Implements needs; the methods' func types are emitted only where internal/reflectlite's methodType
// is reachable (Type.Method, MethodByName), since they pull in the descriptors of every type any method mentions,
// and never for reflect's own types (Type's implementation and Value, whose method sets would bring in most of
// reflect's API as descriptors). Method sets are computed here from the checker's types with the same
// selection rules as interface dispatch (ir/methods.ts findMethod), in gc's order: exported methods first, each group
// sorted by name. Finally the table of unnamed pointer and slice types' descriptors lets reflect.PointerTo (and
// slicing an array) find *T's and []T's descriptor when the program has one (internal/reflectlite.derivedTypes,
// filled in when reflect uses it); *T is emitted for every defined T with a descriptor whose pointer has methods, so
// that reflect never makes a *T at run time that would lack them.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { hasBody } from '../../ir/ir.ts';
import { findMethod, typeKey } from '../../ir/methods.ts';
import { completeInterface } from '../types/interfaces.ts';
import { newVar } from '../types/objects.ts';
import { isExported } from '../types/predicates.ts';
import { Pointer, Signature, Tuple } from '../types/types.ts';
import type { Named, Package, Type } from '../types/types.ts';
import type { Codegen } from './context.ts';
import { maptype } from './maps.ts';
import type { TypeDescriptors } from './typedesc.ts';
import { describedStruct, pkgPathOf } from './typedesc.ts';

/** REFLECT_GATE is the function through which internal/reflectlite reads every extension. */
const REFLECT_GATE = 'internal/reflectlite.typeExt';
/** METHOD_TYPES_GATE is the function through which internal/reflectlite reads methods' func types. */
const METHOD_TYPES_GATE = 'internal/reflectlite.methodType';
/** DERIVED_TABLE is reflectlite's `[]*rtype` of the program's unnamed pointer and slice types, filled in here. */
const DERIVED_TABLE = 'internal/reflectlite.derivedTypes';
/** FUNC_VARIADIC is runtime.funcVariadic, set in funcTypeExt.numOut. */
const FUNC_VARIADIC = 0x8000;

/** extLayout names the runtime struct of a type's extension. */
export function extLayout(u: Type): string {
  switch (u.kind) {
    case 'Map':
      return 'mapTypeExt';
    case 'Struct':
      return 'structTypeExt';
    case 'Signature':
      return 'funcTypeExt';
    case 'Interface':
      return 'interfaceTypeExt';
    default:
      return 'typeExt';
  }
}

/** MethodEntry is one method of a method set or interface: its name, its package when unexported, its signature. */
interface MethodEntry {
  name: string;
  pkg: Package | undefined;
  sig: Signature;
}

/** TypeExtensions builds the extensions of one module's descriptors. */
export class TypeExtensions {
  private readonly derived: llvm.Constant[] = [];
  private readonly named: Named[] = [];

  constructor(
    private readonly g: Codegen,
    private readonly descs: TypeDescriptors,
  ) {
    this.methodTypes = reaches(g.prog, METHOD_TYPES_GATE);
  }

  private readonly sigIds = new Map<string, number>();
  /** methodTypes is set when the program reads methods' func types. */
  private readonly methodTypes: boolean;

  /** wanted reports whether prog reads descriptor extensions: whether reflectlite's typeExt is reachable. */
  static wanted(prog: ir.Program): boolean {
    return reaches(prog, REFLECT_GATE);
  }

  /** created records a new descriptor: unnamed pointer and slice types go into reflect's table. */
  created(t: Type, ptr: llvm.Constant): void {
    if (t.kind === 'Pointer' || t.kind === 'Slice') this.derived.push(ptr);
    else if (t.kind === 'Named') this.named.push(t);
  }

  /** extension builds the extension of t's descriptor, of LLVM type ty (the runtime struct extLayout names). */
  extension(t: Type, ty: llvm.StructType): llvm.Constant {
    const g = this.g;
    const u = t.underlying();
    const baseTy = this.descs.runtimeType('typeExt') as llvm.StructType;
    const base = llvm.ConstantStruct.get(baseTy, [this.uncommon(t)]);
    switch (u.kind) {
      case 'Map': {
        const mtTy = llvm.PointerType.get(this.descs.runtimeType('maptype')!, 0);
        return llvm.ConstantStruct.get(ty, [base, llvm.ConstantExpr.getBitCast(maptype(g, t), mtTy)]);
      }
      case 'Struct': {
        const fs = describedStruct(t);
        const unexported = fs.fields.find((f) => !isExported(f.name));
        const strPtr = llvm.PointerType.get(g.types.stringType, 0);
        const tags = fs.tags.some((x) => x !== '')
          ? this.descs.array(g.types.stringType, fs.fields.map((_, i) => g.stringConst(fs.tags[i] ?? '')), 'tags')
          : llvm.ConstantPointerNull.get(strPtr);
        return llvm.ConstantStruct.get(ty, [base, g.stringConst(unexported?.pkg?.path ?? ''), tags]);
      }
      case 'Signature': {
        const types = [...u.params.vars, ...u.results.vars].map((v) => this.descs.descriptor(v.type));
        const params = types.length > 0 ? this.descs.array(this.descs.typePtr, types, 'params') : llvm.ConstantPointerNull.get(llvm.PointerType.get(this.descs.typePtr, 0));
        const numOut = u.results.length | (u.variadic ? FUNC_VARIADIC : 0);
        return llvm.ConstantStruct.get(ty, [base, params, llvm.ConstantInt.get(i16(g), u.params.length, false), llvm.ConstantInt.get(i16(g), numOut, false)]);
      }
      case 'Interface': {
        const ms = reflectOwn(t) ? [] : sortMethods(completeInterface(u).map((m) => ({ name: m.name, pkg: m.pkg, sig: m.type })));
        return llvm.ConstantStruct.get(ty, [base, this.methods(ms), this.types(ms, undefined), g.uintptr(ms.length)]);
      }
      default:
        return base;
    }
  }

  /** uncommon returns a pointer to t's uncommonType, or nil for an unnamed type without methods. */
  private uncommon(t: Type): llvm.Constant {
    const g = this.g;
    const uty = this.descs.runtimeType('uncommonType') as llvm.StructType;
    // reflect's unexported types (the descriptor header, flags) are invisible to users: no package path either.
    // unsafe.Pointer is the one predeclared type with a package (gc: PkgPath "unsafe", Name "Pointer").
    const unsafePtr = t.kind === 'Basic' && t.name === 'unsafe.Pointer';
    const pkgPath = unsafePtr ? 'unsafe' : t.kind === 'Named' && !(reflectOwn(t) && !isExported(t.obj.name)) ? pkgPathOf(t) : '';
    const ms = reflectOwn(t) ? [] : methodSet(t);
    if (pkgPath === '' && ms.length === 0) return llvm.ConstantPointerNull.get(llvm.PointerType.get(uty, 0));
    const xcount = ms.filter((m) => isExported(m.name)).length;
    const init = llvm.ConstantStruct.get(uty, [
      g.stringConst(pkgPath),
      this.methods(ms),
      this.types(ms, t),
      llvm.ConstantInt.get(i16(g), ms.length, false),
      llvm.ConstantInt.get(i16(g), xcount, false),
    ]);
    const gv = new llvm.GlobalVariable(g.module, uty, true, llvm.GlobalValue.LinkageTypes.InternalLinkage, init, `uncommon#${this.descs.nextId()}`);
    return gv;
  }

  /** methods builds a method array (each method's encoded name and signature number), nil when there are none. */
  private methods(ms: MethodEntry[]): llvm.Constant {
    const mty = this.descs.runtimeType('method') as llvm.StructType;
    if (ms.length === 0) return llvm.ConstantPointerNull.get(llvm.PointerType.get(mty, 0));
    const elems = ms.map((m) => llvm.ConstantStruct.get(mty, [this.g.stringConst(encodedName(m)), llvm.ConstantInt.get(i16(this.g), this.sigId(m.sig), false)]));
    return this.descs.array(mty, elems, 'methods');
  }

  /** sigId numbers a signature (its receiver aside): identical signatures get the same number. */
  private sigId(sig: Signature): number {
    const key = typeKey(sig);
    let id = this.sigIds.get(key);
    if (id === undefined) this.sigIds.set(key, (id = this.sigIds.size + 1));
    return id;
  }

  /**
   * types builds the array of the methods' func types, with recv as the first parameter when given (a method set)
   * and without a receiver otherwise (an interface); nil when there are none or the program does not read them.
   */
  private types(ms: MethodEntry[], recv: Type | undefined): llvm.Constant {
    const tpp = llvm.PointerType.get(this.descs.typePtr, 0);
    if (ms.length === 0 || !this.methodTypes) return llvm.ConstantPointerNull.get(tpp);
    const elems = ms.map((m) => {
      const sig = recv
        ? new Signature(undefined, new Tuple([newVar('', recv, 0, undefined, { isParam: true }), ...m.sig.params.vars]), m.sig.results, m.sig.variadic)
        : m.sig;
      return this.descs.descriptor(sig);
    });
    return this.descs.array(this.descs.typePtr, elems, 'mtypes');
  }

  /**
   * finish emits *T for each defined type T with a descriptor whose pointer type has methods of its own, then fills
   * in reflectlite's table of pointer and slice types, when the program has it.
   */
  finish(): void {
    for (let i = 0; i < this.named.length; i++) {
      const t = this.named[i]!;
      const u = t.underlying();
      if (u.kind === 'Interface' || u.kind === 'Pointer' || reflectOwn(t)) continue;
      const p = new Pointer(t);
      if (methodSet(p).length > methodSet(t).length) this.descs.descriptor(p);
    }
    for (const [gl, gv] of this.g.globals) {
      if (gl.qualifiedName !== DERIVED_TABLE) continue;
      const st = gl.type.underlying();
      const slice = st.kind === 'Pointer' ? st.elem.underlying() : undefined;
      if (slice?.kind !== 'Slice') return;
      const ety = this.g.llvmType(slice.elem);
      const elems = this.derived.map((p) => llvm.ConstantExpr.getBitCast(p, ety));
      const sty = this.g.llvmType(st.kind === 'Pointer' ? st.elem : gl.type) as llvm.StructType;
      const data = elems.length > 0 ? this.descs.array(ety, elems, 'derived') : llvm.ConstantPointerNull.get(llvm.PointerType.get(ety, 0));
      const n = this.g.uintptr(elems.length);
      gv.setInitializer(llvm.ConstantStruct.get(sty, [data, n, n]));
    }
  }
}

/** reaches reports whether the function named qualified is in prog (reachable: unreached functions are removed). */
function reaches(prog: ir.Program, qualified: string): boolean {
  const pkg = qualified.slice(0, qualified.lastIndexOf('.'));
  const p = prog.packages.find((x) => x.path === pkg);
  return p !== undefined && p.functions.some((f) => f.qualifiedName === qualified && hasBody(f));
}

/** reflectOwn reports whether t is (a pointer to) one of reflect's own defined types, whose methods are left out
 * (of its method set, or of its method list for the interface Type). */
function reflectOwn(t: Type): boolean {
  const n = t.kind === 'Pointer' ? t.elem : t;
  return n.kind === 'Named' && n.obj.pkg?.path === 'internal/reflectlite';
}

/** encodedName is a method's name as runtime.method stores it: `Name`, or `pkg/path.name` when unexported. */
function encodedName(m: MethodEntry): string {
  return isExported(m.name) ? m.name : `${m.pkg?.path ?? ''}.${m.name}`;
}

/** sortMethods orders methods as gc's method sets are: exported first, then by name, then by package path. */
function sortMethods(ms: MethodEntry[]): MethodEntry[] {
  const rank = (m: MethodEntry): number => (isExported(m.name) ? 0 : 1);
  return ms.sort((a, b) => rank(a) - rank(b) || cmp(a.name, b.name) || cmp(a.pkg?.path ?? '', b.pkg?.path ?? ''));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * methodSet returns the method set of a non-interface type t (spec "Method sets"): the methods declared on it and
 * those promoted through embedded fields, with the receiver rules and depth and ambiguity rules of findMethod.
 */
export function methodSet(t: Type): MethodEntry[] {
  const u = t.underlying();
  if (u.kind === 'Interface' || (t.kind === 'Named' && u.kind === 'Pointer')) return [];
  const candidates = new Map<string, { name: string; pkg: Package | undefined }>();
  const add = (name: string, pkg: Package | undefined): void => {
    const key = isExported(name) ? name : `${pkg?.path ?? ''}.${name}`;
    if (!candidates.has(key)) candidates.set(key, { name, pkg });
  };
  const seen = new Set<Named>();
  const visit = (x: Type, embedded: boolean): void => {
    if (x.kind === 'Pointer') x = x.elem;
    if (x.kind === 'Named') {
      if (seen.has(x)) return;
      seen.add(x);
      for (const m of x.origin.methods) add(m.name, m.pkg);
    }
    const xu = x.underlying();
    if (xu.kind === 'Struct') {
      for (const f of xu.fields) if (f.embedded) visit(f.type, true);
    } else if (xu.kind === 'Interface' && embedded) {
      for (const m of completeInterface(xu)) add(m.name, m.pkg);
    }
  };
  if (t.kind === 'Pointer' && t.elem.kind === 'Named' && t.elem.underlying().kind === 'Pointer') return [];
  visit(t, false);
  const out: MethodEntry[] = [];
  for (const { name, pkg } of candidates.values()) {
    const sel = findMethod(t, name, pkg);
    if (sel) out.push({ name, pkg: sel.fn.pkg, sig: sel.fn.type });
  }
  return sortMethods(out);
}

/** i16 is the LLVM type of a uint16. */
function i16(g: Codegen): llvm.IntegerType {
  return llvm.IntegerType.get(g.ctx, 16);
}
