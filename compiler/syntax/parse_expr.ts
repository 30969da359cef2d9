// Expression parsing: binary expressions by precedence climbing, unary expressions (including the `<-chan T`
// re-association), primary expressions (selectors, type assertions, index/slice/instantiation, calls, composite
// literals with the "no bare type-name literal in a control clause header" rule), and operands. Types that can appear
// as expressions (`[]int{...}`, `map[K]V(x)`, `func(...)`, `struct{}`) are parsed through the type parser in
// parse_type.ts, which this class extends.

import type * as ast from './ast.ts';
import type { Pos } from './source.ts';
import { Tok, precedence, tokSpelling } from './token.ts';
import { TypeParser } from './parse_type.ts';

/** ExprParser adds expressions to the type parser; statement parsing (function bodies) comes from a subclass. */
export abstract class ExprParser extends TypeParser {
  /** expr parses an expression (which may also be a type). */
  expr(): ast.Expr {
    return this.binaryExpr(undefined, 1);
  }

  /** exprList parses `x { , x }`. */
  exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got(Tok.Comma)) list.push(this.expr());
    return list;
  }

  /** binaryExpr parses binary operators of precedence >= prec1, starting from x when given. */
  binaryExpr(x: ast.Expr | undefined, prec1: number): ast.Expr {
    this.enter();
    let left = x ?? this.unaryExpr();
    for (;;) {
      const prec = precedence(this.tok);
      if (prec < prec1) break;
      const op = tokSpelling(this.tok) as ast.BinaryOp;
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
        case Tok.Add:
        case Tok.Sub:
        case Tok.Not:
        case Tok.Xor:
        case Tok.And:
        case Tok.Tilde: {
          const op = tokSpelling(this.tok) as ast.UnaryOp;
          this.next();
          const x = this.unaryExpr();
          return { kind: 'UnaryExpr', pos, end: x.end, op, x };
        }
        case Tok.Mul: {
          this.next();
          const x = this.unaryExpr();
          return { kind: 'StarExpr', pos, end: x.end, x };
        }
        case Tok.Arrow: {
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
    while (t.kind === 'ChanType' && dir === 'send') {
      if (t.dir === 'recv') this.syntaxErrorAt(t.pos, 'unexpected <-, expected chan');
      const old = t.dir;
      const oldPos = t.pos;
      t.dir = 'recv';
      t.pos = pos;
      pos = oldPos;
      dir = old;
      t = t.value;
    }
    if (dir === 'send') this.syntaxErrorAt(pos, 'unexpected <-, expected chan');
    return x;
  }

  /** primaryExpr parses an operand (or continues from x) followed by selectors, indices, slices, calls, literals. */
  primaryExpr(x0: ast.Expr | undefined): ast.Expr {
    let x = x0 ?? this.operand();
    for (;;) {
      switch (this.tok) {
        case Tok.Period: {
          this.next();
          if (this.tok === Tok.Ident) {
            const sel = this.ident();
            x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
          } else if (this.tok === Tok.LParen) {
            const lparen = this.pos;
            this.next();
            let type: ast.Expr | undefined;
            if (!this.got(Tok.Type)) type = this.type();
            const rparen = this.want(Tok.RParen);
            x = { kind: 'TypeAssertExpr', pos: x.pos, end: this.prevEnd, x, lparen, type, rparen };
          } else {
            this.syntaxError('expected name or (');
            this.advance(Tok.Semicolon, Tok.RParen);
            return x;
          }
          break;
        }
        case Tok.LBrack:
          x = this.indexOrSlice(x);
          break;
        case Tok.LParen:
          x = this.call(x);
          break;
        case Tok.LBrace: {
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
    if (this.tok !== Tok.Colon) {
      if (this.tok === Tok.RBrack) {
        this.syntaxError('expected operand');
        idx[0] = this.badExpr(this.pos);
      } else idx[0] = this.typeOrExpr();
    }
    if (this.tok === Tok.Comma || (this.tok === Tok.RBrack && ncolons === 0 && this.tok !== Tok.Colon)) {
      // index or instantiation x[a] / x[a, b, ...]
      const indices: ast.Expr[] = [idx[0]!];
      while (this.got(Tok.Comma)) {
        if (this.tok === Tok.RBrack) break;
        indices.push(this.typeOrExpr());
      }
      this.exprLev--;
      const rbrack = this.want(Tok.RBrack);
      return { kind: 'IndexExpr', pos: x.pos, end: this.prevEnd, x, lbrack, indices, rbrack };
    }
    while (this.tok === Tok.Colon && ncolons < 2) {
      ncolons++;
      this.next();
      if (this.tok !== Tok.Colon && this.tok !== Tok.RBrack && this.tok !== Tok.EOF) idx[ncolons] = this.expr();
    }
    if (ncolons === 0) {
      this.syntaxError('expected comma, : or ]');
      this.advance(Tok.RBrack, Tok.Semicolon, Tok.RBrace);
    }
    this.exprLev--;
    const slice3 = ncolons === 2;
    if (slice3) {
      if (!idx[1]) this.report(this.pos, 'middle index required in 3-index slice');
      else if (!idx[2]) this.report(this.pos, 'final index required in 3-index slice');
    }
    const rbrack = this.want(Tok.RBrack);
    return {
      kind: 'SliceExpr', pos: x.pos, end: this.prevEnd, x, lbrack, low: idx[0], high: idx[1], max: idx[2], slice3, rbrack,
    };
  }

  private call(fun: ast.Expr): ast.CallExpr {
    const lparen = this.pos;
    this.next();
    this.exprLev++;
    const args: ast.Expr[] = [];
    let ellipsis: Pos = 0;
    const rparen = this.list('argument list', Tok.Comma, Tok.RParen, () => {
      args.push(this.typeOrExpr());
      if (this.tok === Tok.Ellipsis) {
        ellipsis = this.pos;
        this.next();
      }
      return false;
    });
    this.exprLev--;
    return { kind: 'CallExpr', pos: fun.pos, end: this.prevEnd, fun, lparen, args, ellipsis, rparen };
  }

  /** compositeLit parses `{ elements }` after an optional type. */
  compositeLit(type: ast.Expr | undefined): ast.CompositeLit {
    const lbrace = this.pos;
    this.want(Tok.LBrace);
    this.exprLev++;
    const elts: ast.Expr[] = [];
    const rbrace = this.list('composite literal', Tok.Comma, Tok.RBrace, () => {
      const k = this.elementValue();
      if (this.tok === Tok.Colon) {
        const colon = this.pos;
        this.next();
        const v = this.elementValue();
        elts.push({ kind: 'KeyValueExpr', pos: k.pos, end: v.end, key: k, colon, value: v });
      } else elts.push(k);
      return false;
    });
    this.exprLev--;
    return { kind: 'CompositeLit', pos: type ? type.pos : lbrace, end: this.prevEnd, type, lbrace, elts, rbrace };
  }

  private elementValue(): ast.Expr {
    if (this.tok === Tok.LBrace) {
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
      case Tok.Ident:
        return this.ident();
      case Tok.Int:
      case Tok.Float:
      case Tok.Imag:
      case Tok.Char:
      case Tok.String:
        return this.basicLit();
      case Tok.LParen: {
        this.enter();
        this.next();
        this.exprLev++;
        const x = this.typeOrExpr();
        this.exprLev--;
        this.want(Tok.RParen);
        this.leave();
        return { kind: 'ParenExpr', pos, end: this.prevEnd, x };
      }
      case Tok.Func: {
        this.next();
        const type = this.funcSignature(pos, undefined);
        if (this.tok === Tok.LBrace) {
          const body = this.funcBody();
          return { kind: 'FuncLit', pos, end: body.end, type, body };
        }
        return type;
      }
      case Tok.LBrack:
      case Tok.Chan:
      case Tok.Map:
      case Tok.Struct:
      case Tok.Interface:
        return this.typeOrNil()!;
      default: {
        const x = this.badExpr(pos);
        this.syntaxError('expected expression');
        this.advance(Tok.RParen, Tok.RBrack, Tok.RBrace);
        return x;
      }
    }
  }

  /** basicLit parses the current literal token. */
  basicLit(): ast.BasicLit {
    const pos = this.pos;
    let litKind: ast.BasicLitKind;
    switch (this.tok) {
      case Tok.Int: litKind = 'INT'; break;
      case Tok.Float: litKind = 'FLOAT'; break;
      case Tok.Imag: litKind = 'IMAG'; break;
      case Tok.Char: litKind = 'CHAR'; break;
      default: litKind = 'STRING'; break;
    }
    const value = this.lit;
    this.next();
    return { kind: 'BasicLit', pos, end: this.prevEnd, litKind, value };
  }
}
