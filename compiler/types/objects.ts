// Objects: what an identifier denotes (go/types' Object). Every declared name resolves to exactly one Obj; the
// checker records the mapping from Ident nodes to Objs in Info.defs / Info.uses.

import type { Pos } from '../syntax/source.ts';
import type { FuncDecl, Node } from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { Package, Signature, Type } from './types.ts';

interface ObjBase {
  name: string;
  pos: Pos;
  /** pkg is the declaring package; undefined for universe objects. */
  pkg: Package | undefined;
  type: Type;
}

/** Var is a variable, parameter, result or struct field. */
export interface Var extends ObjBase {
  kind: 'Var';
  isField: boolean;
  /** embedded is true for an embedded struct field. */
  embedded: boolean;
  isParam: boolean;
  /** isGlobal is true for a package-level variable. */
  isGlobal: boolean;
  /** used is set when the variable is read (for "declared and not used"). */
  used: boolean;
}

/** Const is a declared constant with its exact value. */
export interface Const extends ObjBase {
  kind: 'Const';
  value: ConstValue;
}

/** TypeName is a declared type name (defined or alias) or a type parameter's name. */
export interface TypeName extends ObjBase {
  kind: 'TypeName';
  isAlias: boolean;
}

/** Func is a function or method; type is its Signature. decl is the source declaration when there is one. */
export interface Func extends ObjBase {
  kind: 'Func';
  type: Signature;
  decl: FuncDecl | undefined;
  /** fullName is the qualified name used for symbols and -print-allocs: `main.f`, `(*main.T).M`, `main.T.M`. */
  fullName: string;
  /** origin is the generic type's method this method of an instantiated type was substituted from. */
  origin?: Func;
}

/** PkgName is an imported package's name in a file scope. */
export interface PkgName extends ObjBase {
  kind: 'PkgName';
  imported: Package;
  used: boolean;
}

/** BuiltinId names the predeclared functions and unsafe's functions. */
export type BuiltinId =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make' | 'max' | 'min'
  | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'
  | 'Add' | 'Alignof' | 'Offsetof' | 'Sizeof' | 'Slice' | 'SliceData' | 'String' | 'StringData';

/** Builtin is a predeclared function (len, println, ...) or an unsafe function. */
export interface Builtin extends ObjBase {
  kind: 'Builtin';
  id: BuiltinId;
}

/** Label is a statement label. */
export interface Label extends ObjBase {
  kind: 'Label';
  used: boolean;
}

/** Nil is the predeclared `nil`. */
export interface Nil extends ObjBase {
  kind: 'Nil';
}

/** Obj is anything an identifier can denote. */
export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;

/** newVar creates a variable object (a local unless the flags say otherwise). */
export function newVar(
  name: string,
  type: Type,
  pos: Pos,
  pkg: Package | undefined,
  flags: Partial<Pick<Var, 'isField' | 'embedded' | 'isParam' | 'isGlobal'>> = {},
): Var {
  return {
    kind: 'Var',
    name,
    type,
    pos,
    pkg,
    isField: flags.isField ?? false,
    embedded: flags.embedded ?? false,
    isParam: flags.isParam ?? false,
    isGlobal: flags.isGlobal ?? false,
    used: false,
  };
}

/** objectNode is the syntax that declared an object, where the checker keeps it (for diagnostics). */
export type ObjectNode = Node;
