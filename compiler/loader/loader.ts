// The package loader's entry points. loadProgram serves builds: tsgo's runtime first, then the main package named on
// the command line with everything it imports, dependencies first, main last, keeping every syntax tree and Info
// for the SSA builder. loadPackages serves `tsgo check`: it expands package patterns (see patterns.ts), loads each
// root with its dependencies (see graph.ts), checks every package once, and hands each one to a callback in
// dependency order. Import resolution (overlay, GOROOT, module, vendor, replace) is resolve.ts; the environment
// (GOROOT, release tags, overlay layout) is goenv.ts; the module file is gomod.ts; file selection is files.ts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError, type DiagnosticSink } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import type { FileSet } from '../syntax/source.ts';
import type { Info } from '../types/info.ts';
import type { Sizes } from '../types/sizes.ts';
import type { Package } from '../types/types.ts';
import type { BuildContext } from './constraints.ts';
import { selectFiles } from './files.ts';
import { findGoroot, RUNTIME_DIR } from './goenv.ts';
import { findModule, GoModError, type Module } from './gomod.ts';
import { blameDiagnostics } from './blame.ts';
import { noFilesMessage, PackageGraph, type KeepGoing, type PackageNode } from './graph.ts';
import { expandPatterns } from './patterns.ts';
import { Resolver, type Origin } from './resolve.ts';

export { RUNTIME_DIR } from './goenv.ts';
export { matchConstraints, packageFiles } from './files.ts';

/** LoadContext is what loading a program needs: where positions go, where errors go, and the target. */
export interface LoadContext {
  fset: FileSet;
  sink: DiagnosticSink;
  build: BuildContext;
  sizes: Sizes;
  /** cwd is where the module is searched from and relative arguments start (default: process.cwd()). */
  cwd?: string;
  /** goroot overrides GOROOT discovery. */
  goroot?: string;
}

/** LoadedPackage is one parsed and type-checked package. */
export interface LoadedPackage {
  path: string;
  dir: string;
  origin: Origin;
  /** imports maps each import path as written to the canonical path of the package it resolved to. */
  imports: Map<string, string>;
  filenames: string[];
  files: ast.File[];
  pkg: Package;
  info: Info;
}

/**
 * loadProgram loads the runtime and the main package named by args (a directory or .go files) with its imports;
 * packages come dependencies first, the main package (import path `main`) last. Errors go to ctx.sink; the packages
 * returned are those checked without errors.
 */
export function loadProgram(args: string[], ctx: LoadContext): LoadedPackage[] {
  const cwd = ctx.cwd ?? process.cwd();
  const mainFiles = resolveMainFiles(args.length ? args : ['.'], ctx.build, cwd);
  const graph = new PackageGraph({
    fset: ctx.fset, build: ctx.build, sizes: ctx.sizes, keep: true,
    resolver: new Resolver({ goroot: ctx.goroot ?? findGoroot(), module: moduleAt(cwd), overlays: true }),
  });
  const runtime = graph.loadFiles('runtime', RUNTIME_DIR, 'overlay', selectFiles(RUNTIME_DIR, ctx.build).files);
  if (runtime.status === 'ok') graph.loadFiles('main', path.dirname(mainFiles[0]!), 'dir', mainFiles);
  return loaded(graph, ctx);
}

/** loaded hands a loaded graph's diagnostics to ctx.sink and returns its packages checked without errors, in order. */
function loaded(graph: PackageGraph, ctx: LoadContext): LoadedPackage[] {
  const out: LoadedPackage[] = [];
  for (const n of graph.order) {
    ctx.sink.list.push(...n.sink.list);
    if (n.status !== 'ok' || !n.files || !n.pkg || !n.info) continue;
    const { path: p, dir, origin, imports, filenames, files, pkg, info } = n;
    out.push({ path: p, dir, origin, imports, filenames, files, pkg, info });
  }
  blameDiagnostics(ctx.sink, graph.order);
  return out;
}

/** TestTarget is a package `tsgo test` tests: its import path, directory and origin. */
export interface TestTarget {
  path: string;
  dir: string;
  origin: Origin;
}

/** resolveTestTargets expands `tsgo test`'s package arguments (directories, import paths, `./...`). */
export function resolveTestTargets(args: string[], build: BuildContext, cwd = process.cwd()): TestTarget[] {
  const goroot = findGoroot();
  const module = moduleAt(cwd);
  const resolver = new Resolver({ goroot, module, overlays: true });
  const out: TestTarget[] = [];
  for (const root of expandPatterns(args.length ? args : ['.'], { cwd, goroot, module, build })) {
    switch (root.kind) {
      case 'error':
        throw new UserError(root.message);
      case 'files':
        throw new UserError('tsgo test: give packages (directories or import paths), not .go files');
      case 'dir':
        out.push({ path: root.path, dir: root.dir, origin: root.origin });
        break;
      case 'import': {
        const r = resolver.resolve(root.path, undefined);
        if (typeof r === 'string') throw new UserError(r);
        out.push(r);
        break;
      }
    }
  }
  return out;
}

/**
 * loadTestProgram loads what `go test` builds for one package: the runtime, the package with its in-package
 * `_test.go` files, package testing, its external test package (`path_test`) when it has one, and the test main that
 * writeMain writes (given the two, it returns the main's file name). The package is loaded with its test files
 * before anything imports it, so that every importer in the test binary (testing's own fmt, strings, ...) uses that
 * one copy, as go test recompiles them against it; test files that import a package importing it are an import
 * cycle, as with go test.
 */
export function loadTestProgram(
  t: TestTarget,
  ctx: LoadContext,
  writeMain: (pkg: PackageNode, xtest: PackageNode | undefined) => string,
): LoadedPackage[] {
  const cwd = ctx.cwd ?? process.cwd();
  const resolver = new Resolver({ goroot: ctx.goroot ?? findGoroot(), module: moduleAt(cwd), overlays: true });
  const local = new Set([`${t.path}_test`]);
  const graph = new PackageGraph({ fset: ctx.fset, build: ctx.build, sizes: ctx.sizes, keep: true, resolver, local });
  const runtime = graph.loadFiles('runtime', RUNTIME_DIR, 'overlay', selectFiles(RUNTIME_DIR, ctx.build).files);
  const testing = resolver.resolve('testing', undefined);
  if (runtime.status !== 'ok' || typeof testing === 'string') return loaded(graph, ctx);
  if (graph.nodes.has(t.path)) throw new UserError(`tsgo test: cannot test ${t.path}: the runtime imports it`);
  const files = selectFiles(t.dir, ctx.build, true).files;
  const xtestFiles = files.filter((f) => f.endsWith('_test.go') && packageClause(f)?.endsWith('_test'));
  const pkg = graph.loadFiles(t.path, t.dir, t.origin, files.filter((f) => !xtestFiles.includes(f)));
  graph.loadResolved(testing);
  const xtest = xtestFiles.length > 0 ? graph.loadFiles(`${t.path}_test`, t.dir, t.origin, xtestFiles) : undefined;
  if (pkg.status === 'ok' && xtest?.status !== 'errors') {
    const main = writeMain(pkg, xtest);
    graph.loadFiles('main', path.dirname(main), 'dir', [main]);
  }
  return loaded(graph, ctx);
}

/** packageClause reads the package name of a Go file (comments before the clause skipped). */
function packageClause(file: string): string | undefined {
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return /^\s*package\s+([\p{L}_][\p{L}\p{N}_]*)/u.exec(text)?.[1];
}

/** resolveMainFiles turns `FILE.go...` or one directory into the list of the main package's files. */
export function resolveMainFiles(args: string[], build: BuildContext, cwd = process.cwd()): string[] {
  const roots = expandPatterns(args, { cwd, goroot: findGoroot(), module: undefined, build });
  const root = roots[0];
  if (roots.length !== 1 || !root) throw new UserError('tsgo: build one package at a time (or a list of .go files)');
  switch (root.kind) {
    case 'files':
      return root.files;
    case 'dir': {
      const sel = selectFiles(root.dir, build);
      if (sel.files.length === 0) throw new UserError(sel.goFiles === 0 ? `no buildable Go source files in ${root.dir}` : noFilesMessage(root.dir, sel));
      return sel.files;
    }
    case 'import':
      throw new UserError(`not yet supported: building package ${JSON.stringify(root.path)} by import path (give a directory or .go files)`);
    case 'error':
      throw new UserError(root.message);
  }
}

/** moduleAt finds the module around dir; a malformed go.mod is a UserError. */
export function moduleAt(dir: string): Module | undefined {
  try {
    return findModule(dir);
  } catch (e) {
    if (e instanceof GoModError) throw new UserError(e.message);
    throw e;
  }
}

/** LoadPackagesOptions configure loadPackages (the `tsgo check` loader). */
export interface LoadPackagesOptions {
  fset: FileSet;
  build: BuildContext;
  sizes: Sizes;
  cwd?: string;
  goroot?: string;
  /** overlays selects tsgo's own packages (runtime, ...) over GOROOT's; default true. */
  overlays?: boolean;
  /** keep retains syntax trees and Info of every package after the callback; default false. */
  keep?: boolean;
  /** keepGoing says when packages whose dependencies had errors are checked too (graph.ts KeepGoing); default false. */
  keepGoing?: KeepGoing;
  /** onPackage is called once per package, dependencies first, while its trees and Info are still available. */
  onPackage?: (node: PackageNode, isRoot: boolean) => void;
}

/** LoadPackagesResult lists the packages loaded (dependencies first) and the root packages named by the patterns. */
export interface LoadPackagesResult {
  order: PackageNode[];
  roots: PackageNode[];
  /** errors are problems with the patterns themselves (no position), in gc's words. */
  errors: string[];
  module: Module | undefined;
  goroot: string;
}

/** loadPackages loads and checks the packages matched by patterns, each once, dependencies first. */
export function loadPackages(patterns: string[], opts: LoadPackagesOptions): LoadPackagesResult {
  const cwd = opts.cwd ?? process.cwd();
  const goroot = opts.goroot ?? findGoroot();
  const module = moduleAt(cwd);
  const resolver = new Resolver({ goroot, module, overlays: opts.overlays ?? true });
  const rootPaths = new Set<string>();
  const graph = new PackageGraph({
    fset: opts.fset, build: opts.build, sizes: opts.sizes, resolver, keep: opts.keep, keepGoing: opts.keepGoing,
    onPackage: (n) => opts.onPackage?.(n, rootPaths.has(n.path)),
  });
  const result: LoadPackagesResult = { order: graph.order, roots: [], errors: [], module, goroot };
  // Resolve every root first, so that a root loaded earlier as another root's dependency is still known as a root.
  const loads: (() => PackageNode | string)[] = [];
  for (const root of expandPatterns(patterns, { cwd, goroot, module, build: opts.build })) {
    switch (root.kind) {
      case 'error':
        result.errors.push(root.message);
        break;
      case 'files':
        rootPaths.add('command-line-arguments');
        loads.push(() => graph.loadFiles('command-line-arguments', path.dirname(root.files[0]!), 'dir', root.files));
        break;
      case 'dir':
        rootPaths.add(root.path);
        loads.push(() => graph.loadResolved({ path: root.path, dir: root.dir, origin: root.origin }));
        break;
      case 'import': {
        const r = resolver.resolve(root.path, undefined);
        if (typeof r === 'string') {
          result.errors.push(r);
          break;
        }
        rootPaths.add(r.path);
        loads.push(() => graph.loadResolved(r));
        break;
      }
    }
  }
  for (const load of loads) {
    const node = load();
    if (typeof node === 'string') result.errors.push(node);
    else if (!result.roots.includes(node)) result.roots.push(node);
  }
  return result;
}
