// Go regular expressions in JavaScript: translateRegexp parses a pattern as Go's regexp/syntax does with the Perl
// flags regexp.Compile uses (the parser below follows Go 1.19's parse.go step by step, so it accepts the same
// patterns and rejects the others with Go's own error text), and emits a JavaScript RegExp in `v` mode that matches
// the same strings. `-print-allocs=REGEX` takes Go syntax, as TinyGo's does.
//
// Nothing in the emitted pattern relies on a JavaScript flag other than `v`: every RE2 construct is spelled out —
// `.` as `[^\n]`, (?m)'s `^` and `$` as lookarounds for `\n`, case folding as classes of Go's case-folding orbits
// (per character, so (?i:...) can be scoped), \A and \z as JavaScript's `^` and `$` — and every quantified piece is
// wrapped in `(?:...)`. Captures become non-capturing groups, since only whether a string matches is asked.
// Beyond Go 1.19, `(?<name>re)` is accepted as Go 1.22 does; `(?<=` and `(?<!` keep Go 1.19's error.
// Known differences: Unicode tables are the JavaScript engine's version (Go 1.19's are 13.0.0), RE2's limit on the
// compiled program's size is not enforced, and the nesting limit is measured on this parser's tree (Go factors
// alternations first). JavaScript backtracks where RE2 runs in linear time; the subjects here are function names.

import { CharClass, emitLiteral, PERL_GROUPS, POSIX_GROUPS, unicodeTable } from './regexpclass.ts';

/** RegexpError is a pattern Go's regexp.Compile rejects; its message is Go's. */
export class RegexpError extends Error {
  constructor(code: string, expr: string) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
    this.name = 'RegexpError';
  }
}

/** Go's error codes (regexp/syntax.ErrorCode), as used here. */
const ErrInvalidCharRange = 'invalid character class range';
const ErrInvalidEscape = 'invalid escape sequence';
const ErrInvalidNamedCapture = 'invalid named capture';
const ErrInvalidPerlOp = 'invalid or unsupported Perl syntax';
const ErrInvalidRepeatOp = 'invalid nested repetition operator';
const ErrInvalidRepeatSize = 'invalid repeat count';
const ErrMissingBracket = 'missing closing ]';
const ErrMissingParen = 'missing closing )';
const ErrMissingRepeatArgument = 'missing argument to repetition operator';
const ErrTrailingBackslash = 'trailing backslash at end of expression';
const ErrUnexpectedParen = 'unexpected )';
const ErrNestingDepth = 'expression nests too deeply';

/** MAX_HEIGHT is RE2's limit on the height of the parse tree (Go's maxHeight). */
const MAX_HEIGHT = 1000;
/** MAX_REPEAT is RE2's limit on a repetition count, and on the product of nested counts. */
const MAX_REPEAT = 1000;

/** translateRegexp compiles a Go regular expression into an equivalent JavaScript RegExp; throws RegexpError. */
export function translateRegexp(pattern: string): RegExp {
  return new RegExp(emit(new Parser(pattern).parse(), true), 'v');
}

/**
 * Node is the parse tree, shaped as Go's syntax.Regexp: a counted `repeat` is kept apart from star, plus and quest
 * because RE2 limits only counted repetitions. max -1 means unbounded.
 */
type Node = NodeBody & { height: number };

/** NodeBody is a Node without its height (the height of the tree it roots, for RE2's nesting limit). */
type NodeBody =
  | { op: 'literal'; rune: number; fold: boolean }
  | { op: 'class'; cls: CharClass; negated: boolean }
  | { op: 'anyCharNotNL' | 'anyChar' | 'beginLine' | 'endLine' | 'beginText' | 'endText' | 'emptyMatch' }
  | { op: 'wordBoundary' | 'noWordBoundary' }
  | { op: 'capture'; sub: Node }
  | { op: 'star' | 'plus' | 'quest'; sub: Node; greedy: boolean }
  | { op: 'repeat'; min: number; max: number; sub: Node; greedy: boolean }
  | { op: 'concat' | 'alternate'; subs: Node[] };

/** Flags are the parse flags that (?imsU) change (the others of Go's syntax.Perl are always on). */
interface Flags {
  fold: boolean;
  dotNL: boolean;
  oneLine: boolean;
  nonGreedy: boolean;
}

/** Frame is an open group: the concatenation being parsed, the alternatives before it, the flags to restore. */
interface Frame {
  items: Node[];
  alternatives: Node[];
  capture: boolean;
  savedFlags: Flags;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function leaf(n: NodeBody): Node {
  return { ...n, height: 1 };
}

/** Parser is Go's regexp/syntax parser over a JavaScript string: positions are UTF-16 indices at code point starts. */
class Parser {
  private flags: Flags = { fold: false, dotNL: false, oneLine: true, nonGreedy: false };
  private readonly frames: Frame[];
  private pos = 0;

  constructor(private readonly src: string) {
    this.frames = [{ items: [], alternatives: [], capture: false, savedFlags: this.flags }];
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** rune returns the code point at i and its length; at the end, U+FFFD of length 0 (Go's nextRune on ""). */
  private rune(i: number): [number, number] {
    if (i >= this.src.length) return [0xfffd, 0];
    const c = this.src.codePointAt(i)!;
    return [c, c > 0xffff ? 2 : 1];
  }

  private push(n: Node): void {
    if (n.height > MAX_HEIGHT) throw new RegexpError(ErrNestingDepth, this.src);
    this.frame.items.push(n);
  }

  private literal(c: number): void {
    this.push(leaf({ op: 'literal', rune: c, fold: this.flags.fold }));
  }

  /** parse runs Go's main loop (regexp/syntax.parse) over the whole pattern. */
  parse(): Node {
    const s = this.src;
    let lastRepeat: number | undefined;
    while (this.pos < s.length) {
      let repeat: number | undefined;
      const c = s[this.pos]!;
      switch (c) {
        case '(':
          if (s[this.pos + 1] === '?') this.parsePerlFlags();
          else this.openGroup(true, this.flags, 1);
          break;
        case '|':
          this.frame.alternatives.push(this.concat(this.frame.items));
          this.frame.items = [];
          this.pos++;
          break;
        case ')':
          this.closeGroup();
          break;
        case '^':
          this.push(leaf({ op: this.flags.oneLine ? 'beginText' : 'beginLine' }));
          this.pos++;
          break;
        case '$':
          this.push(leaf({ op: this.flags.oneLine ? 'endText' : 'endLine' }));
          this.pos++;
          break;
        case '.':
          this.push(leaf({ op: this.flags.dotNL ? 'anyChar' : 'anyCharNotNL' }));
          this.pos++;
          break;
        case '[':
          this.parseClass();
          break;
        case '*':
        case '+':
        case '?': {
          const before = this.pos;
          const op = c === '*' ? 'star' : c === '+' ? 'plus' : 'quest';
          this.repeat(op, 0, 0, before, this.pos + 1, lastRepeat);
          repeat = before;
          break;
        }
        case '{': {
          const before = this.pos;
          const r = this.parseRepeat(this.pos);
          if (!r) {
            this.literal(0x7b); // a `{` that does not start a repetition is a literal
            this.pos++;
            break;
          }
          const { min, max, after } = r;
          if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new RegexpError(ErrInvalidRepeatSize, s.slice(before, after));
          }
          this.repeat('repeat', min, max, before, after, lastRepeat);
          repeat = before;
          break;
        }
        case '\\':
          this.parseBackslash();
          break;
        default: {
          const [r, n] = this.rune(this.pos);
          this.literal(r);
          this.pos += n;
        }
      }
      lastRepeat = repeat;
    }
    if (this.frames.length > 1) throw new RegexpError(ErrMissingParen, s);
    const f = this.frame;
    return this.alternate([...f.alternatives, this.concat(f.items)]);
  }

  /** openGroup starts a group at the current position after skipping `len` characters of its opening. */
  private openGroup(capture: boolean, flags: Flags, len: number): void {
    this.frames.push({ items: [], alternatives: [], capture, savedFlags: this.flags });
    this.flags = flags;
    this.pos += len;
  }

  /** closeGroup handles `)` (Go's parseRightParen): the group's alternation, captured or not, joins its parent. */
  private closeGroup(): void {
    if (this.frames.length < 2) throw new RegexpError(ErrUnexpectedParen, this.src);
    const f = this.frames.pop()!;
    this.flags = f.savedFlags;
    const body = this.alternate([...f.alternatives, this.concat(f.items)]);
    this.push(f.capture ? { op: 'capture', sub: body, height: body.height + 1 } : body);
    this.pos++;
  }

  /** concat joins a sequence, flattening nested concatenations (Go's collapse); empty is the empty match. */
  private concat(items: Node[]): Node {
    return this.collapse(items, 'concat') ?? leaf({ op: 'emptyMatch' });
  }

  private alternate(subs: Node[]): Node {
    return this.collapse(subs, 'alternate')!;
  }

  private collapse(subs: Node[], op: 'concat' | 'alternate'): Node | undefined {
    if (subs.length <= 1) return subs[0];
    const flat = subs.flatMap((n) => (n.op === op ? n.subs : [n]));
    const n: Node = { op, subs: flat, height: 1 + Math.max(...flat.map((x) => x.height)) };
    if (n.height > MAX_HEIGHT) throw new RegexpError(ErrNestingDepth, this.src);
    return n;
  }

  /**
   * repeat applies a repetition operator, which spans before..after, to the last item (Go's parser.repeat): a
   * trailing `?` makes it non-greedy (greedy under (?U)); two operators in a row are an error, as in Perl.
   */
  private repeat(op: 'star' | 'plus' | 'quest' | 'repeat', min: number, max: number, before: number, after: number, lastRepeat: number | undefined): void {
    const s = this.src;
    let nonGreedy = this.flags.nonGreedy;
    if (s[after] === '?') {
      after++;
      nonGreedy = !nonGreedy;
    }
    if (lastRepeat !== undefined) throw new RegexpError(ErrInvalidRepeatOp, s.slice(lastRepeat, after));
    const items = this.frame.items;
    const sub = items[items.length - 1];
    if (!sub) throw new RegexpError(ErrMissingRepeatArgument, s.slice(before, after));
    const height = sub.height + 1;
    const n: Node = op === 'repeat' ? { op, min, max, sub, greedy: !nonGreedy, height } : { op, sub, greedy: !nonGreedy, height };
    items.pop();
    this.push(n);
    if (op === 'repeat' && (min >= 2 || max >= 2) && !repeatIsValid(n, MAX_REPEAT)) {
      throw new RegexpError(ErrInvalidRepeatSize, s.slice(before, after));
    }
    this.pos = after;
  }

  /** parseRepeat parses `{min}`, `{min,}` or `{min,max}` at i (Go's parseRepeat); undefined if it is not one. */
  private parseRepeat(i: number): { min: number; max: number; after: number } | undefined {
    const s = this.src;
    if (s[i] !== '{') return undefined;
    const lo = this.parseInt(i + 1);
    if (!lo) return undefined;
    let min = lo.n;
    let max: number;
    let j = lo.end;
    if (j >= s.length) return undefined;
    if (s[j] !== ',') max = min;
    else {
      j++;
      if (j >= s.length) return undefined;
      if (s[j] === '}') max = -1;
      else {
        const hi = this.parseInt(j);
        if (!hi) return undefined;
        max = hi.n;
        j = hi.end;
        if (max < 0) min = -1;
      }
    }
    if (s[j] !== '}') return undefined;
    return { min, max, after: j + 1 };
  }

  /** parseInt reads a decimal number without leading zeros; a value of 10^8 or more becomes -1 (too big). */
  private parseInt(i: number): { n: number; end: number } | undefined {
    const s = this.src;
    if (!isDigit(s[i])) return undefined;
    if (s[i] === '0' && isDigit(s[i + 1])) return undefined;
    let j = i;
    while (isDigit(s[j])) j++;
    let n = 0;
    for (let k = i; k < j; k++) {
      if (n >= 1e8) {
        n = -1;
        break;
      }
      n = n * 10 + (s.charCodeAt(k) - 0x30);
    }
    return { n, end: j };
  }

  /**
   * parsePerlFlags handles `(?`: a named capture `(?P<name>` or `(?<name>`, a flag change `(?i-s)` or a
   * non-capturing group with flags `(?i:`. Anything else — lookarounds, backreferences by name, comments, atomic
   * groups — is Go's "invalid or unsupported Perl syntax" naming the text read so far.
   */
  private parsePerlFlags(): void {
    const s = this.src;
    const start = this.pos;
    const t = s.slice(start);
    const python = t.length > 4 && t[2] === 'P' && t[3] === '<';
    const perl = t.length > 3 && t[2] === '<' && t[3] !== '=' && t[3] !== '!';
    if (python || perl) {
      const end = t.indexOf('>');
      if (end < 0) throw new RegexpError(ErrInvalidNamedCapture, t);
      const name = t.slice(python ? 4 : 3, end);
      if (!/^[A-Za-z0-9_]+$/.test(name)) throw new RegexpError(ErrInvalidNamedCapture, t.slice(0, end + 1));
      this.openGroup(true, this.flags, end + 1);
      return;
    }

    let i = start + 2;
    const flags = { ...this.flags };
    let negate = false;
    let sawFlag = false;
    while (i < s.length) {
      const [c, n] = this.rune(i);
      i += n;
      switch (String.fromCodePoint(c)) {
        case 'i':
          flags.fold = !negate;
          sawFlag = true;
          continue;
        case 'm':
          flags.oneLine = negate;
          sawFlag = true;
          continue;
        case 's':
          flags.dotNL = !negate;
          sawFlag = true;
          continue;
        case 'U':
          flags.nonGreedy = !negate;
          sawFlag = true;
          continue;
        case '-':
          if (negate) break;
          negate = true;
          sawFlag = false;
          continue;
        case ':':
        case ')':
          if (negate && !sawFlag) break;
          if (c === 0x3a) this.openGroup(false, flags, i - start);
          else {
            this.flags = flags;
            this.pos = i;
          }
          return;
      }
      break;
    }
    throw new RegexpError(ErrInvalidPerlOp, s.slice(start, i));
  }

  /** parseBackslash handles an escape outside a class: assertions, \Q...\E, class escapes, single characters. */
  private parseBackslash(): void {
    const s = this.src;
    const next = s[this.pos + 1];
    const assertion = { A: 'beginText', z: 'endText', b: 'wordBoundary', B: 'noWordBoundary' } as const;
    if (next === 'A' || next === 'z' || next === 'b' || next === 'B') {
      this.push(leaf({ op: assertion[next] }));
      this.pos += 2;
      return;
    }
    if (next === 'C') throw new RegexpError(ErrInvalidEscape, '\\C'); // any byte: RE2 does not support it
    if (next === 'Q') {
      const end = s.indexOf('\\E', this.pos + 2);
      const lit = s.slice(this.pos + 2, end < 0 ? s.length : end);
      for (const ch of lit) this.literal(ch.codePointAt(0)!);
      this.pos = end < 0 ? s.length : end + 2;
      return;
    }
    const cls = new CharClass();
    if (this.parseUnicodeClass(cls) || this.parsePerlClassEscape(cls)) {
      this.push(leaf({ op: 'class', cls, negated: false }));
      return;
    }
    this.literal(this.parseEscape());
  }

  /** parseEscape reads a single-character escape at pos (Go's parseEscape) and returns the character. */
  private parseEscape(): number {
    const s = this.src;
    const start = this.pos;
    let i = start + 1;
    if (i >= s.length) throw new RegexpError(ErrTrailingBackslash, '');
    const [c, n] = this.rune(i);
    i += n;
    const invalid = (): never => {
      throw new RegexpError(ErrInvalidEscape, s.slice(start, i));
    };
    const ch = String.fromCodePoint(c);
    if (c < 0x80 && !isAlnum(c)) {
      this.pos = i; // escaped punctuation is itself
      return c;
    }
    if ((ch >= '1' && ch <= '7' && isOctal(s[i])) || ch === '0') {
      // Octal: up to three digits. A lone \1-\7 would be a backreference, which RE2 does not support.
      let r = c - 0x30;
      for (let k = 1; k < 3 && isOctal(s[i]); k++) r = r * 8 + (s.charCodeAt(i++) - 0x30);
      this.pos = i;
      return r;
    }
    if (ch === 'x') {
      if (i >= s.length) invalid();
      let [d, m] = this.rune(i);
      i += m;
      if (d === 0x7b) {
        // \x{...}: one or more hex digits, at most U+10FFFF.
        let r = 0;
        let nhex = 0;
        for (;;) {
          if (i >= s.length) invalid();
          [d, m] = this.rune(i);
          i += m;
          if (d === 0x7d) break;
          const v = unhex(d);
          if (v < 0) invalid();
          r = r * 16 + v;
          if (r > 0x10ffff) invalid();
          nhex++;
        }
        if (nhex === 0) invalid();
        this.pos = i;
        return r;
      }
      const x = unhex(d);
      [d, m] = this.rune(i);
      i += m;
      const y = unhex(d);
      if (x < 0 || y < 0) invalid();
      this.pos = i;
      return x * 16 + y;
    }
    const control: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (ch in control) {
      this.pos = i;
      return control[ch]!;
    }
    return invalid();
  }

  /** parseUnicodeClass reads `\pL`, `\p{Name}`, `\P...` or `\p{^Name}` at pos into cls; false if there is none. */
  private parseUnicodeClass(cls: CharClass): boolean {
    const s = this.src;
    const start = this.pos;
    if (s[start] !== '\\' || (s[start + 1] !== 'p' && s[start + 1] !== 'P')) return false;
    let negated = s[start + 1] === 'P';
    const [c, n] = this.rune(start + 2);
    let seq: string;
    let name: string;
    let end: number;
    if (c !== 0x7b) {
      end = start + 2 + n;
      seq = s.slice(start, end);
      name = seq.slice(2);
    } else {
      const close = s.indexOf('}', start);
      if (close < 0) throw new RegexpError(ErrInvalidCharRange, s.slice(start));
      end = close + 1;
      seq = s.slice(start, end);
      name = s.slice(start + 3, close);
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const operand = unicodeTable(name);
    if (operand === undefined) throw new RegexpError(ErrInvalidCharRange, seq);
    cls.addTable(operand, negated, this.flags.fold);
    this.pos = end;
    return true;
  }

  /** parsePerlClassEscape reads `\d \D \s \S \w \W` at pos into cls; false if there is none. */
  private parsePerlClassEscape(cls: CharClass): boolean {
    const g = PERL_GROUPS.get(this.src.slice(this.pos, this.pos + 2));
    if (!g) return false;
    cls.addGroup(g, this.flags.fold);
    this.pos += 2;
    return true;
  }

  /** parseClass reads a bracketed class at pos (Go's parseClass). */
  private parseClass(): void {
    const s = this.src;
    const whole = s.slice(this.pos);
    this.pos++;
    const cls = new CharClass();
    const negated = s[this.pos] === '^';
    if (negated) this.pos++;
    let first = true; // `]` and `-` are literal as the first character
    while (this.pos >= s.length || s[this.pos] !== ']' || first) {
      first = false;
      if (s[this.pos] === '[' && s[this.pos + 1] === ':' && s.length - this.pos > 2) {
        // POSIX [:alpha:]: the name runs to the next `:]` anywhere in the rest of the pattern.
        const close = s.indexOf(':]', this.pos + 2);
        if (close >= 0) {
          const name = s.slice(this.pos, close + 2);
          const g = POSIX_GROUPS.get(name);
          if (!g) throw new RegexpError(ErrInvalidCharRange, name);
          cls.addGroup(g, this.flags.fold);
          this.pos = close + 2;
          continue;
        }
      }
      if (this.parseUnicodeClass(cls) || this.parsePerlClassEscape(cls)) continue;
      const rangeStart = this.pos;
      const lo = this.parseClassChar(whole);
      let hi = lo;
      if (s[this.pos] === '-' && this.pos + 1 < s.length && s[this.pos + 1] !== ']') {
        this.pos++;
        hi = this.parseClassChar(whole);
        if (hi < lo) throw new RegexpError(ErrInvalidCharRange, s.slice(rangeStart, this.pos));
      }
      cls.addRange(lo, hi, this.flags.fold);
    }
    this.pos++;
    this.push(leaf({ op: 'class', cls, negated }));
  }

  /** parseClassChar reads one character of a class, escaped or not. */
  private parseClassChar(wholeClass: string): number {
    if (this.pos >= this.src.length) throw new RegexpError(ErrMissingBracket, wholeClass);
    if (this.src[this.pos] === '\\') return this.parseEscape();
    const [c, n] = this.rune(this.pos);
    this.pos += n;
    return c;
  }
}

/**
 * repeatIsValid reports whether a counted repetition and the counted repetitions inside it stay within n copies of
 * the innermost expression (Go's repeatIsValid).
 */
function repeatIsValid(re: Node, n: number): boolean {
  if (re.op === 'repeat') {
    let m = re.max;
    if (m === 0) return true;
    if (m < 0) m = re.min;
    if (m > n) return false;
    if (m > 0) n = Math.trunc(n / m);
  }
  switch (re.op) {
    case 'capture':
    case 'star':
    case 'plus':
    case 'quest':
    case 'repeat':
      return repeatIsValid(re.sub, n);
    case 'concat':
    case 'alternate':
      return re.subs.every((sub) => repeatIsValid(sub, n));
    default:
      return true;
  }
}

/** emit renders a node as JavaScript `v`-mode source; an alternation is grouped unless it is the whole pattern. */
function emit(n: Node, top = false): string {
  switch (n.op) {
    case 'literal':
      return emitLiteral(n.rune, n.fold);
    case 'class':
      return n.cls.emit(n.negated);
    case 'anyCharNotNL':
      return '[^\\n]';
    case 'anyChar':
      return '[\\u{0}-\\u{10ffff}]';
    case 'beginLine':
      return '(?<=^|\\n)'; // not (?<![^\n]): V8 tries positions inside a surrogate pair, where [^\n] cannot match
    case 'endLine':
      return '(?=$|\\n)';
    case 'beginText':
      return '^';
    case 'endText':
      return '$';
    case 'wordBoundary':
      return '\\b';
    case 'noWordBoundary':
      return '\\B';
    case 'emptyMatch':
      return '(?:)';
    case 'capture':
      return `(?:${emit(n.sub, true)})`;
    case 'star':
    case 'plus':
    case 'quest':
      return `(?:${emit(n.sub, true)})${{ star: '*', plus: '+', quest: '?' }[n.op]}${n.greedy ? '' : '?'}`;
    case 'repeat': {
      const count = n.max === n.min ? `{${n.min}}` : n.max < 0 ? `{${n.min},}` : `{${n.min},${n.max}}`;
      return `(?:${emit(n.sub, true)})${count}${n.greedy ? '' : '?'}`;
    }
    case 'concat':
      return n.subs.map((sub) => emit(sub)).join('');
    case 'alternate': {
      const alts = n.subs.map((sub) => emit(sub, true)).join('|');
      return top ? alts : `(?:${alts})`;
    }
  }
}
