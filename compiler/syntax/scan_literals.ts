// Literal scanning for the Go scanner: numbers (every base, `_` separators, hex floats, imaginary suffix), rune and
// string literals with escape checking, raw strings, plus the character helpers and Go-style formatting (%#U, %q)
// used in gc's lexical error messages. LiteralScanner holds the byte buffer and position; Scanner (scanner.ts)
// extends it with token dispatch, identifiers, comments and semicolon insertion.

import { Tok } from './token.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;

/** ScanErrorHandler receives a scanner error at a byte offset of the file. */
export type ScanErrorHandler = (offset: number, msg: string) => void;

/** utf8 decodes non-ASCII source text. */
export const utf8 = new TextDecoder('utf-8');
/** letterRe matches one Unicode letter. */
export const letterRe = /^\p{L}$/u;
/** digitRe matches one Unicode decimal digit. */
export const digitRe = /^\p{Nd}$/u;
const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** formatU formats a code point like Go's %#U: `U+0040 '@'` (the quoted form only for printable characters). */
export function formatU(r: number): string {
  const hex = r.toString(16).toUpperCase().padStart(4, '0');
  if (r < 0 || r > 0x10ffff) return `U+${hex}`; // not a code point (an escape out of range)
  const c = String.fromCodePoint(r);
  return printRe.test(c) ? `U+${hex} '${c}'` : `U+${hex}`;
}

/** quoteRune formats a code point like Go's %q: `'x'`, `'\n'`, `'\x00'`. */
export function quoteRune(r: number): string {
  switch (r) {
    case 0x07: return "'\\a'";
    case 0x08: return "'\\b'";
    case 0x0c: return "'\\f'";
    case 0x0a: return "'\\n'";
    case 0x0d: return "'\\r'";
    case 0x09: return "'\\t'";
    case 0x0b: return "'\\v'";
    case 0x27: return "'\\''";
    case 0x5c: return "'\\\\'";
  }
  if (r < 0 || r > 0x10ffff) return "'\\ufffd'";
  const c = String.fromCodePoint(r);
  if (printRe.test(c)) return `'${c}'`;
  if (r < 0x100) return `'\\x${r.toString(16).padStart(2, '0')}'`;
  if (r < 0x10000) return `'\\u${r.toString(16).padStart(4, '0')}'`;
  return `'\\U${r.toString(16).padStart(8, '0')}'`;
}

/** baseName names a number base as gc does in messages. */
export function baseName(base: number): string {
  return base === 2 ? 'binary' : base === 8 ? 'octal' : base === 10 ? 'decimal' : 'hexadecimal';
}

/** isDecimal reports whether c is an ASCII digit. */
export function isDecimal(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** isHex reports whether c is an ASCII hex digit. */
export function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/** isAsciiLetter reports whether c is an ASCII letter or `_`. */
export function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}

/** LiteralScanner holds a file's bytes and the scan position, and scans literals; Scanner extends it. */
export class LiteralScanner {
  /** tok is the current token kind. */
  tok: Tok = T.EOF;
  /** offset is the byte offset of the current token's first byte. */
  offset = 0;
  /** endOffset is one past the current token's last byte. */
  endOffset = 0;
  /** lit is the current token's text where it has one. */
  lit = '';
  /** bad is true when the current literal had an error (already reported). */
  bad = false;

  protected readonly src: Uint8Array;
  protected readonly latin: string;
  /** buf is a Buffer view of src (for native latin1 decoding). */
  protected readonly buf: Buffer;
  protected off = 0;

  constructor(
    src: Uint8Array,
    private readonly onError: ScanErrorHandler,
  ) {
    this.src = src;
    this.buf = Buffer.from(src.buffer, src.byteOffset, src.byteLength);
    this.latin = this.buf.toString('latin1');
    if (src.length >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) this.off = 3;
  }

  protected error(offset: number, msg: string): void {
    this.onError(offset, msg);
  }

  /** text returns the source text of a byte range, decoded as UTF-8 when it holds non-ASCII bytes. */
  text(from: number, to: number): string {
    const src = this.src;
    for (let i = from; i < to; i++) if (src[i]! >= 0x80) return utf8.decode(src.subarray(from, to));
    return this.latin.slice(from, to);
  }

  /** decodeRune decodes the UTF-8 sequence at i: [rune, size]; an invalid sequence is [0xfffd, 1]. */
  protected decodeRune(i: number): [number, number] {
    const src = this.src;
    const b0 = src[i]!;
    if (b0 < 0x80) return [b0, 1];
    const n = src.length;
    if (b0 >= 0xc2 && b0 <= 0xdf && i + 1 < n && (src[i + 1]! & 0xc0) === 0x80) {
      return [((b0 & 0x1f) << 6) | (src[i + 1]! & 0x3f), 2];
    }
    if (b0 >= 0xe0 && b0 <= 0xef && i + 2 < n && (src[i + 1]! & 0xc0) === 0x80 && (src[i + 2]! & 0xc0) === 0x80) {
      const r = ((b0 & 0x0f) << 12) | ((src[i + 1]! & 0x3f) << 6) | (src[i + 2]! & 0x3f);
      if (r >= 0x800 && (r < 0xd800 || r > 0xdfff)) return [r, 3];
    }
    if (b0 >= 0xf0 && b0 <= 0xf4 && i + 3 < n && (src[i + 1]! & 0xc0) === 0x80 && (src[i + 2]! & 0xc0) === 0x80 &&
      (src[i + 3]! & 0xc0) === 0x80) {
      const r = ((b0 & 0x07) << 18) | ((src[i + 1]! & 0x3f) << 12) | ((src[i + 2]! & 0x3f) << 6) | (src[i + 3]! & 0x3f);
      if (r >= 0x10000 && r <= 0x10ffff) return [r, 4];
    }
    return [0xfffd, 1];
  }

  protected peek(): number {
    return this.off < this.src.length ? this.src[this.off]! : -1;
  }

  /** digits scans digits and '_' of a base; bit 0 of the result: a digit was seen, bit 1: a '_' was seen. */
  protected digits(base: number, invalid: { at: number } | undefined): number {
    let ds = 0;
    const src = this.src;
    const n = src.length;
    if (base <= 10) {
      const max = 0x30 + base;
      while (this.off < n) {
        const c = src[this.off]!;
        if (isDecimal(c)) {
          ds |= 1;
          if (c >= max && invalid && invalid.at < 0) invalid.at = this.off;
        } else if (c === 0x5f) ds |= 2;
        else break;
        this.off++;
      }
    } else {
      while (this.off < n) {
        const c = src[this.off]!;
        if (isHex(c)) ds |= 1;
        else if (c === 0x5f) ds |= 2;
        else break;
        this.off++;
      }
    }
    return ds;
  }

  protected number(seenPoint: boolean): void {
    const start = this.off;
    let ok = true;
    let kind = T.Int;
    let base = 10;
    let prefix = 0; // 0, '0' (legacy octal), 'x', 'o', 'b'
    let digsep = 0;
    const invalid = { at: -1 };
    if (!seenPoint) {
      if (this.peek() === 0x30) {
        this.off++;
        const l = this.peek() | 0x20;
        if (l === 0x78) { this.off++; base = 16; prefix = 0x78; }
        else if (l === 0x6f) { this.off++; base = 8; prefix = 0x6f; }
        else if (l === 0x62) { this.off++; base = 2; prefix = 0x62; }
        else { base = 8; prefix = 0x30; digsep = 1; }
      }
      digsep |= this.digits(base, invalid);
      if (this.peek() === 0x2e) {
        if (prefix === 0x6f || prefix === 0x62) {
          this.error(this.off, `invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.off++;
        seenPoint = true;
      }
    } else {
      this.off++; // the '.'
    }
    if (seenPoint) {
      kind = T.Float;
      digsep |= this.digits(base, invalid);
    }
    if ((digsep & 1) === 0 && ok) {
      this.error(this.off, `${baseName(base)} literal has no digits`);
      ok = false;
    }
    const e = this.peek() | 0x20;
    if (e === 0x65 || e === 0x70) {
      if (ok) {
        if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
          this.error(this.off, `${quoteRune(this.peek())} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 0x70 && prefix !== 0x78) {
          this.error(this.off, `${quoteRune(this.peek())} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.off++;
      kind = T.Float;
      const s = this.peek();
      if (s === 0x2b || s === 0x2d) this.off++;
      digsep = this.digits(10, undefined) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.error(this.off, 'exponent has no digits');
        ok = false;
      }
    } else if (prefix === 0x78 && kind === T.Float && ok) {
      this.error(this.off, "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (this.peek() === 0x69) {
      kind = T.Imag;
      this.off++;
    }
    this.tok = kind;
    this.endOffset = this.off;
    this.lit = this.latin.slice(start, this.off);
    if (kind === T.Int && invalid.at >= 0 && ok) {
      this.error(invalid.at, `invalid digit ${quoteRune(this.src[invalid.at]!)} in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.error(start + i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  /** escape checks one escape sequence after a backslash (this.off is at the character after it). */
  protected escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    const c = this.peek();
    switch (c) {
      case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
        this.off++;
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        n = 3; base = 8; max = 255;
        break;
      case 0x78: this.off++; n = 2; base = 16; max = 255; break;
      case 0x75: this.off++; n = 4; base = 16; max = 0x10ffff; break;
      case 0x55: this.off++; n = 8; base = 16; max = 0x10ffff; break;
      default:
        if (c < 0) return true; // the caller reports the unterminated literal
        this.error(this.off, 'unknown escape sequence');
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      const d0 = this.peek();
      if (d0 < 0) return true;
      let d = base;
      if (isDecimal(d0)) d = d0 - 0x30;
      else if ((d0 | 0x20) >= 0x61 && (d0 | 0x20) <= 0x66) d = (d0 | 0x20) - 0x61 + 10;
      if (d >= base) {
        const [r] = this.decodeRune(this.off);
        this.error(this.off, `invalid character ${quoteRune(r)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.off++;
    }
    if (x > max && base === 8) {
      this.error(this.off, `octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.error(this.off, `escape is invalid Unicode code point ${formatU(x)}`);
      return false;
    }
    return true;
  }

  protected rune(start: number): void {
    let ok = true;
    let count = 0;
    const src = this.src;
    const n = src.length;
    for (;; count++) {
      if (this.off >= n) {
        if (ok) this.error(start, 'rune literal not terminated');
        ok = false;
        break;
      }
      const c = src[this.off]!;
      if (c === 0x27) {
        if (ok) {
          if (count === 0) {
            this.error(this.off, "empty rune literal or unescaped '");
            ok = false;
          } else if (count !== 1) {
            this.error(start, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.off++;
        break;
      }
      if (c === 0x5c) {
        this.off++;
        if (!this.escape(0x27)) ok = false;
        continue;
      }
      if (c === 0x0a) {
        if (ok) this.error(this.off, 'newline in rune literal');
        ok = false;
        break;
      }
      if (c >= 0x80) {
        const [r, size] = this.decodeRune(this.off);
        if (r === 0xfffd && size === 1) this.error(this.off, 'invalid UTF-8 encoding');
        this.off += size;
      } else this.off++;
    }
    this.finishLit(T.Char, start, ok);
  }

  protected stdString(start: number): void {
    let ok = true;
    const src = this.src;
    const n = src.length;
    for (;;) {
      if (this.off >= n) {
        this.error(start, 'string not terminated');
        ok = false;
        break;
      }
      const c = src[this.off]!;
      if (c === 0x22) {
        this.off++;
        break;
      }
      if (c === 0x5c) {
        this.off++;
        if (!this.escape(0x22)) ok = false;
        continue;
      }
      if (c === 0x0a) {
        this.error(this.off, 'newline in string');
        ok = false;
        break;
      }
      if (c === 0) {
        this.error(this.off, 'invalid NUL character');
        ok = false;
      }
      if (c >= 0x80) this.off += this.utf8Char();
      else this.off++;
    }
    this.finishLit(T.String, start, ok);
  }

  protected rawString(start: number): void {
    let ok = true;
    const src = this.src;
    const n = src.length;
    for (;;) {
      if (this.off >= n) {
        this.error(start, 'string not terminated');
        ok = false;
        break;
      }
      const c = src[this.off]!;
      if (c === 0x60) {
        this.off++;
        break;
      }
      if (c === 0) this.error(this.off, 'invalid NUL character');
      if (c >= 0x80) this.off += this.utf8Char();
      else this.off++;
    }
    this.finishLit(T.String, start, ok);
  }

  /** utf8Char checks the UTF-8 sequence at the scan position, reporting an invalid one; it returns its length. */
  protected utf8Char(): number {
    const [r, size] = this.decodeRune(this.off);
    if (r === 0xfffd && size === 1) this.error(this.off, 'invalid UTF-8 encoding');
    else if (r === 0xfeff) this.error(this.off, 'invalid BOM in the middle of the file');
    return size;
  }

  /** commentChar checks the NUL or non-ASCII character at offset i inside a comment, as gc does; it returns its length. */
  protected commentChar(i: number): number {
    if (this.src[i] === 0) {
      this.error(i, 'invalid NUL character');
      return 1;
    }
    const [r, size] = this.decodeRune(i);
    if (r === 0xfffd && size === 1) this.error(i, 'invalid UTF-8 encoding');
    else if (r === 0xfeff) this.error(i, 'invalid BOM in the middle of the file');
    return size;
  }

  protected finishLit(tok: Tok, start: number, ok: boolean): void {
    this.tok = tok;
    this.endOffset = this.off;
    this.lit = this.text(start, this.off);
    this.bad = !ok;
  }
}

/** invalidSep returns the index of the first misplaced '_' in a number literal, or -1. */
function invalidSep(x: string): number {
  let x1 = 0x20;
  let d = 0x2e; // '_', '0' (a digit) or '.' (anything else)
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 0x30) {
    x1 = x.charCodeAt(1) | 0x20;
    if (x1 === 0x78 || x1 === 0x6f || x1 === 0x62) {
      d = 0x30;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 0x5f) {
      if (p !== 0x30) return i;
    } else if (isDecimal(d) || (x1 === 0x78 && isHex(d))) {
      d = 0x30;
    } else {
      if (p === 0x5f) return i - 1;
      d = 0x2e;
    }
  }
  if (d === 0x5f) return x.length - 1;
  return -1;
}
