// The parser's entry point: parseFile registers a file in the FileSet, parses the package clause, imports and
// top-level declarations (gc's recovery: "non-declaration statement outside function body", "after top level
// declaration"), attaches comment groups and directives, and always returns a File. It never throws: the nesting and
// error limits end the parse through a Bailout, and even an internal failure becomes a diagnostic, so no user input
// can produce a JS exception. The grammar itself lives in parse_type.ts, parse_expr.ts, parse_decl.ts, parse_stmt.ts.

import type * as ast from './ast.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { FileSet, SourceFile } from './source.ts';
import { Tok } from './token.ts';
import { Bailout } from './parser_core.ts';
import { parseDirective } from './parse_decl.ts';
import { StmtParser } from './parse_stmt.ts';
import { checkDirectives } from './directives.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;

/** FileParser parses one whole file, keeping partial results so that a bailout still yields a File. */
class FileParser extends StmtParser {
  readonly decls: ast.Decl[] = [];
  readonly imports: ast.ImportSpec[] = [];
  readonly fileDirectives: ast.Directive[] = [];
  doc: ast.CommentGroup | undefined;
  packagePos = 0;
  name: ast.Ident | undefined;

  constructor(file: SourceFile, sink: DiagnosticSink) {
    super(file, sink);
  }

  private addDecl(d: ast.Decl): void {
    this.decls.push(d);
    if (d.kind === 'GenDecl' && d.tok === 'import') {
      for (const s of d.specs) if (s.kind === 'ImportSpec') this.imports.push(s);
    }
  }

  parse(importsOnly: boolean): void {
    this.doc = this.leadComment;
    for (const g of this.comments) {
      for (const c of g.list) {
        const d = parseDirective(c);
        if (d && d.name === 'go:build') this.fileDirectives.push(d);
      }
    }
    if (this.tok !== T.Package) {
      this.syntaxError('package statement must be first');
      return;
    }
    this.packagePos = this.pos;
    this.next();
    this.name = this.ident();
    this.want(T.Semicolon);
    while (this.tok === T.Import) {
      this.addDecl(this.genDecl(this.leadComment));
      this.want(T.Semicolon);
    }
    if (importsOnly) return;
    while (this.tok !== T.EOF) {
      const doc = this.leadComment;
      switch (this.tok) {
        case T.Import:
          this.syntaxError('imports must appear before other declarations');
          this.addDecl(this.genDecl(doc));
          break;
        case T.Const:
        case T.Type:
        case T.Var:
          this.addDecl(this.genDecl(doc));
          break;
        case T.Func:
          this.addDecl(this.funcDecl(doc));
          break;
        default: {
          const last = this.decls[this.decls.length - 1];
          if (this.tok === T.LBrace && last && last.kind === 'FuncDecl' && !last.body) {
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(T.Import, T.Const, T.Type, T.Var, T.Func);
          continue;
        }
      }
      if (this.tok !== T.EOF && !this.got(T.Semicolon)) {
        this.syntaxError('after top level declaration');
        this.advance(T.Import, T.Const, T.Type, T.Var, T.Func);
      }
    }
  }

  /** result assembles the File from whatever was parsed. */
  result(filename: string): ast.File {
    const end = this.file.base + this.file.size;
    const name = this.name ?? { kind: 'Ident', pos: this.file.base, end: this.file.base, name: '_' };
    return {
      kind: 'File', pos: this.file.base, end, filename, doc: this.doc, packagePos: this.packagePos, name,
      decls: this.decls, imports: this.imports, comments: this.comments, directives: this.fileDirectives,
    };
  }
}

/** ParseOptions tune parseFile. */
export interface ParseOptions {
  /** importsOnly stops after the import declarations (for the loader: build constraints and the import graph). */
  importsOnly?: boolean;
}

/**
 * parseFile adds `src` to `fset` under `filename`, parses it and returns the File. Syntax errors go to `sink` in gc's
 * wording; the result is always a File (with Bad nodes where the source could not be parsed).
 */
export function parseFile(
  fset: FileSet,
  filename: string,
  src: Uint8Array,
  sink: DiagnosticSink,
  options: ParseOptions = {},
): ast.File {
  const file = fset.addFile(filename, src);
  let p: FileParser;
  try {
    p = new FileParser(file, sink);
  } catch (e) {
    if (!(e instanceof Bailout)) sink.error(file.base, `internal compiler error: ${String(e)}`);
    const pos = file.base;
    return {
      kind: 'File', pos, end: pos + file.size, filename, doc: undefined, packagePos: 0,
      name: { kind: 'Ident', pos, end: pos, name: '_' }, decls: [], imports: [], comments: [], directives: [],
    };
  }
  try {
    p.parse(options.importsOnly === true);
  } catch (e) {
    if (e instanceof Bailout) {
      // the limit was reported where it was hit
    } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
      sink.error(p.pos, 'exceeded max nesting depth');
    } else {
      sink.error(p.pos, `internal compiler error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const f = p.result(filename);
  if (options.importsOnly !== true) checkDirectives(f, src, file.base, sink);
  return f;
}

/**
 * parseExpr parses `src` as a single expression (or type), like go/parser.ParseExpr: the text is registered in `fset`
 * under `filename`, errors go to `sink`, and a BadExpr stands in when nothing could be parsed. For tests and tools.
 */
export function parseExpr(fset: FileSet, filename: string, src: string, sink: DiagnosticSink): ast.Expr {
  const file = fset.addFile(filename, new TextEncoder().encode(src));
  let p: FileParser | undefined;
  try {
    p = new FileParser(file, sink);
    p.fnest = 1; // statement keywords are not skipped over as at top level
    const x = p.expr();
    if (p.tok === T.Semicolon && p.lit === 'newline') p.next();
    if (p.tok === T.Semicolon && p.lit === 'EOF') p.next();
    if (p.tok !== T.EOF) p.syntaxError('after expression');
    return x;
  } catch (e) {
    if (!(e instanceof Bailout)) sink.error(p ? p.pos : file.base, `internal compiler error: ${String(e)}`);
    return { kind: 'BadExpr', pos: file.base, end: file.base + file.size };
  }
}
