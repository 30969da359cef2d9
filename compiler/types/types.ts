// The Go type model, after go/types: one class per type constructor, each tagged with a `kind` so that switches over
// types are exhaustive. Types are compared with `identical` (predicates.ts), never with ===, except Basic and Named
// which are canonical. This model is shared by the checker, the SSA builder, the passes and codegen: there is one
// model, not two.

import type { ConstValue } from './constant.ts';
import type { Obj, TypeName, Var, Func } from './objects.ts';
import type { Scope } from './scope.ts';

/** BasicKind names the predeclared types, the untyped constant kinds and Invalid. */
export type BasicKind =
  | 'Invalid'
  | 'bool'
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64'
  | 'complex64' | 'complex128'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex' | 'untyped string'
  | 'untyped nil';

/** BasicInfo flags describe a Basic type's properties. */
export enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

/**
 * Basic is a predeclared type (`int`, `string`, ...) or an untyped constant kind. Each is one canonical object, except
 * that the aliases byte and rune are objects of their own (`Typ.byte`, `Typ.rune`) with uint8's and int32's name and
 * an `alias` spelling, as in go/types: identical to uint8 and int32 everywhere (identity compares names), but printed
 * as written (`[]byte`, `rune`). Compare basic types by name, not by object, unless one side is untyped or Invalid.
 */
export class Basic {
  readonly kind = 'Basic' as const;
  constructor(
    readonly name: BasicKind,
    readonly info: number,
    /** alias is the spelling of the byte and rune aliases; undefined for every other basic type. */
    readonly alias?: 'byte' | 'rune',
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Pointer is `*elem`. */
export class Pointer {
  readonly kind = 'Pointer' as const;
  /**
   * elem is the element type. It never changes once the pointer is in use; only the checker fills in the element of a
   * defined type's pointer literal after making the pointer its underlying type (typexpr.ts definedTypExpr).
   */
  elem: Type;
  constructor(elem: Type) {
    this.elem = elem;
  }
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** ArrayType is `[len]elem`. */
export class ArrayType {
  readonly kind = 'Array' as const;
  constructor(
    readonly elem: Type,
    readonly len: number,
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Slice is `[]elem`. */
export class Slice {
  readonly kind = 'Slice' as const;
  constructor(readonly elem: Type) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Struct is `struct { fields }`; field objects are Vars with isField set. tags[i] is field i's tag or ''. */
export class Struct {
  readonly kind = 'Struct' as const;
  constructor(
    readonly fields: Var[],
    readonly tags: string[] = [],
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Tuple is an ordered list of variables: parameters, results, or a multi-value expression's type. */
export class Tuple {
  readonly kind = 'Tuple' as const;
  constructor(readonly vars: Var[]) {}
  get length(): number {
    return this.vars.length;
  }
  at(i: number): Var {
    return this.vars[i]!;
  }
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Signature is a function type; recv is set for methods; variadic means the last param is `...T` (a []T). */
export class Signature {
  readonly kind = 'Signature' as const;
  constructor(
    readonly recv: Var | undefined,
    readonly params: Tuple,
    readonly results: Tuple,
    readonly variadic: boolean,
    readonly typeParams: TypeParam[] = [],
  ) {}
  /** recvTypeParams are a generic type's method's receiver type parameters (`T` in `func (l *List[T]) M()`). */
  recvTypeParams: TypeParam[] = [];
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Interface is `interface { ... }`: explicit methods, embedded types, and the computed complete method set. */
export class Interface {
  readonly kind = 'Interface' as const;
  /** allMethods is the complete, sorted method set once `complete()` has run (the checker completes it). */
  allMethods: Func[] | undefined;
  /** typeSet terms for constraint interfaces (unions, ~T); undefined means "all types". */
  terms: Term[] | undefined;
  /** implicit marks the interface a constraint literal (`[T ~int | ~string]`, `[T int]`) stands for. */
  implicit = false;
  constructor(
    readonly methods: Func[],
    readonly embeddeds: Type[],
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Term is one `T` or `~T` element of a union in a constraint. */
export interface Term {
  tilde: boolean;
  type: Type;
}

/** Union is `A | ~B` in a constraint. */
export class Union {
  readonly kind = 'Union' as const;
  constructor(readonly terms: Term[]) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** MapType is `map[key]elem`. */
export class MapType {
  readonly kind = 'Map' as const;
  constructor(
    readonly key: Type,
    readonly elem: Type,
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Chan is `chan elem`, `chan<- elem`, `<-chan elem`. */
export class Chan {
  readonly kind = 'Chan' as const;
  constructor(
    readonly dir: 'both' | 'send' | 'recv',
    readonly elem: Type,
  ) {}
  underlying(): Type {
    return this;
  }
  toString(): string {
    return typeString(this);
  }
}

/** Named is a defined type (`type T struct{...}`), canonical per declaration (or per instantiation). */
export class Named {
  readonly kind = 'Named' as const;
  /** underlyingType is set by the checker once the declaration is resolved. */
  underlyingType: Type | undefined;
  /** methods declared with this type as receiver base, in source order. */
  readonly methods: Func[] = [];
  /** typeArgs for an instantiated generic type. */
  typeArgs: Type[] = [];
  typeParams: TypeParam[] = [];
  /** origin is the generic type this one instantiates (itself otherwise). */
  origin: Named = this;
  /** instances are the canonical instantiations of a generic type (on the origin only; see subst.ts). */
  instances: Named[] = [];
  /** expand computes an instance's underlying type from its origin's, once that is known (set by subst.ts). */
  expand: (() => Type | undefined) | undefined;
  constructor(readonly obj: TypeName) {}
  underlying(): Type {
    if (this.underlyingType === undefined && this.expand) {
      const f = this.expand;
      this.expand = undefined;
      const u = f();
      if (u === undefined) this.expand = f;
      else this.underlyingType = u;
    }
    return this.underlyingType ?? Typ.Invalid;
  }
  toString(): string {
    return typeString(this);
  }
}

/** TypeParam is a type parameter `T` with its constraint. */
export class TypeParam {
  readonly kind = 'TypeParam' as const;
  constraint: Type;
  constructor(
    readonly obj: TypeName,
    readonly index: number,
    constraint: Type,
  ) {
    this.constraint = constraint;
  }
  underlying(): Type {
    return this.constraint.underlying();
  }
  toString(): string {
    return typeString(this);
  }
}

/** Type is any Go type. */
export type Type =
  | Basic
  | Pointer
  | ArrayType
  | Slice
  | Struct
  | Tuple
  | Signature
  | Interface
  | Union
  | MapType
  | Chan
  | Named
  | TypeParam;

const B = BasicInfo;

/** Typ holds the canonical Basic types. */
export const Typ = {
  Invalid: new Basic('Invalid', 0),
  bool: new Basic('bool', B.IsBoolean),
  int: new Basic('int', B.IsInteger),
  int8: new Basic('int8', B.IsInteger),
  int16: new Basic('int16', B.IsInteger),
  int32: new Basic('int32', B.IsInteger),
  rune: new Basic('int32', B.IsInteger, 'rune'),
  int64: new Basic('int64', B.IsInteger),
  uint: new Basic('uint', B.IsInteger | B.IsUnsigned),
  uint8: new Basic('uint8', B.IsInteger | B.IsUnsigned),
  byte: new Basic('uint8', B.IsInteger | B.IsUnsigned, 'byte'),
  uint16: new Basic('uint16', B.IsInteger | B.IsUnsigned),
  uint32: new Basic('uint32', B.IsInteger | B.IsUnsigned),
  uint64: new Basic('uint64', B.IsInteger | B.IsUnsigned),
  uintptr: new Basic('uintptr', B.IsInteger | B.IsUnsigned),
  float32: new Basic('float32', B.IsFloat),
  float64: new Basic('float64', B.IsFloat),
  complex64: new Basic('complex64', B.IsComplex),
  complex128: new Basic('complex128', B.IsComplex),
  string: new Basic('string', B.IsString),
  UnsafePointer: new Basic('unsafe.Pointer', 0),
  UntypedBool: new Basic('untyped bool', B.IsBoolean | B.IsUntyped),
  UntypedInt: new Basic('untyped int', B.IsInteger | B.IsUntyped),
  UntypedRune: new Basic('untyped rune', B.IsInteger | B.IsUntyped),
  UntypedFloat: new Basic('untyped float', B.IsFloat | B.IsUntyped),
  UntypedComplex: new Basic('untyped complex', B.IsComplex | B.IsUntyped),
  UntypedString: new Basic('untyped string', B.IsString | B.IsUntyped),
  UntypedNil: new Basic('untyped nil', B.IsUntyped),
} as const;


/**
 * typeParamHooks.terms returns the specific types of a type parameter's type set (undefined when the set has none, as for
 * `any`), typeParamHooks.comparable whether `==` is defined on all of them; typeset.ts installs both, so that this
 * module does not import the type-set code.
 */
export const typeParamHooks: { terms: (tp: TypeParam) => Term[] | undefined; comparable: (tp: TypeParam) => boolean } = {
  terms: () => undefined,
  comparable: () => true,
};

/**
 * hasInfo reports whether t's underlying type is Basic with any of the given info flags; for a type parameter,
 * whether every type in its type set is (and the set has specific types at all).
 */
export function hasInfo(t: Type, flags: number): boolean {
  if (t.kind === 'TypeParam') {
    const terms = typeParamHooks.terms(t);
    return terms !== undefined && terms.length > 0 && terms.every((x) => hasInfo(x.type, flags));
  }
  const u = t.underlying();
  return u.kind === 'Basic' && (u.info & flags) !== 0;
}

export const isInteger = (t: Type): boolean => hasInfo(t, B.IsInteger);
export const isUnsigned = (t: Type): boolean => hasInfo(t, B.IsUnsigned);
export const isBoolean = (t: Type): boolean => hasInfo(t, B.IsBoolean);
export const isString = (t: Type): boolean => hasInfo(t, B.IsString);
export const isFloat = (t: Type): boolean => hasInfo(t, B.IsFloat);
export const isNumeric = (t: Type): boolean => hasInfo(t, B.IsNumeric);
export const isUntyped = (t: Type): boolean => hasInfo(t, B.IsUntyped);

/** anyShown is the interface typeString writes as `any` while typeStringAny runs (undefined otherwise). */
let anyShown: Type | undefined;

/**
 * typeStringAny renders t as typeString does, writing the predeclared `any` (the interface object anyType, not an
 * `interface{}` literal) as `any` wherever it occurs, as types2's type strings in error messages do.
 */
export function typeStringAny(t: Type, qualify: (o: Obj) => string, anyType: Type): string {
  const prev = anyShown;
  anyShown = anyType;
  try {
    return typeString(t, qualify);
  } finally {
    anyShown = prev;
  }
}

/** typeString renders a type as go/types does, qualifying named types by package path (`main.T`). */
export function typeString(t: Type, qualify: (o: Obj) => string = defaultQualifier): string {
  if (t === anyShown) return 'any';
  switch (t.kind) {
    case 'Basic':
      return t.alias ?? t.name;
    case 'Pointer':
      return '*' + typeString(t.elem, qualify);
    case 'Array':
      return `[${t.len}]` + typeString(t.elem, qualify);
    case 'Slice':
      return '[]' + typeString(t.elem, qualify);
    case 'Struct':
      return (
        'struct{' +
        t.fields
          .map((f, i) => {
            const tag = t.tags[i] ? ' ' + JSON.stringify(t.tags[i]) : '';
            return (f.embedded ? '' : f.name + ' ') + typeString(f.type, qualify) + tag;
          })
          .join('; ') +
        '}'
      );
    case 'Tuple':
      return '(' + t.vars.map((v) => typeString(v.type, qualify)).join(', ') + ')';
    case 'Signature': {
      const params = t.params.vars.map((v, i) =>
        t.variadic && i === t.params.length - 1 && v.type.kind === 'Slice'
          ? '...' + typeString(v.type.elem, qualify)
          : typeString(v.type, qualify),
      );
      const res = t.results.vars.map((v) => typeString(v.type, qualify));
      const r = res.length === 0 ? '' : res.length === 1 ? ' ' + res[0] : ' (' + res.join(', ') + ')';
      return 'func(' + params.join(', ') + ')' + r;
    }
    case 'Interface': {
      if (t.implicit && t.embeddeds.length === 1) return typeString(t.embeddeds[0]!, qualify);
      const parts = [
        ...t.embeddeds.map((e) => typeString(e, qualify)),
        ...t.methods.map((m) => m.name + typeString(m.type, qualify).slice(4)),
      ];
      if (parts.length === 0) return 'interface{}';
      return 'interface{' + parts.join('; ') + '}';
    }
    case 'Union':
      return t.terms.map((x) => (x.tilde ? '~' : '') + typeString(x.type, qualify)).join('|'); // as go/types 1.19
    case 'Map':
      return `map[${typeString(t.key, qualify)}]${typeString(t.elem, qualify)}`;
    case 'Chan': {
      const e = typeString(t.elem, qualify);
      return t.dir === 'send' ? 'chan<- ' + e : t.dir === 'recv' ? '<-chan ' + e : 'chan ' + e;
    }
    case 'Named': {
      const base = qualify(t.obj);
      return t.typeArgs.length ? base + '[' + t.typeArgs.map((a) => typeString(a, qualify)).join(', ') + ']' : base;
    }
    case 'TypeParam':
      return t.obj.name;
  }
}

function defaultQualifier(o: Obj): string {
  return o.pkg ? `${o.pkg.path}.${o.name}` : o.name;
}

/** Package is a type-checked package: its path, name, scope and direct imports. */
export class Package {
  imports: Package[] = [];
  complete = false;
  constructor(
    readonly path: string,
    readonly name: string,
    readonly scope: Scope,
  ) {}
}

/** ConstOrType re-exported so users of types.ts can name constant values without a second import. */
export type { ConstValue };
