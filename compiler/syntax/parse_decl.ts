// Declaration parsing: import/const/type/var declarations (single and grouped; a const spec records its index in the
// group as `iota`), type specs with the array-versus-type-parameter ambiguity resolved as gc does (`type A [N]int` is
// an array, `type A[P any] int` / `type A[P *C,] int` declare type parameters), function and method declarations, and
// directive extraction (`//go:name args`, `//export name`, `//line ...`) from a declaration's doc comment group.

import type * as ast from './ast.ts';
import type { Pos } from './source.ts';
import { Tok } from './token.ts';
import { ExprParser } from './parse_expr.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;

/** directivesOf extracts `//go:name args`, `//export name` and `//line ...` lines from a comment group. */
export function directivesOf(doc: ast.CommentGroup | undefined): ast.Directive[] {
  const out: ast.Directive[] = [];
  if (!doc) return out;
  for (const c of doc.list) {
    const d = parseDirective(c);
    if (d) out.push(d);
  }
  return out;
}

/** parseDirective recognises one directive comment, or returns undefined. */
export function parseDirective(c: ast.Comment): ast.Directive | undefined {
  const t = c.text;
  if (!t.startsWith('//')) return undefined;
  const body = t.slice(2);
  if (!(body.startsWith('go:') || body.startsWith('export ') || body === 'export' || body.startsWith('line '))) {
    return undefined;
  }
  if (body.startsWith('go:') && !/^go:[a-z0-9_]/.test(body)) return undefined;
  const sp = body.search(/[ \t]/);
  const name = sp < 0 ? body : body.slice(0, sp);
  const args = sp < 0 ? '' : body.slice(sp + 1).trim();
  return { pos: c.pos, name, args };
}

/** isTypeElem reports whether x can only be a type (constraint) element, never a value expression. */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'StarExpr':
    case 'ParenExpr':
      return isTypeElem(x.x);
    default:
      return false;
  }
}

/**
 * extractName splits `P C`-like expressions parsed as values (`P *C`, `P *C | D`, `P (C)`) into a type parameter
 * name and constraint, when that reading is forced (a comma follows) or the rest can only be a type.
 */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | undefined, ast.Expr | undefined] {
  switch (x.kind) {
    case 'Ident':
      return [x, undefined];
    case 'BinaryExpr':
      if (x.op === '*' && x.x.kind === 'Ident' && (force || isTypeElem(x))) {
        return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y }];
      }
      if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x));
        if (name && lhs) return [name, { ...x, pos: lhs.pos, x: lhs }];
      }
      return [undefined, undefined];
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis === 0 && (force || isTypeElem(x.args[0]!))) {
        return [x.fun, x.args[0]];
      }
      return [undefined, undefined];
    default:
      return [undefined, undefined];
  }
}

/** DeclParser parses declarations; the statement parser (a subclass) provides function bodies. */
export abstract class DeclParser extends ExprParser {
  /** genDecl parses an import/const/type/var declaration starting at its keyword. */
  genDecl(doc: ast.CommentGroup | undefined): ast.GenDecl {
    const pos = this.pos;
    const keyword = this.tok;
    const tok = keyword === T.Import ? 'import' : keyword === T.Const ? 'const' : keyword === T.Type ? 'type' : 'var';
    this.next();
    const specs: ast.Spec[] = [];
    let lparen: Pos = 0;
    let rparen: Pos = 0;
    if (this.tok === T.LParen) {
      lparen = this.pos;
      this.next();
      let index = 0;
      rparen = this.list('grouped declaration', T.Semicolon, T.RParen, () => {
        const s = this.spec(keyword, index++, this.leadComment);
        if (s) specs.push(s);
        return false;
      });
    } else {
      const s = this.spec(keyword, 0, undefined);
      if (s) specs.push(s);
    }
    return { kind: 'GenDecl', pos, end: this.endFrom(pos), doc, directives: directivesOf(doc), tok, lparen, specs: this.tight(specs), rparen };
  }

  private spec(keyword: Tok, index: number, doc: ast.CommentGroup | undefined): ast.Spec | undefined {
    switch (keyword) {
      case T.Import:
        return this.importSpec(doc);
      case T.Type:
        return this.typeSpec(doc);
      default:
        return this.valueSpec(keyword, index, doc);
    }
  }

  private importSpec(doc: ast.CommentGroup | undefined): ast.ImportSpec {
    const pos = this.pos;
    let name: ast.Ident | undefined;
    if (this.tok === T.Ident) name = this.ident();
    else if (this.tok === T.Period) {
      name = { kind: 'Ident', pos: this.pos, end: this.pos + 1, name: '.' };
      this.next();
    }
    let path: ast.BasicLit;
    if (this.tok === T.String) {
      path = this.basicLit();
    } else {
      const ppos = this.pos;
      if (this.tok === T.Semicolon || this.tok === T.RParen) this.syntaxError('missing import path');
      else {
        this.syntaxError('import path must be a string');
        this.advance(T.Semicolon, T.RParen);
      }
      path = { kind: 'BasicLit', pos: ppos, end: ppos, litKind: 'STRING', value: '""' };
    }
    return { kind: 'ImportSpec', pos, end: this.endFrom(pos), doc, name, path };
  }

  private gotAssign(): boolean {
    if (this.tok === T.Define) this.syntaxError('expected =');
    if (this.tok === T.Assign || this.tok === T.Define) {
      this.next();
      return true;
    }
    return false;
  }

  private identList(): ast.Ident[] {
    const names = [this.ident()];
    while (this.got(T.Comma)) names.push(this.ident());
    return names;
  }

  private valueSpec(keyword: Tok, index: number, doc: ast.CommentGroup | undefined): ast.ValueSpec {
    const pos = this.pos;
    const names = this.identList();
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (keyword === T.Const) {
      if (this.tok !== T.EOF && this.tok !== T.Semicolon && this.tok !== T.RParen) {
        type = this.typeOrNil();
        if (this.gotAssign()) values = this.exprList();
      }
    } else if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type();
      if (this.gotAssign()) values = this.exprList();
    }
    return {
      kind: 'ValueSpec', pos, end: this.endFrom(pos), doc, names, type, values, iota: keyword === T.Const ? index : 0,
    };
  }

  private typeSpec(doc: ast.CommentGroup | undefined): ast.TypeSpec {
    const pos = this.pos;
    const name = this.ident();
    let typeParams: ast.FieldList | undefined;
    let assign: Pos = 0;
    let type: ast.Expr;
    if (this.tok === T.LBrack) {
      const lbrack = this.pos;
      this.next();
      if (this.tok === T.Ident) {
        let x: ast.Expr = this.ident();
        if (this.tok !== T.LBrack) {
          this.exprLev++;
          x = this.binaryExpr(this.primaryExpr(x), 1);
          this.exprLev--;
        }
        const [pname, ptype] = extractName(x, this.tok === T.Comma);
        if (pname && (ptype || this.tok !== T.RBrack)) {
          typeParams = this.typeParamsFrom(lbrack, pname, ptype);
          if (this.tok === T.Assign) {
            assign = this.pos;
            this.next();
          }
          type = this.type();
        } else {
          this.want(T.RBrack);
          const elt = this.type();
          type = { kind: 'ArrayType', pos: lbrack, end: elt.end, len: x, elt };
        }
      } else if (this.got(T.RBrack)) {
        const elt = this.type();
        type = { kind: 'ArrayType', pos: lbrack, end: elt.end, len: undefined, elt };
      } else {
        let len: ast.Expr;
        if (this.tok === T.Ellipsis) {
          len = { kind: 'Ellipsis', pos: this.pos, end: this.pos + 3, elt: undefined };
          this.next();
        } else len = this.expr();
        this.want(T.RBrack);
        const elt = this.type();
        type = { kind: 'ArrayType', pos: lbrack, end: elt.end, len, elt };
      }
    } else {
      if (this.tok === T.Assign) {
        assign = this.pos;
        this.next();
      }
      const t = this.typeOrNil();
      if (t) type = t;
      else {
        const bpos = this.pos;
        this.syntaxError('in type declaration');
        this.advance(T.Semicolon, T.RParen);
        type = this.badExpr(bpos);
      }
    }
    return { kind: 'TypeSpec', pos, end: this.endFrom(pos), doc, name, typeParams, assign, type };
  }

  /**
   * typeParamsFrom finishes a type parameter list whose `[` and first name (and maybe constraint) were already
   * consumed while deciding that this is not an array type.
   */
  private typeParamsFrom(opening: Pos, first: ast.Ident, firstType: ast.Expr | undefined): ast.FieldList {
    const list: ast.Field[] = [];
    let names: ast.Ident[] = [first];
    let type = firstType;
    if (!type && this.tok !== T.Comma && this.tok !== T.RBrack) type = this.constraint();
    const flush = (t: ast.Expr): void => {
      list.push({ kind: 'Field', pos: names[0]!.pos, end: t.end, doc: undefined, names, type: t, tag: undefined });
      names = [];
    };
    if (type) flush(type);
    while (this.got(T.Comma)) {
      if (this.tok === T.RBrack) break;
      names.push(this.ident());
      if (this.tok !== T.Comma && this.tok !== T.RBrack) flush(this.constraint());
    }
    if (names.length > 0) {
      this.syntaxErrorAt(this.pos, 'missing type constraint');
      flush(this.badExpr(this.pos));
    }
    const closing = this.pos;
    this.want(T.RBrack);
    return { kind: 'FieldList', pos: opening, end: this.endFrom(opening), opening, list, closing };
  }

  /** funcDecl parses a function or method declaration starting at `func`; undefined when it has no name. */
  funcDecl(doc: ast.CommentGroup | undefined): ast.FuncDecl | ast.BadDecl {
    const pos = this.pos;
    this.next();
    let recv: ast.FieldList | undefined;
    if (this.tok === T.LParen) recv = this.paramList(T.LParen, T.RParen, false);
    if (this.tok !== T.Ident) {
      this.syntaxError('expected name or (');
      this.advance(T.LBrace, T.Semicolon);
      if (this.tok === T.LBrace) this.funcBody();
      return { kind: 'BadDecl', pos, end: this.endFrom(pos) };
    }
    const name = this.ident();
    let typeParams: ast.FieldList | undefined;
    if (this.tok === T.LBrack) {
      typeParams = this.paramList(T.LBrack, T.RBrack, true);
      if (typeParams.list.length === 0) this.syntaxErrorAt(typeParams.closing, 'empty type parameter list');
      else if (recv) this.syntaxErrorAt(typeParams.opening, 'method must have no type parameters');
    }
    const type = this.funcSignature(pos, typeParams);
    let body: ast.BlockStmt | undefined;
    if (this.tok === T.LBrace) body = this.funcBody();
    return { kind: 'FuncDecl', pos, end: this.endFrom(pos), doc, directives: directivesOf(doc), recv, name, type, body };
  }
}
