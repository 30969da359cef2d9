// Declarations: collecting package-level objects from all files (imports, consts with iota and implicit repetition,
// vars, types, funcs, methods attached to their receiver's Named type), resolving each package-level object on demand
// in dependency order (cycles.ts reports the cycles), and checking const, var and type declarations both at package
// level and inside functions. Function bodies are queued and checked after all package-level declarations.

import type * as ast from '../syntax/ast.ts';
import type { Checker, DeclInfo, Operand } from './checker.ts';
import { unknownValue } from './constant.ts';
import { parseStringLit } from './literals.ts';
import { assignVar, initVars } from './assign.ts';
import { expr } from './expr.ts';
import { isConstType, isExported, isInvalid } from './predicates.ts';
import type { Const, Func, Obj, PkgName, TypeName, Var } from './objects.ts';
import { newVar } from './objects.ts';
import { Scope } from './scope.ts';
import { Named, Signature, Tuple, Typ, TypeParam, type Type } from './types.ts';
import { declareTypeParams, definedTypExpr, funcType, typExpr, varType } from './typexpr.ts';
import { emptyInterface, unsafePackage } from './universe.ts';
import { makeSubstMap, subst } from './subst.ts';
import { convertUntyped } from './operand.ts';
import { reportCycle, reportLocalTypeCycle, reportTypeCycle, settleLocalSelf, settlePending, validTypeCycle } from './cycles.ts';

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
  const name = s.name ? s.name.name : imported.name;
  if (name === 'init') {
    c.error((s.name ?? s.path).pos, 'cannot import package as init - init must be a func');
    return undefined;
  }
  if (!c.pkg.imports.includes(imported)) c.pkg.imports.push(imported);
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
    if (!isExported(name)) continue;
    if (c.declare(fileScope, undefined, o)) objs.set(o, obj);
  }
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
    if (scope === c.pkg.scope && !mayDeclarePkgObj(c, id)) return;
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
    if (!mayDeclarePkgObj(c, s.names[i]!)) return;
    c.objDecls.set(v, d);
    c.declare(c.pkg.scope, s.names[i], v);
  });
  checkArity(c, s);
}

/**
 * mayDeclarePkgObj reports whether a package-level constant, variable or type may take id's name, reporting go/types'
 * error when it may not: `init` names only functions, and so does `main` in package main. Such an object is neither
 * declared nor checked (go/types' declarePkgObj), so a use of it is `undefined: main`.
 */
function mayDeclarePkgObj(c: Checker, id: ast.Ident): boolean {
  if (id.name === 'init' || (id.name === 'main' && c.pkg.name === 'main')) {
    c.error(id.pos, `cannot declare ${id.name} - must be func`);
    return false;
  }
  return true;
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
  if (!mayDeclarePkgObj(c, s.name)) return;
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
      c.error(fn.pos, `${base.name}.${fn.name} redeclared in this block${c.see(dup.pos, `other declaration of ${fn.name}`)}`);
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
      const b = c.env.scope.resolve(s.type.name);
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
