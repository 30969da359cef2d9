// The Go scanner: turns a file's bytes into tokens, following the Go specification's lexical rules as gc's scanner
// applies them. It works on the raw Uint8Array (no per-character strings): identifiers with Unicode letters and digits
// (any other non-ASCII character in an identifier is gc's "invalid character U+XXXX in identifier"), operators,
// automatic semicolon insertion (the semicolon token's `lit` is "newline" or "EOF" when inserted, "semicolon" when
// written), comments returned as Comment tokens (so the parser can build comment groups and directives), and a byte
// order mark skipped at file start. Literals are scanned by LiteralScanner (scan_literals.ts). Errors go to a handler
// with a byte offset and gc's wording.

import { Tok, keywords } from './token.ts';
import * as lits from './scan_literals.ts';
import { LiteralScanner, type ScanErrorHandler } from './scan_literals.ts';

export { formatU, quoteRune, type ScanErrorHandler } from './scan_literals.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;
const keywordMap = keywords;
// module-local copies of the helpers used per character (an import binding costs a getter call per use)
const { digitRe, formatU, isAsciiLetter, isDecimal, letterRe, utf8 } = lits;

/**
 * The name cache: a direct-mapped table (shared by all files) from a hash of an ASCII identifier's bytes to its string
 * and token kind (Ident or a keyword), so that a name seen before costs neither an allocation nor a keyword lookup.
 */
const nameBits = 14;
const nameMask = (1 << nameBits) - 1;
const nameStrings: string[] = new Array<string>(1 << nameBits).fill('');
const nameToks = new Int32Array(1 << nameBits);

/** sameBytes reports whether the ASCII string s spells src[start : start+s.length]. */
function sameBytes(s: string, src: Uint8Array, start: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== src[start + k]) return false;
  return true;
}

/**
 * Scanner reads tokens from one file. After `next()`, `tok` is the token kind, `offset`/`endOffset` its byte range and
 * `lit` its text (identifiers, literals, comments; "newline"/"EOF"/"semicolon" for semicolons; "" otherwise).
 */
export class Scanner extends LiteralScanner {
  private nlsemi = false;
  private pendingSemi = -1;

  constructor(src: Uint8Array, onError: ScanErrorHandler) {
    super(src, onError);
  }

  /** next advances to the next token. */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    this.bad = false;
    if (this.pendingSemi >= 0) {
      this.offset = this.pendingSemi;
      this.endOffset = this.pendingSemi;
      this.pendingSemi = -1;
      this.tok = T.Semicolon;
      this.lit = 'newline';
      return;
    }
    const src = this.src;
    const n = src.length;
    let c = 0;
    for (;;) {
      if (this.off >= n) {
        this.offset = this.endOffset = n;
        if (nlsemi) {
          this.tok = T.Semicolon;
          this.lit = 'EOF';
        } else {
          this.tok = T.EOF;
          this.lit = '';
        }
        return;
      }
      c = src[this.off]!;
      if (c === 0x20 || c === 0x09 || c === 0x0d || (c === 0x0a && !nlsemi)) {
        this.off++;
        continue;
      }
      break;
    }
    const start = this.off;
    this.offset = start;
    this.lit = '';
    if (isAsciiLetter(c) || c >= 0x80) {
      this.ident(start);
      return;
    }
    this.off++;
    const c1 = this.off < n ? src[this.off]! : -1;
    let tok: Tok;
    switch (c) {
      case 0x0a:
        this.tok = T.Semicolon;
        this.lit = 'newline';
        this.endOffset = this.off;
        return;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34:
      case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
        this.off = start;
        this.number(false);
        this.nlsemi = true;
        return;
      case 0x22: // "
        this.stdString(start);
        this.nlsemi = true;
        return;
      case 0x60: // `
        this.rawString(start);
        this.nlsemi = true;
        return;
      case 0x27: // '
        this.rune(start);
        this.nlsemi = true;
        return;
      case 0x28: tok = T.LParen; break;
      case 0x5b: tok = T.LBrack; break;
      case 0x7b: tok = T.LBrace; break;
      case 0x2c: tok = T.Comma; break;
      case 0x3b:
        tok = T.Semicolon;
        this.lit = 'semicolon';
        break;
      case 0x29: tok = T.RParen; this.nlsemi = true; break;
      case 0x5d: tok = T.RBrack; this.nlsemi = true; break;
      case 0x7d: tok = T.RBrace; this.nlsemi = true; break;
      case 0x3a: // :
        if (c1 === 0x3d) { this.off++; tok = T.Define; } else tok = T.Colon;
        break;
      case 0x2e: // .
        if (isDecimal(c1)) {
          this.off = start;
          this.number(true);
          this.nlsemi = true;
          return;
        }
        if (c1 === 0x2e && this.off + 1 < n && src[this.off + 1] === 0x2e) {
          this.off += 2;
          tok = T.Ellipsis;
        } else tok = T.Period;
        break;
      case 0x2b: // +
        if (c1 === 0x2b) { this.off++; tok = T.Inc; this.nlsemi = true; }
        else if (c1 === 0x3d) { this.off++; tok = T.AddAssign; }
        else tok = T.Add;
        break;
      case 0x2d: // -
        if (c1 === 0x2d) { this.off++; tok = T.Dec; this.nlsemi = true; }
        else if (c1 === 0x3d) { this.off++; tok = T.SubAssign; }
        else tok = T.Sub;
        break;
      case 0x2a: // *
        if (c1 === 0x3d) { this.off++; tok = T.MulAssign; } else tok = T.Mul;
        break;
      case 0x2f: // /
        if (c1 === 0x2f) {
          this.lineComment(start, nlsemi);
          return;
        }
        if (c1 === 0x2a) {
          this.blockComment(start, nlsemi);
          return;
        }
        if (c1 === 0x3d) { this.off++; tok = T.QuoAssign; } else tok = T.Quo;
        break;
      case 0x25: // %
        if (c1 === 0x3d) { this.off++; tok = T.RemAssign; } else tok = T.Rem;
        break;
      case 0x26: // &
        if (c1 === 0x26) { this.off++; tok = T.LAnd; }
        else if (c1 === 0x5e) {
          this.off++;
          if (this.off < n && src[this.off] === 0x3d) { this.off++; tok = T.AndNotAssign; } else tok = T.AndNot;
        } else if (c1 === 0x3d) { this.off++; tok = T.AndAssign; }
        else tok = T.And;
        break;
      case 0x7c: // |
        if (c1 === 0x7c) { this.off++; tok = T.LOr; }
        else if (c1 === 0x3d) { this.off++; tok = T.OrAssign; }
        else tok = T.Or;
        break;
      case 0x5e: // ^
        if (c1 === 0x3d) { this.off++; tok = T.XorAssign; } else tok = T.Xor;
        break;
      case 0x3c: // <
        if (c1 === 0x2d) { this.off++; tok = T.Arrow; }
        else if (c1 === 0x3c) {
          this.off++;
          if (this.off < n && src[this.off] === 0x3d) { this.off++; tok = T.ShlAssign; } else tok = T.Shl;
        } else if (c1 === 0x3d) { this.off++; tok = T.Leq; }
        else tok = T.Lss;
        break;
      case 0x3e: // >
        if (c1 === 0x3e) {
          this.off++;
          if (this.off < n && src[this.off] === 0x3d) { this.off++; tok = T.ShrAssign; } else tok = T.Shr;
        } else if (c1 === 0x3d) { this.off++; tok = T.Geq; }
        else tok = T.Gtr;
        break;
      case 0x3d: // =
        if (c1 === 0x3d) { this.off++; tok = T.Eql; } else tok = T.Assign;
        break;
      case 0x21: // !
        if (c1 === 0x3d) { this.off++; tok = T.Neq; } else tok = T.Not;
        break;
      case 0x7e: tok = T.Tilde; break;
      default: {
        // invalid character: report it and skip it (the whole UTF-8 sequence)
        const [r, size] = this.decodeRune(start);
        this.off = start + size;
        if (r === 0xfffd && size === 1 && c >= 0x80) this.error(start, 'invalid UTF-8 encoding');
        else if (r === 0xfeff) this.error(start, 'invalid BOM in the middle of the file');
        else if (c === 0) this.error(start, 'invalid NUL character');
        else if (digitRe.test(String.fromCodePoint(r))) this.error(start, `identifier cannot begin with digit ${formatU(r)}`);
        else this.error(start, `invalid character ${formatU(r)}`);
        this.nlsemi = nlsemi;
        this.next();
        return;
      }
    }
    this.tok = tok;
    this.endOffset = this.off;
  }

  private ident(start: number): void {
    const src = this.src;
    const n = src.length;
    let i = start;
    let h = 0;
    // the ASCII fast path hashes the name while scanning it, for the name cache
    while (i < n) {
      const c = src[i]!;
      if (isAsciiLetter(c) || (isDecimal(c) && i > start)) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      break;
    }
    if (i < n && src[i]! >= 0x80) {
      this.unicodeIdent(start, i);
      return;
    }
    this.off = i;
    this.endOffset = i;
    const len = i - start;
    const slot = (h ^ (h >>> 13)) & nameMask;
    const cached = nameStrings[slot]!;
    let tok: Tok;
    if (cached.length === len && sameBytes(cached, src, start)) {
      this.lit = cached;
      tok = nameToks[slot]!;
    } else {
      // a flat copy, so the cache never holds on to a file's text
      const lit = this.buf.toString('latin1', start, i);
      tok = T.Ident;
      if (len >= 2 && len <= 11 && src[start]! >= 0x61 && src[start]! <= 0x7a) tok = keywordMap.get(lit) ?? T.Ident;
      nameStrings[slot] = lit;
      nameToks[slot] = tok;
      this.lit = lit;
    }
    if (tok !== T.Ident) {
      this.tok = tok;
      this.lit = '';
      this.nlsemi = tok === T.Break || tok === T.Continue || tok === T.Fallthrough || tok === T.Return;
      return;
    }
    this.tok = T.Ident;
    this.nlsemi = true;
  }

  /** unicodeIdent finishes an identifier with non-ASCII characters (from byte i on), checking each as gc does. */
  private unicodeIdent(start: number, i: number): void {
    const src = this.src;
    const n = src.length;
    while (i < n) {
      const c = src[i]!;
      if (isAsciiLetter(c) || (isDecimal(c) && i > start)) {
        i++;
        continue;
      }
      if (c < 0x80) break;
      // like gc, any non-ASCII character continues an identifier; those that are not letters or digits are errors
      const [r, size] = this.decodeRune(i);
      const s = String.fromCodePoint(r);
      if (r === 0xfffd && size === 1) this.error(i, 'invalid UTF-8 encoding');
      else if (r === 0xfeff) this.error(i, 'invalid BOM in the middle of the file');
      else if (letterRe.test(s)) {
        // ok
      } else if (digitRe.test(s)) {
        if (i === start) this.error(i, `identifier cannot begin with digit ${formatU(r)}`);
      } else this.error(i, `invalid character ${formatU(r)} in identifier`);
      i += size;
    }
    this.off = i;
    this.endOffset = i;
    this.lit = utf8.decode(src.subarray(start, i));
    this.tok = T.Ident; // no keyword has non-ASCII letters
    this.nlsemi = true;
  }

  private lineComment(start: number, nlsemi: boolean): void {
    const src = this.src;
    const n = src.length;
    let i = this.off + 1;
    for (;;) {
      if (i >= n) break;
      const c = src[i]!;
      if (c === 0x0a) break;
      if (c >= 0x80 || c === 0) i += this.commentChar(i);
      else i++;
    }
    let end = i;
    if (end > start && src[end - 1] === 0x0d) end--; // a CR before the newline is not part of the comment text
    this.off = i;
    this.tok = T.Comment;
    this.endOffset = end;
    this.lit = this.text(start, end);
    this.nlsemi = nlsemi; // the newline after the comment still ends the statement
  }

  private blockComment(start: number, nlsemi: boolean): void {
    const src = this.src;
    const n = src.length;
    let i = this.off + 1;
    let hasNewline = false;
    let terminated = false;
    while (i < n) {
      const c = src[i]!;
      if (c === 0x2a && i + 1 < n && src[i + 1] === 0x2f) {
        i += 2;
        terminated = true;
        break;
      }
      if (c === 0x0a) hasNewline = true;
      if (c >= 0x80 || c === 0) i += this.commentChar(i);
      else i++;
    }
    if (!terminated) this.error(start, 'comment not terminated');
    this.off = i;
    this.tok = T.Comment;
    this.endOffset = i;
    this.lit = this.text(start, i);
    if (nlsemi) {
      // a multi-line comment acts like a newline
      if (hasNewline) this.pendingSemi = start;
      else this.nlsemi = true;
    }
  }
}
