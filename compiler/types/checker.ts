// The Checker: the state shared by every part of the type checker (configuration, the package being checked, Info,
// the diagnostic sink, per-object declaration info for package-level objects, the current environment while checking
// a function or declaration, and the untyped-expression table). The checking logic itself lives in one file per
// concern (decl.ts, expr.ts, stmt.ts, ...) as functions taking the Checker; this file holds only state, recording
// into Info, and the helpers every concern uses to word errors the way gc does.

import type * as ast from '../syntax/ast.ts';
import { NoPos, type Pos } from '../syntax/source.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { ConstValue } from './constant.ts';
import { valueString } from './constexpr.ts';
import { exprString } from './exprstring.ts';
import type { Info, Mode, TypeAndValue } from './info.ts';
import type { BuiltinId, Func, Obj, PkgName, Var } from './objects.ts';
import { isUntypedType } from './predicates.ts';
import type { Scope } from './scope.ts';
import type { Sizes } from './sizes.ts';
import { emptyInterface } from './universe.ts';
import { Typ, typeStringAny, type Package, type Signature, type Type } from './types.ts';

/** OperandMode is an expression's mode, or 'invalid' after an error. */
export type OperandMode = 'invalid' | Mode;

/** Operand is the result of checking an expression: mode, type, constant value and (for builtins) the builtin id. */
export interface Operand {
  mode: OperandMode;
  expr: ast.Expr;
  type: Type;
  val?: ConstValue;
  id?: BuiltinId;
}

/** DeclInfo describes the declaration of one package-level object, and records the objects it depends on. */
export interface DeclInfo {
  fileScope: Scope;
  /** lhs lists all variables of a `var a, b = f()` declaration (one initializer for several variables). */
  lhs?: Var[];
  typ?: ast.Expr;
  init?: ast.Expr;
  /** iota is the const spec's index (const decls only); inherited marks a spec repeating an earlier spec's values. */
  iota?: number;
  inherited?: boolean;
  fdecl?: ast.FuncDecl;
  tspec?: ast.TypeSpec;
  /** deps are the package-level objects this declaration's initializer or body refers to. */
  deps: Set<Obj>;
}

/** Env is the context an expression or statement is checked in. */
export interface Env {
  scope: Scope;
  /** decl is the package-level declaration being checked (dependencies are recorded on it). */
  decl: DeclInfo | undefined;
  /** iota is the current value of iota inside a const declaration. */
  iota: ConstValue | undefined;
  /** sig is the signature of the enclosing function (for return statements). */
  sig: Signature | undefined;
  /** funcName names the enclosing function in messages. */
  funcName: string;
}

/**
 * UntypedInfo is the Info.types entry of an untyped expression while its type may still change (pending): go/types
 * keeps such expressions in a separate map until the context gives them their final type; tsgo records them in
 * Info.types at once and updates the entry in place (operand.ts), which saves a map insertion, lookup and deletion
 * for each of the many untyped expressions. Entries still pending at the end keep their untyped type, as in go/types.
 */
export interface UntypedInfo extends TypeAndValue {
  /** pending is true while the expression's type may still change. */
  pending: boolean;
  /** isLhs marks the untyped left operand of a non-constant shift: its final type must be an integer type. */
  isLhs: boolean;
}

/** Checker holds the type checker's state for one package. */
export class Checker {
  /** objDecls maps each package-level object to its declaration. */
  readonly objDecls = new Map<Obj, DeclInfo>();
  /** objState tracks package-level object resolution: 1 = in progress (grey), 2 = done (black). */
  readonly objState = new Map<Obj, 1 | 2>();
  /** objPath is the stack of package-level objects being resolved, for cycle reports. */
  readonly objPath: Obj[] = [];
  /** funcBodies queues function bodies to check after all package-level declarations. */
  readonly funcBodies: { fn: Func; decl: DeclInfo; sig: Signature; body: ast.BlockStmt; scope: Scope }[] = [];
  /** usedVars collects locally declared variables for the "declared and not used" check. */
  readonly localVars: Var[] = [];
  /** methodDecls maps a receiver base type name to the method declarations waiting for it. */
  readonly methodDecls: { fn: Func; fdecl: ast.FuncDecl; fileScope: Scope }[] = [];
  /** pendingUnderlying lists Named types declared from a Named type whose underlying type is not known yet. */
  readonly pendingUnderlying: { named: import('./types.ts').Named; from: import('./types.ts').Named }[] = [];
  /** reportedCycles holds the declaration cycles already reported (their objects' positions), to report each once. */
  readonly reportedCycles = new Set<string>();
  /** dotImports maps a file scope to the objects dot-imported into it and the import (`import . "p"`) each came by. */
  readonly dotImports = new Map<Scope, Map<Obj, PkgName>>();
  /** delayed holds checks to run once all package-level declarations are resolved (interface completion). */
  readonly delayed: (() => void)[] = [];
  env: Env;

  constructor(
    readonly fset: import('../syntax/source.ts').FileSet,
    readonly sizes: Sizes,
    readonly importer: (path: string) => Package | undefined,
    readonly pkg: Package,
    readonly info: Info,
    readonly sink: DiagnosticSink,
  ) {
    this.env = { scope: pkg.scope, decl: undefined, iota: undefined, sig: undefined, funcName: '' };
  }

  /** errPos, when set, replaces every error position (errors in inherited const specs go to the inheriting name). */
  errPos: Pos | undefined;

  /** aliasHint names `byte`/`rune` in messages while checking a declaration or conversion that spelled them. */
  aliasHint: { type: Type; name: string } | undefined;

  /** withAliasHint runs f with the alias spelled by type expression e (if it is `byte` or `rune`) used in messages. */
  withAliasHint<T>(e: ast.Expr | undefined, f: () => T): T {
    const saved = this.aliasHint;
    if (e && e.kind === 'Ident' && (e.name === 'byte' || e.name === 'rune')) {
      const o = this.info.uses.get(e);
      if (o && o.kind === 'TypeName' && o.pkg === undefined) this.aliasHint = { type: o.type, name: e.name };
    }
    try {
      return f();
    } finally {
      this.aliasHint = saved;
    }
  }

  /** error reports an error at pos. */
  error(pos: Pos, msg: string): void {
    this.sink.error(this.errPos ?? pos, msg);
  }

  /** notYetSupported reports an unsupported construct. */
  notYetSupported(pos: Pos, what: string): void {
    this.sink.notYetSupported(pos, what);
  }

  /** typeStr renders a type for messages, qualifying names from other packages by package name only. */
  typeStr(t: Type): string {
    if (this.aliasHint && t === this.aliasHint.type) return this.aliasHint.name;
    return typeStringAny(t, (o) => (o.pkg && o.pkg !== this.pkg ? `${o.pkg.name}.${o.name}` : o.name), emptyInterface);
  }

  /** exprStr renders an expression for messages. */
  exprStr(e: ast.Expr): string {
    return exprString(e);
  }

  /**
   * operandStr renders an operand as go/types does: `x (variable of type int)`, `300 (untyped int constant)`,
   * `m[k] (map index expression of type int)`, `<-ch (comma, ok expression of type int)`.
   */
  operandStr(x: Operand): string {
    const expr = exprString(x.expr);
    if (x.mode === 'value' && x.type === Typ.UntypedNil) return 'nil';
    let desc: string;
    switch (x.mode) {
      case 'invalid':
        return expr + ' (invalid operand)';
      case 'novalue':
        return expr + ' (no value)';
      case 'builtin':
        return expr + ' (built-in)';
      case 'typexpr':
        return expr + ' (type)';
      case 'constant': {
        const v = x.val ? valueString(x.val) : '';
        const showVal = v !== '' && v !== expr;
        if (isUntypedType(x.type)) desc = `${x.type.name} constant${showVal ? ' ' + v : ''}`;
        else desc = `constant${showVal ? ' ' + v : ''} of type ${this.typeStr(x.type)}`;
        return `${expr} (${desc})`;
      }
      case 'variable':
        desc = 'variable';
        break;
      case 'mapindex':
        desc = 'map index expression';
        break;
      case 'value':
        desc = 'value';
        break;
      case 'commaok':
        desc = 'comma, ok expression';
        break;
    }
    if (isUntypedType(x.type)) return `${expr} (${x.type.name} ${desc})`;
    // As go/types: a type parameter's operand names its constraint too.
    const bound = x.type.kind === 'TypeParam' ? ` constrained by ${this.typeStr(x.type.constraint)}` : '';
    return `${expr} (${desc} of type ${this.typeStr(x.type)}${bound})`;
  }

  /** recordTypeAndValue records an expression's type; untyped expressions are remembered until their type is final. */
  record(x: Operand): void {
    if (x.mode === 'invalid') return;
    if (isUntypedType(x.type) && x.mode !== 'typexpr') {
      const u: UntypedInfo = { mode: x.mode, type: x.type, value: x.val, pending: true, isLhs: false };
      this.info.types.set(x.expr, u);
      return;
    }
    // One object shape for every entry (no spread): Info.types is the checker's hottest insertion.
    this.info.types.set(x.expr, { mode: x.mode, type: x.type, value: x.val });
  }

  /** recordType records a type expression. */
  recordTypeExpr(e: ast.Expr, t: Type): void {
    this.info.types.set(e, { mode: 'typexpr', type: t });
  }

  /** recordDef records a declaring identifier. */
  recordDef(id: ast.Ident, obj: Obj | undefined): void {
    this.info.defs.set(id, obj);
  }

  /** recordUse records a using identifier. */
  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  /** pendingUntyped returns e's entry while e is an untyped expression whose type may still change. */
  pendingUntyped(e: ast.Expr): UntypedInfo | undefined {
    const tv = this.info.types.get(e) as UntypedInfo | undefined;
    return tv?.pending ? tv : undefined;
  }

  /**
   * declare inserts obj into scope, reporting gc's `x redeclared in this block` with the other declaration on a
   * clash. `_` is never declared.
   */
  declare(scope: Scope, id: ast.Ident | undefined, obj: Obj): boolean {
    if (id) this.recordDef(id, obj);
    if (obj.name === '_') return false;
    const prev = scope.insert(obj);
    if (prev) {
      this.error(obj.pos, `${obj.name} redeclared in this block${this.see(prev.pos, `other declaration of ${obj.name}`)}`);
      return false;
    }
    return true;
  }

  /**
   * see renders a follow-up line of a message that points at another position, as gc prints them under the error:
   * `\n\tfile.go:3:5: other declaration of x`. Universe objects have no position and get no line.
   */
  see(pos: Pos, what: string): string {
    return pos === NoPos ? '' : `\n\t${this.posString(pos)}: ${what}`;
  }

  /** posString renders a position inside a message as gc does: `file.go:3:5`. */
  posString(pos: Pos): string {
    const q = this.fset.position(pos);
    return `${q.filename}:${q.line}:${q.column}`;
  }

  /** withEnv runs f in a modified environment and restores the previous one. */
  withEnv<T>(env: Partial<Env>, f: () => T): T {
    const saved = this.env;
    // One object shape, built without spreads: this runs for every block and function body.
    this.env = {
      scope: 'scope' in env ? env.scope! : saved.scope,
      decl: 'decl' in env ? env.decl : saved.decl,
      iota: 'iota' in env ? env.iota : saved.iota,
      sig: 'sig' in env ? env.sig : saved.sig,
      funcName: 'funcName' in env ? env.funcName! : saved.funcName,
    };
    try {
      return f();
    } finally {
      this.env = saved;
    }
  }

  /** failed reports whether x became invalid (a function, so that TypeScript does not narrow across mutations). */
  failed(x: Operand): boolean {
    return x.mode === 'invalid';
  }

  /** invalid turns x into an invalid operand. */
  invalid(x: Operand): void {
    x.mode = 'invalid';
    x.type = Typ.Invalid;
    x.val = undefined;
  }
}
