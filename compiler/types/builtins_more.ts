// The builtins added to Go after the first release and the complex-number builtins: complex, real and imag (with
// exact constant folding), min and max (Go 1.21; constant when every argument is), clear (Go 1.21) and package
// unsafe's Slice, SliceData, String and StringData. Typing follows go/types' builtins.go: untyped arguments take the
// other argument's type, two untyped constants to complex() become untyped floats, and the unsafe functions require
// a pointer, a slice or a string as go/types words it.

import type * as ast from '../syntax/ast.ts';
import type { Checker, Operand } from './checker.ts';
import { makeInt } from './constant.ts';
import { compare, makeComplexOf, toFloatValue } from './constexpr.ts';
import { convertUntyped, defaultConvert, setType, validIndex } from './operand.ts';
import { identical, isOrdered, isUntypedType } from './predicates.ts';
import { BasicInfo, Pointer, Slice, Typ, type Basic, type Type } from './types.ts';
import { coreType } from './typeset.ts';

/** MoreBuiltinId names the builtins this file implements. */
export type MoreBuiltinId = 'complex' | 'real' | 'imag' | 'min' | 'max' | 'clear' | 'Slice' | 'SliceData' | 'String' | 'StringData';

const untypedRank = (t: Type): number =>
  t === Typ.UntypedInt ? 1 : t === Typ.UntypedRune ? 2 : t === Typ.UntypedFloat ? 3 : t === Typ.UntypedComplex ? 4 : 0;

/**
 * moreBuiltinCall checks a call of one of the builtins above given its evaluated arguments args (a single multi-value
 * call already spread, the count already checked); x is the result.
 */
export function moreBuiltinCall(c: Checker, x: Operand, e: ast.CallExpr, id: MoreBuiltinId, args: Operand[]): void {
  switch (id) {
    case 'complex':
      return complexCall(c, x, e, args);
    case 'real':
    case 'imag':
      return realImag(c, x, args[0]!, id);
    case 'min':
    case 'max':
      return minMax(c, x, e, id, args);
    case 'clear': {
      const a = args[0]!;
      if (a.mode === 'invalid') return c.invalid(x);
      const u = coreType(a.type);
      if (!u || (u.kind !== 'Map' && u.kind !== 'Slice')) {
        c.error(a.expr.pos, `invalid argument: cannot clear ${c.operandStr(a)}: argument must be (or constrained by) map or slice`);
        return c.invalid(x);
      }
      x.mode = 'novalue';
      x.type = Typ.Invalid;
      return;
    }
    case 'Slice': {
      // unsafe.Slice(f()) and unsafe.String(f()) spread a two-value call (fixedbugs/issue52590.go).
      const [p, len] = args as [Operand, Operand];
      if (p.mode === 'invalid') return c.invalid(x);
      const u = p.type.underlying();
      if (u.kind !== 'Pointer') {
        c.error(p.expr.pos, `invalid argument: ${c.operandStr(p)} is not a pointer`);
        return c.invalid(x);
      }
      if (!validIndex(c, len, 'length', false)) return c.invalid(x);
      x.mode = 'value';
      x.type = new Slice(u.elem);
      return;
    }
    case 'String': {
      const [p, len] = args as [Operand, Operand];
      if (p.mode === 'invalid') return c.invalid(x);
      convertUntyped(c, p, new Pointer(Typ.byte));
      if (c.failed(p)) return c.invalid(x);
      const u = p.type.underlying();
      if (u.kind !== 'Pointer' || !identical(u.elem, Typ.uint8)) {
        c.error(p.expr.pos, `cannot use ${c.operandStr(p)} as type *byte in argument to unsafe.String`);
        return c.invalid(x);
      }
      if (!validIndex(c, len, 'length', false)) return c.invalid(x);
      x.mode = 'value';
      x.type = Typ.string;
      return;
    }
    case 'SliceData': {
      const s = args[0]!;
      if (s.mode === 'invalid') return c.invalid(x);
      const u = s.type.underlying();
      if (u.kind !== 'Slice') {
        c.error(s.expr.pos, `invalid argument: ${c.operandStr(s)} is not a slice`);
        return c.invalid(x);
      }
      x.mode = 'value';
      x.type = new Pointer(u.elem);
      return;
    }
    case 'StringData': {
      const s = args[0]!;
      if (s.mode === 'invalid') return c.invalid(x);
      convertUntyped(c, s, Typ.string);
      if (c.failed(s)) return c.invalid(x);
      if (!(s.type.underlying().kind === 'Basic' && ((s.type.underlying() as Basic).info & BasicInfo.IsString) !== 0)) {
        c.error(s.expr.pos, `cannot use ${c.operandStr(s)} as type string in argument to unsafe.StringData`);
        return c.invalid(x);
      }
      x.mode = 'value';
      x.type = new Pointer(Typ.byte);
      return;
    }
  }
}

function complexCall(c: Checker, x: Operand, e: ast.CallExpr, args: Operand[]): void {
  const [a, b] = args as [Operand, Operand];
  if (a.mode === 'invalid' || b.mode === 'invalid') return c.invalid(x);
  const ua = isUntypedType(a.type);
  const ub = isUntypedType(b.type);
  if (ua && !ub) convertUntyped(c, a, b.type);
  else if (ub && !ua) convertUntyped(c, b, a.type);
  else if (ua && ub) {
    if (a.mode === 'constant' && b.mode === 'constant') {
      for (const o of [a, b]) {
        const real = o.val !== undefined && toFloatValue(o.val) !== undefined; // a complex with imaginary part 0
        if ((o.type as Basic).info & BasicInfo.IsNumeric && real) o.type = Typ.UntypedFloat;
      }
    } else {
      convertUntyped(c, a, Typ.float64);
      convertUntyped(c, b, Typ.float64);
    }
  }
  if (c.failed(a) || c.failed(b)) return c.invalid(x);
  if (!identical(a.type, b.type)) {
    c.error(a.expr.pos, `invalid operation: ${c.exprStr(e)} (mismatched types ${c.typeStr(a.type)} and ${c.typeStr(b.type)})`);
    return c.invalid(x);
  }
  const u = a.type.underlying();
  const res: Type | undefined = u === Typ.float32 ? Typ.complex64 : u === Typ.float64 ? Typ.complex128 : u === Typ.UntypedFloat ? Typ.UntypedComplex : undefined;
  if (!res) {
    c.error(a.expr.pos, `invalid argument: arguments have type ${c.typeStr(a.type)}, expected floating-point`);
    return c.invalid(x);
  }
  if (a.mode === 'constant' && b.mode === 'constant' && a.val && b.val) {
    const v = makeComplexOf(a.val, b.val);
    if (v.kind !== 'unknown') {
      x.mode = 'constant';
      x.val = v;
    } else x.mode = 'value';
  } else x.mode = 'value';
  if (isUntypedType(a.type) && x.mode !== 'constant') {
    setType(c, a, Typ.float64);
    setType(c, b, Typ.float64);
  }
  x.type = res;
  if (x.mode !== 'constant') x.val = undefined;
}

function realImag(c: Checker, x: Operand, a: Operand, id: 'real' | 'imag'): void {
  if (a.mode === 'invalid') return c.invalid(x);
  if (isUntypedType(a.type)) {
    if (a.mode === 'constant') {
      if ((a.type as Basic).info & BasicInfo.IsNumeric) a.type = Typ.UntypedComplex;
    } else convertUntyped(c, a, Typ.complex128);
  }
  if (c.failed(a)) return c.invalid(x);
  const u = a.type.underlying();
  const res: Type | undefined =
    u === Typ.complex64 ? Typ.float32 : u === Typ.complex128 ? Typ.float64 : u === Typ.UntypedComplex ? Typ.UntypedFloat : undefined;
  if (!res) {
    c.error(a.expr.pos, `invalid argument: argument has type ${c.typeStr(a.type)}, expected complex type`);
    return c.invalid(x);
  }
  if (a.mode === 'constant' && a.val) {
    x.mode = 'constant';
    const v = a.val;
    if (v.kind === 'complex') {
      const r = id === 'real' ? v.re : v.im;
      x.val = r.den === 1n ? makeInt(r.num) : { kind: 'float', num: r.num, den: r.den };
    } else if (v.kind === 'bigcomplex') x.val = id === 'real' ? v.re : v.im;
    else x.val = id === 'real' ? v : makeInt(0);
  } else {
    x.mode = 'value';
    x.val = undefined;
  }
  x.type = res;
}

function minMax(c: Checker, x: Operand, e: ast.CallExpr, id: 'min' | 'max', args: Operand[]): void {
  if (args.some((a) => a.mode === 'invalid')) return c.invalid(x);
  for (const a of args) {
    if (!isOrdered(a.type)) {
      c.error(a.expr.pos, `invalid argument: ${c.operandStr(a)} cannot be ordered`);
      return c.invalid(x);
    }
  }
  const typed = args.find((a) => !isUntypedType(a.type));
  let t: Type;
  if (typed) {
    t = typed.type;
    for (const a of args) if (isUntypedType(a.type)) convertUntyped(c, a, t);
    if (args.some((a) => a.mode === 'invalid')) return c.invalid(x);
  } else {
    t = args.reduce<Type>((m, a) => (untypedRank(a.type) > untypedRank(m) ? a.type : m), args[0]!.type);
  }
  for (const a of args) {
    if (!identical(a.type, t) && !(untypedRank(a.type) > 0 && untypedRank(t) > 0)) {
      c.error(a.expr.pos, `invalid argument: mismatched types ${c.typeStr(t)} (previous argument) and ${c.typeStr(a.type)} (type of ${c.exprStr(a.expr)})`);
      return c.invalid(x);
    }
  }
  if (args.every((a) => a.mode === 'constant' && a.val)) {
    let best = args[0]!;
    for (const a of args.slice(1)) if (compare(a.val!, id === 'min' ? '<' : '>', best.val!)) best = a;
    x.mode = 'constant';
    x.val = best.val!;
    x.type = t;
    for (const a of args) if (isUntypedType(a.type) && a.type !== t) setType(c, a, t);
    return;
  }
  x.mode = 'value';
  x.val = undefined;
  x.type = t;
  if (isUntypedType(t)) {
    const fake: Operand = { mode: 'value', expr: e, type: t, val: undefined, id: undefined };
    defaultConvert(c, fake);
    x.type = fake.type;
  }
  for (const a of args) if (isUntypedType(a.type)) setType(c, a, x.type);
}
