// Parser tests: every statement and expression form, generics (type parameters, constraints, instantiation and the
// array-versus-type-parameter ambiguity), the composite-literal-in-header rule, comments, doc comments and directives,
// positions, and a golden dump of testdata/forms.go (regenerate with UPDATE_GOLDEN=1).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as ast from './ast.ts';
import { DiagnosticSink } from '../diag.ts';
import { dumpAST } from './dump.ts';
import { parseExpr, parseFile } from './parser.ts';
import { FileSet } from './source.ts';
import { walk } from './walk.ts';

interface Parsed {
  file: ast.File;
  fset: FileSet;
  errors: string[];
}

function parse(src: string): Parsed {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const file = parseFile(fset, 'x.go', new TextEncoder().encode(src), sink);
  const errors = sink.list.map((d) => {
    const p = fset.position(d.pos);
    return `${p.line}:${p.column}: ${d.message}`;
  });
  return { file, fset, errors };
}

/** body parses statements inside `func f() { ... }` and returns them, failing on any error. */
function body(stmts: string): ast.Stmt[] {
  const { file, errors } = parse(`package p\nfunc f() {\n${stmts}\n}\n`);
  expect(errors).toEqual([]);
  const fd = file.decls[0] as ast.FuncDecl;
  return fd.body!.list;
}

/** expr parses one expression (as `_ = expr`). */
function expr(src: string): ast.Expr {
  const s = body(`_ = ${src}`)[0] as ast.AssignStmt;
  return s.rhs[0]!;
}

/** shape renders an expression compactly: kinds and names, for structural assertions. */
function shape(n: ast.Node | undefined): string {
  if (!n) return '_';
  switch (n.kind) {
    case 'Ident':
      return n.name;
    case 'BasicLit':
      return n.value;
    case 'BinaryExpr':
      return `(${shape(n.x)} ${n.op} ${shape(n.y)})`;
    case 'UnaryExpr':
      return `(${n.op}${shape(n.x)})`;
    case 'StarExpr':
      return `(*${shape(n.x)})`;
    case 'ParenExpr':
      return `[${shape(n.x)}]`;
    case 'SelectorExpr':
      return `${shape(n.x)}.${n.sel.name}`;
    case 'CallExpr':
      return `${shape(n.fun)}(${n.args.map(shape).join(', ')}${n.ellipsis ? '...' : ''})`;
    case 'IndexExpr':
      return `${shape(n.x)}[${n.indices.map(shape).join(', ')}]`;
    case 'SliceExpr':
      return `${shape(n.x)}[${shape(n.low)}:${shape(n.high)}${n.slice3 ? ':' + shape(n.max) : ''}]`;
    case 'TypeAssertExpr':
      return `${shape(n.x)}.(${n.type ? shape(n.type) : 'type'})`;
    case 'CompositeLit':
      return `${n.type ? shape(n.type) : ''}{${n.elts.map(shape).join(', ')}}`;
    case 'KeyValueExpr':
      return `${shape(n.key)}: ${shape(n.value)}`;
    case 'ArrayType':
      return `[${n.len ? shape(n.len) : ''}]${shape(n.elt)}`;
    case 'Ellipsis':
      return `...${n.elt ? shape(n.elt) : ''}`;
    case 'MapType':
      return `map[${shape(n.key)}]${shape(n.value)}`;
    case 'ChanType':
      return `${n.dir === 'recv' ? '<-chan' : n.dir === 'send' ? 'chan<-' : 'chan'} ${shape(n.value)}`;
    case 'FuncType':
      return `func(${n.params.list.map(shape).join(', ')})${n.results ? ' ' + n.results.list.map(shape).join(', ') : ''}`;
    case 'Field':
      return `${n.names.map((x) => x.name).join(',')}${n.names.length ? ' ' : ''}${shape(n.type)}`;
    case 'StructType':
      return `struct{${n.fields.list.map(shape).join('; ')}}`;
    case 'InterfaceType':
      return `interface{${n.methods.list.map(shape).join('; ')}}`;
    case 'FuncLit':
      return `${shape(n.type)} {${n.body.list.length}}`;
    default:
      return n.kind;
  }
}

describe('expressions', () => {
  it('respects operator precedence and associativity', () => {
    expect(shape(expr('a + b*c - d'))).toBe('((a + (b * c)) - d)');
    expect(shape(expr('a || b && c == d'))).toBe('(a || (b && (c == d)))');
    expect(shape(expr('x << 1 | y &^ z'))).toBe('((x << 1) | (y &^ z))');
    expect(shape(expr('-x * ^y + !z'))).toBe('(((-x) * (^y)) + (!z))');
    expect(shape(expr('*p + <-ch'))).toBe('((*p) + (<-ch))');
    expect(shape(expr('&T{1}'))).toBe('(&T{1})');
  });

  it('parses primary expressions', () => {
    expect(shape(expr('a.b.c(1, x...)[i][j:k][:][1:2:3].(T).(*U)'))).toBe(
      'a.b.c(1, x...)[i][j:k][_:_][1:2:3].(T).((*U))',
    );
    expect(shape(expr('f[int, string](x)'))).toBe('f[int, string](x)');
    expect(shape(expr('pkg.F[int]'))).toBe('pkg.F[int]');
    expect(shape(expr('(*T).M'))).toBe('[(*T)].M');
    expect(shape(expr('[]int{1, 2}[0]'))).toBe('[]int{1, 2}[0]');
    expect(shape(expr("0x1p-2 + 'a' + 1i"))).toBe("((0x1p-2 + 'a') + 1i)");
  });

  it('parses composite literals with elided types and keys', () => {
    expect(shape(expr('map[string][]int{"a": {1}, "b": nil}'))).toBe('map[string][]int{"a": {1}, "b": nil}');
    expect(shape(expr('[...]T{0: {X: 1}, 5: {}}'))).toBe('[...]T{0: {X: 1}, 5: {}}');
    expect(shape(expr('struct{ x, y int }{1, 2}'))).toBe('struct{x,y int}{1, 2}');
    expect(shape(expr('G[int]{}'))).toBe('G[int]{}');
  });

  it('parses function literals and types as expressions', () => {
    expect(shape(expr('func(a, b int, c ...string) (int, error) { return 0, nil }'))).toBe(
      'func(a,b int, c ...string) int, error {1}',
    );
    expect(shape(expr('[]func(int) bool(nil)'))).toBe('[]func(int) bool(nil)');
    expect(shape(expr('make(chan<- chan int)'))).toBe('make(chan<- chan int)');
    expect(shape(expr('make(<-chan <-chan int)'))).toBe('make(<-chan <-chan int)');
    expect(shape(expr('interface{ M(int) string; ~int | ~uint; io.Reader }(nil)'))).toBe(
      'interface{M func(int) string; ((~int) | (~uint)); io.Reader}(nil)',
    );
  });
});

describe('statements', () => {
  it('parses simple statements', () => {
    const s = body('x := 1\nx, y = y, x\nx += 2\nx++\ny--\nch <- 1\nf()\n<-ch\nvar z int\nconst c = 1\ntype T int');
    expect(s.map((n) => n.kind)).toEqual([
      'AssignStmt', 'AssignStmt', 'AssignStmt', 'IncDecStmt', 'IncDecStmt', 'SendStmt', 'ExprStmt', 'ExprStmt',
      'DeclStmt', 'DeclStmt', 'DeclStmt',
    ]);
    expect((s[0] as ast.AssignStmt).tok).toBe(':=');
    expect((s[2] as ast.AssignStmt).tok).toBe('+=');
    expect((s[4] as ast.IncDecStmt).tok).toBe('--');
  });

  it('parses control flow', () => {
    const s = body(`
if x := f(); x > 0 { } else if y { } else { }
for { break }
for i := 0; i < 10; i++ { continue }
for x < 3 { }
for ;; { }
for k, v := range m { }
for k = range m { }
for range ch { }
switch x := f(); x { case 1, 2: fallthrough; case 3: default: }
switch { case a > b: }
switch y := v.(type) { case int, *string: case nil: }
switch v.(type) { }
select { case v, ok := <-ch: case ch <- 1: case <-done: default: }
go f(1)
defer func() { recover() }()
L: for { break L }
goto L
return 1, 2
{ }
;`);
    expect(s.map((n) => n.kind)).toEqual([
      'IfStmt', 'ForStmt', 'ForStmt', 'ForStmt', 'ForStmt', 'RangeStmt', 'RangeStmt', 'RangeStmt', 'SwitchStmt',
      'SwitchStmt', 'TypeSwitchStmt', 'TypeSwitchStmt', 'SelectStmt', 'GoStmt', 'DeferStmt', 'LabeledStmt',
      'BranchStmt', 'ReturnStmt', 'BlockStmt', 'EmptyStmt',
    ]);
    const ifs = s[0] as ast.IfStmt;
    expect(ifs.init?.kind).toBe('AssignStmt');
    expect((ifs.else as ast.IfStmt).else?.kind).toBe('BlockStmt');
    const r1 = s[5] as ast.RangeStmt;
    expect([shape(r1.key), shape(r1.value), r1.tok, shape(r1.x)]).toEqual(['k', 'v', ':=', 'm']);
    const r2 = s[6] as ast.RangeStmt;
    expect([shape(r2.key), r2.value, r2.tok]).toEqual(['k', undefined, '=']);
    const r3 = s[7] as ast.RangeStmt;
    expect([r3.key, r3.tok, r3.tokPos]).toEqual([undefined, undefined, 0]);
    const sw = s[8] as ast.SwitchStmt;
    expect(sw.body.list.map((c) => (c as ast.CaseClause).list?.length ?? 'default')).toEqual([2, 1, 'default']);
    expect(((sw.body.list[0] as ast.CaseClause).body[0] as ast.BranchStmt).tok).toBe('fallthrough');
    const ts = s[10] as ast.TypeSwitchStmt;
    expect(ts.assign.kind).toBe('AssignStmt');
    expect((ts.body.list[0] as ast.CaseClause).list!.map(shape)).toEqual(['int', '(*string)']);
    expect((s[11] as ast.TypeSwitchStmt).assign.kind).toBe('ExprStmt');
    const sel = s[12] as ast.SelectStmt;
    expect(sel.body.list.map((c) => (c as ast.CommClause).comm?.kind ?? 'default')).toEqual([
      'AssignStmt', 'SendStmt', 'ExprStmt', 'default',
    ]);
    const lab = s[15] as ast.LabeledStmt;
    expect([lab.label.name, lab.stmt.kind]).toEqual(['L', 'ForStmt']);
    expect((s[16] as ast.BranchStmt).label?.name).toBe('L');
    expect((s[17] as ast.ReturnStmt).results.length).toBe(2);
    expect((s[19] as ast.EmptyStmt).implicit).toBe(false);
  });

  it('applies the composite literal rule in control clause headers', () => {
    const s = body('if x == (T{}) { }\nfor _, v := range []T{{1}} { }\nif f(T{}) { }\nswitch (T{}) { }');
    expect(shape((s[0] as ast.IfStmt).cond)).toBe('(x == [T{}])');
    expect(shape((s[1] as ast.RangeStmt).x)).toBe('[]T{{1}}');
    expect(shape((s[2] as ast.IfStmt).cond)).toBe('f(T{})');
    // a bare `T{` in a header starts the block
    const t = body('if x == T {\n}')[0] as ast.IfStmt;
    expect(shape(t.cond)).toBe('(x == T)');
    // a function literal body inside a header lifts the restriction
    const u = body('if func() bool { return T{} == x }() { }')[0] as ast.IfStmt;
    expect(u.cond.kind).toBe('CallExpr');
  });

  it('attaches an implicit empty statement to a label before }', () => {
    const s = body('{ L: }')[0] as ast.BlockStmt;
    const l = s.list[0] as ast.LabeledStmt;
    expect(l.stmt.kind).toBe('EmptyStmt');
    expect((l.stmt as ast.EmptyStmt).implicit).toBe(true);
  });
});

describe('declarations and generics', () => {
  it('parses generic types and functions', () => {
    const { file, errors } = parse(`package p
type List[T any] struct { next *List[T]; val T }
type Pair[K comparable, V any] struct{}
type Num interface { ~int | ~int64 | float64 }
type A [N]int
type B [N * 2]int
type C[P *Q,] struct{}
type D[P *[]int] struct{}
type E[P interface{ M() }] int
type F = map[string]int
type G[S ~[]E, E any] []S
func Map[T, U any](xs []T, f func(T) U) []U { return nil }
func (l *List[T]) Push(v T) {}
func (p Pair[K, V]) Get() {}
`);
    expect(errors).toEqual([]);
    const specs = file.decls.slice(0, 10).map((d) => (d as ast.GenDecl).specs[0] as ast.TypeSpec);
    const tp = (t: ast.TypeSpec): string =>
      t.typeParams ? t.typeParams.list.map((f) => shape(f)).join('; ') : '-';
    expect(specs.map(tp)).toEqual([
      'T any', 'K comparable; V any', '-', '-', '-', 'P (*Q)', 'P (*[]int)', 'P interface{M func()}', '-',
      'S (~[]E); E any',
    ]);
    expect(shape(specs[2]!.type)).toBe('interface{(((~int) | (~int64)) | float64)}');
    expect(shape(specs[3]!.type)).toBe('[N]int');
    expect(shape(specs[4]!.type)).toBe('[(N * 2)]int');
    expect(specs[8]!.assign).not.toBe(0);
    const map = file.decls[10] as ast.FuncDecl;
    expect(map.type.typeParams!.list.map(shape)).toEqual(['T,U any']);
    expect(map.type.params.list.map(shape)).toEqual(['xs []T', 'f func(T) U']);
    const push = file.decls[11] as ast.FuncDecl;
    expect(push.recv!.list.map(shape)).toEqual(['l (*List[T])']);
    expect(shape((file.decls[12] as ast.FuncDecl).recv!.list[0])).toBe('p Pair[K, V]');
  });

  it('parses struct fields, embedded types and tags', () => {
    const { file, errors } = parse('package p\ntype S struct {\n\ta, b int `json:"a"`\n\tT\n\t*pkg.U\n\tG[int]\n\tarr [4]byte\n\tf func()\n}\n');
    expect(errors).toEqual([]);
    const st = ((file.decls[0] as ast.GenDecl).specs[0] as ast.TypeSpec).type as ast.StructType;
    expect(st.fields.list.map(shape)).toEqual(['a,b int', 'T', '(*pkg.U)', 'G[int]', 'arr [4]byte', 'f func()']);
    expect(st.fields.list[0]!.tag?.value).toBe('`json:"a"`');
  });

  it('numbers const specs with iota and groups imports', () => {
    const { file, errors } = parse('package p\nimport (\n\t"fmt"\n\tm "math"\n\t. "os"\n\t_ "io"\n)\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\nvar x, y = 1, 2\nvar z int\n');
    expect(errors).toEqual([]);
    expect(file.imports.map((s) => `${s.name?.name ?? ''}${s.path.value}`)).toEqual([
      '"fmt"', 'm"math"', '."os"', '_"io"',
    ]);
    const consts = (file.decls[1] as ast.GenDecl).specs as ast.ValueSpec[];
    expect(consts.map((s) => s.iota)).toEqual([0, 1, 2]);
    expect(consts[1]!.values).toEqual([]);
    const v = (file.decls[3] as ast.GenDecl).specs[0] as ast.ValueSpec;
    expect([v.type && shape(v.type), v.values.length, v.iota]).toEqual(['int', 0, 0]);
  });

  it('parses function declarations without body', () => {
    const { file, errors } = parse('package p\nfunc f(int) int\nfunc g()\n');
    expect(errors).toEqual([]);
    expect(file.decls.map((d) => (d as ast.FuncDecl).body)).toEqual([undefined, undefined]);
  });
});

describe('comments and directives', () => {
  const src = `//go:build tinygo && avr
// +build tinygo

// Package p is a doc.
package p

import "unsafe"

// A is doc for A.
//go:extern __a
var A int // trailing

//go:noinline
//export add
func add(a, b int) int { return a + b }

// not a directive: // go:noinline
func plain() {}

//line foo.go:10
func lined() {}

/* block */
type T struct {
	// x doc
	x int
}

var _ = unsafe.Sizeof(0)
`;
  const { file, errors } = parse(src);

  it('extracts build directives and the file doc', () => {
    expect(errors).toEqual([]);
    expect(file.directives.map((d) => [d.name, d.args])).toEqual([['go:build', 'tinygo && avr']]);
    expect(file.doc?.list.map((c) => c.text)).toEqual(['// Package p is a doc.']);
  });

  it('attaches doc comments and directives to declarations', () => {
    const a = file.decls[1] as ast.GenDecl;
    expect(a.doc?.list.map((c) => c.text)).toEqual(['// A is doc for A.', '//go:extern __a']);
    expect(a.directives.map((d) => [d.name, d.args])).toEqual([['go:extern', '__a']]);
    const add = file.decls[2] as ast.FuncDecl;
    expect(add.directives.map((d) => [d.name, d.args])).toEqual([['go:noinline', ''], ['export', 'add']]);
    expect(add.directives[0]!.pos).toBe(add.doc!.list[0]!.pos);
    const plain = file.decls[3] as ast.FuncDecl;
    expect(plain.doc).toBeDefined();
    expect(plain.directives).toEqual([]);
    const lined = file.decls[4] as ast.FuncDecl;
    expect(lined.directives.map((d) => d.name)).toEqual(['line']);
    const t = file.decls[5] as ast.GenDecl;
    expect(t.doc?.list[0]!.text).toBe('/* block */');
    const st = (t.specs[0] as ast.TypeSpec).type as ast.StructType;
    expect(st.fields.list[0]!.doc?.list[0]!.text).toBe('// x doc');
  });

  it('keeps every comment group in order, trailing comments not as doc', () => {
    const texts = file.comments.map((g) => g.list.map((c) => c.text).join('|'));
    expect(texts).toContain('// trailing');
    expect(texts[0]).toBe('//go:build tinygo && avr|// +build tinygo');
    const poss = file.comments.map((g) => g.pos);
    expect([...poss].sort((x, y) => x - y)).toEqual(poss);
  });
});

describe('positions', () => {
  it('records byte positions with tabs and UTF-8', () => {
    const { file, fset } = parse('package p\n\nfunc f() {\n\tx := "é"; y := 1\n}\n');
    const stmts = (file.decls[0] as ast.FuncDecl).body!.list;
    const pos = (p: number): string => {
      const q = fset.position(p);
      return `${q.line}:${q.column}`;
    };
    const a = stmts[1] as ast.AssignStmt;
    expect(pos(a.pos)).toBe('4:13');
    expect(pos(a.tokPos)).toBe('4:15');
    expect(pos(a.end)).toBe('4:19');
    expect(pos(stmts[0]!.end)).toBe('4:11');
  });
});

describe('walk', () => {
  it('visits in source order and can skip children', () => {
    const { file } = parse('package p\nfunc f() { a(b, c); d := func() { e() } }\n');
    const names: string[] = [];
    walk(file, (n) => {
      if (n.kind === 'Ident') names.push(n.name);
      if (n.kind === 'FuncLit') return false;
      return true;
    });
    expect(names).toEqual(['p', 'f', 'a', 'b', 'c', 'd']);
  });
});

describe('golden dump', () => {
  it('matches testdata/forms.dump', () => {
    const dir = join(import.meta.dirname, 'testdata');
    const src = readFileSync(join(dir, 'forms.go'));
    const fset = new FileSet();
    const sink = new DiagnosticSink(fset);
    const file = parseFile(fset, 'forms.go', src, sink);
    expect(sink.list).toEqual([]);
    const got = dumpAST(file, fset);
    const golden = join(dir, 'forms.dump');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, got);
    expect(got).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('entry points', () => {
  it('parseExpr parses one expression and rejects trailing tokens', () => {
    const fset = new FileSet();
    const sink = new DiagnosticSink(fset);
    expect(shape(parseExpr(fset, 'e', 'a.b[c] + f(1)', sink))).toBe('(a.b[c] + f(1))');
    expect(shape(parseExpr(fset, 't', 'map[string][]*T', sink))).toBe('map[string][](*T)');
    expect(sink.list).toEqual([]);
    parseExpr(fset, 'bad', 'a b', sink);
    expect(sink.list.map((d) => d.message)).toEqual(['syntax error: unexpected name b after expression']);
  });

  it('parseFile with importsOnly stops after the imports', () => {
    const fset = new FileSet();
    const sink = new DiagnosticSink(fset);
    const src = '//go:build avr\n\npackage p\n\nimport (\n\t"a"\n\tb "c"\n)\nimport "d"\n\nfunc f() { this is not Go }\n';
    const file = parseFile(fset, 'x.go', new TextEncoder().encode(src), sink, { importsOnly: true });
    expect(sink.list).toEqual([]);
    expect(file.imports.map((i) => i.path.value)).toEqual(['"a"', '"c"', '"d"']);
    expect(file.decls.length).toBe(2);
    expect(file.directives.map((d) => d.args)).toEqual(['avr']);
  });
});

describe('line directives', () => {
  it('adjusts positions after //line and /*line*/ as gc and go/token do, leaving physical positions alone', () => {
    const src = [
      'package p', //                   1
      '//line a.go:20', //              2
      'var x int', //                   3 → a.go:20 (column unknown)
      '', //                            4 → a.go:21
      '  //line ignored.go:5', //       5: not at the start of a line
      'var y int', //                   6 → a.go:23
      'var /*line b.go:7:9*/z int', //  7: from right after the comment, b.go:7:9
      'var w int', //                   8 → b.go:8, physical column
    ].join('\n');
    const fset = new FileSet();
    const sink = new DiagnosticSink(fset);
    const file = parseFile(fset, 'm.go', new TextEncoder().encode(src), sink);
    expect(sink.list).toEqual([]);
    const at = (name: string): string => {
      let pos = 0;
      walk(file, (n) => {
        if (n.kind === 'Ident' && n.name === name && pos === 0) pos = n.pos;
      });
      const a = fset.adjustedPosition(pos);
      const p = fset.position(pos);
      return `${a.filename}:${a.line}:${a.column} (${p.line}:${p.column})`;
    };
    expect(at('x')).toBe('a.go:20:0 (3:5)');
    expect(at('y')).toBe('a.go:23:0 (6:5)');
    expect(at('z')).toBe('b.go:7:9 (7:22)');
    expect(at('w')).toBe('b.go:8:5 (8:5)');
  });
});
