// The parser's token machinery, shared by the expression, statement and declaration parsers: the current token and
// its position, comment grouping (a run of comments with no blank line between them is one CommentGroup; the group
// ending on the line right before a token, and starting after the previous token's line, is that token's lead
// comment), gc-style syntax errors ("syntax error: unexpected X, expected Y"), error recovery by skipping to a follow
// token, and the two guards that keep the parser total: a nesting limit (no JS stack overflow on `((((...`) and an
// error limit, both of which stop parsing through a Bailout that parseFile catches.

import type * as ast from './ast.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { Pos, SourceFile } from './source.ts';
import { Scanner } from './scanner.ts';
import { Tok, tokDescription, tokExpected } from './token.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;

/** Bailout stops parsing early (nesting or error limit); parseFile catches it and returns what it has. */
export class Bailout extends Error {}

/** maxNesting is the deepest expression/statement nesting the parser accepts before it gives up. */
export const maxNesting = 1000;

/** maxErrors is the number of syntax errors after which the parser stops reading the file. */
export const maxErrors = 100;

/**
 * stopTokens are the keywords that start a statement: good places to resynchronise after an error, never skipped
 * over inside a function body.
 */
const stopTokens = new Set<Tok>([
  T.Break, T.Const, T.Continue, T.Defer, T.Fallthrough, T.For, T.Go, T.Goto, T.If, T.Return,
  T.Select, T.Switch, T.Type, T.Var,
]);

/** ParserCore holds the token stream and error handling of one file's parse. */
export class ParserCore {
  /** tok is the current token kind. */
  tok: Tok = T.EOF;
  /** lit is the current token's text (identifier, literal, "newline"/"EOF"/"semicolon"). */
  lit = '';
  /** pos is the current token's position. */
  pos: Pos = 0;
  /** prevEnd is the end position of the last consumed non-semicolon token. */
  prevEnd: Pos = 0;
  /** exprLev < 0 inside control clauses (composite literals of bare type names not allowed), >= 0 elsewhere. */
  exprLev = 0;
  /** fnest counts enclosing function bodies. */
  fnest = 0;
  /** comments are all comment groups of the file in source order. */
  readonly comments: ast.CommentGroup[] = [];
  /** leadComment is the comment group immediately before the current token, if any. */
  leadComment: ast.CommentGroup | undefined;

  protected readonly sc: Scanner;
  protected readonly base: number;
  private depth = 0;
  private errors = 0;
  private prevTokEndOffset = 0;

  constructor(
    protected readonly file: SourceFile,
    protected readonly sink: DiagnosticSink,
  ) {
    this.base = file.base;
    this.sc = new Scanner(file.bytes, (off, msg) => this.report(file.base + off, msg));
    this.next();
  }

  /** report adds an error and bails out after too many. */
  protected report(pos: Pos, msg: string): void {
    this.sink.error(pos, msg);
    if (++this.errors >= maxErrors) throw new Bailout('too many errors');
  }

  /** errorCount is the number of errors this parse reported. */
  get errorCount(): number {
    return this.errors;
  }

  private line(offset: number): number {
    return this.file.position(offset).line;
  }

  /** next advances to the next non-comment token, grouping the comments it passes. */
  next(): void {
    const sc = this.sc;
    if (this.tok !== T.Semicolon || this.lit === 'semicolon') this.prevEnd = this.base + sc.endOffset;
    this.prevTokEndOffset = sc.endOffset;
    const hadTok = this.tok !== T.EOF || this.pos !== 0;
    this.leadComment = undefined;
    sc.next();
    if (sc.tok === T.Comment) this.readComments(hadTok);
    this.tok = sc.tok;
    this.lit = sc.lit;
    this.pos = this.base + sc.offset;
  }

  /**
   * readComments groups the run of comment tokens at the scanner into CommentGroups (a blank line splits groups) and
   * sets leadComment when the last group ends on the line before the next real token and does not trail the
   * previous token (written without closures: this runs for every comment of every file).
   */
  private readComments(hadTok: boolean): void {
    const sc = this.sc;
    const prevLine = hadTok ? this.line(this.prevTokEndOffset) : 0;
    let group: ast.Comment[] = [];
    let startLine = -1;
    let endLine = -1;
    for (;;) {
      const done = sc.tok !== T.Comment;
      const line = done ? 0 : this.line(sc.offset);
      if (group.length > 0 && (done || line > endLine + 1)) {
        const g: ast.CommentGroup = {
          kind: 'CommentGroup', pos: group[0]!.pos, end: group[group.length - 1]!.end, list: group.slice(), // exact size (see tight)
        };
        this.comments.push(g);
        group = [];
        // an automatic semicolon after a comment means the comment trailed a statement
        if (done && (sc.tok !== T.Semicolon || sc.lit === 'semicolon')) {
          const tokLine = this.line(sc.offset);
          if (endLine + 1 >= tokLine && (startLine > prevLine || !hadTok)) this.leadComment = g;
        }
      }
      if (done) return;
      if (group.length === 0) startLine = line;
      group.push({ kind: 'Comment', pos: this.base + sc.offset, end: this.base + sc.endOffset, text: sc.lit });
      if (sc.lit.startsWith('line ', 2)) this.lineDirective(sc.offset, sc.endOffset, sc.lit);
      endLine = sc.lit.startsWith('/*') ? this.line(Math.max(sc.offset, sc.endOffset - 1)) : line;
      sc.next();
    }
  }

  /**
   * lineDirective records a line directive in the file's line table, as gc reads them: `//line file:line[:col]` at
   * the start of a line applies from the next line, the block-comment form `/*line file:line[:col]` (closed as usual) from right after the comment; an
   * empty file name with a column keeps the current one. Malformed directives are ignored.
   */
  private lineDirective(offset: number, end: number, text: string): void {
    const bytes = this.file.bytes;
    const block = text.startsWith('/*');
    if (!block && offset > 0 && bytes[offset - 1] !== 0x0a) return;
    const body = block ? text.slice(7, -2) : text.slice(7).trimEnd();
    // `file:line:col` when the last two parts are numbers, else `file:line` (a file name may contain colons)
    const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(body);
    if (!m) return;
    let filename = m[1]!;
    const line = Number(m[2]);
    const column = m[3] === undefined ? 0 : Number(m[3]);
    if (!(line >= 1 && line < 1 << 30) || column >= 1 << 30) return;
    if (filename === '' && column > 0) filename = this.file.adjustedPosition(offset).filename;
    let at = end;
    if (!block) {
      while (at < bytes.length && bytes[at] !== 0x0a) at++;
      if (at < bytes.length) at++; // past the newline: the directive names the next line
    }
    this.file.addLineInfo(at, filename, line, column);
  }

  /**
   * tight returns a list built by push at its exact size: V8 gives an array that is pushed to room for 17 elements,
   * and the AST keeps millions of short lists (statements, arguments, elements, fields, comments) alive.
   */
  tight<E>(a: E[]): E[] {
    return a.length === 0 ? a : a.slice();
  }

  /** got consumes the current token if it is t. */
  got(t: Tok): boolean {
    if (this.tok === t) {
      this.next();
      return true;
    }
    return false;
  }

  /** want consumes t, or reports "unexpected X, expected t" and skips one token. It returns t's position. */
  want(t: Tok): Pos {
    const pos = this.pos;
    if (!this.got(t)) {
      this.syntaxError('expected ' + tokExpected(t));
      this.advance();
    }
    return pos;
  }

  /**
   * syntaxErrorAt reports a syntax error the way gc words it: messages starting with "in ", "at " or "after " and
   * "expected ..." get the current token prepended ("unexpected X in ..."), others are printed as they are.
   */
  syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tok === T.EOF && this.errors > 0) return; // avoid follow-up errors at EOF
    let suffix: string;
    if (msg === '') suffix = '';
    else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) suffix = ' ' + msg;
    else if (msg.startsWith('expected ')) suffix = ', ' + msg;
    else {
      this.report(pos, 'syntax error: ' + msg);
      return;
    }
    this.report(pos, 'syntax error: unexpected ' + tokDescription(this.tok, this.lit) + suffix);
  }

  /** syntaxError reports a syntax error at the current token. */
  syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  /**
   * advance skips tokens until one in the follow list (or, inside a function, a statement keyword) or EOF; with an
   * empty list it skips exactly one token.
   */
  advance(...follow: Tok[]): void {
    if (follow.length === 0) {
      if (this.tok !== T.EOF) this.next();
      return;
    }
    while (this.tok !== T.EOF) {
      if (follow.includes(this.tok)) return;
      if (this.fnest > 0 && stopTokens.has(this.tok)) return;
      this.next();
    }
  }

  /**
   * list parses `[ f { sep f } [sep] ] close` like gc: f is called per element until it returns true; a missing
   * separator is reported as "unexpected X in <context>; possibly missing <sep> or <close>". It returns close's position.
   */
  list(context: string, sep: Tok, close: Tok, f: () => boolean): Pos {
    let done = false;
    while (this.tok !== T.EOF && this.tok !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tok !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokExpected(sep)} or ${tokExpected(close)}`);
        this.advance(T.RParen, T.RBrack, T.RBrace);
        if (this.tok !== close) return this.pos;
      }
    }
    const pos = this.pos;
    this.want(close);
    return pos;
  }

  /** enter counts one level of nesting and bails out past maxNesting; pair with leave(). */
  enter(): void {
    if (++this.depth > maxNesting) {
      this.report(this.pos, 'exceeded max nesting depth');
      throw new Bailout('nesting');
    }
  }

  /** leave undoes enter(). */
  leave(): void {
    this.depth--;
  }

  /** ident parses an identifier, or reports "expected name" and returns a `_` placeholder. */
  ident(): ast.Ident {
    const pos = this.pos;
    if (this.tok === T.Ident) {
      const name = this.lit;
      this.next();
      return { kind: 'Ident', pos, end: this.prevEnd, name };
    }
    this.syntaxError('expected name');
    this.advance();
    return { kind: 'Ident', pos, end: pos, name: '_' };
  }

  /** endFrom is the end position of a node starting at pos: the last consumed token's end, but never before pos. */
  endFrom(pos: Pos): Pos {
    return this.prevEnd > pos ? this.prevEnd : pos;
  }

  /** badExpr makes a BadExpr spanning from pos to the last consumed token. */
  badExpr(pos: Pos): ast.BadExpr {
    return { kind: 'BadExpr', pos, end: this.endFrom(pos) };
  }
}
