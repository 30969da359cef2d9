// `tsgo check` as a user runs it, a child process per case on temporary trees: a clean package exits 0 and prints
// nothing, errors exit 1 with `file:line:col` positions under `# path`, `./...` checks every package of a module once,
// a missing package names where it was looked for, an import cycle shows its chain, `-tags` selects files,
// `-dump=types` prints types and objects, `-syntax-only` parses files and directories, and `-dump=ast` prints the tree.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-check-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tsgo(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [TSGO, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function tree(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const mod = tree('mod', {
  'go.mod': 'module example.com/m\n\ngo 1.19\n',
  'main.go': 'package main\n\nimport "example.com/m/util"\n\nfunc main() { println(util.Twice(2)) }\n',
  'util/util.go': 'package util\n\n// Twice doubles x.\nfunc Twice(x int) int { return 2 * x }\n',
  'bad/bad.go': 'package bad\n\nfunc F() int {\n\tvar s string = 1\n\treturn s\n}\n',
  'tagged/t.go': '//go:build special\n\npackage tagged\n\nvar X int = "not an int"\n',
  'tagged/u.go': 'package tagged\n',
  'cyc/a/a.go': 'package a\n\nimport "example.com/m/cyc/b"\n\nvar A = b.B\n',
  'cyc/b/b.go': 'package b\n\nimport "example.com/m/cyc/a"\n\nvar B = a.A\n',
  'miss/m.go': 'package miss\n\nimport _ "nosuch/pkg"\n',
});

describe('tsgo check', () => {
  it('exits 0 and prints nothing for a clean package and its imports', () => {
    const r = tsgo(['check', '.'], mod);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(tsgo(['check', '-target=arduino', 'example.com/m/util'], mod).status).toBe(0);
  });

  it("type-checks tsgo's runtime with the files of the target's collector and scheduler", () => {
    for (const target of ['host', 'arduino', 'pico']) {
      const r = tsgo(['check', `-target=${target}`, 'runtime', 'runtime/interrupt', 'runtime/volatile'], mod);
      expect(r.stderr, target).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('exits 1 with positioned errors', () => {
    const r = tsgo(['check', './bad'], mod);
    expect(r.stderr).toBe(
      '# example.com/m/bad\n' +
        'bad/bad.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration\n' +
        'bad/bad.go:5:9: cannot use s (variable of type string) as type int in return statement\n',
    );
    expect(r.status).toBe(1);
  });

  it('checks ./... once per package, reporting every failing one', () => {
    const r = tsgo(['check', '-v', './...'], mod);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.startsWith('# '))).toEqual(['# example.com/m/bad', '# example.com/m/cyc/b', '# example.com/m/miss']);
    expect(r.stderr).toContain('cyc/b/b.go:3:8: import cycle not allowed: example.com/m/cyc/a imports example.com/m/cyc/b imports example.com/m/cyc/a');
    expect(r.stderr).toMatch(/miss\/m\.go:3:10: package nosuch\/pkg is not in GOROOT \(.*\/src\/nosuch\/pkg\)/);
    const checked = lines.filter((l) => /\t(ok|errors|dep-errors)\t/.test(l)).map((l) => l.split('\t')[0]);
    expect(new Set(checked).size).toBe(checked.length);
    expect(checked.indexOf('example.com/m/util')).toBeLessThan(checked.indexOf('example.com/m'));
  });

  it('selects files with -tags', () => {
    expect(tsgo(['check', './tagged'], mod).status).toBe(0);
    const r = tsgo(['check', '-tags=special', './tagged'], mod);
    expect(r.stderr).toMatch(/^# example.com\/m\/tagged\ntagged\/t.go:5:13: cannot use "not an int"/);
    expect(r.status).toBe(1);
  });

  it('-dump=types prints the types and objects of the named package only', () => {
    const r = tsgo(['check', '-dump=types', './util'], mod);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^== package example.com\/m\/util\n/);
    expect(r.stdout).toContain('D Twice func func(x int) int');
    expect(r.stdout).not.toContain('== package example.com/m\n');
  });

  it("blames a GOROOT dependency's errors on the user's import and still checks the user's package", () => {
    // A GOROOT of its own whose package `broken` does not type-check (as std packages that need runtime API tsgo's
    // runtime lacks); `lib` reaches it only through `mid`, and the user's program has an error of its own.
    const goroot = tree('goroot', {
      'src/broken/b.go': 'package broken\n\n// F is fine; its body is not.\nfunc F() int { return undefinedName }\n',
      'src/mid/m.go': 'package mid\n\nimport "broken"\n\n// G calls F.\nfunc G() int { return broken.F() }\n',
    });
    const env = { ...process.env, GOROOT: goroot };
    const user = tree('blame', { 'main.go': 'package main\n\nimport "mid"\n\nfunc main() {\n\tvar s string = mid.G()\n\t_ = s\n}\n' });
    const r = tsgo(['check', 'main.go'], user, env);
    expect(r.stderr).toBe(
      '# command-line-arguments\n' +
        `main.go:3:8: not yet supported: package "mid" does not compile with tsgo yet (first error: ${goroot}/src/broken/b.go:4:23: undefined: undefinedName)\n` +
        'main.go:6:17: cannot use mid.G() (value of type int) as type string in variable declaration\n',
    );
    expect(r.status).toBe(1);
    // Named on the command line, the GOROOT packages' own errors print as they are.
    const direct = tsgo(['check', 'mid'], user, env);
    expect(direct.stderr).toBe(`# broken\n${goroot}/src/broken/b.go:4:23: undefined: undefinedName\n`);
    expect(direct.status).toBe(1);
  });

  it('reports a package that does not exist', () => {
    const r = tsgo(['check', 'nosuch/pkg'], mod);
    expect(r.stderr).toMatch(/^package nosuch\/pkg is not in GOROOT \(.*\/src\/nosuch\/pkg\)\n$/);
    expect(r.status).toBe(1);
  });
});

describe('tsgo check -syntax-only and -dump=ast', () => {
  const dir = tree('syn', {
    'ok.go': 'package p\n\nfunc f() {}\n',
    'sub/bad.go': 'package p\n\nfunc f() {\n\tx := \n}\n',
  });

  it('parses files and directories', () => {
    expect(tsgo(['check', '-syntax-only', 'ok.go'], dir)).toMatchObject({ status: 0, stderr: '' });
    expect(tsgo(['check', '-syntax-only', '.'], dir)).toMatchObject({ status: 0, stderr: '' });
    const r = tsgo(['check', '-syntax-only', './...'], dir);
    expect(r.stderr).toBe('sub/bad.go:5:1: syntax error: unexpected }, expected expression\n');
    expect(r.status).toBe(1);
  });

  it('prints the syntax tree', () => {
    const r = tsgo(['check', '-dump=ast', 'ok.go'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^File 1:1-\d+:\d+ .*ok\.go\n/);
    expect(r.stdout).toContain('FuncDecl');
    expect(r.stdout).toMatch(/Ident \S+ f\n/);
  });
});
