// The universe scope and package unsafe: the predeclared types (with the byte and rune aliases, `error`, `any` and
// `comparable`), the constants true, false and iota, nil, the builtin functions, and the `unsafe` package with Pointer,
// Sizeof, Alignof, Offsetof and the other unsafe functions. Both are built once and shared by every checked package;
// nothing in them is mutated by the checker.

import { NoPos } from '../syntax/source.ts';
import { makeBool, makeInt } from './constant.ts';
import type { Builtin, BuiltinId, Const, Func, Nil, Obj, TypeName } from './objects.ts';
import { newVar } from './objects.ts';
import { Scope } from './scope.ts';
import { Interface, Named, Package, Signature, Tuple, Typ, type Type } from './types.ts';

function typeName(name: string, type: Type | undefined, isAlias: boolean, pkg?: Package): TypeName {
  return { kind: 'TypeName', name, pos: NoPos, pkg, type: type ?? Typ.Invalid, isAlias };
}

function builtin(id: BuiltinId, pkg?: Package): Builtin {
  return { kind: 'Builtin', name: id, pos: NoPos, pkg, type: Typ.Invalid, id };
}

/** universeBuiltins lists the predeclared functions (Go 1.21's clear/min/max included, as the type model names them). */
const universeBuiltins: BuiltinId[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new',
  'panic', 'print', 'println', 'real', 'recover',
];

/** unsafeBuiltins lists the functions of package unsafe. */
const unsafeBuiltins: BuiltinId[] = ['Add', 'Alignof', 'Offsetof', 'Sizeof', 'Slice', 'SliceData', 'String', 'StringData'];

function makeErrorType(): Named {
  const obj = typeName('error', undefined, false);
  const named = new Named(obj);
  obj.type = named;
  const sig = new Signature(undefined, new Tuple([]), new Tuple([newVar('', Typ.string, NoPos, undefined)]), false);
  const m: Func = { kind: 'Func', name: 'Error', pos: NoPos, pkg: undefined, type: sig, decl: undefined, fullName: 'error.Error' };
  const iface = new Interface([m], []);
  iface.allMethods = [m];
  named.underlyingType = iface;
  return named;
}

/** errorType is the predeclared `error` interface type. */
export const errorType: Named = makeErrorType();

/** emptyInterface is `interface{}` (the type `any` denotes). */
export const emptyInterface: Interface = (() => {
  const i = new Interface([], []);
  i.allMethods = [];
  return i;
})();

/** emptyInterfaceLit is an `interface{}` that is not the predeclared any (recover's result, as in go/types). */
export const emptyInterfaceLit: Interface = (() => {
  const i = new Interface([], []);
  i.allMethods = [];
  return i;
})();

/** comparableType is the predeclared constraint `comparable`. */
export const comparableType: Named = (() => {
  const obj = typeName('comparable', undefined, false);
  const named = new Named(obj);
  obj.type = named;
  const i = new Interface([], []);
  i.allMethods = [];
  named.underlyingType = i;
  return named;
})();

function buildUniverse(): Scope {
  const s = new Scope(undefined, NoPos, NoPos, 'universe');
  const add = (o: Obj): void => {
    s.insert(o);
  };
  const basics: [string, Type][] = [
    ['bool', Typ.bool], ['int', Typ.int], ['int8', Typ.int8], ['int16', Typ.int16], ['int32', Typ.int32],
    ['int64', Typ.int64], ['uint', Typ.uint], ['uint8', Typ.uint8], ['uint16', Typ.uint16], ['uint32', Typ.uint32],
    ['uint64', Typ.uint64], ['uintptr', Typ.uintptr], ['float32', Typ.float32], ['float64', Typ.float64],
    ['complex64', Typ.complex64], ['complex128', Typ.complex128], ['string', Typ.string],
  ];
  for (const [n, t] of basics) add(typeName(n, t, false));
  add(typeName('byte', Typ.byte, true));
  add(typeName('rune', Typ.rune, true));
  add(typeName('any', emptyInterface, true));
  add(errorType.obj);
  add(comparableType.obj);
  const konst = (name: string, type: Type, value: Const['value']): Const => ({
    kind: 'Const', name, pos: NoPos, pkg: undefined, type, value,
  });
  add(konst('true', Typ.UntypedBool, makeBool(true)));
  add(konst('false', Typ.UntypedBool, makeBool(false)));
  add(konst('iota', Typ.UntypedInt, makeInt(0)));
  const nil: Nil = { kind: 'Nil', name: 'nil', pos: NoPos, pkg: undefined, type: Typ.UntypedNil };
  add(nil);
  for (const id of universeBuiltins) add(builtin(id));
  return s;
}

/** universe is the outermost scope, parent of every package scope. */
export const universe: Scope = buildUniverse();

/** universeIota is the predeclared `iota` object (its value depends on the enclosing const spec). */
export const universeIota: Obj = universe.lookup('iota')!;

function buildUnsafe(): Package {
  const scope = new Scope(universe, NoPos, NoPos, 'package unsafe');
  const pkg = new Package('unsafe', 'unsafe', scope);
  scope.insert(typeName('Pointer', Typ.UnsafePointer, false, pkg));
  for (const id of unsafeBuiltins) scope.insert(builtin(id, pkg));
  pkg.complete = true;
  return pkg;
}

/** unsafePackage is package `unsafe`; importers return it for the path "unsafe". */
export const unsafePackage: Package = buildUnsafe();
