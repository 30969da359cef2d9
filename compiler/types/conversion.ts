// Conversions `T(x)` (spec "Conversions"): constant conversions with representability (gc 1.19: `cannot convert 256
// (untyped int constant) to type uint8`), integer-to-string, the non-constant convertibility rules (identical
// underlying types ignoring tags, unnamed pointers, numeric types, string/[]byte/[]rune, slices to array pointers) and
// the unsafe ones (*T <-> unsafe.Pointer <-> uintptr). Untyped arguments get their final type recorded as go/types
// does.

import type { Checker, Operand } from './checker.ts';
import { makeString, bytesOfString } from './constant.ts';
import { representable, toIntValue } from './constexpr.ts';
import { assignableTo } from './assign.ts';
import { defaultType, identical, identicalIgnoreTags, isConstType, isNonTypeParamInterface, isUntypedType } from './predicates.ts';
import { implicitType, updateExprType } from './operand.ts';
import { BasicInfo, Typ, type Type, type TypeParam } from './types.ts';
import { allTerms, typeSetOf } from './typeset.ts';

const is = (t: Type, flags: number): boolean => {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.info & flags) !== 0;
};

function isBytesOrRunes(t: Type): boolean {
  const u = t.underlying();
  if (u.kind !== 'Slice') return false;
  const e = u.elem.underlying();
  return e.kind === 'Basic' && (e.name === 'uint8' || e.name === 'int32');
}

/**
 * convertibleTo reports whether a non-constant x can be converted to t; with a type parameter on either side, every
 * pair of types from their type sets must be convertible (types2). `why` collects the cause of a failure.
 */
export function convertibleTo(c: Checker, x: Operand, t: Type, why?: { cause: string }): boolean {
  if (isUntypedType(x.type) && implicitType(c, x, t).type !== undefined) return true;
  const [assignable, acause] = assignableTo(c, x, t);
  if (assignable) return true;
  if (why && acause) why.cause = acause;
  const v = x.type;
  const vu = v.underlying();
  const tu = t.underlying();
  const vp = v.kind === 'TypeParam' ? v : undefined;
  const tp = t.kind === 'TypeParam' ? t : undefined;
  if (identicalIgnoreTags(vu, tu) && !vp && !tp) return true;
  if (
    v.kind === 'Pointer' && t.kind === 'Pointer' && v.elem.kind !== 'TypeParam' && t.elem.kind !== 'TypeParam' &&
    identicalIgnoreTags(v.elem.underlying(), t.elem.underlying())
  ) return true;
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
  if (!vp && !tp) return false;
  const because = (msg: string): void => {
    if (why) why.cause = why.cause ? `${msg}\n\t${why.cause}` : msg;
  };
  if (vp) {
    return allTerms(vp, (vt) => {
      const y: Operand = { ...x, type: vt };
      if (tp) {
        return allTerms(tp, (tt) => {
          if (convertibleTo(c, y, tt, why)) return true;
          because(`cannot convert ${c.typeStr(vt)} (in ${c.typeStr(vp)}) to ${c.typeStr(tt)} (in ${c.typeStr(tp)})`);
          return false;
        });
      }
      if (convertibleTo(c, y, t, why)) return true;
      because(`cannot convert ${c.typeStr(vt)} (in ${c.typeStr(vp)}) to ${c.typeStr(t)}`);
      return false;
    });
  }
  return allTerms(tp!, (tt) => {
    if (convertibleTo(c, x, tt, why)) return true;
    because(`cannot convert ${c.typeStr(v)} to ${c.typeStr(tt)} (in ${c.typeStr(tp!)})`);
    return false;
  });
}

/**
 * constToTypeParam checks the conversion of constant x to type parameter t: x must convert to every type in t's
 * set (spec "Conversions"); the result is not a constant. Returns the cause of a failure, or ''.
 */
function constToTypeParam(c: Checker, x: Operand, t: TypeParam): string {
  const terms = typeSetOf(t)?.terms;
  if (terms === undefined || terms.length === 0) return `${c.typeStr(t)} does not contain specific types`;
  for (const term of terms) {
    const u = term.type.underlying();
    if (is(x.type, BasicInfo.IsString) && isBytesOrRunes(u)) continue;
    if (!constConvertible(c, x, u)) return `cannot convert ${c.operandStr(x)} to ${c.typeStr(u)} (in ${c.typeStr(t)})`;
  }
  return '';
}

/** constConvertible reports whether constant x converts to basic type u (representable, or integer to string). */
function constConvertible(c: Checker, x: Operand, u: Type): boolean {
  if (u.kind !== 'Basic' || !x.val) return false;
  if (representable(x.val, u, c.sizes).ok) return true;
  return is(x.type, BasicInfo.IsInteger) && (u.info & BasicInfo.IsString) !== 0;
}

/** conversion checks T(x) and turns x into the result operand. */
export function conversion(c: Checker, x: Operand, t: Type): void {
  const constArg = x.mode === 'constant';
  let ok = false;
  const why = { cause: '' };
  if (constArg && x.val && t.kind === 'TypeParam') {
    why.cause = constToTypeParam(c, x, t);
    ok = why.cause === '';
    x.mode = 'value'; // a conversion to a type parameter is never constant (types2 shows the operand as a value)
  } else if (constArg && x.val && isConstType(t)) {
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
        } else if (kindsOk && is(t, BasicInfo.IsInteger) && !is(x.type, BasicInfo.IsInteger)) {
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
    ok = convertibleTo(c, x, t, why);
  }
  if (!ok) {
    const cause = why.cause ? `:\n\t${why.cause}` : ''; // gc 1.19: the cause on its own line
    c.error(x.expr.pos, `cannot convert ${c.operandStr(x)} to type ${c.typeStr(t)}${cause}`);
    c.invalid(x);
    return;
  }
  if (isUntypedType(x.type)) {
    let final: Type = t;
    if (isNonTypeParamInterface(t) || (constArg && !isConstType(t))) final = defaultType(x.type);
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
