// Generics by stenciling: every generic function, and every method of a generic type, is built once per distinct set
// of type arguments the program uses, with the type parameters substituted by concrete types throughout (FnBuilder's
// smap: every type read from the checker goes through it). An instance is named as its symbol and -print-allocs
// name it: `main.Map[int,string]`, `(*main.List[int]).Push`. Instances are made on demand, when a call, a function
// value or a method set needs one, and their bodies are declared like any other (built when reached, build.ts;
// recursion through the same type arguments finds the instance already made). Methods of a generic type's instance
// are all instantiated when the instance is converted to an interface, so that dynamic dispatch finds them.
//
// Stenciling rather than gc's GC-shape dictionaries: the generated code is as good as hand-written code for each
// instance (no dictionary loads, no indirect calls, LLVM sees concrete types), and on a microcontroller a program
// instantiates few type-argument sets; the cost is flash per instance, which -size shows.

import type * as ast from '../syntax/ast.ts';
import type { Info, Selection } from '../types/info.ts';
import type { Func as FuncObj } from '../types/objects.ts';
import { completeInterface } from '../types/interfaces.ts';
import { instanceMethod, instantiateSignature, makeSubstMap } from '../types/subst.ts';
import type { SubstMap } from '../types/subst.ts';
import { typeString } from '../types/types.ts';
import type { Named, Signature, Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { findMethod, typeKey } from '../../ir/methods.ts';
import type { FnBuilder, ProgramState } from './func.ts';

/** GenericDecl is the declaration of a generic function or of a method of a generic type, kept for instantiation. */
export interface GenericDecl {
  decl: ast.FuncDecl;
  info: Info;
  pkg: ir.Package;
}

/** PendingBody is a function whose body is still to be built (with smap for an instance). */
export interface PendingBody {
  fn: ir.Function;
  decl: ast.FuncDecl;
  info: Info;
  smap?: SubstMap;
}

/** argString renders a type argument as instance names spell it: `main.Pair[int,string]` (no space after commas). */
export function argString(t: Type): string {
  if (t.kind === 'Named' && t.typeArgs.length > 0) {
    const o = t.obj;
    return `${o.pkg ? `${o.pkg.path}.` : ''}${o.name}[${t.typeArgs.map(argString).join(',')}]`;
  }
  if (t.kind === 'Pointer') return `*${argString(t.elem)}`;
  return typeString(t);
}

/** isGenericMethod reports whether m (an origin method) is declared on a generic type. */
function isGenericMethod(m: FuncObj): boolean {
  return m.type.recvTypeParams.length > 0;
}

/** receiverNamed returns the named type of a method's receiver type (through one pointer). */
function receiverNamed(t: Type): Named | undefined {
  const base = t.kind === 'Pointer' ? t.elem : t;
  return base.kind === 'Named' ? base : undefined;
}

/**
 * instantiate returns the instance of generic function origin for type arguments targs (concrete types), making it
 * and queueing its body on first use.
 */
export function instantiate(st: ProgramState, origin: FuncObj, targs: Type[]): ir.Function | undefined {
  const gd = st.generic.get(origin);
  if (!gd) return undefined;
  const key = `${origin.fullName || origin.name}@${origin.pkg?.path}[${targs.map(typeKey).join(',')}]`;
  const hit = st.instances.get(key);
  if (hit) return hit;
  const name = `${origin.name}[${targs.map(argString).join(',')}]`;
  const sig = instantiateSignature(origin.type, targs);
  const fn = b.newFunction(gd.pkg, name, `${gd.pkg.path}.${name}`, sig, gd.decl.name.pos, origin);
  return register(st, key, fn, gd, makeSubstMap(origin.type.typeParams, targs));
}

/**
 * methodInstance returns the function of method m of an instantiated generic type (m as the checker or
 * instanceMethod gives it, its receiver already concrete), making it on first use.
 */
function methodInstance(st: ProgramState, m: FuncObj): ir.Function | undefined {
  const origin = m.origin ?? m;
  const gd = st.generic.get(origin);
  const inst = m.type.recv ? receiverNamed(m.type.recv.type) : undefined;
  if (!gd || !inst || inst.typeArgs.length === 0) return undefined;
  const canonical = instanceMethod(inst, origin);
  const key = `${origin.fullName || origin.name}@${origin.pkg?.path}[${inst.typeArgs.map(typeKey).join(',')}]`;
  const hit = st.instances.get(key);
  if (hit) return hit;
  const rt = canonical.type.recv!.type;
  const recvName = rt.kind === 'Pointer' ? `(*${argString(rt.elem)})` : argString(rt);
  const fn = b.newFunction(gd.pkg, origin.name, `${recvName}.${origin.name}`, canonical.type, gd.decl.name.pos, canonical);
  st.funcs.set(canonical, fn);
  const rtps = origin.type.recvTypeParams;
  return register(st, key, fn, gd, makeSubstMap(rtps, inst.typeArgs));
}

function register(st: ProgramState, key: string, fn: ir.Function, gd: GenericDecl, smap: SubstMap): ir.Function {
  fn.directives = gd.decl.directives.map((d) => ({ name: d.name, args: d.args }));
  st.instances.set(key, fn);
  if (gd.decl.body) st.declareBody({ fn, decl: gd.decl, info: gd.info, smap });
  return fn;
}

/**
 * funcRef returns the declared function a call's or value's expression names, with the identifier naming it: `f`,
 * `pkg.F`, and the explicit instantiations `F[int]`, `pkg.F[int, string]`.
 */
export function funcRef(fb: FnBuilder, e: ast.Expr): { obj: FuncObj; id: ast.Ident } | undefined {
  let x = e;
  while (x.kind === 'ParenExpr') x = x.x;
  if (x.kind === 'IndexExpr') x = x.x;
  while (x.kind === 'ParenExpr') x = x.x;
  let id: ast.Ident | undefined;
  if (x.kind === 'Ident') id = x;
  else if (x.kind === 'SelectorExpr' && !fb.info.selections.has(x)) id = x.sel;
  const obj = id ? fb.objectOf(id) : undefined;
  return obj?.kind === 'Func' && id ? { obj, id } : undefined;
}

/**
 * functionOf returns the IR function of a declared function or method used at id (the identifier naming it, whose
 * type arguments the checker recorded for a generic function), instantiating it when it is generic.
 */
export function functionOf(fb: FnBuilder, obj: FuncObj, id: ast.Ident | undefined): ir.Function | undefined {
  const direct = fb.st.funcs.get(obj);
  if (direct) return direct;
  if (obj.type.typeParams.length > 0) {
    const inst = id ? fb.info.instances.get(id) : undefined;
    if (!inst) return undefined;
    return instantiate(fb.st, obj, inst.typeArgs.map((t) => fb.subst(t)));
  }
  return methodFunction(fb, obj);
}

/** methodFunction returns the IR function of concrete method m, substituted into the instance being built. */
export function methodFunction(fb: FnBuilder, m: FuncObj): ir.Function | undefined {
  const c = concreteMethod(fb, m);
  return fb.st.funcs.get(c) ?? methodInstance(fb.st, c);
}

/**
 * concreteMethod returns method m with the instance's type arguments substituted: for a method of a generic type the
 * canonical method of the receiver's instance, for an interface method its signature substituted.
 */
export function concreteMethod(fb: FnBuilder, m: FuncObj): FuncObj {
  if (fb.smap.size === 0 && !(m.origin && isGenericMethod(m.origin))) return m;
  if (!m.type.recv) {
    const sig = fb.subst(m.type) as Signature;
    return sig === m.type ? m : { ...m, type: sig };
  }
  const inst = receiverNamed(fb.subst(m.type.recv.type));
  const origin = m.origin ?? m;
  return inst && inst.typeArgs.length > 0 ? instanceMethod(inst, origin) : m;
}

/**
 * selection returns what selector e selects in the function being built: the checker's selection, with methods made
 * concrete for the instance; a method of a type-parameter receiver is looked up in the type argument's method set
 * (a static call for a concrete type argument, an interface call for an interface one).
 */
export function selection(fb: FnBuilder, e: ast.SelectorExpr): Selection | undefined {
  const sel = fb.info.selections.get(e);
  if (!sel || sel.obj.kind !== 'Func' || sel.kind === 'FieldVal') return sel;
  if (fb.smap.size === 0 && !(sel.obj.origin && isGenericMethod(sel.obj.origin))) return sel;
  const m = sel.obj;
  const raw = fb.info.types.get(e.x)?.type;
  const viaTypeParam = raw !== undefined && (raw.kind === 'TypeParam' || (raw.kind === 'Pointer' && raw.elem.kind === 'TypeParam'));
  if (!viaTypeParam) return { ...sel, obj: concreteMethod(fb, m), recv: fb.subst(sel.recv), type: fb.subst(sel.type) };
  const t = fb.subst(raw);
  if (t.underlying().kind === 'Interface') {
    const im = completeInterface(t.underlying() as never).find((x) => x.name === m.name);
    return { ...sel, recv: t, obj: im ?? concreteMethod(fb, m), index: [0], type: fb.subst(sel.type) };
  }
  const found = findMethod(t, m.name, m.pkg);
  if (!found) return undefined;
  return { ...sel, recv: t, obj: found.fn, index: [...found.path, 0], type: fb.subst(sel.type) };
}

/**
 * ensureMethods instantiates every method of the generic-type instances in t's method set (t itself, through a
 * pointer, and through embedded fields), before a value of type t becomes an interface value.
 */
export function ensureMethods(st: ProgramState, t: Type, seen: Set<Type> = new Set()): void {
  if (seen.has(t)) return;
  seen.add(t);
  if (t.kind === 'Pointer') return ensureMethods(st, t.elem, seen);
  if (t.kind === 'Named' && t.typeArgs.length > 0) {
    for (const m of t.origin.methods) methodInstance(st, instanceMethod(t, m));
  }
  const u = t.underlying();
  if (u.kind === 'Struct') for (const f of u.fields) if (f.embedded) ensureMethods(st, f.type, seen);
}
