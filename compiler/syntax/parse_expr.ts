// Expression parsing: binary expressions by precedence climbing, unary expressions (including the `<-chan T`
// re-association), primary expressions (selectors, type assertions, index/slice/instantiation, calls, composite
// literals with the "no bare type-name literal in a control clause header" rule), and operands. Types that can appear
// as expressions (`[]int{...}`, `map[K]V(x)`, `func(...)`, `struct{}`) are parsed through the type parser in
// parse_type.ts, which this class extends.

import type * as ast from './ast.ts';
import type { Pos } from './source.ts';
import { Tok, precedence, tokSpelling } from './token.ts';
import { TypeParser } from './parse_type.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;
const tokSpelling0 = tokSpelling;

const prec0 = precedence;

/** exprString renders a small expression for error messages (`x := 0`). */
export function exprString(x: ast.Expr): string {
  switch (x.kind) {
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'SelectorExpr':
      return `${exprString(x.x)}.${x.sel.name}`;
    case 'BinaryExpr':
      return `${exprString(x.x)} ${x.op} ${exprString(x.y)}`;
    case 'UnaryExpr':
      return `${x.op}${exprString(x.x)}`;
    case 'StarExpr':
      return `*${exprString(x.x)}`;
    case 'ParenExpr':
      return `(${exprString(x.x)})`;
    case 'CallExpr':
      return `${exprString(x.fun)}(${x.args.map(exprString).join(', ')})`;
    case 'IndexExpr':
      return `${exprString(x.x)}[${x.indices.map(exprString).join(', ')}]`;
    default:
      return '…';
  }
}

/** ExprParser adds expressions to the type parser; statement parsing (function bodies) comes from a subclass. */
export abstract class ExprParser extends TypeParser {
  /** expr parses an expression (which may also be a type). */
  expr(): ast.Expr {
    return this.binaryExpr(undefined, 1);
  }

  /** exprList parses `x { , x }`. */
  exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got(T.Comma)) list.push(this.expr());
    return list;
  }

  /** binaryExpr parses binary operators of precedence >= prec1, starting from x when given. */
  binaryExpr(x: ast.Expr | undefined, prec1: number): ast.Expr {
    this.enter();
    let left = x ?? this.unaryExpr();
    for (;;) {
      const prec = prec0(this.tok);
      if (prec < prec1) break;
      const op = tokSpelling0(this.tok) as ast.BinaryOp;
      const opPos = this.pos;
      this.next();
      const y = this.binaryExpr(undefined, prec + 1);
      left = { kind: 'BinaryExpr', pos: left.pos, end: y.end, x: left, opPos, op, y };
    }
    this.leave();
    return left;
  }

  /** unaryExpr parses `op x`, `*x`, `<-x` (or a `<-chan T` type), or a primary expression. */
  unaryExpr(): ast.Expr {
    this.enter();
    try {
      const pos = this.pos;
      switch (this.tok) {
        case T.Add:
        case T.Sub:
        case T.Not:
        case T.Xor:
        case T.And:
        case T.Tilde: {
          const op = tokSpelling0(this.tok) as ast.UnaryOp;
          this.next();
          const x = this.unaryExpr();
          return { kind: 'UnaryExpr', pos, end: x.end, op, x };
        }
        case T.Mul: {
          this.next();
          const x = this.unaryExpr();
          return { kind: 'StarExpr', pos, end: x.end, x };
        }
        case T.Arrow: {
          this.next();
          const x = this.unaryExpr();
          if (x.kind === 'ChanType') return this.recvChan(pos, x);
          return { kind: 'UnaryExpr', pos, end: x.end, op: '<-', x };
        }
        default:
          return this.primaryExpr(undefined);
      }
    } finally {
      this.leave();
    }
  }

  /** recvChan turns `<-` applied to a channel type into a receive-only channel type (`<-chan T`, `<-chan <-chan T`). */
  private recvChan(arrow: Pos, x: ast.ChanType): ast.Expr {
    let dir: ast.ChanDir = 'send';
    let t: ast.Expr = x;
    let pos = arrow;
    while (dir === 'send' && t.kind === 'ChanType') {
      dir = t.dir;
      // `<-<-chan E` is not a type
      if (dir === 'recv') this.syntaxErrorAt(this.pos, 'unexpected <-, expected chan');
      const next = this.sendArrows.get(t) ?? t.pos;
      t.dir = 'recv';
      t.pos = pos;
      pos = next;
      t = t.value;
    }
    // `<-chan<- E` where E is not a channel type
    if (dir === 'send') this.syntaxErrorAt(this.pos, `unexpected ${exprString(t)}, expected chan`);
    return x;
  }

  /** primaryExpr parses an operand (or continues from x) followed by selectors, indices, slices, calls, literals. */
  primaryExpr(x0: ast.Expr | undefined): ast.Expr {
    let x = x0 ?? this.operand();
    for (;;) {
      switch (this.tok) {
        case T.Period: {
          this.next();
          if (this.tok === T.Ident) {
            const sel = this.ident();
            x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
          } else if (this.tok === T.LParen) {
            const lparen = this.pos;
            this.next();
            let type: ast.Expr | undefined;
            if (!this.got(T.Type)) type = this.type();
            const rparen = this.want(T.RParen);
            x = { kind: 'TypeAssertExpr', pos: x.pos, end: this.endFrom(x.pos), x, lparen, type, rparen };
          } else {
            this.syntaxError('expected name or (');
            this.advance(T.Semicolon, T.RParen);
            return x;
          }
          break;
        }
        case T.LBrack:
          x = this.indexOrSlice(x);
          break;
        case T.LParen:
          x = this.call(x);
          break;
        case T.LBrace: {
          const t = x.kind === 'ParenExpr' ? x.x : x;
          switch (t.kind) {
            case 'BadExpr':
            case 'Ident':
            case 'SelectorExpr':
            case 'IndexExpr':
              if (this.exprLev < 0) return x; // possibly the block of an if/for/switch
              break;
            case 'ArrayType':
            case 'StructType':
            case 'MapType':
              break;
            default:
              return x;
          }
          if (t !== x) this.syntaxErrorAt(x.pos, 'cannot parenthesize type in composite literal');
          x = this.compositeLit(t);
          break;
        }
        default:
          return x;
      }
    }
  }

  private indexOrSlice(x: ast.Expr): ast.Expr {
    const lbrack = this.pos;
    this.next();
    this.exprLev++;
    const idx: (ast.Expr | undefined)[] = [undefined, undefined, undefined];
    let ncolons = 0;
    if (this.tok !== T.Colon) {
      if (this.tok === T.RBrack) {
        this.syntaxError('expected operand');
        idx[0] = this.badExpr(this.pos);
      } else idx[0] = this.typeOrExpr();
    }
    if (this.tok === T.Comma || (this.tok === T.RBrack && ncolons === 0 && this.tok !== T.Colon)) {
      // index or instantiation x[a] / x[a, b, ...]
      const indices: ast.Expr[] = [idx[0]!];
      while (this.got(T.Comma)) {
        if (this.tok === T.RBrack) break;
        indices.push(this.typeOrExpr());
      }
      this.exprLev--;
      const rbrack = this.want(T.RBrack);
      return { kind: 'IndexExpr', pos: x.pos, end: this.endFrom(x.pos), x, lbrack, indices, rbrack };
    }
    while (this.tok === T.Colon && ncolons < 2) {
      ncolons++;
      this.next();
      if (this.tok !== T.Colon && this.tok !== T.RBrack && this.tok !== T.EOF) idx[ncolons] = this.expr();
    }
    if (ncolons === 0) {
      this.syntaxError('expected comma, : or ]');
      this.advance(T.RBrack, T.Semicolon, T.RBrace);
    }
    this.exprLev--;
    const slice3 = ncolons === 2;
    if (slice3) {
      if (!idx[1]) this.report(this.pos, 'middle index required in 3-index slice');
      else if (!idx[2]) this.report(this.pos, 'final index required in 3-index slice');
    }
    const rbrack = this.want(T.RBrack);
    return {
      kind: 'SliceExpr', pos: x.pos, end: this.endFrom(x.pos), x, lbrack, low: idx[0], high: idx[1], max: idx[2], slice3, rbrack,
    };
  }

  private call(fun: ast.Expr): ast.CallExpr {
    const lparen = this.pos;
    this.next();
    this.exprLev++;
    const args: ast.Expr[] = [];
    let ellipsis: Pos = 0;
    const rparen = this.list('argument list', T.Comma, T.RParen, () => {
      args.push(this.typeOrExpr());
      if (this.tok === T.Ellipsis) {
        ellipsis = this.pos;
        this.next();
      }
      return false;
    });
    this.exprLev--;
    return { kind: 'CallExpr', pos: fun.pos, end: this.endFrom(fun.pos), fun, lparen, args: this.tight(args), ellipsis, rparen };
  }

  /** compositeLit parses `{ elements }` after an optional type. */
  compositeLit(type: ast.Expr | undefined): ast.CompositeLit {
    const lbrace = this.pos;
    this.want(T.LBrace);
    this.exprLev++;
    const elts: ast.Expr[] = [];
    const rbrace = this.list('composite literal', T.Comma, T.RBrace, () => {
      const k = this.elementValue();
      if (this.tok === T.Colon) {
        const colon = this.pos;
        this.next();
        const v = this.elementValue();
        elts.push({ kind: 'KeyValueExpr', pos: k.pos, end: v.end, key: k, colon, value: v });
      } else elts.push(k);
      return false;
    });
    this.exprLev--;
    return { kind: 'CompositeLit', pos: type ? type.pos : lbrace, end: this.endFrom(type ? type.pos : lbrace), type, lbrace, elts: this.tight(elts), rbrace };
  }

  private elementValue(): ast.Expr {
    if (this.tok === T.LBrace) {
      this.enter();
      const lit = this.compositeLit(undefined);
      this.leave();
      return lit;
    }
    return this.expr();
  }

  /** typeOrExpr parses an expression where a type is also allowed (call arguments, indices, parentheses). */
  typeOrExpr(): ast.Expr {
    return this.expr();
  }

  /** operand parses a name, literal, parenthesized expression, function literal or type literal. */
  operand(): ast.Expr {
    const pos = this.pos;
    switch (this.tok) {
      case T.Ident:
        return this.ident();
      case T.Int:
      case T.Float:
      case T.Imag:
      case T.Char:
      case T.String:
        return this.basicLit();
      case T.LParen: {
        this.enter();
        this.next();
        this.exprLev++;
        const x = this.typeOrExpr();
        this.exprLev--;
        this.want(T.RParen);
        this.leave();
        return { kind: 'ParenExpr', pos, end: this.endFrom(pos), x };
      }
      case T.Func: {
        this.next();
        const type = this.funcSignature(pos, undefined);
        if (this.tok === T.LBrace) {
          const body = this.funcBody();
          return { kind: 'FuncLit', pos, end: body.end, type, body };
        }
        return type;
      }
      case T.LBrack:
      case T.Chan:
      case T.Map:
      case T.Struct:
      case T.Interface:
        return this.typeOrNil()!;
      default: {
        const x = this.badExpr(pos);
        this.syntaxError('expected expression');
        this.advance(T.RParen, T.RBrack, T.RBrace);
        return x;
      }
    }
  }

  /** basicLit parses the current literal token. */
  basicLit(): ast.BasicLit {
    const pos = this.pos;
    let litKind: ast.BasicLitKind;
    switch (this.tok) {
      case T.Int: litKind = 'INT'; break;
      case T.Float: litKind = 'FLOAT'; break;
      case T.Imag: litKind = 'IMAG'; break;
      case T.Char: litKind = 'CHAR'; break;
      default: litKind = 'STRING'; break;
    }
    const value = this.lit;
    this.next();
    return { kind: 'BasicLit', pos, end: this.endFrom(pos), litKind, value };
  }
}
