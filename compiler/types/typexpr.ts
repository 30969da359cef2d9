// Type expressions: resolving the AST of a type (`*T`, `[3]int`, `[]byte`, `struct{...}`, `func(...)...`,
// `interface{...}`, `map[K]V`, `chan T`, qualified `pkg.T`) to the type model, including function signatures with their
// parameter objects, array lengths (constant expressions), struct fields with embedding and tags, and interface method
// sets. Every type expression is recorded in Info.types with mode 'typexpr'.

import type * as ast from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { representable, toIntValue } from './constexpr.ts';
import { parseStringLit } from './literals.ts';
import { resolveObj } from './decl.ts';
import { constExprValue, lookupIdent, rawExpr } from './expr.ts';
import type { Func, Var } from './objects.ts';
import { newVar } from './objects.ts';
import { Scope } from './scope.ts';
import {
  ArrayType, BasicInfo, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ, TypeParam,
  Union, hasInfo, type Term, type Type,
} from './types.ts';
import type { TypeName } from './objects.ts';
import { emptyInterface } from './universe.ts';
import { instantiateNamed } from './subst.ts';
import { recordInstance, verifyInstance } from './instantiate.ts';
import { comparable, isExported, isUntypedType } from './predicates.ts';
import { completeInterface } from './interfaces.ts';
import { checkUnionTerms, typeSetOf } from './typeset.ts';

/** typExpr resolves a type expression; on error it reports and returns Typ.Invalid. */
export function typExpr(c: Checker, e: ast.Expr): Type {
  const t = typExprInner(c, e, false);
  c.recordTypeExpr(e, t);
  return t;
}

/**
 * varType resolves the type of a variable, field, parameter, element or type argument: as types2's varType, an
 * interface with type elements or comparable may only be a constraint (checked once interfaces are complete).
 */
export function varType(c: Checker, e: ast.Expr): Type {
  const t = typExpr(c, e);
  if (t.kind !== 'TypeParam' && t !== Typ.Invalid) c.delayed.push(() => checkVarType(c, e, t));
  return t;
}

function checkVarType(c: Checker, e: ast.Expr, t: Type): void {
  if (t.underlying().kind !== 'Interface') return;
  const ts = typeSetOf(t);
  if (!ts) return;
  if (ts.comparable) {
    c.error(e.pos, `cannot use type ${c.typeStr(t)} outside a type constraint: interface is (or embeds) comparable`);
  } else if (ts.terms !== undefined) {
    c.error(e.pos, `cannot use type ${c.typeStr(t)} outside a type constraint: interface contains type constraints`);
  }
}

/** genericTypExpr resolves a type expression that may denote a generic type not yet instantiated (`List` in `List[T]`). */
function genericTypExpr(c: Checker, e: ast.Expr): Type {
  const t = typExprInner(c, e, true);
  c.recordTypeExpr(e, t);
  return t;
}

/**
 * notAType reports a name or selector used as a type that denotes something else, as types2 does after evaluating
 * it: `v (variable of type int) is not a type`, `len (built-in) is not a type`, `f() (no value) used as type`.
 */
function notAType(c: Checker, e: ast.Ident | ast.SelectorExpr): void {
  const x = rawExpr(c, e);
  if (x.mode === 'invalid') return;
  if (x.mode === 'typexpr') c.error(e.pos, `${c.exprStr(e)} is not a type`);
  else c.error(e.pos, `${c.operandStr(x)} ${x.mode === 'novalue' ? 'used as type' : 'is not a type'}`);
}

/** nonGeneric reports a generic type used without type arguments. */
function nonGeneric(c: Checker, e: ast.Expr, t: Type): Type {
  if (t.kind === 'Named' && t.typeParams.length > 0 && t.typeArgs.length === 0) {
    c.error(e.pos, `cannot use generic type ${genericTypeString(c, t)} without instantiation`);
    return Typ.Invalid;
  }
  return t;
}

function typExprInner(c: Checker, e: ast.Expr, generic: boolean): Type {
  switch (e.kind) {
    case 'Ident': {
      // A receiver type parameter named `_` (`func (l *List[_]) Len()`) is never declared in a scope: the identifier
      // that defines it is the one resolved here (go/types' recvTParamMap).
      const blank = e.name === '_' ? c.info.defs.get(e) : undefined;
      if (blank && blank.kind === 'TypeName' && blank.type.kind === 'TypeParam') return blank.type;
      const obj = lookupIdent(c, e);
      if (!obj) return Typ.Invalid;
      if (obj.kind !== 'TypeName') {
        notAType(c, e);
        return Typ.Invalid;
      }
      resolveObj(c, obj);
      return generic ? obj.type : nonGeneric(c, e, obj.type);
    }
    case 'SelectorExpr': {
      if (e.x.kind === 'Ident') {
        const o = lookupIdent(c, e.x, true);
        if (o && o.kind === 'PkgName') {
          const m = o.imported.scope.lookup(e.sel.name);
          if (!m) {
            c.error(e.sel.pos, `undefined: ${e.x.name}.${e.sel.name}`);
            return Typ.Invalid;
          }
          if (!isExported(e.sel.name) && o.imported.path !== 'unsafe') {
            c.error(e.sel.pos, `${e.sel.name} not exported by package ${o.imported.name}`);
            return Typ.Invalid;
          }
          c.recordUse(e.sel, m);
          if (m.kind !== 'TypeName') {
            notAType(c, e);
            return Typ.Invalid;
          }
          return generic ? m.type : nonGeneric(c, e, m.type);
        }
        if (!o) return Typ.Invalid;
      }
      notAType(c, e);
      return Typ.Invalid;
    }
    case 'ParenExpr':
      return generic ? genericTypExpr(c, e.x) : typExpr(c, e.x);
    case 'StarExpr':
      return new Pointer(varType(c, e.x));
    case 'ArrayType': {
      if (!e.len) return new Slice(varType(c, e.elt));
      if (e.len.kind === 'Ellipsis') {
        c.error(e.len.pos, 'invalid use of [...] array (outside a composite literal)');
        varType(c, e.elt);
        return Typ.Invalid;
      }
      const n = arrayLength(c, e.len);
      const elem = varType(c, e.elt);
      return n < 0 ? Typ.Invalid : new ArrayType(elem, n);
    }
    case 'StructType':
      return structType(c, e);
    case 'FuncType': {
      const scope = new Scope(c.env.scope, e.pos, e.end, 'function');
      return funcType(c, e, undefined, scope);
    }
    case 'InterfaceType':
      return interfaceType(c, e);
    case 'MapType': {
      const k = varType(c, e.key);
      const v = varType(c, e.value);
      if (k !== Typ.Invalid) {
        // Checked once every type is resolved: a defined key type or a type parameter's constraint may still be
        // being declared (`type K struct{ m map[K]int }`, `[M ~map[K]V, K comparable, V any]`).
        c.delayed.push(() => {
          if (comparable(k)) return;
          const why = k.kind === 'TypeParam' ? ' (missing comparable constraint)' : '';
          c.error(e.key.pos, `invalid map key type ${c.typeStr(k)}${why}`);
        });
      }
      return new MapType(k, v);
    }
    case 'ChanType':
      return new Chan(e.dir, varType(c, e.value));
    case 'IndexExpr':
      return instantiatedType(c, e);
    case 'Ellipsis':
      c.error(e.pos, 'invalid use of ...');
      return Typ.Invalid;
    case 'BadExpr':
      return Typ.Invalid;
    default:
      c.error(e.pos, `${c.exprStr(e)} is not a type`);
      return Typ.Invalid;
  }
}

/** arrayLength evaluates an array length expression; -1 on error. */
function arrayLength(c: Checker, e: ast.Expr): number {
  // A name that is not a constant is rejected before it is resolved (as gc: `[v]int` with a variable v is no cycle).
  if (e.kind === 'Ident') {
    const obj = c.env.scope.resolve(e.name);
    if (!obj) {
      c.error(e.pos, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (obj.kind !== 'Const') {
      c.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = constExprValue(c, e);
  if (!x) return -1;
  if (x.mode !== 'constant' || !x.val) {
    c.error(e.pos, `array length ${c.exprStr(e)} (${x.mode === 'variable' ? 'variable' : 'value'} of type ${c.typeStr(x.type)}) must be constant`);
    return -1;
  }
  // As types2: an untyped or integer constant with an integral value that fits int is a length if not negative;
  // anything else (1.5, "abc", float64(2), 1 << 65) must be integer.
  if (isUntypedType(x.type) || hasInfo(x.type, BasicInfo.IsInteger)) {
    const i = toIntValue(x.val);
    if (i && i.kind === 'int' && representable(i, Typ.int, c.sizes).ok) {
      if (i.value >= 0n) return Number(i.value);
      c.error(e.pos, `invalid array length ${c.operandStr(x)}`);
      return -1;
    }
  }
  c.error(e.pos, `array length ${c.operandStr(x)} must be integer`);
  return -1;
}

/** hasBadExpr reports whether an embedded field's type expression holds a BadExpr the parser left for a syntax error. */
function hasBadExpr(e: ast.Expr): boolean {
  for (;;) {
    if (e.kind === 'BadExpr') return true;
    if (e.kind === 'StarExpr' || e.kind === 'ParenExpr' || e.kind === 'IndexExpr' || e.kind === 'SelectorExpr') e = e.x;
    else return false;
  }
}

/** embeddedFieldName returns the implicit name of an embedded field's type expression (`T`, `*T`, `pkg.T`). */
function embeddedFieldName(e: ast.Expr): ast.Ident | undefined {
  switch (e.kind) {
    case 'Ident':
      return e;
    case 'StarExpr':
      return e.x.kind === 'StarExpr' ? undefined : embeddedFieldName(e.x);
    case 'SelectorExpr':
      return e.sel;
    case 'ParenExpr':
      return embeddedFieldName(e.x);
    case 'IndexExpr':
      return embeddedFieldName(e.x);
    default:
      return undefined;
  }
}

function structType(c: Checker, e: ast.StructType): Type {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  const add = (f: Var, tag: string): void => {
    if (f.name !== '_') {
      const prev = seen.get(f.name);
      if (prev) {
        c.error(f.pos, `${f.name} redeclared${c.see(prev.pos, `other declaration of ${f.name}`)}`);
      } else seen.set(f.name, f);
    }
    fields.push(f);
    tags.push(tag);
  };
  for (const fld of e.fields.list) {
    const t = varType(c, fld.type);
    const tag = fld.tag ? parseStringLit(fld.tag.value) ?? '' : '';
    if (fld.names.length === 0) {
      const id = embeddedFieldName(fld.type);
      if (!id) {
        // Only a syntax error leaves an embedded field without a name (`*(*T)` parses as `*BadExpr`): already reported.
        if (!hasBadExpr(fld.type)) c.error(fld.type.pos, `invalid embedded field type ${c.exprStr(fld.type)}`);
        continue;
      }
      const f = newVar(id.name, t, fld.type.pos, c.pkg, { isField: true, embedded: true });
      const u = t.kind === 'Pointer' ? t.elem : t;
      if (u.kind === 'TypeParam') {
        c.error(fld.type.pos, 'embedded field type cannot be a (pointer to a) type parameter');
      } else if (t.kind === 'Pointer' && (u.underlying().kind === 'Pointer' || u.underlying().kind === 'Interface')) {
        c.error(fld.type.pos, `embedded field type cannot be a pointer to an interface`);
      }
      c.info.implicits.set(fld, f);
      c.recordDef(id, f);
      add(f, tag);
      continue;
    }
    for (const id of fld.names) {
      const f = newVar(id.name, t, id.pos, c.pkg, { isField: true });
      c.recordDef(id, f);
      add(f, tag);
    }
  }
  return new Struct(fields, tags);
}

/**
 * funcType builds a signature from a FuncType and declares the receiver, parameters and results in `scope` (the
 * function's outermost scope). The variadic `...T` parameter becomes a `[]T`.
 */
export function funcType(c: Checker, ft: ast.FuncType, recv: ast.FieldList | undefined, scope: Scope): Signature {
  return c.withEnv({ scope }, () => funcTypeIn(c, ft, recv, scope));
}

function funcTypeIn(c: Checker, ft: ast.FuncType, recv: ast.FieldList | undefined, scope: Scope): Signature {
  c.info.scopes.set(ft, scope);
  // Parameters are declared once all parameter types are resolved (a parameter named `int` must not hide the type).
  const toDeclare: [ast.Ident, Var][] = [];
  let tparams: TypeParam[] = [];
  if (ft.typeParams && ft.typeParams.list.length > 0) tparams = declareTypeParams(c, ft.typeParams, scope);
  const declareParams = (fl: ast.FieldList | undefined, isResult: boolean): [Var[], boolean] => {
    const vars: Var[] = [];
    let variadic = false;
    if (!fl) return [vars, false];
    fl.list.forEach((fld, i) => {
      let te = fld.type;
      let isVariadic = false;
      if (te.kind === 'Ellipsis') {
        if (isResult || i !== fl.list.length - 1 || fld.names.length > 1) {
          c.error(te.pos, 'can only use ... with final parameter in list');
        } else isVariadic = true;
        te = te.elt ?? te;
      }
      let t = te.kind === 'Ellipsis' ? Typ.Invalid : varType(c, te);
      if (isVariadic) {
        t = new Slice(t);
        variadic = true;
        c.recordTypeExpr(fld.type, t);
      }
      if (fld.names.length === 0) {
        vars.push(newVar('', t, fld.type.pos, c.pkg, { isParam: true }));
        return;
      }
      for (const id of fld.names) {
        const v = newVar(id.name, t, id.pos, c.pkg, { isParam: true });
        v.used = true;
        toDeclare.push([id, v]);
        vars.push(v);
      }
    });
    return [vars, variadic];
  };
  let recvVar: Var | undefined;
  if (recv) {
    const [rv] = declareParams(recv, false);
    if (rv.length !== 1) {
      if (rv.length === 0) c.error(recv.pos, 'method has no receiver');
      else c.error(recv.pos, 'method has multiple receivers');
    }
    recvVar = rv[0];
  }
  const [params, variadic] = declareParams(ft.params, false);
  const [results] = declareParams(ft.results, true);
  for (const [id, v] of toDeclare) c.declare(scope, id, v);
  return new Signature(recvVar, new Tuple(params), new Tuple(results), variadic, tparams);
}

/**
 * definedTypExpr resolves the right-hand side of a defined type's declaration. As go/types' setDefType, a pointer or
 * interface type literal becomes the declared type's underlying type before its element type or methods are
 * resolved, so that they may already use the declared type's kind (`type P *[unsafe.Sizeof(P(nil))]int`).
 */
export function definedTypExpr(c: Checker, e: ast.Expr, named: Named): Type {
  if (e.kind === 'StarExpr') {
    // Until the element type is resolved it is a stand-in still being declared, so that sizing or dereferencing it
    // (`type P *[unsafe.Sizeof(*P(nil))]int`) reports the cycle; the element is then filled in place (a Pointer is
    // otherwise never changed), as go/types does.
    const p = new Pointer(new Named(named.obj));
    named.underlyingType = p;
    p.elem = varType(c, e.x);
    c.recordTypeExpr(e, p);
    return p;
  }
  if (e.kind === 'InterfaceType') {
    const iface = new Interface([], []);
    named.underlyingType = iface;
    const t = interfaceType(c, e, iface);
    c.recordTypeExpr(e, t);
    return t;
  }
  return typExpr(c, e);
}

function interfaceType(c: Checker, e: ast.InterfaceType, pre?: Interface): Type {
  const methods: Func[] = pre ? pre.methods : [];
  const embeddeds: Type[] = pre ? pre.embeddeds : [];
  for (const fld of e.methods.list) {
    if (fld.names.length === 0) {
      if (isUnionExpr(fld.type)) {
        embeddeds.push(unionType(c, fld.type));
        continue;
      }
      embeddeds.push(typExpr(c, fld.type));
      continue;
    }
    if (fld.type.kind !== 'FuncType') continue;
    const scope = new Scope(c.env.scope, fld.type.pos, fld.type.end, 'function');
    const sig = funcType(c, fld.type, undefined, scope);
    c.recordTypeExpr(fld.type, sig);
    for (const id of fld.names) {
      const m: Func = { kind: 'Func', name: id.name, pos: id.pos, pkg: c.pkg, type: sig, decl: undefined, fullName: id.name };
      c.recordDef(id, m);
      methods.push(m);
    }
  }
  const iface = pre ?? new Interface(methods, embeddeds);
  c.delayed.push(() => completeInterface(iface, (pos, msg, see) => c.error(pos || e.pos, msg + (see ? c.see(see.pos, see.what) : ''))));
  return iface;
}

/**
 * declareTypeParams declares type parameters in scope as TypeParam types and then resolves their constraints (all
 * names first, so constraints may refer to any of them: `[S ~[]E, E any]`). A constraint literal (`~int | string`)
 * or a non-interface type (`[T int]`) stands for an implicit interface embedding it, as in go/types.
 */
export function declareTypeParams(c: Checker, fl: ast.FieldList, scope: Scope): TypeParam[] {
  const out: TypeParam[] = [];
  for (const f of fl.list) {
    for (const id of f.names) {
      const obj: TypeName = { kind: 'TypeName', name: id.name, pos: id.pos, pkg: c.pkg, type: Typ.Invalid, isAlias: false };
      const tp = new TypeParam(obj, out.length, emptyInterface);
      obj.type = tp;
      c.declare(scope, id, obj);
      out.push(tp);
    }
  }
  let i = 0;
  c.withEnv({ scope }, () => {
    for (const f of fl.list) {
      const t = constraintType(c, f.type);
      for (let k = 0; k < f.names.length; k++) out[i++]!.constraint = t;
    }
  });
  return out;
}

/** constraintType resolves a type parameter's constraint expression to an interface (implicit for literals). */
function constraintType(c: Checker, e: ast.Expr): Type {
  if (isUnionExpr(e)) return implicitInterface(unionType(c, e));
  const t = typExpr(c, e);
  if (t === Typ.Invalid) return emptyInterface;
  if (t.kind === 'TypeParam') {
    c.error(e.pos, `cannot use a type parameter as constraint`);
    return emptyInterface;
  }
  if (t.underlying().kind === 'Interface') return t;
  return implicitInterface(t);
}

function implicitInterface(t: Type): Interface {
  const it = new Interface([], [t]);
  it.implicit = true;
  return it;
}

/** isUnionExpr reports whether e is a constraint literal: `~T` or `A | B`. */
function isUnionExpr(e: ast.Expr): boolean {
  return (e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~');
}

/**
 * unionType resolves `~A | B | ...` to a Union (a single plain term stays that type), as go/types' parseUnion; like
 * go/types 1.19, every partial union `~A | B` and every `~A` is recorded with its union type. e satisfies isUnionExpr.
 */
function unionType(c: Checker, e: ast.Expr): Type {
  const at: ast.Expr[] = [];
  const terms = unionTerms(c, e, at);
  // Interface terms and overlapping terms are checked once every type is set up (typeset.ts).
  c.delayed.push(() => checkUnionTerms(c, terms, at));
  return new Union(terms);
}

function unionTerms(c: Checker, e: ast.Expr, at: ast.Expr[]): Term[] {
  if (e.kind === 'BinaryExpr' && e.op === '|') {
    const terms = [...unionTerms(c, e.x, at), ...unionTerms(c, e.y, at)];
    c.recordTypeExpr(e, new Union(terms));
    return terms;
  }
  const tilde = e.kind === 'UnaryExpr' && e.op === '~';
  const t = unionTerm(c, tilde ? (e as ast.UnaryExpr).x : e, tilde, e);
  if (t === undefined || t === Typ.Invalid) return [];
  const term: Term = { tilde, type: t };
  if (tilde) c.recordTypeExpr(e, new Union([term]));
  at.push(e);
  return [term];
}

function unionTerm(c: Checker, te: ast.Expr, tilde: boolean, whole: ast.Expr = te): Type | undefined {
  const t = typExpr(c, te);
  if (t.kind === 'TypeParam') {
    c.error(te.pos, tilde ? `type in term ${c.exprStr(whole)} cannot be a type parameter` : 'term cannot be a type parameter');
    return undefined;
  }
  if (tilde && t !== Typ.Invalid && t.underlying().kind === 'Interface') {
    c.error(whole.pos, `invalid use of ~ (${c.typeStr(t)} is an interface)`);
    return undefined;
  }
  if (tilde && t !== Typ.Invalid && t.underlying() !== t) {
    c.error(whole.pos, `invalid use of ~ (underlying type of ${c.typeStr(t)} is ${c.typeStr(t.underlying())})`);
    return undefined;
  }
  return t;
}

/** genericTypeString renders a generic type with its type parameter list, as go/types does: `List[T any]`. */
function genericTypeString(c: Checker, t: Named): string {
  const parts = t.typeParams.map((tp) => tp.obj.name + ' ' + constraintString(c, tp.constraint));
  return c.typeStr(t) + '[' + parts.join(', ') + ']';
}

/** constraintString renders a constraint; an implicit interface prints as its constraint literal. */
export function constraintString(c: Checker, t: Type): string {
  if (t.kind === 'Interface' && t.implicit && t.embeddeds.length === 1) return c.typeStr(t.embeddeds[0]!);
  if (t === emptyInterface) return 'any';
  return c.typeStr(t);
}

/**
 * instantiatedType checks `G[A, B]` in a type context: G must be a generic type and get as many type arguments as it
 * has type parameters; the canonical instance is recorded in Info.instances and the constraints are verified once
 * every declaration is resolved.
 */
function instantiatedType(c: Checker, e: ast.IndexExpr): Type {
  const g = genericTypExpr(c, e.x);
  const targs = e.indices.map((a) => varType(c, a));
  if (g === Typ.Invalid) return Typ.Invalid;
  if (g.kind !== 'Named' || g.typeParams.length === 0 || g.typeArgs.length > 0) {
    c.error(e.x.pos, `${c.exprStr(e.x)} is not a generic type`);
    return Typ.Invalid;
  }
  return instantiateTypeArgs(c, e, g, targs);
}

/** instantiateTypeArgs instantiates generic type g with targs written at index expression e (checked, recorded). */
function instantiateTypeArgs(c: Checker, e: ast.IndexExpr, g: Named, targs: Type[]): Type {
  const n = g.typeParams.length;
  if (targs.length !== n) {
    c.error(e.pos, `got ${targs.length} arguments but ${n} type parameters`);
    return Typ.Invalid;
  }
  if (targs.some((t) => t === Typ.Invalid)) return Typ.Invalid;
  const inst = instantiateNamed(g, targs);
  recordInstance(c, e.x, targs, inst);
  c.delayed.push(() => verifyInstance(c, g.typeParams, targs, e.indices.map((a) => a.pos)));
  return inst;
}
