// Scanner tests: every literal form, escapes and their errors (gc's wording), automatic semicolon insertion,
// comments, Unicode identifiers, and positions as byte offsets with tabs, a BOM and multi-byte UTF-8.

import { describe, expect, it } from 'vitest';
import { Scanner } from './scanner.ts';
import { Tok, tokName } from './token.ts';

interface Scanned {
  toks: string[];
  errors: string[];
}

function scan(src: string | Uint8Array): Scanned {
  const bytes = typeof src === 'string' ? new TextEncoder().encode(src) : src;
  const errors: string[] = [];
  const sc = new Scanner(bytes, (off, msg) => errors.push(`${off}: ${msg}`));
  const toks: string[] = [];
  for (let i = 0; i < 10000; i++) {
    sc.next();
    if (sc.tok === Tok.EOF) break;
    toks.push(sc.lit ? `${tokName(sc.tok)}(${sc.lit})@${sc.offset}` : `${tokName(sc.tok)}@${sc.offset}`);
  }
  return { toks, errors };
}

function kinds(src: string): string[] {
  return scan(src).toks.map((t) => t.replace(/@\d+$/, ''));
}

describe('scanner literals', () => {
  it('scans integer forms', () => {
    expect(kinds('0 42 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1 1_000_000')).toEqual([
      'Int(0)', 'Int(42)', 'Int(0x1F)', 'Int(0X_ff)', 'Int(0o17)', 'Int(0O7)', 'Int(017)', 'Int(0b101)', 'Int(0B_1)',
      'Int(1_000_000)', 'Semicolon(EOF)',
    ]);
  });

  it('scans float and imaginary forms', () => {
    expect(kinds('1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8P+3 0x.8p0 1_0.2_5 2i 1.5i 0x1p2i 0i 089i')).toEqual([
      'Float(1.5)', 'Float(.5)', 'Float(1.)', 'Float(1e10)', 'Float(1E-3)', 'Float(0x1p-2)', 'Float(0x1.8P+3)',
      'Float(0x.8p0)', 'Float(1_0.2_5)', 'Imag(2i)', 'Imag(1.5i)', 'Imag(0x1p2i)', 'Imag(0i)', 'Imag(089i)',
      'Semicolon(EOF)',
    ]);
    expect(scan('1.5 .5 0x1p-2 089i 0o7').errors).toEqual([]);
  });

  it('reports bad numbers with gc wording', () => {
    expect(scan('0x').errors).toEqual(['2: hexadecimal literal has no digits']);
    expect(scan('09').errors).toEqual(["1: invalid digit '9' in octal literal"]);
    expect(scan('0b102').errors).toEqual(["4: invalid digit '2' in binary literal"]);
    expect(scan('1__0').errors).toEqual(["2: '_' must separate successive digits"]);
    expect(scan('10_').errors).toEqual(["2: '_' must separate successive digits"]);
    expect(scan('0x1.5').errors).toEqual(["5: hexadecimal mantissa requires a 'p' exponent"]);
    expect(scan('0b1.0').errors).toEqual(['3: invalid radix point in binary literal']);
    expect(scan('1e').errors).toEqual(['2: exponent has no digits']);
    expect(scan('0x1e3p').errors).toEqual(['6: exponent has no digits']);
    expect(scan('0o1e3').errors).toEqual(["3: 'e' exponent requires decimal mantissa"]);
    expect(scan('1p3').errors).toEqual(["1: 'p' exponent requires hexadecimal mantissa"]);
  });

  it('scans runes and strings with escapes', () => {
    const src = String.raw`'a' '\n' '\'' '\x41' '\101' '\u00e9' '\U0001F600' 'é' "a\tb\"c\\" "\u00e9\377"`;
    const r = scan(src);
    expect(r.errors).toEqual([]);
    expect(r.toks.map((t) => t.split('(')[0])).toEqual([
      'Char', 'Char', 'Char', 'Char', 'Char', 'Char', 'Char', 'Char', 'String', 'String', 'Semicolon',
    ]);
    expect(r.toks[7]).toBe("Char('é')@50");
  });

  it('scans raw strings verbatim, across lines', () => {
    const r = scan('`a\\n\nb` x');
    expect(r.toks[0]).toBe('String(`a\\n\nb`)@0');
    expect(r.toks[1]).toBe('Ident(x)@8');
    expect(r.errors).toEqual([]);
  });

  it('reports bad escapes and literals with gc wording', () => {
    expect(scan(String.raw`"a\qb"`).errors).toEqual(['3: unknown escape sequence']);
    expect(scan(String.raw`'\400'`).errors).toEqual(['5: octal escape value 256 > 255']);
    expect(scan(String.raw`"\xZZ"`).errors).toEqual(["3: invalid character 'Z' in hexadecimal escape"]);
    expect(scan(String.raw`'\uD800'`).errors).toEqual(["7: escape is invalid Unicode code point U+D800"]);
    expect(scan(`''`).errors).toEqual(["1: empty rune literal or unescaped '"]);
    expect(scan(`'ab'`).errors).toEqual(['0: more than one character in rune literal']);
    expect(scan('"abc\n"').errors[0]).toBe('4: newline in string');
    expect(scan('"abc').errors).toEqual(['0: string not terminated']);
    expect(scan('`abc').errors).toEqual(['0: string not terminated']);
    expect(scan("'a").errors).toEqual(['0: rune literal not terminated']);
    expect(scan('/* x').errors).toEqual(['0: comment not terminated']);
  });

  it('reports invalid characters with %#U formatting', () => {
    expect(scan('x @ y').errors).toEqual(["2: invalid character U+0040 '@'"]);
    expect(scan('a\u0000b').errors).toEqual(['1: invalid NUL character']);
    expect(scan('a \ufeff').errors).toEqual(['2: invalid BOM in the middle of the file']);
    expect(scan(new Uint8Array([0x61, 0x20, 0xff])).errors).toEqual(['2: invalid UTF-8 encoding']);
  });
});

describe('scanner identifiers and operators', () => {
  it('scans Unicode identifiers and keywords', () => {
    expect(kinds('αβ x_1 日本語 _ func breakx break')).toEqual([
      'Ident(αβ)', 'Ident(x_1)', 'Ident(日本語)', 'Ident(_)', 'Func', 'Ident(breakx)', 'Break', 'Semicolon(EOF)',
    ]);
    expect(scan('x١').errors).toEqual([]); // Arabic-Indic digit inside an identifier is fine
    expect(scan('١x').errors[0]).toMatch(/identifier cannot begin with digit U\+0661/);
  });

  it('scans every operator', () => {
    const ops = '+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :';
    const names = kinds(ops).map((k) => k.replace(/\(.*\)$/, ''));
    expect(names).toEqual([
      'Add', 'Sub', 'Mul', 'Quo', 'Rem', 'And', 'Or', 'Xor', 'Shl', 'Shr', 'AndNot', 'AddAssign', 'SubAssign',
      'MulAssign', 'QuoAssign', 'RemAssign', 'AndAssign', 'OrAssign', 'XorAssign', 'ShlAssign', 'ShrAssign',
      'AndNotAssign', 'LAnd', 'LOr', 'Arrow', 'Inc', 'Dec', 'Eql', 'Lss', 'Gtr', 'Assign', 'Not', 'Tilde', 'Neq', 'Leq',
      'Geq', 'Define', 'Ellipsis', 'LParen', 'LBrack', 'LBrace', 'Comma', 'Period', 'RParen', 'RBrack', 'RBrace',
      'Semicolon', 'Colon',
    ]);
  });
});

describe('semicolon insertion and comments', () => {
  it('inserts semicolons after the right tokens only', () => {
    expect(kinds('x\n1\n"s"\n)\n]\n}\nbreak\ncontinue\nfallthrough\nreturn\ni++\ni--\n')).toEqual([
      'Ident(x)', 'Semicolon(newline)', 'Int(1)', 'Semicolon(newline)', 'String("s")', 'Semicolon(newline)',
      'RParen', 'Semicolon(newline)', 'RBrack', 'Semicolon(newline)', 'RBrace', 'Semicolon(newline)', 'Break',
      'Semicolon(newline)', 'Continue', 'Semicolon(newline)', 'Fallthrough', 'Semicolon(newline)', 'Return',
      'Semicolon(newline)', 'Ident(i)', 'Inc', 'Semicolon(newline)', 'Ident(i)', 'Dec', 'Semicolon(newline)',
    ]);
    expect(kinds('x +\ny {\n(\n')).toEqual(['Ident(x)', 'Add', 'Ident(y)', 'LBrace', 'LParen']);
  });

  it('returns comments and still ends the line', () => {
    expect(kinds('x // c\ny')).toEqual(['Ident(x)', 'Comment(// c)', 'Semicolon(newline)', 'Ident(y)', 'Semicolon(EOF)']);
    expect(kinds('x /* a\nb */ y')).toEqual([
      'Ident(x)', 'Comment(/* a\nb */)', 'Semicolon(newline)', 'Ident(y)', 'Semicolon(EOF)',
    ]);
    expect(kinds('x /* a */ y')).toEqual(['Ident(x)', 'Comment(/* a */)', 'Ident(y)', 'Semicolon(EOF)']);
    expect(kinds('x // c')).toEqual(['Ident(x)', 'Comment(// c)', 'Semicolon(EOF)']);
    expect(kinds('//go:noinline\r\nfunc')).toEqual(['Comment(//go:noinline)', 'Func']);
  });

  it('gives the newline semicolon the position of the newline', () => {
    const r = scan('ab \t\nc');
    expect(r.toks).toEqual(['Ident(ab)@0', 'Semicolon(newline)@4', 'Ident(c)@5', 'Semicolon(EOF)@6']);
  });
});

describe('positions', () => {
  it('uses byte offsets with tabs, BOM and UTF-8', () => {
    const bytes = new TextEncoder().encode('\ufeffpackage é\n\tx := "日本" + y');
    const r = scan(bytes);
    expect(r.toks).toEqual([
      'Package@3', 'Ident(é)@11', 'Semicolon(newline)@13', 'Ident(x)@15', 'Define@17', 'String("日本")@20',
      'Add@29', 'Ident(y)@31', 'Semicolon(EOF)@32',
    ]);
    expect(r.errors).toEqual([]);
  });
});

describe('source encoding', () => {
  it('reports invalid UTF-8 and NUL inside string literals', () => {
    const bad = (s: string, mid: number[]): Uint8Array => {
      const a = new TextEncoder().encode(s);
      const out = new Uint8Array(a.length + mid.length);
      out.set(a.subarray(0, 1));
      out.set(mid, 1);
      out.set(a.subarray(1), 1 + mid.length);
      return out;
    };
    expect(scan(bad('"ab"', [0xff])).errors).toEqual(['1: invalid UTF-8 encoding']);
    expect(scan(bad('`ab`', [0xc3])).errors).toEqual(['1: invalid UTF-8 encoding']);
    expect(scan(bad('`ab`', [0])).errors).toEqual(['1: invalid NUL character']);
    expect(scan('"日本\u00e9"').errors).toEqual([]);
  });
});
