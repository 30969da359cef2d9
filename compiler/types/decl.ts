// Declarations: collecting package-level objects from all files (imports, consts with iota and implicit repetition,
// vars, types, funcs, methods attached to their receiver's Named type), resolving each package-level object on demand
// in dependency order (with cycle detection), and checking const, var and type declarations both at package level
// and inside functions. Function bodies are queued and checked after all package-level declarations.

import type * as ast from '../syntax/ast.ts';
import type { Checker, DeclInfo, Operand } from './checker.ts';
import { unknownValue } from './constant.ts';
import { parseStringLit } from './constexpr.ts';
import { assignVar, initVars } from './assign.ts';
import { expr } from './expr.ts';
import { isConstType, isInvalid, mentionsTypeParam } from './predicates.ts';
import type { Const, Func, Obj, PkgName, TypeName, Var } from './objects.ts';
import { newVar } from './objects.ts';
import { Scope } from './scope.ts';
import { Named, Signature, Tuple, Typ, TypeParam, type Type } from './types.ts';
import { declareTypeParams, definedTypExpr, funcType, typExpr, varType } from './typexpr.ts';
import { emptyInterface, unsafePackage } from './universe.ts';
import { makeSubstMap, subst } from './subst.ts';
import { convertUntyped } from './operand.ts';
import { cyclePath } from './initorder.ts';

/** collectObjects creates the objects of all package-level declarations and the file scopes. */
export function collectObjects(c: Checker, files: ast.File[]): PkgName[] {
  const imports: PkgName[] = [];
  for (const file of files) {
    const fileScope = new Scope(c.pkg.scope, file.pos, file.end, 'file ' + file.filename);
    c.info.scopes.set(file, fileScope);
    for (const d of file.decls) {
      if (d.kind === 'BadDecl') continue;
      if (d.kind === 'FuncDecl') {
        collectFunc(c, d, fileScope);
        continue;
      }
      let last: ast.ValueSpec | undefined;
      for (const s of d.specs) {
        switch (s.kind) {
          case 'ImportSpec': {
            const p = collectImport(c, s, fileScope);
            if (p) imports.push(p);
            break;
          }
          case 'ValueSpec':
            if (d.tok === 'const') {
              if (s.type || s.values.length > 0) last = s;
              collectConsts(c, s, last, fileScope, c.pkg.scope);
            } else collectVars(c, s, fileScope);
            break;
          case 'TypeSpec':
            collectType(c, s, fileScope);
            break;
        }
      }
    }
  }
  return imports;
}

function collectImport(c: Checker, s: ast.ImportSpec, fileScope: Scope): PkgName | undefined {
  const path = parseStringLit(s.path.value) ?? '';
  const imported = path === 'unsafe' ? unsafePackage : c.importer(path);
  if (!imported) {
    c.error(s.path.pos, `could not import ${path} (package not found)`);
    return undefined;
  }
  if (!c.pkg.imports.includes(imported)) c.pkg.imports.push(imported);
  const name = s.name ? s.name.name : imported.name;
  const obj: PkgName = { kind: 'PkgName', name, pos: (s.name ?? s.path).pos, pkg: c.pkg, type: Typ.Invalid, imported, used: false };
  if (name === '.') {
    dotImport(c, s, obj, fileScope);
    return obj;
  }
  if (name === '_') {
    if (s.name) c.recordDef(s.name, obj);
    return undefined;
  }
  if (s.name) c.recordDef(s.name, obj);
  else c.info.implicits.set(s, obj);
  c.declare(fileScope, undefined, obj);
  return obj;
}

/**
 * dotImport inserts the exported objects of a dot-imported package (`import . "p"`) into the file scope, remembering
 * the import they came by so that using any of them uses the import (go/types' dotImportMap).
 */
function dotImport(c: Checker, s: ast.ImportSpec, obj: PkgName, fileScope: Scope): void {
  if (s.name) c.recordDef(s.name, obj);
  let objs = c.dotImports.get(fileScope);
  if (!objs) c.dotImports.set(fileScope, (objs = new Map()));
  for (const [name, o] of obj.imported.scope.elems) {
    if (!isExportedName(name)) continue;
    if (c.declare(fileScope, undefined, o)) objs.set(o, obj);
  }
}

function isExportedName(name: string): boolean {
  const ch = name.codePointAt(0);
  if (ch === undefined) return false;
  const s = String.fromCodePoint(ch);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** collectConsts creates the constants of one spec; `src` is the spec whose type and values apply (iota repetition). */
export function collectConsts(
  c: Checker,
  s: ast.ValueSpec,
  src: ast.ValueSpec | undefined,
  fileScope: Scope,
  scope: Scope,
): Const[] {
  const inherited = src !== undefined && src !== s;
  const values = src?.values ?? [];
  const objs: Const[] = [];
  s.names.forEach((id, i) => {
    const obj: Const = { kind: 'Const', name: id.name, pos: id.pos, pkg: c.pkg, type: Typ.Invalid, value: unknownValue };
    objs.push(obj);
    const d: DeclInfo = { fileScope, iota: s.iota, inherited, deps: new Set() };
    if (src?.type) d.typ = src.type;
    if (values[i]) d.init = values[i];
    c.objDecls.set(obj, d);
    if (scope === c.pkg.scope) c.declare(scope, id, obj);
  });
  if (values.length === 0 && !src) c.error(s.pos, 'missing init expr for const declaration');
  else if (s.names.length > values.length) {
    const pos = inherited ? s.pos : s.names[values.length]!.pos;
    if (values.length > 0 || !inherited) c.error(pos, 'missing init expr for const declaration');
  } else if (s.names.length < values.length && !inherited) c.error(values[s.names.length]!.pos, 'extra init expr');
  return objs;
}

function collectVars(c: Checker, s: ast.ValueSpec, fileScope: Scope): void {
  const vars = s.names.map((id) => newVar(id.name, Typ.Invalid, id.pos, c.pkg, { isGlobal: true }));
  const shared = s.values.length === 1 && s.names.length > 1;
  const sharedDecl: DeclInfo = { fileScope, lhs: vars, deps: new Set() };
  if (s.type) sharedDecl.typ = s.type;
  if (shared) sharedDecl.init = s.values[0]!;
  vars.forEach((v, i) => {
    let d = sharedDecl;
    if (!shared) {
      d = { fileScope, deps: new Set() };
      if (s.type) d.typ = s.type;
      if (s.values[i]) d.init = s.values[i];
    }
    c.objDecls.set(v, d);
    c.declare(c.pkg.scope, s.names[i], v);
  });
  checkArity(c, s);
}

function checkArity(c: Checker, s: ast.ValueSpec): void {
  const nl = s.names.length;
  const nr = s.values.length;
  if (nr === 0 || nr === 1 || nl === nr) return;
  c.error((nl < nr ? s.values[nl] : s.names[nr])?.pos ?? s.pos, `assignment mismatch: ${nl} variable${nl === 1 ? '' : 's'} but ${nr} value${nr === 1 ? '' : 's'}`);
}

function collectType(c: Checker, s: ast.TypeSpec, fileScope: Scope): void {
  const obj: TypeName = { kind: 'TypeName', name: s.name.name, pos: s.name.pos, pkg: c.pkg, type: Typ.Invalid, isAlias: s.assign !== 0 };
  if (!obj.isAlias) obj.type = new Named(obj);
  c.objDecls.set(obj, { fileScope, tspec: s, deps: new Set() });
  c.declare(c.pkg.scope, s.name, obj);
}

function collectFunc(c: Checker, d: ast.FuncDecl, fileScope: Scope): void {
  const name = d.name.name;
  const placeholder = new Signature(undefined, new Tuple([]), new Tuple([]), false);
  const fn: Func = { kind: 'Func', name, pos: d.name.pos, pkg: c.pkg, type: placeholder, decl: d, fullName: `${c.pkg.path}.${name}` };
  c.objDecls.set(fn, { fileScope, fdecl: d, deps: new Set() });
  if (d.recv) {
    c.methodDecls.push({ fn, fdecl: d, fileScope });
    return;
  }
  if (name === 'init' || (name === 'main' && c.pkg.name === 'main')) {
    if (d.type.params.list.length > 0 || (d.type.results && d.type.results.list.length > 0)) {
      c.error(d.name.pos, `func ${name} must have no arguments and no return values`);
    }
  }
  if (name === 'init') {
    c.recordDef(d.name, fn);
    if (!d.body) c.error(d.name.pos, 'missing function body');
    return;
  }
  c.declare(c.pkg.scope, d.name, fn);
}

/** receiverBase finds the base type name of a receiver type expression (`T`, `*T`, `(T)`), and whether it is a pointer. */
function receiverBase(e: ast.Expr): [ast.Ident | undefined, boolean] {
  let ptr = false;
  for (;;) {
    if (e.kind === 'ParenExpr') e = e.x;
    else if (e.kind === 'StarExpr' && !ptr) {
      ptr = true;
      e = e.x;
    } else break;
  }
  if (e.kind === 'IndexExpr') e = e.x;
  return [e.kind === 'Ident' ? e : undefined, ptr];
}

/** associateMethods attaches each method declaration to its receiver's Named type and names it `(*pkg.T).M`/`pkg.T.M`. */
export function associateMethods(c: Checker): void {
  for (const { fn, fdecl } of c.methodDecls) {
    const rf = fdecl.recv!.list[0];
    c.recordDef(fdecl.name, fn);
    if (!rf) continue;
    const [base, ptr] = receiverBase(rf.type);
    if (!base) continue;
    const tn = c.pkg.scope.lookup(base.name);
    if (!tn || tn.kind !== 'TypeName' || tn.type.kind !== 'Named') continue; // reported when the signature is checked
    const named = tn.type;
    fn.fullName = ptr ? `(*${c.pkg.path}.${base.name}).${fn.name}` : `${c.pkg.path}.${base.name}.${fn.name}`;
    if (fn.name === '_') continue;
    const dup = named.methods.find((m) => m.name === fn.name);
    if (dup) {
      const p = c.fset.position(dup.pos);
      c.error(fn.pos, `method ${base.name}.${fn.name} already declared at ${p.filename}:${p.line}:${p.column}`);
      continue;
    }
    named.methods.push(fn);
  }
}

/** resolveObj type-checks a package-level object's declaration if that has not happened yet. */
export function resolveObj(c: Checker, obj: Obj): void {
  const d = c.objDecls.get(obj);
  if (!d) {
    // A local alias used in its own declaration (`type T = *T` in a function body: declStmt marks it in progress).
    if (obj.kind === 'TypeName' && c.objState.get(obj) === 1) reportLocalTypeCycle(c, obj);
    return;
  }
  const state = c.objState.get(obj);
  if (state === 2) return;
  if (state === 1) {
    reportCycle(c, obj);
    return;
  }
  c.objState.set(obj, 1);
  c.objPath.push(obj);
  const outer = c.env.decl;
  if (outer && (obj.kind === 'Var' || obj.kind === 'Const' || obj.kind === 'Func')) outer.deps.add(obj);
  c.withEnv({ scope: d.fileScope, decl: d, iota: undefined, sig: undefined }, () => {
    switch (obj.kind) {
      case 'Const':
        constDecl(c, obj, d);
        break;
      case 'Var':
        varDeclPkg(c, obj, d);
        break;
      case 'TypeName':
        typeDecl(c, obj, d.tspec!);
        break;
      case 'Func':
        funcDecl(c, obj, d);
        break;
      default:
        break;
    }
  });
  c.objPath.pop();
  c.objState.set(obj, 2);
}

/**
 * reportCycle reports a cycle found while resolving obj, as go/types' validCycle and gc do. A cycle of constants and
 * variables only is `initialization loop for x` (unless it goes through a function: init order reports those); a cycle
 * of types only is fine when it contains a defined type (validType reports the ones without an indirection) and
 * `invalid recursive type A` for aliases only; a cycle mixing values and defined types (an array length,
 * `type W [len(w)]int; var w W`) is `invalid recursive type W` when a type is declared first and `illegal cycle in
 * declaration of n` otherwise. Each report is followed by the path from the object of the cycle declared first
 * (cyclePath), and each cycle (as a set of objects) is reported once. A type name in an invalid cycle becomes invalid
 * (go/types breaks the cycle so), which silences follow-on errors.
 */
function reportCycle(c: Checker, obj: Obj): void {
  const i = c.objPath.indexOf(obj);
  let cycle = c.objPath.slice(i);
  if (cycle.length === 0) cycle = [obj];
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.kind === 'Const' || o.kind === 'Var') nval++;
    else if (o.kind === 'TypeName' && !o.isAlias) ndef++;
  }
  const mixed = nval > 0 && ndef > 0;
  if (!mixed) {
    if (obj.kind === 'TypeName') {
      // A cycle through a Named type is fine as long as it goes through an indirection; validType reports the rest.
      if (!obj.isAlias || obj.type !== Typ.Invalid) return;
    } else {
      if (obj.kind === 'Func') return; // recursion between functions is fine
      if (cycle.some((o) => o.kind === 'Func') && obj.kind === 'Var') return; // reported by init order
      if (obj.type !== Typ.Invalid) return;
    }
  }
  if (mixed && obj.kind === 'TypeName') obj.type = Typ.Invalid;
  const key = cycle.map((o) => o.pos).sort((a, b) => a - b).join(',');
  if (c.reportedCycles.has(key)) return;
  c.reportedCycles.add(key);
  const first = cycle.reduce((a, b) => (b.pos < a.pos ? b : a));
  const k = cycle.indexOf(first);
  const path = cyclePath(c, [...cycle.slice(k), ...cycle.slice(0, k)]);
  if (first.kind === 'TypeName') c.error(first.pos, `invalid recursive type ${first.name}${path}`);
  else if (mixed) c.error(first.pos, `illegal cycle in declaration of ${first.name}${path}`);
  else c.error(first.pos, `initialization loop for ${first.name}${path}`);
}

/**
 * reportSizeCycle reports a size asked of a type that contains (by value, through the defined types of path) a defined
 * type whose declaration is still being checked: `type T [unsafe.Sizeof(*new(T))]int` or `type A
 * [unsafe.Sizeof(S{})]byte; type S struct{ a A }`. As newer gc versions (1.19 crashes on these), it is `invalid
 * recursive type A` at the incomplete type's declaration, followed by the path from it through the sized types back
 * to it; each cycle is reported once.
 */
export function reportSizeCycle(c: Checker, path: Named[]): void {
  const objs: Obj[] = [];
  for (const n of [path[path.length - 1]!, ...path.slice(0, -1)]) if (!objs.includes(n.obj)) objs.push(n.obj);
  const key = objs.map((o) => o.pos).sort((a, b) => a - b).join(',');
  if (c.reportedCycles.has(key)) return;
  c.reportedCycles.add(key);
  c.error(objs[0]!.pos, `invalid recursive type ${objs[0]!.name}${cyclePath(c, objs)}`);
}

/** constDecl checks a constant declaration: the value must be a constant representable in the declared type. */
export function constDecl(c: Checker, obj: Const, d: DeclInfo): void {
  let t: Type | undefined;
  if (d.typ) {
    t = typExpr(c, d.typ);
    if (!isConstType(t)) {
      if (!isInvalid(t)) c.error(d.typ.pos, `invalid constant type ${c.typeStr(t)}`);
      obj.type = Typ.Invalid;
      return;
    }
  }
  if (!d.init) {
    obj.type = t ?? Typ.Invalid;
    return;
  }
  const savedErrPos = c.errPos;
  if (d.inherited) c.errPos = obj.pos;
  try {
    constInit(c, obj, d, t);
  } finally {
    c.errPos = savedErrPos;
  }
}

function constInit(c: Checker, obj: Const, d: DeclInfo, t: Type | undefined): void {
  const x = c.withEnv({ iota: { kind: 'int', value: BigInt(d.iota ?? 0) } }, () => expr(c, d.init!));
  if (x.mode === 'invalid') {
    obj.type = Typ.Invalid;
    return;
  }
  if (x.mode !== 'constant') {
    c.error(x.expr.pos, `${c.operandStr(x)} is not constant`);
    obj.type = Typ.Invalid;
    return;
  }
  if (t) c.withAliasHint(d.typ, () => assignConst(c, x, t));
  if (x.mode !== 'constant') {
    obj.type = Typ.Invalid;
    return;
  }
  obj.type = x.type;
  obj.value = x.val ?? unknownValue;
}

function assignConst(c: Checker, x: Operand, t: Type): void {
  convertUntyped(c, x, t, 'constant declaration');
}

function varDeclPkg(c: Checker, obj: Var, d: DeclInfo): void {
  const lhs = d.lhs && d.init ? d.lhs : [obj];
  if (lhs.length > 1) for (const v of lhs) c.objState.set(v, 1);
  let t: Type | undefined;
  if (d.typ) {
    t = varType(c, d.typ);
    for (const v of lhs) v.type = t;
  }
  if (!d.init) {
    if (!t) obj.type = Typ.Invalid;
    for (const v of lhs) c.objState.set(v, 2);
    return;
  }
  if (lhs.length === 1) {
    const x = expr(c, d.init);
    c.withAliasHint(d.typ, () => assignVar(c, obj, t, x, 'variable declaration'));
  } else {
    initVars(c, lhs, [d.init], t, d.init.pos);
  }
  for (const v of lhs) c.objState.set(v, 2);
}

function typeDecl(c: Checker, obj: TypeName, s: ast.TypeSpec): void {
  if (s.typeParams && s.typeParams.list.length > 0) {
    if (obj.isAlias) c.error(s.name.pos, 'generic type cannot be alias');
    const scope = new Scope(c.env.scope, s.pos, s.end, 'type parameters');
    const tps = declareTypeParams(c, s.typeParams, scope);
    if (obj.type.kind === 'Named') obj.type.typeParams = tps;
    c.withEnv({ scope }, () => typeDeclBody(c, obj, s));
    return;
  }
  typeDeclBody(c, obj, s);
}

function typeDeclBody(c: Checker, obj: TypeName, s: ast.TypeSpec): void {
  if (obj.isAlias) {
    if (s.type.kind === 'Ident') {
      // `type A = B` with B a defined type: A denotes B's Named type even while B is being declared.
      const b = c.env.scope.lookupParent(s.type.name)?.[1];
      if (b && b.kind === 'TypeName' && !b.isAlias && b.type.kind === 'Named') obj.type = b.type;
    }
    obj.type = typExpr(c, s.type);
    return;
  }
  const named = obj.type as Named;
  const rhs = definedTypExpr(c, s.type, named);
  if (rhs.kind === 'TypeParam') {
    c.error(s.type.pos, `cannot use a type parameter as RHS in type declaration`);
    named.underlyingType = Typ.Invalid;
    return;
  }
  if (rhs.kind === 'Named') rhs.underlying(); // an instance computes its underlying type when its origin's is known
  if (rhs.kind === 'Named' && rhs.underlyingType === undefined) {
    // rhs is still being declared (a cycle through a pointer, slice, ...): inherit its underlying type once known.
    c.pendingUnderlying.push({ named, from: rhs });
    return;
  }
  named.underlyingType = rhs.underlying();
  settlePending(c);
  const cycle = validTypeCycle(named, []);
  if (cycle) {
    reportTypeCycle(c, cycle);
    named.underlyingType = Typ.Invalid;
  }
}

/**
 * reportTypeCycle reports a type that contains itself by value as gc does: `invalid recursive type A` followed by the
 * path around the cycle from its element first in the source. A defined type stands at its declaration, a generic
 * type where the previous type of the cycle instantiates it (types2 names each instance after its instantiation
 * site), so `type Rec[T any] struct{ x Rec[T] }` is reported at `Rec[T]`.
 */
function reportTypeCycle(c: Checker, cycle: Named[]): void {
  const n = cycle.length;
  const where = cycle.map((t, i) => (t.origin.typeParams.length === 0 ? t.obj.pos : instancePos(c, t, cycle[(i + n - 1) % n]!)));
  let k = 0;
  where.forEach((p, i) => {
    if (p < where[k]!) k = i;
  });
  const at = (i: number): string => {
    const q = c.fset.position(where[i]!);
    return `${q.filename}:${q.line}:${q.column}`;
  };
  const first = cycle[k]!.obj.name;
  let path = '';
  for (let j = 0; j < n; j++) path += `\n\t${at((k + j) % n)}: ${cycle[(k + j) % n]!.obj.name} refers to`;
  c.error(where[k]!, `invalid recursive type ${first}${path}\n\t${at(k)}: ${first}`);
}

/**
 * instancePos returns where the declaration of prev (the type before t in a cycle) instantiates t's generic type:
 * the first instance of it written at or after prev's declaration (t's own declaration if there is none).
 */
function instancePos(c: Checker, t: Named, prev: Named): number {
  const from = prev.origin.obj.pos;
  let best: number | undefined;
  for (const [e, tv] of c.info.types) {
    const u = tv.type;
    if (tv.mode !== 'typexpr' || u.kind !== 'Named' || u.origin !== t.origin || u === u.origin) continue;
    if (e.pos >= from && (best === undefined || e.pos < best)) best = e.pos;
  }
  return best ?? t.obj.pos;
}

/** settlePending gives pending Named types the underlying type of the type they were declared from, when known. */
export function settlePending(c: Checker): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < c.pendingUnderlying.length; i++) {
      const p = c.pendingUnderlying[i]!;
      if (p.from.underlyingType === undefined) continue;
      p.named.underlyingType = p.from.underlyingType;
      c.pendingUnderlying.splice(i--, 1);
      changed = true;
    }
  }
}

/**
 * reportUnsettled reports Named types whose declaration chain never reaches a type literal (`type A B; type B A`):
 * each cycle once, as gc, at its type first in the source with the path around it; types declared through a cycle
 * (`type X A`) become invalid silently.
 */
export function reportUnsettled(c: Checker): void {
  settlePending(c);
  const from = new Map<Named, Named>();
  for (const p of c.pendingUnderlying) from.set(p.named, p.from);
  for (const p of c.pendingUnderlying) {
    const chain: Named[] = [];
    let n: Named | undefined = p.named;
    while (n && !chain.includes(n)) {
      chain.push(n);
      n = from.get(n);
    }
    if (!n) continue;
    const cycle = chain.slice(chain.indexOf(n)).map((t) => t.obj);
    const key = cycle.map((o) => o.pos).sort((a, b) => a - b).join(',');
    if (c.reportedCycles.has(key)) continue;
    c.reportedCycles.add(key);
    const k = cycle.indexOf(cycle.reduce((a, b) => (b.pos < a.pos ? b : a)));
    const rotated = [...cycle.slice(k), ...cycle.slice(0, k)];
    c.error(rotated[0]!.pos, `invalid recursive type ${rotated[0]!.name}${cyclePath(c, rotated)}`);
  }
  for (const p of c.pendingUnderlying) p.named.underlyingType = Typ.Invalid;
  c.pendingUnderlying.length = 0;
}

/**
 * validTypeCycle returns the defined types (and instances) through which a Named type contains itself by value
 * (through arrays, struct fields, embedded interfaces and union terms), from the first one repeated, or undefined
 * when it does not. An instance of a generic type is repeated when it is identical to one on the path, or when an
 * instance of the same generic type on the path leads to another whose type arguments still mention type parameters
 * (`W[*T]` inside W expands forever).
 */
function validTypeCycle(t: Type, path: Named[], done = new Set<Named>()): Named[] | undefined {
  switch (t.kind) {
    case 'Named': {
      // A type already explored without finding a cycle has none through it (interfaces embedding the same
      // interface twice at every level would otherwise take exponential time: go/types testdata issue6977).
      if (done.has(t)) return undefined;
      const i = path.indexOf(t);
      if (i >= 0) return path.slice(i);
      if (t.origin !== t && t.typeArgs.some(mentionsTypeParam)) {
        const j = path.findIndex((p) => p.origin === t.origin && p !== p.origin);
        if (j >= 0) return path.slice(j);
      }
      if (path.length > 64) return undefined;
      const u = t.underlyingType ?? (t.origin !== t ? t.underlying() : undefined);
      if (!u) return undefined;
      const r = validTypeCycle(u, [...path, t], done);
      if (!r) done.add(t);
      return r;
    }
    case 'Array':
      return validTypeCycle(t.elem, path, done);
    case 'Struct':
      for (const f of t.fields) {
        const r = validTypeCycle(f.type, path, done);
        if (r) return r;
      }
      return undefined;
    case 'Interface':
      // An interface embedding itself (`type I interface{ J }; type J interface{ I }`) is a cycle too.
      for (const e of t.embeddeds) {
        const r = validTypeCycle(e, path, done);
        if (r) return r;
      }
      return undefined;
    case 'Union':
      for (const term of t.terms) {
        const r = validTypeCycle(term.type, path, done);
        if (r) return r;
      }
      return undefined;
    default:
      return undefined;
  }
}

function funcDecl(c: Checker, fn: Func, d: DeclInfo): void {
  const fdecl = d.fdecl!;
  const scope = new Scope(d.fileScope, fdecl.pos, fdecl.end, 'function ' + fn.name);
  const rt = fdecl.recv?.list[0]?.type;
  const rx = rt && (rt.kind === 'StarExpr' ? rt.x : rt);
  let rtps: TypeParam[] = [];
  if (rx && rx.kind === 'IndexExpr') rtps = receiverTypeParams(c, rx, scope);
  // A generic receiver base without type parameters (`func (l List) m()`) is reported by funcType's type expression.
  const sig = funcType(c, fdecl.type, fdecl.recv, scope);
  sig.recvTypeParams = rtps;
  fn.type = sig;
  if (sig.recv) {
    checkReceiver(c, sig.recv, fdecl.recv!.list[0]!.type);
    const base = sig.recv.type.kind === 'Pointer' ? sig.recv.type.elem : sig.recv.type;
    const u = base.kind === 'Named' ? base.underlying() : undefined;
    if (u && u.kind === 'Struct' && u.fields.some((f) => f.name === fn.name) && base.kind === 'Named' && base.methods.includes(fn)) {
      c.error(fn.pos, `field and method with the same name ${fn.name}`);
      base.methods.splice(base.methods.indexOf(fn), 1);
    }
  }
  if (!c.info.funcs.includes(fn)) c.info.funcs.push(fn);
  if (fdecl.body) c.funcBodies.push({ fn, decl: d, sig, body: fdecl.body, scope });
  else c.info.funcs.includes(fn);
}

/**
 * receiverTypeParams declares the receiver type parameters of `func (l *List[E]) M()` as new type parameters named
 * as written, whose constraints are the generic type's constraints with its type parameters replaced by them.
 */
function receiverTypeParams(c: Checker, rx: ast.IndexExpr, scope: Scope): TypeParam[] {
  const base = rx.x.kind === 'Ident' ? c.pkg.scope.lookup(rx.x.name) : undefined;
  const g = base && base.kind === 'TypeName' && base.type.kind === 'Named' ? base.type : undefined;
  if (g) resolveObj(c, base!);
  const out: TypeParam[] = [];
  rx.indices.forEach((ie, i) => {
    const id: ast.Ident = ie.kind === 'Ident' ? ie : { kind: 'Ident', name: '_', pos: ie.pos, end: ie.end };
    if (ie.kind !== 'Ident') c.error(ie.pos, `receiver type parameter ${c.exprStr(ie)} must be an identifier`);
    const obj: TypeName = { kind: 'TypeName', name: id.name, pos: id.pos, pkg: c.pkg, type: Typ.Invalid, isAlias: false };
    const tp = new TypeParam(obj, i, emptyInterface);
    obj.type = tp;
    c.declare(scope, ie.kind === 'Ident' ? ie : undefined, obj);
    out.push(tp);
  });
  if (g && g.typeParams.length === out.length) {
    const smap = makeSubstMap(g.typeParams, out);
    out.forEach((tp, i) => (tp.constraint = subst(g.typeParams[i]!.constraint, smap)));
  }
  return out;
}

function checkReceiver(c: Checker, recv: Var, te: ast.Expr): void {
  let t = recv.type;
  if (t === Typ.Invalid) return;
  if (t.kind === 'Pointer') t = t.elem;
  if (t.kind !== 'Named') {
    c.error(te.pos, `invalid receiver type ${c.typeStr(recv.type)}`);
    return;
  }
  if (t.obj.pkg !== c.pkg) {
    c.error(te.pos, `cannot define new methods on non-local type ${c.typeStr(t)}`);
    return;
  }
  const u = t.underlying();
  if (u.kind === 'Pointer' || u.kind === 'Interface') {
    c.error(te.pos, `invalid receiver type ${c.typeStr(t)} (pointer or interface type)`);
  }
}

/**
 * settleLocalSelf reports a local defined type declared as itself (`type T T` in a function body, whose declaration
 * chain can only lead back to itself since later local types are not in scope yet) and makes it invalid.
 */
function settleLocalSelf(c: Checker, obj: TypeName): void {
  const named = obj.type as Named;
  if (named.underlyingType !== undefined) return;
  const i = c.pendingUnderlying.findIndex((p) => p.named === named && p.from === named);
  if (i < 0) return;
  c.pendingUnderlying.splice(i, 1);
  named.underlyingType = Typ.Invalid;
  reportLocalTypeCycle(c, obj);
}

/** reportLocalTypeCycle reports a local type declared through itself, as gc: `invalid recursive type T` and its path. */
function reportLocalTypeCycle(c: Checker, obj: TypeName): void {
  const key = String(obj.pos);
  if (c.reportedCycles.has(key)) return;
  c.reportedCycles.add(key);
  c.error(obj.pos, `invalid recursive type ${obj.name}${cyclePath(c, [obj])}`);
}

/** declStmt checks a const, var or type declaration inside a function body and declares its names in the scope. */
export function declStmt(c: Checker, d: ast.GenDecl): void {
  let last: ast.ValueSpec | undefined;
  const scope = c.env.scope;
  for (const s of d.specs) {
    if (s.kind === 'ImportSpec') continue;
    if (s.kind === 'TypeSpec') {
      const obj: TypeName = { kind: 'TypeName', name: s.name.name, pos: s.name.pos, pkg: c.pkg, type: Typ.Invalid, isAlias: s.assign !== 0 };
      if (!obj.isAlias) obj.type = new Named(obj);
      c.declare(scope, s.name, obj);
      if (obj.isAlias) c.objState.set(obj, 1);
      typeDecl(c, obj, s);
      if (obj.isAlias) c.objState.set(obj, 2);
      else settleLocalSelf(c, obj);
      continue;
    }
    if (d.tok === 'const') {
      if (s.type || s.values.length > 0) last = s;
      const objs = collectConsts(c, s, last, c.env.scope, scope);
      for (const o of objs) {
        const di = c.objDecls.get(o)!;
        c.objDecls.delete(o);
        constDecl(c, o, di);
      }
      s.names.forEach((id, i) => c.declare(scope, id, objs[i]!));
      continue;
    }
    const vars = s.names.map((id) => newVar(id.name, Typ.Invalid, id.pos, c.pkg));
    let t: Type | undefined;
    if (s.type) {
      t = varType(c, s.type);
      for (const v of vars) v.type = t;
    }
    if (s.values.length > 0) c.withAliasHint(s.type, () => initVars(c, vars, s.values, t, s.pos));
    s.names.forEach((id, i) => {
      if (c.declare(scope, id, vars[i]!)) c.localVars.push(vars[i]!);
    });
  }
}
