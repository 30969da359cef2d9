// Conversions `T(x)` (spec "Conversions"): constant conversions with representability (`constant 256 overflows
// uint8`), integer-to-string, the non-constant convertibility rules (identical underlying types ignoring tags, unnamed
// pointers, numeric types, string/[]byte/[]rune, slices to array pointers) and the unsafe ones (*T <-> unsafe.Pointer
// <-> uintptr). Untyped arguments get their final type recorded as go/types does.

import type { Checker, Operand } from './checker.ts';
import { makeString, bytesOfString } from './constant.ts';
import { representable, toIntValue } from './constexpr.ts';
import { assignableTo } from './assign.ts';
import { defaultType, identical, identicalIgnoreTags, isConstType, isInterface, isUntypedType } from './predicates.ts';
import { implicitType, updateExprType } from './operand.ts';
import { BasicInfo, Typ, type Type } from './types.ts';

const is = (t: Type, flags: number): boolean => {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.info & flags) !== 0;
};

function isBytesOrRunes(t: Type): boolean {
  const u = t.underlying();
  if (u.kind !== 'Slice') return false;
  const e = u.elem.underlying();
  return e === Typ.uint8 || e === Typ.int32;
}

/** convertibleTo reports whether a non-constant x can be converted to t. */
export function convertibleTo(c: Checker, x: Operand, t: Type): boolean {
  if (isUntypedType(x.type) && implicitType(c, x, t).type !== undefined) return true;
  if (assignableTo(c, x, t)[0]) return true;
  const v = x.type;
  const vu = v.underlying();
  const tu = t.underlying();
  if (identicalIgnoreTags(vu, tu)) return true;
  if (v.kind === 'Pointer' && t.kind === 'Pointer' && identicalIgnoreTags(v.elem.underlying(), t.elem.underlying())) return true;
  if (is(v, BasicInfo.IsInteger | BasicInfo.IsFloat) && is(t, BasicInfo.IsInteger | BasicInfo.IsFloat)) return true;
  if (is(v, BasicInfo.IsComplex) && is(t, BasicInfo.IsComplex)) return true;
  if (is(t, BasicInfo.IsString) && (is(v, BasicInfo.IsInteger) || isBytesOrRunes(v))) return true;
  if (is(v, BasicInfo.IsString) && isBytesOrRunes(t)) return true;
  // unsafe.Pointer <-> pointers and uintptr
  const unsafeP = (u: Type): boolean => u === Typ.UnsafePointer;
  if ((vu.kind === 'Pointer' || vu === Typ.uintptr) && unsafeP(tu)) return true;
  if (unsafeP(vu) && (tu.kind === 'Pointer' || tu === Typ.uintptr)) return true;
  // []T -> *[N]T
  if (vu.kind === 'Slice' && tu.kind === 'Pointer') {
    const a = tu.elem.underlying();
    if (a.kind === 'Array' && identical(vu.elem, a.elem)) return true;
  }
  return false;
}

/** conversion checks T(x) and turns x into the result operand. */
export function conversion(c: Checker, x: Operand, t: Type): void {
  const constArg = x.mode === 'constant';
  let ok = false;
  if (constArg && x.val && isConstType(t)) {
    const tu = t.underlying();
    if (tu.kind === 'Basic') {
      if (is(x.type, BasicInfo.IsInteger) && is(t, BasicInfo.IsString) && x.val.kind === 'int') {
        const cp = x.val.value;
        const ch = cp >= 0n && cp <= 0x10ffffn && !(cp >= 0xd800n && cp <= 0xdfffn) ? String.fromCodePoint(Number(cp)) : '\ufffd';
        x.val = makeString(bytesOfString(ch));
        ok = true;
      } else {
        const r = representable(x.val, tu, c.sizes);
        const kindsOk =
          (is(x.type, BasicInfo.IsNumeric) && is(t, BasicInfo.IsNumeric)) ||
          (is(x.type, BasicInfo.IsString) && is(t, BasicInfo.IsString)) ||
          (is(x.type, BasicInfo.IsBoolean) && is(t, BasicInfo.IsBoolean));
        if (r.ok && kindsOk) {
          x.val = r.value;
          ok = true;
        } else if (kindsOk && is(x.type, BasicInfo.IsInteger) && is(t, BasicInfo.IsInteger)) {
          c.error(x.expr.pos, `constant ${x.val.kind === 'int' ? x.val.value.toString() : ''} overflows ${c.typeStr(t)}`);
          c.invalid(x);
          return;
        } else if (kindsOk && is(t, BasicInfo.IsInteger)) {
          // As go/types' representableConst, a float with an integral value is shown as that integer in the error.
          const i = toIntValue(x.val);
          if (i) x.val = i;
        }
      }
    }
  } else if (constArg && isUntypedType(x.type) && !isConstType(t)) {
    // e.g. []byte("s"), unsafe.Pointer(nil), interface{}(1): non-constant result
    const tmp: Operand = { ...x, type: defaultType(x.type), mode: 'value' };
    ok = convertibleTo(c, tmp, t);
  } else if (x.mode !== 'invalid') {
    ok = convertibleTo(c, x, t);
  }
  if (!ok) {
    c.error(x.expr.pos, `cannot convert ${c.operandStr(x)} to type ${c.typeStr(t)}`);
    c.invalid(x);
    return;
  }
  if (isUntypedType(x.type)) {
    let final: Type = t;
    if (isInterface(t) || (constArg && !isConstType(t))) final = defaultType(x.type);
    else if (x.type === Typ.UntypedNil) final = t;
    else if (constArg && is(x.type, BasicInfo.IsInteger) && is(t, BasicInfo.IsString)) final = defaultType(x.type);
    updateExprType(c, x.expr, final, true);
  }
  if (constArg && isConstType(t)) {
    x.mode = 'constant';
  } else {
    x.mode = 'value';
    x.val = undefined;
  }
  x.type = t;
}
