// A recursive source importer over GOROOT for the checker's own tests, the differential test against go/types and the
// benchmark: it resolves an import path to GOROOT/src/<path> (or GOROOT/src/vendor/<path>, as the go command does for
// the standard library's vendored packages), selects the files with the same build rules as go/build for
// linux/amd64 with cgo disabled, parses them, checks their imports first (depth first, each package once) and then the
// package itself. The full package loader (compiler/loader) replaces this for builds; this one exists so that the
// checker can be tested on the standard library without depending on a later layer, so it carries its own small
// evaluator of `//go:build` lines (every GOROOT 1.19 file with constraints has one) and of the file-name rules.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import { readdirSync } from 'node:fs';
import { checkPackage } from './check.ts';
import type { Info } from './info.ts';
import { Sizes } from './sizes.ts';
import type { Package } from './types.ts';

/** GOROOT is the Go installation whose sources the importer reads. */
export const GOROOT = process.env.GOROOT ?? '/usr/lib/go-1.19';

/** BuildContext is the set of satisfied build tags (goos, goarch, compiler, release tags) and the target. */
export interface BuildContext {
  goos: string;
  goarch: string;
  tags: Set<string>;
}

/** goBuildContext is go/build's default context for linux/amd64 with cgo disabled and the gc compiler (Go 1.19). */
export function goBuildContext(maxMinor = 19): BuildContext {
  const tags = new Set(['linux', 'amd64', 'unix', 'gc']);
  for (let i = 1; i <= maxMinor; i++) tags.add(`go1.${i}`);
  return { goos: 'linux', goarch: 'amd64', tags };
}

/** SourcePackage is one loaded package: its files, the checked package and Info, and the time its check took. */
export interface SourcePackage {
  path: string;
  dir: string;
  files: ast.File[];
  pkg: Package;
  info: Info;
  /** parseMs and checkMs are the wall times of parsing the files and of checking the package (imports excluded). */
  parseMs: number;
  checkMs: number;
}

/** GorootImporter loads standard-library packages from source, recursively, checking each one once. */
export class GorootImporter {
  readonly fset = new FileSet();
  readonly sink: DiagnosticSink;
  readonly packages = new Map<string, SourcePackage>();
  private readonly loading = new Set<string>();

  constructor(
    readonly sizes: Sizes = new Sizes(8, 8, 8),
    readonly build: BuildContext = goBuildContext(),
    readonly goroot: string = GOROOT,
  ) {
    this.sink = new DiagnosticSink(this.fset);
  }

  /** dirOf returns the directory and canonical import path of a standard-library path, or undefined. */
  dirOf(path: string): { dir: string; path: string } | undefined {
    const src = join(this.goroot, 'src');
    for (const p of [path, 'vendor/' + path]) {
      const dir = join(src, p);
      if (existsSync(dir) && statSync(dir).isDirectory()) return { dir, path: p };
    }
    return undefined;
  }

  /** load returns the checked package for an import path, loading its imports first; undefined if not found. */
  load(path: string): SourcePackage | undefined {
    const loc = this.dirOf(path);
    if (!loc) return undefined;
    const done = this.packages.get(loc.path);
    if (done) return done;
    if (this.loading.has(loc.path)) return undefined; // import cycle: reported by the importing package
    this.loading.add(loc.path);
    try {
      const t0 = performance.now();
      const files = this.parseDir(loc.dir);
      const parseMs = performance.now() - t0;
      for (const f of files) {
        for (const imp of f.imports) {
          const ip = imp.path.value.slice(1, -1);
          if (ip !== 'unsafe' && ip !== 'C') this.load(ip);
        }
      }
      const t1 = performance.now();
      const { pkg, info } = checkPackage(
        { fset: this.fset, sizes: this.sizes, importer: (p) => this.load(p)?.pkg },
        loc.path,
        files,
        this.sink,
      );
      const sp: SourcePackage = { path: loc.path, dir: loc.dir, files, pkg, info, parseMs, checkMs: performance.now() - t1 };
      this.packages.set(loc.path, sp);
      return sp;
    } finally {
      this.loading.delete(loc.path);
    }
  }

  /** parseDir parses the directory's Go files selected by the build context, sorted by name. */
  parseDir(dir: string): ast.File[] {
    const names = readdirSync(dir).filter((n) => matchFileName(n, this.build)).sort();
    const files: ast.File[] = [];
    for (const n of names) {
      const src = readFileSync(join(dir, n));
      if (!selected(src, this.build)) continue;
      files.push(parseFile(this.fset, join(dir, n), src, this.sink));
    }
    return files;
  }

  /**
   * checkFiles parses and checks sources {filename: text} as one package (named by the files) in this importer's
   * FileSet, importing from GOROOT; its diagnostics go to a fresh sink, returned as `file:line:col: message` lines.
   */
  checkFiles(sources: Record<string, string>, path = 'main'): { files: ast.File[]; info: Info; pkg: Package; errors: { line: number; message: string }[] } {
    const sink = new DiagnosticSink(this.fset);
    const files = Object.entries(sources).map(([name, src]) => parseFile(this.fset, name, new TextEncoder().encode(src), sink));
    for (const f of files) for (const imp of f.imports) this.load(imp.path.value.slice(1, -1));
    const { pkg, info } = checkPackage({ fset: this.fset, sizes: this.sizes, importer: (p) => this.load(p)?.pkg }, path, files, sink);
    const errors = sink.list.map((d) => ({ line: this.fset.position(d.pos).line, message: d.message }));
    return { files, info, pkg, errors };
  }

  /** errors lists the diagnostics so far as `file:line:col: message`. */
  errors(): string[] {
    return this.sink.list.map((d) => {
      const p = this.fset.position(d.pos);
      return `${p.filename}:${p.line}:${p.column}: ${d.message}`;
    });
  }
}

const GOOS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(' '));
const GOARCH = new Set('386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(' '));

/** matchFileName applies go/build's `_test.go`, `name_GOOS_GOARCH.go`, `_GOOS` and `_GOARCH` file-name rules. */
export function matchFileName(name: string, ctx: BuildContext): boolean {
  if (!name.endsWith('.go') || name.startsWith('.') || name.startsWith('_') || name.endsWith('_test.go')) return false;
  const parts = name.slice(0, -3).split('_').slice(1);
  const n = parts.length;
  if (n >= 2 && GOOS.has(parts[n - 2]!) && GOARCH.has(parts[n - 1]!)) return parts[n - 2] === ctx.goos && parts[n - 1] === ctx.goarch;
  const last = parts[n - 1];
  if (last !== undefined && GOOS.has(last)) return last === ctx.goos;
  if (last !== undefined && GOARCH.has(last)) return last === ctx.goarch;
  return true;
}

/** evalGoBuild evaluates a `//go:build` expression (|| && ! parentheses and tags); malformed ones are false. */
export function evalGoBuild(expr: string, ctx: BuildContext): boolean {
  const toks = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+/g) ?? [];
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (toks[i] === '||') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (toks[i] === '&&') {
      i++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    const t = toks[i++];
    if (t === '!') return !not();
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    return t !== undefined && ctx.tags.has(t);
  };
  return or();
}

/** selected evaluates a file's //go:build (or // +build) header lines; files importing "C" are never selected. */
function selected(src: Uint8Array, build: BuildContext): boolean {
  const text = Buffer.from(src.subarray(0, Math.min(src.length, 16384))).toString('utf8');
  const plus: string[] = [];
  let inBlock = false;
  let goBuild: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '') continue;
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inBlock = true;
      continue;
    }
    if (!line.startsWith('//')) break;
    if (line.startsWith('//go:build ')) goBuild = line.slice('//go:build '.length);
    else if (line.startsWith('// +build ')) plus.push(line.slice('// +build '.length));
  }
  if (/^import\s+"C"|^\s+"C"$/m.test(text) && /\bimport\s*(\(|"C")/.test(text) && /(^|\n)import "C"|\n\t"C"\n/.test(text)) {
    return false;
  }
  if (goBuild !== undefined) return evalGoBuild(goBuild, build);
  // Legacy `// +build` lines: space-separated alternatives of comma-separated conjunctions, all lines must hold.
  return plus.every((l) => l.split(/\s+/).some((alt) => alt.split(',').every((t) => (t.startsWith('!') ? !build.tags.has(t.slice(1)) : build.tags.has(t)))));
}
