// Statement parsing: blocks and statement lists (with gc's "at end of statement" recovery), simple statements
// (expressions, sends, ++/--, assignments, short variable declarations, labels, range clauses), if/for/switch/select
// with gc's control-clause header rules (composite literals of bare type names are not allowed there, `if x := 0 {`
// is "cannot use x := 0 as value"), expression and type switches, go/defer, return, and branch statements.

import type * as ast from './ast.ts';
import type { Pos } from './source.ts';
import { Tok, isAssignOp, tokSpelling } from './token.ts';
import { DeclParser } from './parse_decl.ts';
import { exprString } from './parse_expr.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;
const isAssignOp0 = isAssignOp;
const tokSpelling0 = tokSpelling;


/** Header is a parsed control clause: `init; cond; post` before a block. */
interface Header {
  init: ast.Stmt | undefined;
  cond: ast.Stmt | undefined;
  post: ast.Stmt | undefined;
  semiPos: Pos;
  semiLit: string;
}

function stmtString(s: ast.Stmt): string {
  switch (s.kind) {
    case 'AssignStmt': {
      const l = s.lhs.map(exprString).join(', ');
      const r = s.rhs.map(exprString).join(', ');
      if (s.tok === '=') return `assignment (${l}) = (${r})`;
      return `${l} ${s.tok} ${r}`;
    }
    case 'IncDecStmt':
      return `${exprString(s.x)}${s.tok}`;
    case 'SendStmt':
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    default:
      return s.kind;
  }
}

/** StmtParser parses statements and function bodies. */
export abstract class StmtParser extends DeclParser {
  /** funcBody parses a function body; composite literal restrictions of an enclosing header do not apply inside. */
  funcBody(): ast.BlockStmt {
    const outer = this.exprLev;
    this.exprLev = 0;
    this.fnest++;
    this.enter();
    const b = this.blockStmt('');
    this.leave();
    this.fnest--;
    this.exprLev = outer;
    return b;
  }

  /** blockStmt parses `{ stmts }`; context names the clause for "expected { after <context>". */
  blockStmt(context: string): ast.BlockStmt {
    const pos = this.pos;
    if (!this.got(T.LBrace)) {
      this.syntaxError(context ? 'expected { after ' + context : 'expected {');
      this.advance(T.Ident, T.RBrace);
      if (this.tok === T.RBrace) {
        const rbrace = this.pos;
        this.next();
        return { kind: 'BlockStmt', pos, end: this.endFrom(pos), lbrace: pos, list: [], rbrace };
      }
    }
    const list = this.stmtList();
    const rbrace = this.pos;
    this.want(T.RBrace);
    return { kind: 'BlockStmt', pos, end: this.endFrom(pos), lbrace: pos, list, rbrace };
  }

  /** stmtList parses statements up to a `}`, `case`, `default` or EOF. */
  stmtList(): ast.Stmt[] {
    const list: ast.Stmt[] = [];
    while (this.tok !== T.EOF && this.tok !== T.RBrace && this.tok !== T.Case && this.tok !== T.Default) {
      const before = this.pos;
      const s = this.stmtOrNil();
      if (!s) break;
      list.push(s);
      if (!this.got(T.Semicolon) && this.tok !== T.RBrace) {
        this.syntaxError('at end of statement');
        this.advance(T.Semicolon, T.RBrace, T.Case, T.Default);
        this.got(T.Semicolon);
      }
      if (this.pos === before) this.next(); // never loop without progress
    }
    return this.tight(list);
  }

  /** stmtOrNil parses one statement, or returns undefined when the token cannot start one (or a label lacks one). */
  stmtOrNil(): ast.Stmt | undefined {
    const pos = this.pos;
    switch (this.tok) {
      case T.LBrace: {
        this.enter();
        const b = this.blockStmt('');
        this.leave();
        return b;
      }
      case T.Var:
      case T.Const:
      case T.Type: {
        const decl = this.genDecl(undefined);
        return { kind: 'DeclStmt', pos, end: decl.end, decl };
      }
      case T.Ident:
      case T.Int:
      case T.Float:
      case T.Imag:
      case T.Char:
      case T.String:
      case T.Func:
      case T.LParen:
      case T.LBrack:
      case T.Struct:
      case T.Map:
      case T.Chan:
      case T.Interface:
      case T.Mul:
      case T.And:
      case T.Xor:
      case T.Add:
      case T.Sub:
      case T.Not:
      case T.Arrow:
      case T.Tilde: {
        const lhs = this.exprList();
        if (lhs.length === 1 && lhs[0]!.kind === 'Ident' && this.tok === T.Colon) return this.labeledStmtOrNil(lhs[0]);
        return this.simpleStmt(lhs, 'none');
      }
      case T.For:
        return this.forStmt();
      case T.Switch:
        return this.switchStmt();
      case T.Select:
        return this.selectStmt();
      case T.If:
        return this.ifStmt();
      case T.Fallthrough:
        this.next();
        return { kind: 'BranchStmt', pos, end: this.endFrom(pos), tok: 'fallthrough', label: undefined };
      case T.Break:
      case T.Continue: {
        const tok = this.tok === T.Break ? 'break' : 'continue';
        this.next();
        const label = this.tok === T.Ident ? this.ident() : undefined;
        return { kind: 'BranchStmt', pos, end: this.endFrom(pos), tok, label };
      }
      case T.Goto: {
        this.next();
        const label = this.ident();
        return { kind: 'BranchStmt', pos, end: this.endFrom(pos), tok: 'goto', label };
      }
      case T.Go:
      case T.Defer:
        return this.callStmt();
      case T.Return: {
        this.next();
        const results = this.tok !== T.Semicolon && this.tok !== T.RBrace ? this.exprList() : [];
        return { kind: 'ReturnStmt', pos, end: this.endFrom(pos), results };
      }
      case T.Semicolon:
      {
        // like go/ast, an explicit `;` spans one byte, an implicit one is empty
        const implicit = this.lit !== 'semicolon';
        return { kind: 'EmptyStmt', pos, end: implicit ? pos : pos + 1, implicit };
      }
      default:
        return undefined;
    }
  }

  private callStmt(): ast.Stmt {
    const pos = this.pos;
    const isGo = this.tok === T.Go;
    const word = isGo ? 'go' : 'defer';
    this.next();
    this.enter();
    let x = this.primaryExpr(undefined);
    this.leave();
    if (x.kind === 'ParenExpr') {
      this.report(x.pos, `expression in ${word} must not be parenthesized`);
      while (x.kind === 'ParenExpr') x = x.x;
    }
    if (x.kind !== 'CallExpr') {
      this.report(x.pos, `expression in ${word} must be function call`);
      return { kind: 'BadStmt', pos, end: this.endFrom(pos) };
    }
    return isGo ? { kind: 'GoStmt', pos, end: x.end, call: x } : { kind: 'DeferStmt', pos, end: x.end, call: x };
  }

  /**
   * simpleStmt parses an expression statement, send, ++/--, assignment or short variable declaration; mode 'range'
   * also accepts a range clause (returned as a RangeStmt with an empty body). lhs0 is an already parsed left side.
   */
  simpleStmt(lhs0: ast.Expr[] | undefined, mode: 'none' | 'range'): ast.Stmt {
    if (mode === 'range' && this.tok === T.Range) {
      const tokPos = this.pos;
      this.next();
      const x = this.expr();
      return this.rangeStmt(tokPos, undefined, [], x);
    }
    const lhs = lhs0 ?? this.exprList();
    const first = lhs[0]!;
    if (lhs.length === 1) {
      if (isAssignOp0(this.tok)) {
        const tokPos = this.pos;
        const tok = tokSpelling0(this.tok) as ast.AssignOp;
        this.next();
        const y = this.expr();
        return { kind: 'AssignStmt', pos: first.pos, end: y.end, lhs, tokPos, tok, rhs: [y] };
      }
      switch (this.tok) {
        case T.Inc:
        case T.Dec: {
          const tok = this.tok === T.Inc ? '++' : '--';
          const tokPos = this.pos;
          this.next();
          return { kind: 'IncDecStmt', pos: first.pos, end: this.endFrom(first.pos), x: first, tokPos, tok };
        }
        case T.Arrow: {
          const arrow = this.pos;
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', pos: first.pos, end: value.end, chan: first, arrow, value };
        }
        case T.Colon:
          return { kind: 'ExprStmt', pos: first.pos, end: first.end, x: first };
        case T.Assign:
        case T.Define:
          break;
        default:
          return { kind: 'ExprStmt', pos: first.pos, end: first.end, x: first };
      }
    }
    if (this.tok === T.Assign || this.tok === T.Define) {
      const tokPos = this.pos;
      const tok = this.tok === T.Assign ? '=' : ':=';
      this.next();
      if (mode === 'range' && this.tok === T.Range) {
        const rpos = this.pos;
        this.next();
        void rpos;
        const x = this.expr();
        return this.rangeStmt(tokPos, tok, lhs, x);
      }
      const rhs = this.exprList();
      return { kind: 'AssignStmt', pos: first.pos, end: rhs[rhs.length - 1]!.end, lhs, tokPos, tok, rhs };
    }
    this.syntaxError('expected := or = or comma');
    this.advance(T.Semicolon, T.RBrace);
    return { kind: 'ExprStmt', pos: first.pos, end: first.end, x: first };
  }

  private rangeStmt(tokPos: Pos, tok: ':=' | '=' | undefined, lhs: ast.Expr[], x: ast.Expr): ast.RangeStmt {
    if (lhs.length > 2) this.syntaxErrorAt(lhs[2]!.pos, 'range clause permits at most two iteration variables');
    const pos = lhs.length > 0 ? lhs[0]!.pos : tokPos;
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: x.end, end: x.end, lbrace: 0, list: [], rbrace: 0 };
    return { kind: 'RangeStmt', pos, end: x.end, key: lhs[0], value: lhs[1], tokPos: tok ? tokPos : 0, tok, x, body };
  }

  /**
   * labeledStmtOrNil parses `label: stmt`. A label with no statement (and no `}` after it) is an error, and then, as
   * in gc, the result is undefined so the enclosing statement list ends there without a follow-on error.
   */
  private labeledStmtOrNil(label: ast.Ident): ast.LabeledStmt | undefined {
    const colon = this.pos;
    this.next();
    if (this.tok === T.RBrace) {
      const empty: ast.EmptyStmt = { kind: 'EmptyStmt', pos: this.pos, end: this.pos, implicit: true };
      return { kind: 'LabeledStmt', pos: label.pos, end: empty.end, label, stmt: empty };
    }
    const stmt = this.stmtOrNil();
    if (stmt) return { kind: 'LabeledStmt', pos: label.pos, end: stmt.end, label, stmt };
    this.syntaxErrorAt(colon, 'missing statement after label');
    return undefined;
  }

  /** header parses the control clause of if/for/switch with composite literals of bare types disallowed. */
  private header(keyword: Tok): Header {
    const h: Header = { init: undefined, cond: undefined, post: undefined, semiPos: 0, semiLit: '' };
    if (this.tok === T.LBrace) return h;
    const outer = this.exprLev;
    this.exprLev = -1;
    const word = tokSpelling0(keyword);
    if (this.tok !== T.Semicolon) {
      if (this.got(T.Var)) this.syntaxError(`var declaration not allowed in ${word} initializer`);
      h.init = this.simpleStmt(undefined, keyword === T.For ? 'range' : 'none');
      if (h.init.kind === 'RangeStmt') {
        this.exprLev = outer;
        return h;
      }
    }
    if (this.tok !== T.LBrace) {
      if (this.tok === T.Semicolon) {
        h.semiPos = this.pos;
        h.semiLit = this.lit;
        this.next();
      } else {
        this.want(T.LBrace);
        if (this.tok !== T.LBrace) this.advance(T.LBrace, T.RBrace);
      }
      if (keyword === T.For) {
        if (this.tok !== T.Semicolon) {
          if (this.tok === T.LBrace) {
            this.syntaxError('expected for loop condition');
            this.exprLev = outer;
            return h;
          }
          h.cond = this.simpleStmt(undefined, 'none');
        }
        this.want(T.Semicolon);
        if (this.tok !== T.LBrace) {
          h.post = this.simpleStmt(undefined, 'none');
          if (h.post.kind === 'AssignStmt' && h.post.tok === ':=') {
            this.syntaxErrorAt(h.post.tokPos, 'cannot declare in post statement of for loop');
          }
        }
      } else if (this.tok !== T.LBrace) {
        h.cond = this.simpleStmt(undefined, 'none');
      }
    } else {
      h.cond = h.init;
      h.init = undefined;
    }
    this.exprLev = outer;
    return h;
  }

  /** condExpr turns a header's condition statement into an expression, reporting gc's errors. */
  private condExpr(h: Header, keyword: Tok, at: Pos): ast.Expr | undefined {
    const s = h.cond;
    if (!s) {
      if (keyword === T.If) {
        if (h.semiPos) {
          if (h.semiLit !== 'semicolon') {
            this.report(h.semiPos, `syntax error: unexpected ${h.semiLit}, expected { after if clause`);
          } else this.report(h.semiPos, 'syntax error: missing condition in if statement');
          return this.badExpr(h.semiPos);
        }
        this.syntaxErrorAt(at, 'missing condition in if statement');
        return { kind: 'BadExpr', pos: at, end: at };
      }
      return undefined;
    }
    if (s.kind === 'ExprStmt') return s.x;
    // gc positions a simple statement at its operator
    const opPos = s.kind === 'AssignStmt' || s.kind === 'IncDecStmt' ? s.tokPos : s.kind === 'SendStmt' ? s.arrow : s.pos;
    this.syntaxErrorAt(opPos, `cannot use ${stmtString(s)} as value`);
    return { kind: 'BadExpr', pos: s.pos, end: s.end };
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.pos;
    this.want(T.If);
    this.enter();
    const h = this.header(T.If);
    const cond = this.condExpr(h, T.If, this.pos)!;
    const body = this.blockStmt('if clause');
    let els: ast.Stmt | undefined;
    if (this.got(T.Else)) {
      if (this.tok === T.If) els = this.ifStmt();
      else if (this.tok === T.LBrace) els = this.blockStmt('');
      else {
        this.syntaxError('else must be followed by if or statement block');
        this.advance(T.Ident, T.RBrace);
      }
    }
    this.leave();
    return { kind: 'IfStmt', pos, end: this.endFrom(pos), init: h.init, cond, body, else: els };
  }

  private forStmt(): ast.Stmt {
    const pos = this.pos;
    this.want(T.For);
    this.enter();
    const h = this.header(T.For);
    const body = this.blockStmt('for clause');
    this.leave();
    if (h.init && h.init.kind === 'RangeStmt') {
      const r = h.init;
      return { ...r, pos, end: body.end, body };
    }
    const cond = this.condExpr(h, T.For, pos);
    return { kind: 'ForStmt', pos, end: body.end, init: h.init, cond, post: h.post, body };
  }

  private isTypeSwitchGuard(s: ast.Stmt | undefined): boolean {
    if (!s) return false;
    if (s.kind === 'ExprStmt') return s.x.kind === 'TypeAssertExpr' && s.x.type === undefined;
    if (s.kind === 'AssignStmt' && s.tok === ':=' && s.lhs.length === 1 && s.rhs.length === 1) {
      const r = s.rhs[0]!;
      return s.lhs[0]!.kind === 'Ident' && r.kind === 'TypeAssertExpr' && r.type === undefined;
    }
    return false;
  }

  private switchStmt(): ast.Stmt {
    const pos = this.pos;
    this.want(T.Switch);
    this.enter();
    const h = this.header(T.Switch);
    const typeSwitch = this.isTypeSwitchGuard(h.cond);
    const tag = typeSwitch ? undefined : this.condExpr(h, T.Switch, pos);
    const lbrace = this.pos;
    if (!this.got(T.LBrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(T.Case, T.Default, T.RBrace);
    }
    const list: ast.Stmt[] = [];
    while (this.tok !== T.EOF && this.tok !== T.RBrace) {
      const before = this.pos;
      list.push(this.caseClause());
      if (this.pos === before) this.next();
    }
    const rbrace = this.pos;
    this.want(T.RBrace);
    this.leave();
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: this.endFrom(lbrace), lbrace, list, rbrace };
    if (typeSwitch) return { kind: 'TypeSwitchStmt', pos, end: this.endFrom(pos), init: h.init, assign: h.cond!, body };
    return { kind: 'SwitchStmt', pos, end: this.endFrom(pos), init: h.init, tag, body };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos;
    let list: ast.Expr[] | undefined;
    if (this.tok === T.Case) {
      this.next();
      list = this.exprList();
    } else if (this.tok === T.Default) {
      this.next();
    } else {
      this.syntaxError('expected case or default or }');
      this.advance(T.Colon, T.Case, T.Default, T.RBrace);
    }
    const colon = this.pos;
    this.want(T.Colon);
    const body = this.stmtList();
    return { kind: 'CaseClause', pos, end: this.endFrom(pos), list, colon, body };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos;
    this.want(T.Select);
    const lbrace = this.pos;
    if (!this.got(T.LBrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(T.Case, T.Default, T.RBrace);
    }
    this.enter();
    const list: ast.Stmt[] = [];
    while (this.tok !== T.EOF && this.tok !== T.RBrace) {
      const cpos = this.pos;
      let comm: ast.Stmt | undefined;
      if (this.tok === T.Case) {
        this.next();
        comm = this.simpleStmt(undefined, 'none');
      } else if (this.tok === T.Default) {
        this.next();
      } else {
        this.syntaxError('expected case or default or }');
        this.advance(T.Colon, T.Case, T.Default, T.RBrace);
      }
      const colon = this.pos;
      this.want(T.Colon);
      const body = this.stmtList();
      list.push({ kind: 'CommClause', pos: cpos, end: this.endFrom(cpos), comm, colon, body });
      if (this.pos === cpos) this.next(); // no progress: skip a token so the loop ends
    }
    const rbrace = this.pos;
    this.want(T.RBrace);
    this.leave();
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: this.endFrom(lbrace), lbrace, list, rbrace };
    return { kind: 'SelectStmt', pos, end: this.endFrom(pos), body };
  }
}
