// Exact constant arithmetic over ConstValue, as the Go spec requires: integers are bigints, floats exact rationals
// while small and 512-bit big floats beyond 2^±4096 (bigfloat.ts, as go/constant), complex numbers pairs of rationals
// (or of big floats). Provides unary/binary/shift/comparison operations, conversions between kinds, the
// representability check of a value in a basic type (with rounding of floats to float32/float64) and the message form
// of values; literals are decoded in literals.ts.
// Invariant: every rational is reduced with den > 0; results of operations on ints of kind 'int' stay 'int' unless the
// operation is a non-integer division.

import type { ConstValue, RealPart } from './constant.ts';
import { makeBool, makeInt, unknownValue } from './constant.ts';
import type { Basic } from './types.ts';
import type { Sizes } from './sizes.ts';
import { bigCmp, bigFloatOp, bigOfValue, bigString, bitLength, isSmallRat, normFloat, roundQuo } from './bigfloat.ts';

/** Rat is an exact rational num/den with den > 0. */
export interface Rat {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** rat returns the reduced rational n/d. */
export function rat(n: bigint, d: bigint = 1n): Rat {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

/**
 * makeFloat returns a float constant from a rational, normalised: an exact rational while numerator and denominator
 * stay below 4096 bits, else a big float (as go/constant's makeRat).
 */
export function makeFloat(r: Rat): ConstValue {
  const x = rat(r.num, r.den);
  if (isSmallRat(x.num, x.den)) return { kind: 'float', num: x.num, den: x.den };
  return normFloat(roundQuo(x.num, x.den, 0));
}

const ratAdd = (a: Rat, b: Rat): Rat => rat(a.num * b.den + b.num * a.den, a.den * b.den);
const ratSub = (a: Rat, b: Rat): Rat => rat(a.num * b.den - b.num * a.den, a.den * b.den);
const ratMul = (a: Rat, b: Rat): Rat => rat(a.num * b.num, a.den * b.den);
const ratDiv = (a: Rat, b: Rat): Rat => rat(a.num * b.den, a.den * b.num);
const ratCmp = (a: Rat, b: Rat): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
const ratZero: Rat = { num: 0n, den: 1n };

/** toRat returns the value of a numeric constant as a rational (the real part for complex). */
export function toRat(v: ConstValue): Rat | undefined {
  switch (v.kind) {
    case 'int':
      return { num: v.value, den: 1n };
    case 'float':
      return { num: v.num, den: v.den };
    case 'complex':
      return v.re;
    case 'bigcomplex':
      return v.re.kind === 'float' ? { num: v.re.num, den: v.re.den } : undefined;
    default:
      return undefined;
  }
}

/** toIntValue returns an integer constant when v is numeric and integral (im = 0), else undefined. */
export function toIntValue(v: ConstValue): ConstValue | undefined {
  if (v.kind === 'int') return v;
  if (v.kind === 'float') return v.den === 1n ? makeInt(v.num) : undefined;
  if (v.kind === 'complex') return v.im.num === 0n && v.re.den === 1n ? makeInt(v.re.num) : undefined;
  return undefined;
}

/** toFloatValue returns a float constant for a numeric real value. */
export function toFloatValue(v: ConstValue): ConstValue | undefined {
  if (v.kind === 'int') return { kind: 'float', num: v.value, den: 1n };
  if (v.kind === 'float' || v.kind === 'bigfloat') return v;
  if (v.kind === 'complex') return v.im.num === 0n ? makeFloat(v.re) : undefined;
  if (v.kind === 'bigcomplex') return v.im.kind === 'float' && v.im.num === 0n ? v.re : undefined;
  return undefined;
}

/**
 * toComplexValue returns a complex constant for a numeric value: a big float becomes the real part of a 'bigcomplex'.
 */
export function toComplexValue(v: ConstValue): ConstValue | undefined {
  if (v.kind === 'complex' || v.kind === 'bigcomplex') return v;
  if (v.kind === 'bigfloat') return { kind: 'bigcomplex', re: v, im: floatZero };
  const r = toRat(v);
  return r ? { kind: 'complex', re: r, im: ratZero } : undefined;
}

const floatZero: RealPart = { kind: 'float', num: 0n, den: 1n };

/** ComplexConst is a complex constant with rational or big float parts. */
type ComplexConst = ConstValue & { kind: 'complex' | 'bigcomplex' };

const isComplexConst = (v: ConstValue): v is ComplexConst => v.kind === 'complex' || v.kind === 'bigcomplex';
const isRealPart = (v: ConstValue | undefined): v is RealPart => v?.kind === 'float' || v?.kind === 'bigfloat';

/**
 * makeComplexOf returns the complex constant re + im·i of two real constants (int, float or bigfloat): rational
 * parts make an ordinary 'complex', a big float part a 'bigcomplex'; unknown when a part is not real.
 */
export function makeComplexOf(re: ConstValue, im: ConstValue): ConstValue {
  const r = toFloatValue(re);
  const i = toFloatValue(im);
  if (!isRealPart(r) || !isRealPart(i)) return unknownValue;
  if (r.kind === 'float' && i.kind === 'float') {
    return { kind: 'complex', re: { num: r.num, den: r.den }, im: { num: i.num, den: i.den } };
  }
  return { kind: 'bigcomplex', re: r, im: i };
}

/** complexParts returns the parts of a complex or bigcomplex constant as real constants. */
function complexParts(v: ComplexConst): [ConstValue, ConstValue] {
  if (v.kind === 'bigcomplex') return [v.re, v.im];
  return [makeFloat(v.re), makeFloat(v.im)];
}

/**
 * bigComplexOp computes x op y for complex constants of which one has a big float part, part by part with the real
 * operations (which switch between rationals and big floats as needed), as go/constant does for complexVal.
 */
function bigComplexOp(x: ComplexConst, op: ConstOp, y: ComplexConst): ConstValue {
  const [a, b] = complexParts(x);
  const [c, d] = complexParts(y);
  const f = (p: ConstValue, o: ConstOp, q: ConstValue): ConstValue => binaryOp(p, o, q, false);
  switch (op) {
    case '+': return makeComplexOf(f(a, '+', c), f(b, '+', d));
    case '-': return makeComplexOf(f(a, '-', c), f(b, '-', d));
    case '*': return makeComplexOf(f(f(a, '*', c), '-', f(b, '*', d)), f(f(b, '*', c), '+', f(a, '*', d)));
    case '/': {
      const den = f(f(c, '*', c), '+', f(d, '*', d));
      if (isZero(den)) return unknownValue;
      const re = f(f(f(a, '*', c), '+', f(b, '*', d)), '/', den);
      return makeComplexOf(re, f(f(f(b, '*', c), '-', f(a, '*', d)), '/', den));
    }
    default: return unknownValue;
  }
}

/**
 * complexDivisorUnderflows reports whether complex constant v, nonzero, is still a zero divisor because the squares of
 * both its parts underflow to zero (types2's check for issue 20227: `1i / 1e-600000000i`).
 */
export function complexDivisorUnderflows(v: ConstValue): boolean {
  if (v.kind !== 'bigcomplex') return false; // rational parts square to zero only when zero
  return isZero(binaryOp(v.re, '*', v.re, false)) && isZero(binaryOp(v.im, '*', v.im, false));
}

const rank = (v: ConstValue): number =>
  v.kind === 'int' ? 0 : v.kind === 'float' || v.kind === 'bigfloat' ? 1 : isComplexConst(v) ? 2 : -1;

/** match brings two numeric constants to the same kind (int < float < complex). */
function match(a: ConstValue, b: ConstValue): [ConstValue, ConstValue] {
  const r = Math.max(rank(a), rank(b));
  const up = (v: ConstValue): ConstValue =>
    r === 1 ? toFloatValue(v) ?? unknownValue : r === 2 ? toComplexValue(v) ?? unknownValue : v;
  return [up(a), up(b)];
}

/** isZero reports whether a numeric constant is zero. */
export function isZero(v: ConstValue): boolean {
  switch (v.kind) {
    case 'int':
      return v.value === 0n;
    case 'float':
      return v.num === 0n;
    case 'complex':
      return v.re.num === 0n && v.im.num === 0n;
    case 'bigcomplex': // a big float part is never zero
    default:
      return false;
  }
}

/** ConstOp is an operator accepted by binaryOp. */
export type ConstOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';

/**
 * binaryOp computes `a op b`. intDiv selects truncated integer division for '/' (both operands of integer type);
 * otherwise '/' on ints yields an exact rational (untyped float semantics). Division by zero must be checked by the
 * caller. Returns unknown for meaningless combinations.
 */
export function binaryOp(a: ConstValue, op: ConstOp, b: ConstValue, intDiv: boolean): ConstValue {
  if (a.kind === 'unknown' || b.kind === 'unknown') return unknownValue;
  if (a.kind === 'bool' && b.kind === 'bool') {
    if (op === '&&') return makeBool(a.value && b.value);
    if (op === '||') return makeBool(a.value || b.value);
    return unknownValue;
  }
  if (a.kind === 'string' && b.kind === 'string') {
    return op === '+' ? { kind: 'string', value: a.value + b.value } : unknownValue;
  }
  const [x, y] = match(a, b);
  if ((x.kind === 'bigfloat' || y.kind === 'bigfloat') && (op === '+' || op === '-' || op === '*' || op === '/')) {
    return bigFloatOp(x, op, y);
  }
  if ((x.kind === 'bigcomplex' || y.kind === 'bigcomplex') && isComplexConst(x) && isComplexConst(y)) {
    return bigComplexOp(x, op, y);
  }
  if (x.kind === 'int' && y.kind === 'int') {
    const p = x.value;
    const q = y.value;
    switch (op) {
      case '+': return makeInt(p + q);
      case '-': return makeInt(p - q);
      case '*': return makeInt(p * q);
      case '/': return intDiv ? makeInt(p / q) : makeFloat(rat(p, q));
      case '%': return makeInt(p % q);
      case '&': return makeInt(p & q);
      case '|': return makeInt(p | q);
      case '^': return makeInt(p ^ q);
      case '&^': return makeInt(p & ~q);
      default: return unknownValue;
    }
  }
  if (x.kind === 'float' && y.kind === 'float') {
    const p: Rat = { num: x.num, den: x.den };
    const q: Rat = { num: y.num, den: y.den };
    switch (op) {
      case '+': return makeFloat(ratAdd(p, q));
      case '-': return makeFloat(ratSub(p, q));
      case '*': return makeFloat(ratMul(p, q));
      case '/': return makeFloat(ratDiv(p, q));
      default: return unknownValue;
    }
  }
  if (x.kind === 'complex' && y.kind === 'complex') {
    const { re: a1, im: b1 } = x;
    const { re: c1, im: d1 } = y;
    switch (op) {
      case '+': return { kind: 'complex', re: ratAdd(a1, c1), im: ratAdd(b1, d1) };
      case '-': return { kind: 'complex', re: ratSub(a1, c1), im: ratSub(b1, d1) };
      case '*':
        return { kind: 'complex', re: ratSub(ratMul(a1, c1), ratMul(b1, d1)), im: ratAdd(ratMul(b1, c1), ratMul(a1, d1)) };
      case '/': {
        const den = ratAdd(ratMul(c1, c1), ratMul(d1, d1));
        const re = ratDiv(ratAdd(ratMul(a1, c1), ratMul(b1, d1)), den);
        const im = ratDiv(ratSub(ratMul(b1, c1), ratMul(a1, d1)), den);
        return { kind: 'complex', re, im };
      }
      default: return unknownValue;
    }
  }
  return unknownValue;
}

/** unaryOp computes `op a`; for '^' on unsigned typed values pass the size in bits (0 for signed/untyped). */
export function unaryOp(op: '+' | '-' | '^' | '!', a: ConstValue, unsignedBits: number): ConstValue {
  switch (op) {
    case '+':
      return a;
    case '-':
      if (a.kind === 'int') return makeInt(-a.value);
      if (a.kind === 'float') return { kind: 'float', num: -a.num, den: a.den };
      if (a.kind === 'bigfloat') return { kind: 'bigfloat', mant: -a.mant, exp: a.exp };
      if (a.kind === 'complex') return { kind: 'complex', re: rat(-a.re.num, a.re.den), im: rat(-a.im.num, a.im.den) };
      if (a.kind === 'bigcomplex') return makeComplexOf(unaryOp('-', a.re, 0), unaryOp('-', a.im, 0));
      return unknownValue;
    case '^':
      if (a.kind !== 'int') return unknownValue;
      if (unsignedBits > 0) return makeInt(a.value ^ ((1n << BigInt(unsignedBits)) - 1n));
      return makeInt(~a.value);
    case '!':
      return a.kind === 'bool' ? makeBool(!a.value) : unknownValue;
  }
}

/** shift computes `a << s` or `a >> s` for an integer constant a (s already checked non-negative and sane). */
export function shift(a: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  const i = toIntValue(a);
  if (!i || i.kind !== 'int') return unknownValue;
  return makeInt(op === '<<' ? i.value << BigInt(s) : i.value >> BigInt(s));
}

/** compare evaluates `a op b` for two constants of matching kinds. */
export function compare(a: ConstValue, op: '==' | '!=' | '<' | '<=' | '>' | '>=', b: ConstValue): boolean {
  let c: number;
  if (a.kind === 'bool' && b.kind === 'bool') {
    c = a.value === b.value ? 0 : 1;
  } else if (a.kind === 'string' && b.kind === 'string') {
    c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  } else {
    const [x, y] = match(a, b);
    const bx = x.kind === 'bigfloat' || y.kind === 'bigfloat' ? bigOfValue(x) : undefined;
    const by = bx ? bigOfValue(y) : undefined;
    if (bx && by) {
      c = bigCmp(bx, by);
    } else if (x.kind === 'bigcomplex' || y.kind === 'bigcomplex') {
      if (!isComplexConst(x) || !isComplexConst(y)) return false;
      const [p, q] = complexParts(x);
      const [r, s] = complexParts(y);
      c = compare(p, '==', r) && compare(q, '==', s) ? 0 : 1;
    } else if (x.kind === 'complex' && y.kind === 'complex') {
      c = ratCmp(x.re, y.re) === 0 && ratCmp(x.im, y.im) === 0 ? 0 : 1;
    } else {
      const p = toRat(x);
      const q = toRat(y);
      if (!p || !q) return false;
      c = ratCmp(p, q);
    }
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

/** ratToNumber converts a rational to the nearest float64 (Infinity when out of range). */
export function ratToNumber(r: Rat): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const n = neg ? -r.num : r.num;
  // Scale so that the integer quotient has 64+ significant bits, then divide in floating point.
  const nb = bitLength(n);
  const db = bitLength(r.den);
  const shiftBits = 64 - (nb - db);
  const q = shiftBits >= 0 ? (n << BigInt(shiftBits)) / r.den : n / (r.den << BigInt(-shiftBits));
  const half = Math.trunc(-shiftBits / 2);
  const res = Number(q) * Math.pow(2, half) * Math.pow(2, -shiftBits - half);
  return neg ? -res : res;
}

/** numberToRat converts a finite float64 exactly to a rational. */
export function numberToRat(x: number): Rat {
  if (Number.isInteger(x)) return { num: BigInt(x), den: 1n };
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return rat(BigInt(m), 1n << BigInt(e));
}

/** intRange returns the inclusive range of an integer basic type, or undefined for a non-integer type. */
export function intRange(t: Basic, sizes: Sizes): [bigint, bigint] | undefined {
  // Memoized per Sizes and type name: representable asks for every typed integer constant.
  let bySizes = rangeCache.get(sizes);
  if (!bySizes) rangeCache.set(sizes, (bySizes = new Map()));
  let r = bySizes.get(t.name);
  if (r === undefined) bySizes.set(t.name, (r = computeIntRange(t.name, sizes) ?? null));
  return r ?? undefined;
}

const rangeCache = new WeakMap<Sizes, Map<string, [bigint, bigint] | null>>();

function computeIntRange(name: string, sizes: Sizes): [bigint, bigint] | undefined {
  let b: number;
  let signed = true;
  switch (name) {
    case 'int8': b = 8; break;
    case 'int16': b = 16; break;
    case 'int32': b = 32; break;
    case 'int64': b = 64; break;
    case 'int': b = sizes.intSize * 8; break;
    case 'uint8': b = 8; signed = false; break;
    case 'uint16': b = 16; signed = false; break;
    case 'uint32': b = 32; signed = false; break;
    case 'uint64': b = 64; signed = false; break;
    case 'uint': b = sizes.intSize * 8; signed = false; break;
    case 'uintptr': b = sizes.ptrSize * 8; signed = false; break;
    default: return undefined;
  }
  if (signed) return [-(1n << BigInt(b - 1)), (1n << BigInt(b - 1)) - 1n];
  return [0n, (1n << BigInt(b)) - 1n];
}

/** Representation is the outcome of representing a constant in a type: the (rounded) value or why it fails. */
export type Representation = { ok: true; value: ConstValue } | { ok: false; why: 'overflows' | 'truncated' | 'cannot' };

/**
 * roundRat rounds r to the nearest binary floating-point value with p mantissa bits and exponent range [emin, emax]
 * (round half to even, subnormals included); undefined when the result overflows. Rounding directly from the exact
 * rational avoids the double rounding of going through float64 first.
 */
export function roundRat(r: Rat, p: number, emin: number, emax: number): Rat | undefined {
  if (r.num === 0n) return { num: 0n, den: 1n };
  const neg = r.num < 0n;
  const n = neg ? -r.num : r.num;
  const d = r.den;
  let e = bitLength(n) - bitLength(d);
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e--;
  const qe = Math.max(e - (p - 1), emin - (p - 1));
  const num = qe >= 0 ? n : n << BigInt(-qe);
  const den = qe >= 0 ? d << BigInt(qe) : d;
  let m = num / den;
  const twice = (num - m * den) * 2n;
  if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
  if (m !== 0n && qe + bitLength(m) - 1 > emax) return undefined;
  const res = qe >= 0 ? rat(m << BigInt(qe)) : rat(m, 1n << BigInt(-qe));
  return neg ? { num: -res.num, den: res.den } : res;
}

function roundFloat(r: Rat, f32: boolean): Rat | undefined {
  return f32 ? roundRat(r, 24, -126, 127) : roundRat(r, 53, -1022, 1023);
}

/** representable tells whether constant v can be represented in basic type t, and returns the converted value. */
export function representable(v: ConstValue, t: Basic, sizes: Sizes): Representation {
  if (v.kind === 'unknown') return { ok: true, value: v };
  const info = t.info;
  const name = t.name;
  if (name === 'bool' || name === 'untyped bool') return v.kind === 'bool' ? { ok: true, value: v } : { ok: false, why: 'cannot' };
  if (name === 'string' || name === 'untyped string') return v.kind === 'string' ? { ok: true, value: v } : { ok: false, why: 'cannot' };
  if (v.kind === 'bool' || v.kind === 'string') return { ok: false, why: 'cannot' };
  if (name === 'untyped int' || name === 'untyped rune') {
    const i = toIntValue(v);
    if (i) return { ok: true, value: i };
    return { ok: false, why: isRealPart(v) || isComplexConst(v) ? 'truncated' : 'cannot' };
  }
  if (name === 'untyped float') {
    const f = toFloatValue(v);
    return f ? { ok: true, value: f } : { ok: false, why: isComplexConst(v) ? 'overflows' : 'cannot' };
  }
  // A big float stays as it is in an untyped complex context (complex constants keep rational parts).
  if (name === 'untyped complex') return { ok: true, value: toComplexValue(v) ?? v };
  if (v.kind === 'bigfloat') return representBig(v, t);
  if ((info & 2) !== 0) {
    // integer type
    const i = toIntValue(v);
    if (!i || i.kind !== 'int') return { ok: false, why: isRealPart(v) || isComplexConst(v) ? 'truncated' : 'cannot' };
    const range = intRange(t, sizes);
    if (!range) return { ok: false, why: 'cannot' };
    // go/types blames a float constant that does not fit an integer type for truncation, whatever its value.
    if (i.value < range[0] || i.value > range[1]) return { ok: false, why: isRealPart(v) ? 'truncated' : 'overflows' };
    return { ok: true, value: i };
  }
  if (name === 'float32' || name === 'float64') {
    const f = toFloatValue(v);
    // As types2: a numeric constant that does not fit a numeric type overflows it (a complex one with an imaginary
    // part included); only a non-integral one is truncated to an integer type.
    if (!f || f.kind !== 'float') return { ok: false, why: isComplexConst(v) ? 'overflows' : 'cannot' };
    const r = roundFloat({ num: f.num, den: f.den }, name === 'float32');
    return r ? { ok: true, value: makeFloat(r) } : { ok: false, why: 'overflows' };
  }
  if (name === 'complex64' || name === 'complex128') {
    const c = toComplexValue(v);
    if (c?.kind === 'bigcomplex') {
      // Each part is represented as a float of half the size: a huge big float overflows, a tiny one becomes 0.
      const f32 = name === 'complex64';
      const part = (p: RealPart): Rat | undefined =>
        p.kind === 'bigfloat' ? (p.exp > 0 ? undefined : ratZero) : roundFloat(p, f32);
      const re = part(c.re);
      const im = part(c.im);
      return re && im ? { ok: true, value: { kind: 'complex', re, im } } : { ok: false, why: 'overflows' };
    }
    if (!c || c.kind !== 'complex') return { ok: false, why: 'cannot' };
    const f32 = name === 'complex64';
    const re = roundFloat(c.re, f32);
    const im = roundFloat(c.im, f32);
    return re && im ? { ok: true, value: { kind: 'complex', re, im } } : { ok: false, why: 'overflows' };
  }
  return { ok: false, why: 'cannot' };
}

/**
 * representBig represents a big float (magnitude beyond 2^±4096) in a typed basic type: it overflows every float and
 * complex type when large and rounds to zero when tiny; no integer type holds it.
 */
function representBig(v: ConstValue & { kind: 'bigfloat' }, t: Basic): Representation {
  const zero: Rat = { num: 0n, den: 1n };
  const huge = v.exp > 0;
  if ((t.info & 2) !== 0) return { ok: false, why: 'truncated' };
  if (t.name === 'float32' || t.name === 'float64') return huge ? { ok: false, why: 'overflows' } : { ok: true, value: makeFloat(zero) };
  if (t.name === 'complex64' || t.name === 'complex128') {
    return huge ? { ok: false, why: 'overflows' } : { ok: true, value: { kind: 'complex', re: zero, im: zero } };
  }
  return { ok: false, why: 'cannot' };
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** formatG formats a float64 like Go's %.6g. */
export function formatG(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const [mant, exp] = x.toExponential(5).split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 6) return `${trimZeros(mant)}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return trimZeros(x.toFixed(Math.max(0, 5 - e)));
}

function ratString(r: Rat): string {
  const x = ratToNumber(r);
  // go/constant (Go 1.19, the reference) prints every float in float64 range in %.6g form, others approximately.
  if (!Number.isFinite(x) || (x === 0 && r.num !== 0n)) return bigString(roundQuo(r.num, r.den, 0), formatG);
  return formatG(x);
}

/** valueString renders a constant as go/constant does in messages (strings quoted and shortened). */
export function valueString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'int':
      return v.value.toString();
    case 'float':
      return ratString(v);
    case 'bigfloat':
      return bigString(v, formatG);
    case 'complex':
      return `(${ratString(v.re)} + ${ratString(v.im)}i)`;
    case 'bigcomplex':
      return `(${valueString(v.re)} + ${valueString(v.im)}i)`;
    case 'string': {
      const text = Buffer.from(v.value, 'latin1').toString('utf8');
      let q = JSON.stringify(text);
      if (q.length > 72) q = q.slice(0, 68) + '..."';
      return q;
    }
    case 'unknown':
      return 'unknown';
  }
}
