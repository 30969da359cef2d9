// Static initial values of package variables: a variable whose initializer is a constant, nil, a composite literal
// whose elements are (recursively) static, `&T{...}` of such a literal, or `&v` of a package variable, starts with
// that value as static data, and its package initializer stores nothing. `&T{...}` and a slice literal's array become
// anonymous package variables (`pkg.stmp$N`, gc's `..stmp_N`) that the value points to. On AVR a 29-entry uint16
// table then costs 58 bytes of .data instead of about 4 bytes of `ldi`/`sts` code per byte; unicode's range tables
// are data instead of hundreds of allocations at start-up; and LLVM can fold reads of a table nothing writes, put it
// in flash on Cortex-M, or drop it.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import { ArrayType } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder, ProgramState } from './func.ts';
import type { TypeAndValue } from '../types/info.ts';
import type { Obj } from '../types/objects.ts';
import type { Info } from '../types/info.ts';
import type { Func as FuncObj } from '../types/objects.ts';

/** MAX_STATIC_ELEMS bounds the arrays built statically (larger ones are rare and initialized by code). */
const MAX_STATIC_ELEMS = 1 << 16;

/** staticValue returns e's value of type t as static data, or undefined when e needs code to compute. */
export function staticValue(fb: FnBuilder, e: ast.Expr, t: Type): ir.StaticValue | undefined {
  const pkg = fb.fn.pkg!;
  const made = pkg.globals.length;
  const v = staticOf(contextOf(fb.info, fb.st, pkg), e, t);
  if (!v) pkg.globals.length = made; // drop the anonymous variables of a literal that turned out not to be static
  return v;
}

/**
 * Ctx is where a static value is evaluated: the package's Info, or a called function's with its parameters bound to
 * the call's static arguments (env).
 */
interface Ctx {
  info: Info;
  globals: ProgramState['globals'];
  decls: ProgramState['decls'];
  /** pkg receives the anonymous variables. */
  pkg: ir.Package;
  env: Map<Obj, ir.StaticValue> | undefined;
  depth: number;
  tv(e: ast.Expr): TypeAndValue | undefined;
  objectOf(id: ast.Ident): Obj | undefined;
}

function contextOf(info: Info, st: ProgramState, pkg: ir.Package, env?: Map<Obj, ir.StaticValue>, depth = 0): Ctx {
  return {
    info, globals: st.globals, decls: st.decls, pkg, env, depth,
    tv: (e) => info.types.get(e),
    objectOf: (id) => info.uses.get(id) ?? info.defs.get(id) ?? undefined,
  };
}

function staticOf(c: Ctx, e: ast.Expr, t: Type): ir.StaticValue | undefined {
  const x = unparen(e);
  const u = t.underlying();
  const tv = c.tv(x);
  if (tv?.value && tv.value.kind !== 'unknown') return u.kind === 'Basic' ? b.constOf(t, tv.value) : undefined;
  if (x.kind === 'Ident' && c.objectOf(x)?.kind === 'Nil') return b.zeroConst(t);
  if (u.kind === 'Interface' && tv && tv.type.underlying().kind !== 'Interface') {
    // A pointer in an interface is its data word: `error(&errorString{...})` is static; other values need a box.
    if (tv.type.underlying().kind !== 'Pointer') return undefined;
    const v = staticOf(c, x, tv.type);
    return v && { kind: 'StaticIface', type: t, dynType: tv.type, value: v };
  }
  if (x.kind === 'Ident') {
    const obj = c.objectOf(x);
    const bound = obj && c.env?.get(obj);
    if (bound) return bound;
  }
  if (x.kind === 'CallExpr') return staticCall(c, x, t);
  if (x.kind === 'UnaryExpr' && x.op === '&' && u.kind === 'Pointer') return staticAddr(c, unparen(x.x), u.elem, t);
  if (x.kind !== 'CompositeLit') return undefined;
  if (u.kind === 'Array') {
    const elems = arrayElems(c, x, u.elem, u.len);
    return elems && { kind: 'StaticAggregate', type: t, elems };
  }
  if (u.kind === 'Slice') {
    const len = literalLength(c, x);
    const at = len === undefined ? undefined : new ArrayType(u.elem, len);
    const elems = at && arrayElems(c, x, u.elem, at.len);
    if (!at || !elems) return undefined;
    const array = anonymous(c, at, x.pos, { kind: 'StaticAggregate', type: at, elems });
    return { kind: 'StaticSlice', type: t, array, len: at.len };
  }
  if (u.kind === 'Struct') {
    const elems: (ir.StaticValue | undefined)[] = new Array(u.fields.length).fill(undefined);
    let ok = true;
    x.elts.forEach((elt, i) => {
      let index = i;
      let val = elt;
      if (elt.kind === 'KeyValueExpr') {
        index = elt.key.kind === 'Ident' ? u.fields.findIndex((f) => f.name === (elt.key as ast.Ident).name) : -1;
        val = elt.value;
      }
      const f = u.fields[index];
      const v = f && staticOf(c, val, f.type);
      if (!v) ok = false;
      else if (f.name !== '_') elems[index] = v; // a blank field stays zero, as with gc
    });
    return ok ? { kind: 'StaticAggregate', type: t, elems } : undefined;
  }
  return undefined;
}

/**
 * staticCall evaluates a call of a function whose body is one `return E` (errors.New) with static arguments, at
 * most two calls deep: E with the parameters bound to the arguments.
 */
function staticCall(c: Ctx, x: ast.CallExpr, t: Type): ir.StaticValue | undefined {
  if (c.depth >= 2 || x.ellipsis !== 0 || c.tv(x.fun)?.mode === 'typexpr') return undefined;
  const obj = calleeOf(c.info, x);
  const callee = obj?.kind === 'Func' ? c.decls.get(obj) : undefined;
  const result = callee && singleReturn(callee.decl);
  if (!callee || obj?.kind !== 'Func' || result?.length !== 1) return undefined;
  const params = obj.type.params.vars;
  if (params.length !== x.args.length || obj.type.variadic) return undefined;
  const env = new Map<Obj, ir.StaticValue>();
  for (let i = 0; i < params.length; i++) {
    const v = staticOf(c, x.args[i]!, params[i]!.type);
    if (!v) return undefined;
    env.set(params[i]!, v);
  }
  const inner = { ...c, info: callee.info, env, depth: c.depth + 1 };
  inner.tv = (e: ast.Expr) => callee.info.types.get(e);
  inner.objectOf = (i: ast.Ident) => callee.info.uses.get(i) ?? callee.info.defs.get(i) ?? undefined;
  return staticOf(inner, result[0]!, t);
}

/** staticAddr is the static value of `&x` (x of type elem): a composite literal's anonymous variable, or a package variable. */
function staticAddr(c: Ctx, x: ast.Expr, elem: Type, t: Type): ir.StaticValue | undefined {
  if (x.kind === 'CompositeLit') {
    const v = staticOf(c, x, elem);
    return v && { kind: 'StaticAddr', type: t, global: anonymous(c, elem, x.pos, v) };
  }
  const obj = x.kind === 'Ident' ? c.objectOf(x) : x.kind === 'SelectorExpr' ? c.objectOf(x.sel) : undefined;
  const g = obj?.kind === 'Var' ? c.globals.get(obj) : undefined;
  return g && { kind: 'StaticAddr', type: t, global: g };
}

/** arrayElems returns the static elements of an array or slice literal of length len, or undefined. */
function arrayElems(c: Ctx, x: ast.CompositeLit, elem: Type, len: number): (ir.StaticValue | undefined)[] | undefined {
  if (len > MAX_STATIC_ELEMS) return undefined;
  const elems: (ir.StaticValue | undefined)[] = new Array(len).fill(undefined);
  let next = 0;
  for (const elt of x.elts) {
    let val = elt;
    if (elt.kind === 'KeyValueExpr') {
      const k = c.tv(elt.key)?.value;
      if (k?.kind !== 'int') return undefined;
      next = Number(k.value);
      val = elt.value;
    }
    const v = staticOf(c, val, elem);
    if (!v || next >= len) return undefined;
    elems[next++] = v;
  }
  return elems;
}

/** literalLength is the length of a slice literal: one past its largest index. */
function literalLength(c: Ctx, x: ast.CompositeLit): number | undefined {
  let next = 0;
  let len = 0;
  for (const elt of x.elts) {
    if (elt.kind === 'KeyValueExpr') {
      const k = c.tv(elt.key)?.value;
      if (k?.kind !== 'int') return undefined;
      next = Number(k.value);
    }
    len = Math.max(len, ++next);
  }
  return len;
}

/** anonymous makes the package variable `stmp$N` that holds a literal's static value. */
function anonymous(c: Ctx, t: Type, pos: ast.Expr['pos'], init: ir.StaticValue): ir.Global {
  const pkg = c.pkg;
  const g = b.newGlobal(pkg, `stmp$${pkg.globals.length}`, t, pos);
  g.init = init;
  return g;
}

/** FuncDecls finds the declaration of a package-level function, for sideEffectFree to look into. */
export type FuncDecls = ReadonlyMap<FuncObj, { decl: ast.FuncDecl; info: Info }>;

/**
 * sideEffectFree reports whether evaluating a package variable's initializer e can do nothing but compute its value:
 * no receive and nothing that can panic (indexing, slicing, dereferencing, selecting through a pointer, division,
 * shifts, type assertions); calls only of conversions that cannot fail, `new`, `make` with constant sizes, and
 * functions whose body is `return E` with E itself side-effect free (`errors.New`), two calls deep at most, and, in
 * the standard library (std), of the INSPECTING packages' functions and methods. Such an initializer runs only if the
 * variable is used (ir.Global.initFunc).
 */
export function sideEffectFree(info: Info, decls: FuncDecls, e: ast.Expr, std = false, depth = 0): boolean {
  const pure = (x: ast.Expr): boolean => sideEffectFree(info, decls, x, std, depth);
  const x = unparen(e);
  const tv = info.types.get(x);
  if (tv?.value && tv.value.kind !== 'unknown') return true;
  switch (x.kind) {
    case 'Ident':
    case 'BasicLit':
    case 'FuncLit':
      return true;
    case 'SelectorExpr':
      return !info.selections.has(x); // a qualified identifier pkg.Name
    case 'CompositeLit':
      return x.elts.every((elt) =>
        elt.kind === 'KeyValueExpr' ? (isFieldName(info, elt.key) || pure(elt.key)) && pure(elt.value) : pure(elt),
      );
    case 'UnaryExpr':
      return x.op !== '<-' && pure(x.x);
    case 'BinaryExpr':
      return !['/', '%', '<<', '>>'].includes(x.op) && pure(x.x) && pure(x.y);
    case 'CallExpr': {
      if (!x.args.every(pure)) return false;
      if (info.types.get(x.fun)?.mode === 'typexpr') {
        // A conversion; from a slice to an array (pointer) it can panic.
        return !x.args[0] || info.types.get(x.args[0])?.type.underlying().kind !== 'Slice';
      }
      const f = unparen(x.fun);
      if (std && f.kind === 'SelectorExpr' && info.selections.get(f)?.kind === 'MethodVal') {
        // A method of an inspecting package on a side-effect-free receiver (reflectlite.TypeOf(x).Elem()).
        const m = info.uses.get(f.sel);
        return m?.kind === 'Func' && INSPECTING.has(m.pkg?.path ?? '') && pure(f.x);
      }
      const obj = calleeOf(info, x);
      if (std && obj?.kind === 'Func' && (INSPECTING.has(obj.pkg?.path ?? '') || READS.has(`${obj.pkg?.path}.${obj.name}`))) return true;
      if (obj?.kind === 'Builtin') {
        if (obj.id === 'new') return true;
        return obj.id === 'make' && x.args.slice(1).every((a) => info.types.get(a)?.value !== undefined);
      }
      const callee = obj?.kind === 'Func' ? decls.get(obj) : undefined;
      const results = callee && singleReturn(callee.decl);
      if (!callee || !results || depth >= 2) return false;
      return results.every((r) => sideEffectFree(callee.info, decls, r, std, depth + 1));
    }
    default:
      return false;
  }
}

/** calleeOf returns the object a call names directly: `f(...)` or `pkg.F(...)` (not a method). */
function calleeOf(info: Info, x: ast.CallExpr): Obj | undefined {
  const f = unparen(x.fun);
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' && !info.selections.has(f) ? f.sel : undefined;
  return id && (info.uses.get(id) ?? undefined);
}

/** singleReturn returns the results of a function whose body is one `return` statement. */
function singleReturn(decl: ast.FuncDecl): ast.Expr[] | undefined {
  const body = decl.body?.list;
  return body?.length === 1 && body[0]!.kind === 'ReturnStmt' ? body[0]!.results : undefined;
}

/**
 * INSPECTING are the packages whose functions a standard-library initializer may call and still be skipped when its
 * variable is unused: they compute values and keep no state (errors' `errorType = reflectlite.TypeOf(...).Elem()`).
 * The rule applies to GOROOT's and tsgo's own packages only (std): a user's initializer runs as written.
 */
const INSPECTING = new Set(['internal/reflectlite', 'reflect', 'errors', 'unicode/utf8', 'math', 'math/bits']);

/**
 * READS are standard-library functions that only read state: time's `startNano = runtimeNano() - 1` is computed only
 * in programs that use it (reading the clock starts it on AVR, which a program importing os for Stdout should not pay).
 */
const READS = new Set(['time.runtimeNano']);

/** isFieldName reports whether a composite literal key is a struct field's name (not an expression). */
function isFieldName(info: Info, key: ast.Expr): boolean {
  return key.kind === 'Ident' && !info.types.has(key);
}
