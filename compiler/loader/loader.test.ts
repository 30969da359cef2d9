// The loader on temporary trees it builds: resolution from GOROOT (with the standard library's vendored
// golang.org/x packages), a module with a local `replace` and a `vendor/` folder, the message for a missing package,
// the import cycle message and its position, the internal rule, build tags and file-name rules (with -tags), go.mod
// parsing, and that each package is checked once, dependencies first.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSet } from '../syntax/source.ts';
import { Sizes } from '../types/sizes.ts';
import { newBuildContext } from './constraints.ts';
import { headerConstraints, importsC, selectFiles } from './files.ts';
import { findGoroot } from './goenv.ts';
import { parseGoMod } from './gomod.ts';
import { loadPackages, type LoadPackagesOptions } from './loader.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-loader-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const GOROOT = findGoroot();
const hasGoroot = fs.existsSync(path.join(GOROOT, 'src/fmt'));

/** tree writes files {relative path: content} under a fresh directory and returns it. */
function tree(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** load checks patterns from cwd and returns the diagnostics as `file:line:col: message` relative to cwd. */
function load(cwd: string, patterns: string[], extra: Partial<LoadPackagesOptions> & { tags?: string[] } = {}) {
  const fset = new FileSet();
  const r = loadPackages(patterns, {
    fset, cwd, build: newBuildContext('linux', 'amd64', extra.tags ?? []), sizes: new Sizes(8, 8, 8), ...extra,
  });
  const diags = r.order.flatMap((n) => n.sink.sorted(0).map((d) => n.sink.format(d, cwd)));
  return { ...r, diags, paths: r.order.map((n) => n.path) };
}

describe.skipIf(!hasGoroot)('resolution', () => {
  it('loads GOROOT packages dependencies first, each once', () => {
    const dir = tree('std1', { 'go.mod': 'module example.com/m\n\ngo 1.19\n', 'main.go': 'package main\n\nimport "errors"\nimport "unicode/utf8"\n\nvar _ = errors.New\nvar _ = utf8.RuneLen\n\nfunc main() {}\n' });
    const r = load(dir, ['.'], { overlays: false, build: newBuildContext('linux', 'amd64', ['gc']) });
    expect(r.diags).toEqual([]);
    expect(r.paths.at(-1)).toBe('example.com/m');
    expect(new Set(r.paths).size).toBe(r.paths.length);
    for (const n of r.order) {
      for (const dep of n.imports.values()) expect(r.paths.indexOf(dep)).toBeLessThan(r.paths.indexOf(n.path));
    }
    expect(r.order.find((n) => n.path === 'errors')?.origin).toBe('goroot');
  });

  it("resolves the standard library's vendored golang.org/x packages", () => {
    const r = load(tmp, ['vendor/golang.org/x/crypto/chacha20poly1305'], { overlays: false, build: newBuildContext('linux', 'amd64', ['gc']) });
    // only loader errors matter here (the checker may still report constructs it does not support)
    expect(r.diags.filter((d) => /is not in|import cycle|internal package|exclude all|no Go files/.test(d))).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.paths).toContain('vendor/golang.org/x/crypto/internal/poly1305');
    expect(r.paths).toContain('vendor/golang.org/x/crypto/chacha20');
  });

  it('uses the overlay runtime unless overlays are off', () => {
    const dir = tree('ov', { 'a/a.go': 'package a\n\nimport "runtime"\n\nvar _ = runtime.GOOS\n' });
    expect(load(dir, ['./a']).order.find((n) => n.path === 'runtime')?.origin).toBe('overlay');
    expect(load(dir, ['./a'], { overlays: false, build: newBuildContext('linux', 'amd64', ['gc']) }).order.find((n) => n.path === 'runtime')?.origin).toBe('goroot');
  });

  it('names where it looked for a missing package, at the import', () => {
    const dir = tree('missing', { 'main.go': 'package main\n\nimport (\n\t"fmt/nosuch"\n)\n\nfunc main() {}\n' });
    const r = load(dir, ['main.go']);
    expect(r.diags).toEqual([`main.go:4:2: package fmt/nosuch is not in GOROOT (${GOROOT}/src/fmt/nosuch)`]);
    expect(r.roots[0]?.status).toBe('errors');
  });

  it('reports a package that no build constraint selects', () => {
    const dir = tree('excluded', { 'main.go': 'package main\n\nimport _ "syscall/js"\n\nfunc main() {}\n' });
    expect(load(dir, ['main.go']).diags).toEqual([`main.go:3:10: build constraints exclude all Go files in ${GOROOT}/src/syscall/js`]);
  });

  it('enforces the internal rule', () => {
    const dir = tree('internal', {
      'go.mod': 'module m\n',
      'a/a.go': 'package a\n\nimport _ "internal/abi"\nimport _ "m/b/internal/c"\n',
      'b/internal/c/c.go': 'package c\n',
      'b/b.go': 'package b\n\nimport _ "m/b/internal/c"\n',
    });
    const r = load(dir, ['./...']);
    expect(r.diags).toEqual([
      'a/a.go:3:10: use of internal package internal/abi not allowed',
      'a/a.go:4:10: use of internal package m/b/internal/c not allowed',
    ]);
    expect(r.order.find((n) => n.path === 'm/b')?.status).toBe('ok');
  });
});

describe('modules', () => {
  const mod = tree('mod', {
    'go.mod': 'module example.com/app\n\ngo 1.19\n\nrequire (\n\texample.com/lib v1.0.0 // indirect\n\tgithub.com/dep/v v0.1.0\n)\n\nreplace example.com/lib v1.0.0 => ../lib\n',
    'main.go': 'package main\n\nimport (\n\t"example.com/app/util"\n\t"example.com/lib/sub"\n\t"github.com/dep/v"\n)\n\nfunc main() { _ = util.X + sub.Y + v.Z }\n',
    'util/util.go': 'package util\n\nconst X = 1\n',
    'vendor/github.com/dep/v/v.go': 'package v\n\nconst Z = 3\n',
    '../lib/go.mod': 'module example.com/lib\n',
    '../lib/sub/sub.go': 'package sub\n\nconst Y = 2\n',
  });

  it('resolves the module, a local replace and vendor/', () => {
    const r = load(mod, ['.']);
    expect(r.diags).toEqual([]);
    const origin = Object.fromEntries(r.order.map((n) => [n.path, n.origin]));
    expect(origin).toEqual({ 'example.com/app/util': 'module', 'example.com/lib/sub': 'replace', 'github.com/dep/v': 'vendor', 'example.com/app': 'module' });
    expect(r.order.find((n) => n.path === 'example.com/lib/sub')?.dir).toBe(path.join(tmp, 'lib/sub'));
  });

  it('expands ./... and import path trees, skipping vendor/', () => {
    expect(load(mod, ['./...']).roots.map((n) => n.path)).toEqual(['example.com/app', 'example.com/app/util']);
    expect(load(mod, ['example.com/app/...']).roots.map((n) => n.path)).toEqual(['example.com/app', 'example.com/app/util']);
  });

  it('reports an unreplaced required module and an unknown one', () => {
    const dir = tree('mod2', {
      'go.mod': 'module example.com/two\n\nrequire github.com/x/y v1.0.0\n',
      'main.go': 'package main\n\nimport _ "github.com/x/y/z"\nimport _ "example.org/q"\n\nfunc main() {}\n',
    });
    const d = load(dir, ['.']).diags;
    expect(d[0]).toMatch(/^main.go:3:10: package github.com\/x\/y\/z is in required module github.com\/x\/y, which is not vendored/);
    expect(d[1]).toMatch(/^main.go:4:10: no required module provides package example.org\/q; looked in GOROOT/);
  });

  it('parses go.mod blocks, quotes and comments', () => {
    const m = parseGoMod('// c\nmodule "example.com/q" // trailing\ngo 1.19\nreplace (\n\ta => ./a\n\tb v1 => c v2\n)\n', '/x');
    expect(m.path).toBe('example.com/q');
    expect(m.replaces).toEqual([{ path: 'a', dir: '/x/a', target: './a' }, { path: 'b', dir: undefined, target: 'c' }]);
    expect(() => parseGoMod('go 1.19\n', '/x')).toThrow(/no module declaration/);
  });
});

describe('import cycles', () => {
  it('reports the chain at the import that closes the cycle', () => {
    const dir = tree('cycle', {
      'go.mod': 'module m\n',
      'a/a.go': 'package a\n\nimport "m/b"\n\nvar A = b.B\n',
      'b/b.go': 'package b\n\nimport (\n\t"m/c"\n)\n\nvar B = c.C\n',
      'c/c.go': 'package c\n\nimport "m/a"\n\nvar C = a.A\n',
    });
    const r = load(dir, ['./a']);
    expect(r.diags).toEqual(['c/c.go:3:8: import cycle not allowed: m/a imports m/b imports m/c imports m/a']);
    expect(r.order.map((n) => `${n.path}:${n.status}`)).toEqual(['m/c:errors', 'm/b:dep-errors', 'm/a:dep-errors']);
  });

  it('reports a package importing itself', () => {
    const dir = tree('self', { 'go.mod': 'module s\n', 'x/x.go': 'package x\n\nimport _ "s/x"\n' });
    expect(load(dir, ['./x']).diags).toEqual(['x/x.go:3:10: import cycle not allowed: s/x imports s/x']);
  });
});

describe('file selection', () => {
  const dir = tree('sel', {
    'a.go': 'package p\n',
    'b_linux.go': 'package p\n',
    'b_windows.go': 'package p\n',
    'c_arm64.go': 'package p\n',
    'd_linux_amd64.go': 'package p\n',
    'e_test.go': 'package p\n',
    'f.go': '// Copyright\n\n/* block\n   comment */\n//go:build custom && !windows\n\npackage p\n',
    'g.go': '// +build ignore\n\npackage p\n',
    'h.go': 'package p\n\n// +build ignore\n',
    'i.go': '//go:build cgo\n\npackage p\n',
    'j.go': 'package p\n\n// #include <stdio.h>\nimport "C"\n',
    'k.go': '//go:build tinygo && go1.19 && unix && purego\n\npackage p\n',
    '_x.go': 'package p\n',
  });
  const names = (tags: string[]): string[] => selectFiles(dir, newBuildContext('linux', 'amd64', tags)).files.map((f) => path.basename(f));

  it('applies file-name rules, headers, cgo and -tags', () => {
    expect(names([])).toEqual(['a.go', 'b_linux.go', 'd_linux_amd64.go', 'h.go', 'k.go']);
    expect(names(['custom', 'cgo'])).toEqual(['a.go', 'b_linux.go', 'd_linux_amd64.go', 'f.go', 'h.go', 'k.go']);
    expect(selectFiles(dir, newBuildContext('windows', 'arm64', ['custom'])).files.map((f) => path.basename(f))).toEqual(['a.go', 'b_windows.go', 'c_arm64.go', 'h.go']);
  });

  it('selects a package with assembly as for a portable architecture, and all of GOROOT\'s crypto', () => {
    const asm = tree('asm', {
      'p.go': 'package p\n',
      'block_amd64.go': 'package p\n\nfunc block()\n',
      'block_amd64.s': '// amd64 assembly\n',
      'block_generic.go': '//go:build !amd64\n\npackage p\n\nfunc block() {}\n',
    });
    const sel = (ctx: ReturnType<typeof newBuildContext>): string[] => selectFiles(asm, ctx).files.map((f) => path.basename(f));
    expect(sel(newBuildContext('linux', 'amd64', []))).toEqual(['block_generic.go', 'p.go']);
    expect(sel({ ...newBuildContext('linux', 'amd64', []), noAssembly: false })).toEqual(['block_amd64.go', 'p.go']);
    const sha1 = selectFiles(path.join(findGoroot(), 'src', 'crypto', 'sha1'), newBuildContext('linux', 'arm', [])).files.map((f) => path.basename(f));
    expect(sha1).toContain('sha1block_generic.go');
    const elliptic = selectFiles(path.join(findGoroot(), 'src', 'crypto', 'elliptic'), newBuildContext('linux', 'amd64', [])).files.map((f) => path.basename(f));
    expect(elliptic).not.toContain('nistec_p256.go'); // amd64-only: calls nistec's assembly
  });

  it('reads constraints only from the header, across block comments', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(headerConstraints(enc('/* a */ //go:build x\npackage p\n')).goBuild).toBe('x');
    expect(headerConstraints(enc('package p\n//go:build x\n')).goBuild).toBeUndefined();
    expect(importsC(enc('package p\n\nimport (\n\t"fmt"\n\t"C"\n)\n'))).toBe(true);
    expect(importsC(enc('package p\n\nvar s = "C"\n'))).toBe(false);
  });

  it('reports why a directory gives no package', () => {
    const d2 = tree('onlytests', { 'x_test.go': 'package x\n', 'go.mod': 'module ot\n' });
    expect(load(d2, ['.']).errors).toEqual([`no non-test Go files in ${d2}`]);
    const d3 = tree('badexpr', { 'go.mod': 'module be\n', 'x.go': '//go:build a &&\n\npackage x\n' });
    expect(load(d3, ['.']).errors[0]).toMatch(/x\.go: invalid \/\/go:build expression/);
  });
});
