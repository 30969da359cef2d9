// Big binary floating-point numbers for untyped float constants too large or too small for exact rationals, as
// go/constant does: it keeps a constant as an exact rational while numerator and denominator stay below 4096 bits
// (`maxExp`) and otherwise switches to a big.Float with a 512-bit mantissa. Here a BigF is mant * 2^exp with |mant| <
// 2^512 (trailing zero bits stripped), rounded half to even after every operation; the binary exponent is bounded by
// ±2^31 as big.Float's (beyond it a constant is infinite, which go/constant reports as unknown).
// Invariants: a ConstValue of kind 'bigfloat' is never small (see isSmallBig): small values are converted back to
// exact rationals, so every other module sees 'float' rationals for the values that can reach a typed constant.

import type { ConstValue } from './constant.ts';

/** BigF is the value mant * 2^exp with |mant| < 2^PREC. */
export interface BigF {
  mant: bigint;
  exp: number;
}

/** PREC is the mantissa precision of big float constants in bits (go/constant's `prec`). */
const PREC = 512;

/** MAX_EXP bounds the bit sizes of exact rationals and the binary exponent of "small" floats (go/constant's maxExp). */
const MAX_EXP = 4096;

/** EXP_LIMIT is the largest binary exponent magnitude of a finite constant (big.Float's int32 exponent). */
const EXP_LIMIT = 2 ** 31 - 1;

/** bitLength returns the number of bits of |n| (0 for 0). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(16).length * 4 - (Math.clz32(parseInt(n.toString(16)[0]!, 16)) - 28);
}

function strip(mant: bigint, exp: number): BigF {
  if (mant === 0n) return { mant: 0n, exp: 0 };
  while ((mant & 0xffffffffn) === 0n) {
    mant >>= 32n;
    exp += 32;
  }
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  return { mant, exp };
}

/** roundQuo rounds (n / d) * 2^e to prec bits, half to even (d != 0). */
export function roundQuo(n: bigint, d: bigint, e: number, prec: number = PREC): BigF {
  if (n === 0n) return { mant: 0n, exp: 0 };
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  if (neg) n = -n;
  let k = bitLength(n) - bitLength(d);
  if (k >= 0 ? n < d << BigInt(k) : n << BigInt(-k) < d) k--;
  const s = prec - 1 - k;
  const num = s >= 0 ? n << BigInt(s) : n;
  const den = s >= 0 ? d : d << BigInt(-s);
  let m = num / den;
  const twice = (num - m * den) * 2n;
  if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
  return strip(neg ? -m : m, e - s);
}

/** topExp returns E with 2^(E-1) <= |x| < 2^E (big.Float's MantExp); 0 for zero. */
function topExp(x: BigF): number {
  return x.mant === 0n ? 0 : x.exp + bitLength(x.mant);
}

/** bigMul returns x * y rounded. */
function bigMul(x: BigF, y: BigF, prec: number = PREC): BigF {
  return roundQuo(x.mant * y.mant, 1n, x.exp + y.exp, prec);
}

/** bigQuo returns x / y rounded (y != 0). */
function bigQuo(x: BigF, y: BigF): BigF {
  return roundQuo(x.mant, y.mant, x.exp - y.exp);
}

/** bigAdd returns x + y rounded; an addend far below the other's last bit only acts as a sticky bit. */
function bigAdd(x: BigF, y: BigF): BigF {
  if (x.mant === 0n) return y;
  if (y.mant === 0n) return x;
  if (topExp(x) < topExp(y)) [x, y] = [y, x];
  const floor = topExp(x) - PREC - 4;
  if (topExp(y) < floor) y = { mant: y.mant < 0n ? -1n : 1n, exp: floor - 1 };
  const e = Math.min(x.exp, y.exp);
  const sum = (x.mant << BigInt(x.exp - e)) + (y.mant << BigInt(y.exp - e));
  return roundQuo(sum, 1n, e);
}

/** bigNeg returns -x. */
function bigNeg(x: BigF): BigF {
  return { mant: -x.mant, exp: x.exp };
}

/** bigCmp compares x and y: -1, 0 or 1. */
export function bigCmp(x: BigF, y: BigF): number {
  const d = bigAdd(x, bigNeg(y)).mant;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** bigPow10 returns 10^n (n >= 0) rounded, by repeated squaring at a higher working precision. */
function bigPow10(n: number): BigF {
  const work = PREC + 64;
  let result: BigF = { mant: 1n, exp: 0 };
  let base: BigF = { mant: 10n, exp: 0 };
  while (n > 0) {
    if (n & 1) result = bigMul(result, base, work);
    n = Math.floor(n / 2);
    if (n > 0) base = bigMul(base, base, work);
  }
  return roundQuo(result.mant, 1n, result.exp);
}

/** isSmallBig reports whether x's magnitude is within 2^±MAX_EXP, so that it is kept as an exact rational. */
function isSmallBig(x: BigF): boolean {
  const e = topExp(x);
  return x.mant === 0n || (-MAX_EXP < e && e < MAX_EXP);
}

/** isSmallRat reports whether a rational's numerator and denominator are small enough to stay exact. */
export function isSmallRat(num: bigint, den: bigint): boolean {
  return bitLength(num) < MAX_EXP && bitLength(den) < MAX_EXP;
}

/**
 * normFloat returns the float constant for x: an exact rational when x is small, a 'bigfloat' otherwise, or unknown
 * when the exponent overflows (an infinite constant).
 */
export function normFloat(x: BigF): ConstValue {
  if (x.mant === 0n) return { kind: 'float', num: 0n, den: 1n };
  if (Math.abs(topExp(x)) > EXP_LIMIT) return { kind: 'unknown' };
  if (!isSmallBig(x)) return { kind: 'bigfloat', mant: x.mant, exp: x.exp };
  if (x.exp >= 0) return { kind: 'float', num: x.mant << BigInt(x.exp), den: 1n };
  return { kind: 'float', num: x.mant, den: 1n << BigInt(-x.exp) };
}

/** bigOfValue returns a float or bigfloat constant as a BigF (rationals rounded to PREC bits). */
export function bigOfValue(v: ConstValue): BigF | undefined {
  if (v.kind === 'bigfloat') return { mant: v.mant, exp: v.exp };
  if (v.kind === 'float') return roundQuo(v.num, v.den, 0);
  if (v.kind === 'int') return roundQuo(v.value, 1n, 0);
  return undefined;
}

/** bigFloatOp computes x op y for float constants of which at least one is a 'bigfloat'. */
export function bigFloatOp(x: ConstValue, op: '+' | '-' | '*' | '/', y: ConstValue): ConstValue {
  const a = bigOfValue(x);
  const b = bigOfValue(y);
  if (!a || !b) return { kind: 'unknown' };
  // As big.Float, a result whose exponent underflows is zero (a literal that small is malformed instead).
  const norm = (r: BigF): ConstValue =>
    r.mant !== 0n && topExp(r) < -EXP_LIMIT ? { kind: 'float', num: 0n, den: 1n } : normFloat(r);
  switch (op) {
    case '+': return norm(bigAdd(a, b));
    case '-': return norm(bigAdd(a, bigNeg(b)));
    case '*': return norm(bigMul(a, b));
    case '/': return b.mant === 0n ? { kind: 'unknown' } : norm(bigQuo(a, b));
  }
}

/**
 * parseDecimalBig returns digits * 10^exp10 as a float constant, for decimal exponents too large for an exact rational
 * (1e646456992, 1e-779137).
 */
export function parseDecimalBig(digits: bigint, exp10: number): ConstValue {
  if (digits === 0n) return { kind: 'float', num: 0n, den: 1n };
  // Beyond big.Float's exponent range the constant is infinite (or zero).
  if (Math.abs(exp10) * Math.log2(10) > EXP_LIMIT + 64) return exp10 > 0 ? { kind: 'unknown' } : { kind: 'float', num: 0n, den: 1n };
  const p = bigPow10(Math.abs(exp10));
  const d: BigF = { mant: digits, exp: 0 };
  return normFloat(exp10 >= 0 ? bigMul(d, p) : bigQuo(d, p));
}

/** bigToNumber converts a big float to the nearest float64 (±Infinity or ±0 out of range). */
export function bigToNumber(x: BigF): number {
  if (x.mant === 0n) return 0;
  const r = roundQuo(x.mant, 1n, x.exp, 53);
  if (topExp(r) > 1024) return r.mant < 0n ? -Infinity : Infinity;
  if (topExp(r) < -1080) return r.mant < 0n ? -0 : 0;
  const half = Math.trunc(r.exp / 2);
  return Number(r.mant) * Math.pow(2, half) * Math.pow(2, r.exp - half);
}

/**
 * approxString formats m * 2^e (0.5 <= |m| < 1, m a float64) as go/constant does for floats outside float64's range:
 * an approximate decimal mantissa in %.6g form and a decimal exponent (`1e+646456992`).
 */
function approxString(m: number, e: number, formatG: (x: number) => string): string {
  const d = e * (Math.LN2 / Math.LN10);
  let de = Math.trunc(d);
  m *= Math.pow(10, d - de);
  const am = Math.abs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    de--;
  } else if (am >= 10) {
    m /= 10;
    de++;
  }
  return `${formatG(m)}e${de < 0 ? '-' : '+'}${Math.abs(de)}`;
}

/** bigString formats a big float as go/constant's String does. */
export function bigString(x: BigF, formatG: (x: number) => string): string {
  const e = topExp(x);
  // mantissa in [0.5, 1): the top 53 bits of mant scaled down.
  const r = roundQuo(x.mant, 1n, 0, 53);
  const m = Number(r.mant) * Math.pow(2, r.exp - bitLength(x.mant));
  return approxString(m, e, formatG);
}
