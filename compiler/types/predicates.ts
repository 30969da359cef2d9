// Type predicates of the Go spec: type identity, comparability, default types of untyped constants, and the
// classifications (typed, constant type, has nil, pointer-ish) the checker asks about. Assignability and
// convertibility of operands live in assign.ts and conversion.ts because they need the operand (its mode and value).

import { completeInterface } from './interfaces.ts';
import type { Var } from './objects.ts';
import { BasicInfo, Typ, typeParamHooks, type Basic, type Signature, type Type } from './types.ts';

/** isTyped reports whether t is not an untyped constant kind. */
export function isTyped(t: Type): boolean {
  return !(t.kind === 'Basic' && (t.info & BasicInfo.IsUntyped) !== 0);
}

/** isUntypedType reports whether t is one of the untyped kinds (including untyped nil). */
export function isUntypedType(t: Type): t is Basic {
  return t.kind === 'Basic' && (t.info & BasicInfo.IsUntyped) !== 0;
}

/** isConstType reports whether values of type t can be constants (boolean, numeric or string basic types). */
export function isConstType(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.info & BasicInfo.IsConstType) !== 0;
}

/** isInvalid reports whether t is the Invalid type (an earlier error). */
export function isInvalid(t: Type): boolean {
  return t === Typ.Invalid;
}

/**
 * isNonTypeParamInterface reports whether t is an interface type and not a type parameter (whose underlying type is
 * its constraint interface), as go/types' isNonTypeParamInterface.
 */
export function isNonTypeParamInterface(t: Type): boolean {
  return t.kind !== 'TypeParam' && t.underlying().kind === 'Interface';
}

/** hasNil reports whether the zero value of t is nil (pointers, slices, maps, chans, funcs, interfaces, unsafe.Pointer). */
export function hasNil(t: Type): boolean {
  if (t.kind === 'TypeParam') {
    const terms = typeParamHooks.terms(t);
    return terms !== undefined && terms.length > 0 && terms.every((x) => hasNil(x.type));
  }
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return u === Typ.UnsafePointer;
    case 'Pointer':
    case 'Slice':
    case 'Map':
    case 'Chan':
    case 'Signature':
    case 'Interface':
      return true;
    default:
      return false;
  }
}

/** defaultType returns the default type of an untyped constant kind (int, rune=int32, float64, ...); t otherwise. */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.name) {
    case 'untyped bool':
      return Typ.bool;
    case 'untyped int':
      return Typ.int;
    case 'untyped rune':
      return Typ.rune; // spelled rune, as go/types
    case 'untyped float':
      return Typ.float64;
    case 'untyped complex':
      return Typ.complex128;
    case 'untyped string':
      return Typ.string;
    default:
      return t;
  }
}

function identicalVars(a: Var[], b: Var[], seen: readonly Pair[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!identicalInner(a[i]!.type, b[i]!.type, seen)) return false;
  return true;
}

interface Pair {
  x: Type;
  y: Type;
}

/** NO_PAIRS starts every identity check: the pairs of interfaces being compared are only needed (and copied) there. */
const NO_PAIRS: readonly Pair[] = [];

function identicalSig(x: Signature, y: Signature, seen: readonly Pair[]): boolean {
  return (
    x.variadic === y.variadic &&
    x.typeParams.length === y.typeParams.length &&
    identicalVars(x.params.vars, y.params.vars, seen) &&
    identicalVars(x.results.vars, y.results.vars, seen)
  );
}

/** identical reports whether x and y are identical types (spec "Type identity"). */
export function identical(x: Type, y: Type): boolean {
  return identicalInner(x, y, NO_PAIRS);
}

let ignoreTags = false;

/** identicalIgnoreTags is identical but ignores struct tags at every level (for conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  ignoreTags = true;
  try {
    return identicalInner(x, y, NO_PAIRS);
  } finally {
    ignoreTags = false;
  }
}

function identicalInner(x: Type, y: Type, seen: readonly Pair[]): boolean {
  if (x === y) return true;
  switch (x.kind) {
    case 'Basic':
      return y.kind === 'Basic' && x.name === y.name;
    case 'Pointer':
      return y.kind === 'Pointer' && identicalInner(x.elem, y.elem, seen);
    case 'Array':
      return y.kind === 'Array' && x.len === y.len && identicalInner(x.elem, y.elem, seen);
    case 'Slice':
      return y.kind === 'Slice' && identicalInner(x.elem, y.elem, seen);
    case 'Struct': {
      if (y.kind !== 'Struct' || x.fields.length !== y.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i]!;
        const g = y.fields[i]!;
        if (f.name !== g.name || f.embedded !== g.embedded || (!ignoreTags && (x.tags[i] ?? '') !== (y.tags[i] ?? ''))) return false;
        if (!isExported(f.name) && f.pkg !== g.pkg) return false;
        if (!identicalInner(f.type, g.type, seen)) return false;
      }
      return true;
    }
    case 'Tuple':
      return y.kind === 'Tuple' && identicalVars(x.vars, y.vars, seen);
    case 'Signature':
      return y.kind === 'Signature' && identicalSig(x, y, seen);
    case 'Interface': {
      if (y.kind !== 'Interface') return false;
      const a = completeInterface(x);
      const b = completeInterface(y);
      if (a.length !== b.length) return false;
      if (seen.some((p) => (p.x === x && p.y === y) || (p.x === y && p.y === x))) return true;
      const s2 = [...seen, { x, y }];
      const byName = new Map(b.map((m) => [m.name, m]));
      for (const m of a) {
        const n = byName.get(m.name);
        if (!n || !identicalSig(m.type, n.type, s2)) return false;
      }
      return true;
    }
    case 'Union':
      return false;
    case 'Map':
      return y.kind === 'Map' && identicalInner(x.key, y.key, seen) && identicalInner(x.elem, y.elem, seen);
    case 'Chan':
      return y.kind === 'Chan' && x.dir === y.dir && identicalInner(x.elem, y.elem, seen);
    case 'Named':
      if (y.kind !== 'Named') return false;
      if (x.origin !== y.origin || x.typeArgs.length === 0) return false;
      return x.typeArgs.every((a, i) => y.typeArgs[i] !== undefined && identicalInner(a, y.typeArgs[i]!, seen));
    case 'TypeParam':
      return false;
  }
}

/** isExported reports whether a name starts with an upper-case letter (an ASCII fast path: most names are ASCII). */
export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** comparable reports whether values of type t can be compared with == (spec "Comparison operators"). */
export function comparable(t: Type): boolean {
  return comparableInner(t, new Set());
}

function comparableInner(t: Type, seen: Set<Type>): boolean {
  if (t.kind === 'TypeParam') return typeParamHooks.comparable(t);
  if (seen.has(t)) return true;
  seen.add(t);
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return u.name !== 'untyped nil';
    case 'Pointer':
    case 'Chan':
    case 'Interface':
      return true;
    case 'Struct':
      return u.fields.every((f) => comparableInner(f.type, seen));
    case 'Array':
      return comparableInner(u.elem, seen);
    case 'TypeParam':
      return true;
    default:
      return false;
  }
}

/** isOrdered reports whether values of type t can be ordered with < (integers, floats, strings). */
export function isOrdered(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.info & BasicInfo.IsOrdered) !== 0;
}

/** isPointerLike reports whether t is a pointer or unsafe.Pointer (for unsafe conversions). */
export function isUnsafePointer(t: Type): boolean {
  return t.underlying() === Typ.UnsafePointer;
}

/** mentionsTypeParam reports whether t refers to a type parameter, directly or through its element, field, parameter or type-argument types. */
export function mentionsTypeParam(t: Type, depth = 0): boolean {
  if (depth > 8) return false;
  switch (t.kind) {
    case 'TypeParam':
      return true;
    case 'Pointer':
    case 'Slice':
    case 'Array':
    case 'Chan':
      return mentionsTypeParam(t.elem, depth + 1);
    case 'Map':
      return mentionsTypeParam(t.key, depth + 1) || mentionsTypeParam(t.elem, depth + 1);
    case 'Named':
      return t.typeArgs.length > 0 ? t.typeArgs.some((a) => mentionsTypeParam(a, depth + 1)) : t.typeParams.length > 0;
    case 'Signature':
      return [...t.params.vars, ...t.results.vars].some((v) => mentionsTypeParam(v.type, depth + 1));
    case 'Tuple':
      return t.vars.some((v) => mentionsTypeParam(v.type, depth + 1));
    default:
      return false;
  }
}
