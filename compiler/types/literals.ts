// Literal decoding: the exact constant value of integer, floating-point, rune and string literals as the scanner
// delivers them (underscores, all bases, escapes; huge decimal exponents become 512-bit big floats as in go/constant).
// Plain decimal integers and escape-free ASCII strings, nearly all literals, take allocation-free fast paths.

import type { ConstValue } from './constant.ts';
import { bytesOfString } from './constant.ts';
import { makeFloat, rat, type Rat } from './constexpr.ts';
import { normFloat, parseDecimalBig, roundQuo } from './bigfloat.ts';

/** parseIntLit parses an integer literal (decimal, 0x, 0o, 0b, legacy octal, underscores). */
export function parseIntLit(lit: string): bigint | undefined {
  // Fast path: a plain decimal literal without underscores (nearly all of them), parsed without temporary strings.
  if (lit.length <= 15 && (lit.length === 1 || lit.charCodeAt(0) !== 0x30) && isDecimalDigits(lit)) return BigInt(lit);
  const s = lit.replace(/_/g, '').toLowerCase();
  try {
    if (/^0[0-7]+$/.test(s)) return BigInt('0o' + s.slice(1));
    if (/^0o[0-7]+$/.test(s) || /^0x[0-9a-f]+$/.test(s) || /^0b[01]+$/.test(s) || /^[0-9]+$/.test(s)) return BigInt(s);
  } catch {
    return undefined;
  }
  return undefined;
}

/** isDecimalDigits reports whether s is non-empty and all ASCII digits. */
function isDecimalDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return false;
  }
  return true;
}

/** BIG_DECIMAL_EXP is the decimal exponent beyond which a literal is parsed as a big float rather than exactly. */
const BIG_DECIMAL_EXP = 2000;

/**
 * parseFloatValue parses a floating-point literal to a constant: exactly while the exponent is moderate, else as a
 * 512-bit big float (1e646456992); undefined when malformed or infinite.
 */
export function parseFloatValue(lit: string): ConstValue | undefined {
  const r = parseFloatLit(lit);
  if (r) return makeFloat(r);
  const h = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(lit.replace(/_/g, '').toLowerCase());
  if (h) {
    // A binary exponent beyond exact rationals (0x1p-2147483647): a big float, infinite past big.Float's range.
    const frac = h[2] ?? '';
    if ((h[1] ?? '') === '' && frac === '') return undefined;
    const v = normFloat(roundQuo(BigInt('0x' + (h[1]! + frac || '0')), 1n, Number(h[3]) - 4 * frac.length));
    return v.kind === 'unknown' ? undefined : v;
  }
  const m = /^([0-9]*)(?:\.([0-9]*))?e([+-]?[0-9]+)$/.exec(lit.replace(/_/g, '').toLowerCase());
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const frac = m[2] ?? '';
  const v = parseDecimalBig(BigInt((m[1]! + frac) || '0'), Number(m[3]) - frac.length);
  return v.kind === 'unknown' ? undefined : v;
}

/** parseFloatLit parses a decimal or hexadecimal floating-point literal (or a prefixed integer mantissa) exactly. */
function parseFloatLit(lit: string): Rat | undefined {
  const s = lit.replace(/_/g, '').toLowerCase();
  let m = /^([0-9]*)(?:\.([0-9]*))?(?:e([+-]?[0-9]+))?$/.exec(s);
  if (m) {
    const intPart = m[1] ?? '';
    const frac = m[2] ?? '';
    if (intPart === '' && frac === '') return undefined;
    const exp = Number(m[3] ?? '0') - frac.length;
    const digits = BigInt((intPart + frac) || '0');
    if (Math.abs(exp) > BIG_DECIMAL_EXP) return undefined;
    return exp >= 0 ? rat(digits * 10n ** BigInt(exp)) : rat(digits, 10n ** BigInt(-exp));
  }
  m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(s);
  if (m) {
    const intPart = m[1] ?? '';
    const frac = m[2] ?? '';
    if (intPart === '' && frac === '') return undefined;
    const mant = BigInt('0x' + ((intPart + frac) || '0'));
    const exp = Number(m[3]) - 4 * frac.length;
    if (Math.abs(exp) > 40000) return undefined;
    return exp >= 0 ? rat(mant << BigInt(exp)) : rat(mant, 1n << BigInt(-exp));
  }
  // The mantissa of an imaginary literal may be a hexadecimal, octal or binary integer (`0x_cafei`).
  const n = /^0[xob]/.test(s) ? parseIntLit(s) : undefined;
  return n === undefined ? undefined : rat(n);
}

/** unquoteChar decodes one (possibly escaped) character of a rune or string literal at i; returns [code, isByte, next]. */
function unquoteChar(s: string, i: number, quote: string): [number, boolean, number] | undefined {
  const c = s[i];
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return [cp, false, i + (cp > 0xffff ? 2 : 1)];
  }
  const e = s[i + 1];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e !== undefined && e in simple) return [simple[e]!, false, i + 2];
  if (e === quote) return [quote.charCodeAt(0), false, i + 2];
  const hex = (n: number): number | undefined => {
    const h = s.slice(i + 2, i + 2 + n);
    return h.length === n && /^[0-9a-fA-F]+$/.test(h) ? parseInt(h, 16) : undefined;
  };
  if (e === 'x') {
    const v = hex(2);
    return v === undefined ? undefined : [v, true, i + 4];
  }
  if (e === 'u') {
    const v = hex(4);
    return v === undefined ? undefined : [v, false, i + 6];
  }
  if (e === 'U') {
    const v = hex(8);
    return v === undefined || v > 0x10ffff ? undefined : [v, false, i + 10];
  }
  if (e !== undefined && /[0-7]/.test(e)) {
    const o = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o)) return undefined;
    const v = parseInt(o, 8);
    return v > 255 ? undefined : [v, true, i + 4];
  }
  return undefined;
}

/** parseRuneLit decodes a rune literal `'x'` to its code point. */
export function parseRuneLit(lit: string): bigint | undefined {
  if (lit.length < 3 || lit[0] !== "'" || lit[lit.length - 1] !== "'") return undefined;
  const r = unquoteChar(lit, 1, "'");
  if (!r || r[2] !== lit.length - 1) return undefined;
  return BigInt(r[0]);
}

/** isPlainAscii reports whether s[from:to] holds only printable ASCII other than a backslash. */
function isPlainAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 0x20 || ch > 0x7e || ch === 0x5c) return false;
  }
  return true;
}

/** parseStringLit decodes an interpreted or raw string literal to a byte string (one char per byte). */
export function parseStringLit(lit: string): string | undefined {
  if (lit.startsWith('`')) {
    const body = lit.slice(1, -1);
    return /^[\n\t\x20-\x7e]*$/.test(body) ? body : bytesOfString(body.replace(/\r/g, ''));
  }
  if (lit.length < 2 || lit[0] !== '"' || lit[lit.length - 1] !== '"') return undefined;
  // Fast path: printable ASCII without escapes is its own byte string.
  if (isPlainAscii(lit, 1, lit.length - 1)) return lit.slice(1, -1);
  let out = '';
  let i = 1;
  const end = lit.length - 1;
  while (i < end) {
    const r = unquoteChar(lit, i, '"');
    if (!r) return undefined;
    const [cp, isByte, next] = r;
    out += isByte ? String.fromCharCode(cp) : bytesOfString(String.fromCodePoint(cp));
    i = next;
  }
  return out;
}
