// Lexical tokens of Go: the token kinds the scanner produces, the keyword table, binary operator precedences, and the
// spelling of each token in gc-style syntax error messages ("comma", "keyword func", "name x", "literal 42"). Token
// kinds are small integers so that the scanner and parser can compare them cheaply; operators each have their own kind
// (as in go/token) rather than a shared "operator" kind with a payload.

/** TokEnum enumerates the token kinds. Order matters: the ranges (literals, operators, keywords) are contiguous. */
enum TokEnum {
  EOF,
  Illegal,
  Comment,
  // literals
  Ident,
  Int,
  Float,
  Imag,
  Char,
  String,
  // binary operators
  Add, // +
  Sub, // -
  Mul, // *
  Quo, // /
  Rem, // %
  And, // &
  Or, // |
  Xor, // ^
  Shl, // <<
  Shr, // >>
  AndNot, // &^
  LAnd, // &&
  LOr, // ||
  Eql, // ==
  Neq, // !=
  Lss, // <
  Leq, // <=
  Gtr, // >
  Geq, // >=
  // assignment operators (op=)
  AddAssign,
  SubAssign,
  MulAssign,
  QuoAssign,
  RemAssign,
  AndAssign,
  OrAssign,
  XorAssign,
  ShlAssign,
  ShrAssign,
  AndNotAssign,
  // other operators and punctuation
  Arrow, // <-
  Inc, // ++
  Dec, // --
  Assign, // =
  Define, // :=
  Not, // !
  Tilde, // ~
  Ellipsis, // ...
  LParen,
  LBrack,
  LBrace,
  Comma,
  Period,
  RParen,
  RBrack,
  RBrace,
  Semicolon,
  Colon,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
}

/**
 * Tok is a token kind, a small integer. It is deliberately typed as plain `number` (not enum literals) so that
 * TypeScript does not narrow `this.tok` across calls that advance the scanner.
 */
export type Tok = number;

/** Tok names the token kinds: `Tok.Ident`, `Tok.LParen`, `Tok.Func`, ... */
export const Tok: { readonly [K in Exclude<keyof typeof TokEnum, number>]: Tok } = TokEnum;

/** tokName is the enum name of a token kind, for debugging output. */
export function tokName(t: Tok): string {
  return TokEnum[t] ?? String(t);
}

const spellings: string[] = [];
function spell(t: Tok, s: string): void {
  spellings[t] = s;
}
spell(Tok.EOF, 'EOF');
spell(Tok.Illegal, 'ILLEGAL');
spell(Tok.Comment, 'COMMENT');
spell(Tok.Ident, 'name');
spell(Tok.Int, 'literal');
spell(Tok.Float, 'literal');
spell(Tok.Imag, 'literal');
spell(Tok.Char, 'literal');
spell(Tok.String, 'literal');
const ops: [Tok, string][] = [
  [Tok.Add, '+'], [Tok.Sub, '-'], [Tok.Mul, '*'], [Tok.Quo, '/'], [Tok.Rem, '%'], [Tok.And, '&'], [Tok.Or, '|'],
  [Tok.Xor, '^'], [Tok.Shl, '<<'], [Tok.Shr, '>>'], [Tok.AndNot, '&^'], [Tok.LAnd, '&&'], [Tok.LOr, '||'],
  [Tok.Eql, '=='], [Tok.Neq, '!='], [Tok.Lss, '<'], [Tok.Leq, '<='], [Tok.Gtr, '>'], [Tok.Geq, '>='],
  [Tok.AddAssign, '+='], [Tok.SubAssign, '-='], [Tok.MulAssign, '*='], [Tok.QuoAssign, '/='], [Tok.RemAssign, '%='],
  [Tok.AndAssign, '&='], [Tok.OrAssign, '|='], [Tok.XorAssign, '^='], [Tok.ShlAssign, '<<='], [Tok.ShrAssign, '>>='],
  [Tok.AndNotAssign, '&^='], [Tok.Arrow, '<-'], [Tok.Inc, '++'], [Tok.Dec, '--'], [Tok.Assign, '='], [Tok.Define, ':='],
  [Tok.Not, '!'], [Tok.Tilde, '~'], [Tok.Ellipsis, '...'], [Tok.LParen, '('], [Tok.LBrack, '['], [Tok.LBrace, '{'],
  [Tok.Comma, ','], [Tok.Period, '.'], [Tok.RParen, ')'], [Tok.RBrack, ']'], [Tok.RBrace, '}'],
  [Tok.Semicolon, ';'], [Tok.Colon, ':'],
];
for (const [t, s] of ops) spell(t, s);

/** keywords maps each Go keyword to its token kind. */
export const keywords: ReadonlyMap<string, Tok> = new Map<string, Tok>([
  ['break', Tok.Break], ['case', Tok.Case], ['chan', Tok.Chan], ['const', Tok.Const], ['continue', Tok.Continue],
  ['default', Tok.Default], ['defer', Tok.Defer], ['else', Tok.Else], ['fallthrough', Tok.Fallthrough],
  ['for', Tok.For], ['func', Tok.Func], ['go', Tok.Go], ['goto', Tok.Goto], ['if', Tok.If], ['import', Tok.Import],
  ['interface', Tok.Interface], ['map', Tok.Map], ['package', Tok.Package], ['range', Tok.Range],
  ['return', Tok.Return], ['select', Tok.Select], ['struct', Tok.Struct], ['switch', Tok.Switch], ['type', Tok.Type],
  ['var', Tok.Var],
]);
for (const [s, t] of keywords) spell(t, s);

/** tokSpelling is the source spelling of an operator or keyword, or a category name for the other kinds. */
export function tokSpelling(t: Tok): string {
  return spellings[t] ?? '?';
}

/** isKeyword reports whether t is a keyword token. */
export function isKeyword(t: Tok): boolean {
  return t >= Tok.Break && t <= Tok.Var;
}

/** isLiteral reports whether t is a basic literal token (number, rune or string). */
export function isLiteral(t: Tok): boolean {
  return t >= Tok.Int && t <= Tok.String;
}

/** isAssignOp reports whether t is an `op=` assignment token. */
export function isAssignOp(t: Tok): boolean {
  return t >= Tok.AddAssign && t <= Tok.AndNotAssign;
}

/**
 * precedence is the binary operator precedence of t (5: `* / % << >> & &^`, 4: `+ - | ^`, 3: comparisons, 2: `&&`,
 * 1: `||`), or 0 when t is not a binary operator.
 */
export function precedence(t: Tok): number {
  switch (t) {
    case Tok.LOr:
      return 1;
    case Tok.LAnd:
      return 2;
    case Tok.Eql:
    case Tok.Neq:
    case Tok.Lss:
    case Tok.Leq:
    case Tok.Gtr:
    case Tok.Geq:
      return 3;
    case Tok.Add:
    case Tok.Sub:
    case Tok.Or:
    case Tok.Xor:
      return 4;
    case Tok.Mul:
    case Tok.Quo:
    case Tok.Rem:
    case Tok.Shl:
    case Tok.Shr:
    case Tok.And:
    case Tok.AndNot:
      return 5;
    default:
      return 0;
  }
}

/**
 * tokDescription is how gc names a token in "syntax error: unexpected X": `name x`, `literal 42`, `keyword func`,
 * `comma`, `newline` (an automatic semicolon), `EOF`, or the operator itself.
 */
export function tokDescription(t: Tok, lit: string): string {
  switch (t) {
    case Tok.Ident:
      return 'name ' + lit;
    case Tok.Semicolon:
      return lit === '' ? 'semicolon' : lit;
    case Tok.Comma:
      return 'comma';
    default:
      if (isLiteral(t)) return 'literal ' + lit;
      if (isKeyword(t)) return 'keyword ' + tokSpelling(t);
      return tokSpelling(t);
  }
}

/** tokExpected is how gc names a token in "expected X": `comma`, `semicolon or newline`, or its spelling. */
export function tokExpected(t: Tok): string {
  switch (t) {
    case Tok.Comma:
      return 'comma';
    case Tok.Semicolon:
      return 'semicolon or newline';
    case Tok.Ident:
      return 'name';
    default:
      return tokSpelling(t);
  }
}

/** assignOpBase maps `+=` to `+` etc.; it returns undefined for a token that is not an `op=` token. */
export function assignOpBase(t: Tok): Tok | undefined {
  if (!isAssignOp(t)) return undefined;
  return (t - Tok.AddAssign + Tok.Add) as Tok;
}
