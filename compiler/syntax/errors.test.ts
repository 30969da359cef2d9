// Syntax error tests: message and line:col for common mistakes, in gc's wording. The expectations use current gc
// wording ("expected", "name x", "keyword else"); when the gc 1.19 oracle is installed (`go tool compile`), each case
// is also compiled by gc and compared after mapping gc 1.19's older phrasing ("expecting", bare names) onto ours.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { toGc119 } from './conformance/errorcheck.ts';
import { haveGo } from './conformance/godiff.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';

interface Case {
  name: string;
  src: string;
  want: string[];
  /** oracle: false when gc reports something else first (type errors, go/parser wording, newer-gc messages). */
  oracle?: boolean;
}

const cases: Case[] = [
  { name: 'missing comma in call', src: 'package main\n\nfunc main() {\n\tf(a, b\n}\n',
    want: ['4:8: syntax error: unexpected newline in argument list; possibly missing comma or )'] },
  { name: 'statement at top level', src: 'package main\n\nx := 1\n',
    want: ['3:1: syntax error: non-declaration statement outside function body'] },
  { name: 'extra closing brace', src: 'package main\n\nfunc main() {\n\tx := 1 }\n}\n',
    want: ['5:1: syntax error: non-declaration statement outside function body'] },
  { name: 'unknown escape', src: 'package main\n\nfunc main() {\n\ts := "a\\qb"\n\t_ = s\n}\n',
    want: ['4:10: unknown escape sequence'] },
  { name: 'assignment as if condition', src: 'package main\n\nfunc main() {\n\tif x := 0 {\n\t}\n}\n',
    want: ['4:7: syntax error: cannot use x := 0 as value'] },
  { name: 'for brace on next line', src: 'package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{\n\t}\n}\n',
    want: ['4:25: syntax error: unexpected newline, expected { after for clause'] },
  { name: 'func brace on next line', src: 'package main\n\nfunc main()\n{\n}\n',
    want: ['4:1: syntax error: unexpected semicolon or newline before {'] },
  { name: 'composite literal newline', src: 'package main\n\nfunc main() {\n\tvar x = [3]int{1,2,3\n\t}\n}\n',
    want: ['4:22: syntax error: unexpected newline in composite literal; possibly missing comma or }'] },
  { name: 'bad number literals', src: "package main\n\nfunc main() {\n\tx := 0x\n\ty := 09\n\tz := 1__0\n\t_ = 'ab'\n}\n",
    want: [
      '4:9: hexadecimal literal has no digits', "5:8: invalid digit '9' in octal literal",
      "6:9: '_' must separate successive digits", '7:6: more than one character in rune literal',
    ] },
  { name: 'defer and go operands', src: 'package main\n\nfunc main() {\n\tdefer recover\n\tgo (f())\n}\n',
    want: ['4:8: expression in defer must be function call', '5:5: expression in go must not be parenthesized'],
    oracle: false },
  { name: 'switch body and missing if condition', src: 'package main\n\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n\tif {\n\t}\n}\n',
    want: [
      '5:2: syntax error: unexpected name foo, expected case or default or }', '6:2: syntax error: unexpected }, expected :',
      '7:5: syntax error: missing condition in if statement',
    ] },
  { name: 'struct fields and parameters', src: 'package main\n\ntype T struct {\n\ta int b int\n}\nfunc f(a int, string) {}\n',
    want: [
      '4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }',
      '6:15: syntax error: mixed named and unnamed parameters',
    ] },
  { name: 'invalid character, dangling operator', src: 'package main\n\nfunc main() {\n\tx = @\n\ty := 1 +\n}\n',
    want: ["4:6: invalid character U+0040 '@'", '5:4: syntax error: unexpected := at end of statement'] },
  { name: 'var with :=', src: 'package main\nvar x := 1\n', want: ['2:7: syntax error: unexpected :=, expected ='] },
  { name: 'declaration in for post', src: 'package main\nfunc f() {\n\tfor i := 0; i < 3; i := 1 {\n\t}\n}\n',
    want: ['3:23: syntax error: cannot declare in post statement of for loop'] },
  { name: 'else on its own line', src: 'package main\nfunc f() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n',
    want: ['5:2: syntax error: unexpected keyword else, expected }'] },
  { name: 'unterminated function', src: 'package main\nfunc f() {\n', want: ['3:1: syntax error: unexpected EOF, expected }'] },
  { name: 'parenthesized embedded type', src: 'package main\ntype T struct {\n\t(x)\n}\n',
    want: ['3:2: syntax error: cannot parenthesize embedded type'] },
  { name: 'case without colon', src: 'package main\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n}\n',
    want: ['4:8: syntax error: unexpected newline, expected :'] },
  { name: 'missing comma between arguments', src: 'package main\nfunc f() {\n\tf(a b)\n}\n',
    want: ['3:6: syntax error: unexpected name b in argument list; possibly missing comma or )'] },
  { name: 'empty type parameter list', src: 'package main\nfunc f[]() {}\n',
    want: ['2:8: syntax error: empty type parameter list'] },
  { name: 'missing type constraint', src: 'package main\nfunc f[T]() {}\n', want: ['2:9: syntax error: missing type constraint'] },
  { name: 'go without call', src: 'package main\nfunc f() {\n\tgo f\n}\n', want: ['3:5: expression in go must be function call'] },
  { name: 'bad hex escape', src: "package main\nvar _ = '\\x4'\n", want: ["2:13: invalid character '\\'' in hexadecimal escape"] },
  { name: 'two statements on a line', src: 'package main\nfunc f() {\n\tx := 1 y := 2\n}\n',
    want: ['3:9: syntax error: unexpected name y at end of statement'] },
  { name: 'function without name', src: 'package main\nfunc () {}\n', want: ['2:9: syntax error: unexpected {, expected name or ('],
    oracle: false },
  { name: 'if with init and no condition', src: 'package main\nfunc f() {\n\tif x := 1; {\n\t}\n}\n',
    want: ['3:11: syntax error: missing condition in if statement'] },
  { name: 'range clause with post', src: 'package main\nfunc f() {\n\tfor i := range 10; i++ {\n\t}\n}\n',
    want: ['3:19: syntax error: unexpected semicolon, expected { after for clause'] },
  { name: 'comma in interface', src: 'package main\ntype T interface {\n\tM() int,\n}\n',
    want: ['3:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }'] },
  { name: 'missing comma in map literal', src: 'package main\nfunc f() {\n\tvar x = map[string]int{"a": 1 "b": 2}\n}\n',
    want: ['3:32: syntax error: unexpected literal "b" in composite literal; possibly missing comma or }'] },
  { name: 'selector without name', src: 'package main\n\nfunc f() {\n\tx := y.\n}\n',
    want: ['5:1: syntax error: unexpected }, expected name or ('] },
  { name: 'missing package clause', src: 'func main() {}\n', want: ['1:1: syntax error: package statement must be first'],
    oracle: false },
  { name: 'import after declarations', src: 'package main\nfunc f() {}\nimport "fmt"\n',
    want: ['3:1: syntax error: imports must appear before other declarations'], oracle: false },
  { name: 'missing import path', src: 'package main\nimport fmt\n', want: ['2:11: syntax error: missing import path'],
    oracle: false },
  { name: 'unterminated string', src: 'package main\nvar s = "abc\n', want: ['2:13: newline in string'] },
  { name: 'three-index slice without max', src: 'package main\nfunc f(a []int) {\n\t_ = a[1:2:]\n}\n',
    want: ['3:12: final index required in 3-index slice'] },
  // regressions found by GOROOT/test's errorcheck files
  { name: 'BOM inside comments', src: 'package main\n\n// a \uFEFF here\n/* and \uFEFF here */\n',
    want: ['3:6: invalid BOM in the middle of the file', '4:8: invalid BOM in the middle of the file'] },
  { name: 'escape beyond the last code point', src: 'package main\n\nconst a = "x\\U00110000"\nconst b = \'\\Uffffffff\'\n',
    want: ['3:23: escape is invalid Unicode code point U+110000', '4:22: escape is invalid Unicode code point U+FFFFFFFF'] },
  { name: 'method with type parameters', src: 'package main\n\ntype S struct{}\n\nfunc (S) m[P any]() {}\n',
    want: ['5:11: syntax error: method must have no type parameters'] },
  { name: 'interface method with type parameters', src: 'package main\n\ntype J[P any] interface{}\n\ntype I interface {\n\tm[P any](x int)\n\tJ[int]\n}\n',
    want: ['6:3: interface method must have no type parameters'] },
  { name: 'missing statement after label before case', src: 'package main\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tL:\n\tcase 2:\n\t}\n}\n',
    want: ['6:4: syntax error: missing statement after label'] },
  { name: 'label whose statement is a label without a statement', src: 'package main\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tL:\n\t\tM:\n\tcase 2:\n\t}\n}\n',
    want: ['6:4: syntax error: missing statement after label', '7:4: syntax error: missing statement after label'] },
];

function ours(src: string): string[] {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  parseFile(fset, 'bad.go', new TextEncoder().encode(src), sink);
  return sink.sorted().map((d) => {
    const p = fset.position(d.pos);
    return `${p.line}:${p.column}: ${d.message}`;
  });
}

describe('syntax errors', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(ours(c.src)).toEqual(c.want);
    });
  }
});

describe.runIf(haveGo())('agreement with gc 1.19', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsgo-syntax-'));
  for (const c of cases.filter((x) => x.oracle !== false)) {
    it(c.name, () => {
      const file = join(dir, 'bad.go');
      writeFileSync(file, c.src);
      let out = '';
      try {
        execFileSync('go', ['tool', 'compile', '-o', 'bad.o', 'bad.go'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
      }
      const gc = out.split('\n').filter((l) => l.startsWith('bad.go:')).map((l) => l.slice('bad.go:'.length));
      expect(c.want.map(toGc119)).toEqual(gc);
    });
  }
});
