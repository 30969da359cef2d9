// Info: what the checker records for later phases (go/types.Info). The SSA builder reads only this, the AST and the
// type model: one model, not two.

import type * as ast from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { Func, Obj, Var } from './objects.ts';
import type { Scope } from './scope.ts';
import type { Type } from './types.ts';

/** Mode classifies an expression, as go/types' operand modes do. */
export type Mode =
  | 'novalue' // a call of a function without results
  | 'builtin' // a builtin function name (only valid as a call's fun)
  | 'typexpr' // a type
  | 'constant' // a constant; value is set
  | 'variable' // an addressable value
  | 'mapindex' // a map index expression (assignable, not addressable)
  | 'value' // any other value
  | 'commaok'; // a value that may be used in a comma-ok assignment

/** TypeAndValue is the type (and constant value, if any) of one expression. */
export interface TypeAndValue {
  mode: Mode;
  type: Type;
  value?: ConstValue;
}

/** SelectionKind tells a field selection from a method value and a method expression. */
export type SelectionKind = 'FieldVal' | 'MethodVal' | 'MethodExpr';

/**
 * Selection describes `x.f` where f is a field or method (not a qualified identifier `pkg.Name`).
 * `index` is the path through embedded fields (the last entry selects the field or method); `indirect` is true when
 * a pointer was dereferenced on the way.
 */
export interface Selection {
  kind: SelectionKind;
  recv: Type;
  obj: Var | Func;
  index: number[];
  indirect: boolean;
  type: Type;
}

/** Initializer is one package-level `lhs = rhs` initialization, in the order the spec requires. */
export interface Initializer {
  lhs: Var[];
  rhs: ast.Expr;
}

/** Instance records one instantiation: the type arguments (explicit and inferred) and the instantiated type. */
export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** Info is everything the checker records about a package. */
export interface Info {
  /** types maps every expression (including type expressions) to its type and mode. */
  types: Map<ast.Expr, TypeAndValue>;
  /** defs maps declaring identifiers to their objects (undefined for the package name and `_`... as go/types). */
  defs: Map<ast.Ident, Obj | undefined>;
  /** uses maps every other identifier to the object it denotes. */
  uses: Map<ast.Ident, Obj>;
  /** implicits maps nodes that declare objects without an identifier (type switch clauses, anonymous fields). */
  implicits: Map<ast.Node, Obj>;
  /** selections maps field and method selectors to what they select. */
  selections: Map<ast.SelectorExpr, Selection>;
  /** scopes maps the nodes that open scopes (File, FuncType, BlockStmt, IfStmt, ...) to their scope. */
  scopes: Map<ast.Node, Scope>;
  /** initOrder lists package-level variable initializers in execution order. */
  initOrder: Initializer[];
  /**
   * instances maps the identifier naming a generic function or type at each instantiation (`F` in `F[int](x)` and
   * in `F(x)`, `List` in `List[int]`) to its type arguments and instantiated type, as go/types.Info.Instances.
   */
  instances: Map<ast.Ident, Instance>;
  /** funcs lists every function and method declared in the package, in source order. */
  funcs: Func[];
}

/** newInfo returns an empty Info. */
export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    scopes: new Map(),
    initOrder: [],
    instances: new Map(),
    funcs: [],
  };
}
