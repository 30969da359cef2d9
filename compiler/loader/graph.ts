// The package graph: loads packages depth first from their roots — select the files, parse them, resolve and load
// every import, then type-check the package — so that each package is checked exactly once, after all its
// dependencies, and the packages come out in dependency order. The DFS stack is the chain of packages being loaded:
// an import of a package on the stack is an import cycle, reported at the import with the chain
// (`import cycle not allowed: a imports b imports a`). A package whose dependency failed is not checked (its errors
// would only echo the dependency's). Each package has its own DiagnosticSink; unless asked to keep them, a
// package's syntax trees and Info are released once it is checked and reported, so checking all of std holds only
// the Package objects (and the source bytes in the FileSet) — that keeps peak memory low.

import * as fs from 'node:fs';
import { DiagnosticSink } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import { parseFile } from '../syntax/parser.ts';
import { NoPos, type FileSet, type Pos } from '../syntax/source.ts';
import { checkPackage } from '../types/check.ts';
import type { Info } from '../types/info.ts';
import type { Sizes } from '../types/sizes.ts';
import type { Package } from '../types/types.ts';
import type { BuildContext } from './constraints.ts';
import { selectFiles } from './files.ts';
import type { Origin, Resolved, Resolver } from './resolve.ts';

/** PackageStatus is where a package ended: checked cleanly, with its own errors, or skipped for a dependency's. */
export type PackageStatus = 'ok' | 'errors' | 'dep-errors';

/** PackageNode is one package of the graph. `files` and `info` are dropped after checking unless kept. */
export interface PackageNode {
  path: string;
  dir: string;
  origin: Origin;
  status: PackageStatus;
  /** sink holds this package's own diagnostics (syntax, imports, types). */
  sink: DiagnosticSink;
  filenames: string[];
  files: ast.File[] | undefined;
  pkg: Package | undefined;
  info: Info | undefined;
  /** imports maps each import path as written to the canonical path of the package it resolved to. */
  imports: Map<string, string>;
  /** checkMs is the wall time of the type check alone. */
  checkMs: number;
  /**
   * gorootDepErrors is set when every failing dependency (direct or not) fails inside GOROOT: typically std packages
   * that need runtime API tsgo's runtime lacks, which `keepGoing: 'goroot'` looks past.
   */
  gorootDepErrors: boolean;
}

/**
 * KeepGoing says when a package whose dependencies failed is checked anyway: never (false, builds), always (true,
 * sweeps: errors beyond the first failure) or only when all the failures are inside GOROOT ('goroot', `tsgo check`:
 * the user's own packages are still checked, while a broken package of theirs does not make its importers report
 * follow-on errors).
 */
export type KeepGoing = boolean | 'goroot';

/** GraphOptions configure loading. */
export interface GraphOptions {
  fset: FileSet;
  build: BuildContext;
  sizes: Sizes;
  resolver: Resolver;
  /** keep retains every package's syntax trees and Info (builds, dumps); default false. */
  keep?: boolean;
  /** keepGoing says when a package is checked although a dependency had errors (default false). */
  keepGoing?: KeepGoing;
  /** onPackage is called once per package in dependency order, before its trees are released. */
  onPackage?: (node: PackageNode) => void;
  /**
   * local lists import paths of packages given to loadFiles that the resolver cannot find: the external test package
   * `path_test` that tsgo test's main imports.
   */
  local?: ReadonlySet<string>;
}

/** PackageGraph loads packages and their dependencies; `order` lists them dependencies first. */
export class PackageGraph {
  readonly nodes = new Map<string, PackageNode>();
  readonly order: PackageNode[] = [];
  private readonly stack: PackageNode[] = [];

  constructor(readonly opts: GraphOptions) {}

  /** loadResolved loads a located package (and everything it imports); a string is why it has no files. */
  loadResolved(r: Resolved): PackageNode | string {
    const done = this.nodes.get(r.path);
    if (done) return done;
    const sel = selectFiles(r.dir, this.opts.build);
    if (sel.files.length === 0) return noFilesMessage(r.dir, sel);
    return this.loadFiles(r.path, r.dir, r.origin, sel.files);
  }

  /**
   * loadFiles loads a package made of the given files (a root given as .go files, or a located package) as node
   * pkgPath.
   */
  loadFiles(pkgPath: string, dir: string, origin: Origin, filenames: string[]): PackageNode {
    const sink = new DiagnosticSink(this.opts.fset);
    const node: PackageNode = {
      path: pkgPath, dir, origin, status: 'ok', sink, filenames, files: undefined, pkg: undefined, info: undefined,
      imports: new Map(), checkMs: 0, gorootDepErrors: false,
    };
    this.nodes.set(pkgPath, node);
    this.stack.push(node);
    try {
      const files = filenames.map((f) => parseOne(this.opts.fset, f, sink));
      node.files = files;
      if (sink.hasErrors) {
        node.status = 'errors';
      } else {
        this.loadImports(node, files);
        const keepGoing = this.opts.keepGoing === true || (this.opts.keepGoing === 'goroot' && node.gorootDepErrors);
        if (!sink.hasErrors && (node.status === 'ok' || keepGoing)) this.check(node, files);
        else if (sink.hasErrors) node.status = 'errors';
      }
    } finally {
      this.stack.pop();
    }
    this.order.push(node);
    this.opts.onPackage?.(node);
    if (!this.opts.keep) {
      node.files = undefined;
      node.info = undefined;
    }
    return node;
  }

  private loadImports(node: PackageNode, files: ast.File[]): void {
    const from = { path: node.path, dir: node.dir, origin: node.origin };
    let nonGorootFailure = false;
    for (const f of files) {
      for (const imp of f.imports) {
        const p = importPathOf(imp);
        if (p === undefined || p === 'unsafe' || node.imports.has(p)) continue;
        const local = this.opts.local?.has(p) ? this.nodes.get(p) : undefined;
        if (local) {
          node.imports.set(p, p);
          if (local.status !== 'ok') node.status = 'dep-errors';
          continue;
        }
        const r = this.opts.resolver.resolve(p, from);
        if (typeof r === 'string') {
          node.sink.error(imp.path.pos, r);
          continue;
        }
        node.imports.set(p, r.path);
        const onStack = this.stack.findIndex((n) => n.path === r.path);
        if (onStack >= 0) {
          const chain = [...this.stack.slice(onStack).map((n) => n.path), r.path];
          node.sink.error(imp.path.pos, `import cycle not allowed: ${chain.join(' imports ')}`);
          continue;
        }
        const dep = this.loadResolved(r);
        if (typeof dep === 'string') node.sink.error(imp.path.pos, dep);
        else if (dep.status !== 'ok') {
          // A failure stays inside GOROOT when the dependency is a GOROOT package or fails only so itself.
          const inGoroot = dep.origin === 'goroot' || (dep.status === 'dep-errors' && dep.gorootDepErrors);
          if (!inGoroot) nonGorootFailure = true;
          node.status = 'dep-errors';
        }
      }
    }
    node.gorootDepErrors = node.status === 'dep-errors' && !nonGorootFailure;
  }

  private check(node: PackageNode, files: ast.File[]): void {
    const importer = (p: string): Package | undefined => {
      const canon = node.imports.get(p);
      return canon === undefined ? undefined : this.nodes.get(canon)?.pkg;
    };
    const t0 = performance.now();
    const { pkg, info } = checkPackage({ fset: this.opts.fset, sizes: this.opts.sizes, importer }, node.path, files, node.sink);
    node.checkMs = performance.now() - t0;
    node.pkg = pkg;
    node.info = info;
    if (node.sink.hasErrors) node.status = 'errors';
  }
}

/** importPathOf unquotes an import spec's path; undefined for a malformed literal (the parser reported it). */
export function importPathOf(imp: ast.ImportSpec): string | undefined {
  const v = imp.path.value;
  if (v.length < 2) return undefined;
  if (v[0] === '`') return v.slice(1, -1);
  try {
    const s = JSON.parse(v) as unknown;
    return typeof s === 'string' ? s : undefined;
  } catch {
    return undefined;
  }
}

/** noFilesMessage words why a package directory gives no files, as the go command does. */
export function noFilesMessage(dir: string, sel: { goFiles: number; testOnly: boolean; badConstraint?: string }): string {
  if (sel.badConstraint) return sel.badConstraint;
  if (sel.goFiles === 0) return `no Go files in ${dir}`;
  if (sel.testOnly) return `no non-test Go files in ${dir}`;
  return `build constraints exclude all Go files in ${dir}`;
}

function parseOne(fset: FileSet, filename: string, sink: DiagnosticSink): ast.File {
  let src: Uint8Array;
  try {
    src = fs.readFileSync(filename);
  } catch (e) {
    sink.error(NoPos, `open ${filename}: ${(e as NodeJS.ErrnoException).code ?? 'cannot read file'}`);
    src = new Uint8Array();
  }
  return parseFile(fset, filename, src, sink);
}

/** positionOf is a helper for tests and tools: the `file:line:col` of a Pos. */
export function positionOf(fset: FileSet, pos: Pos): string {
  const p = fset.position(pos);
  return `${p.filename}:${p.line}:${p.column}`;
}
