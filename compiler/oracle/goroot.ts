// Loading GOROOT packages the way the reference implementations see them, for the comparisons in this folder: the
// differential test against go/types, the GOROOT/test errorcheck sweep and the checker benchmark. It is a thin layer
// over the real package loader (compiler/loader's PackageGraph and Resolver) with go/build's default context for
// linux/amd64 — the `gc` compiler tag, release tags go1.1 … go1.N, cgo off, none of tsgo's own tags (`tinygo`,
// `purego`, …) and no overlays — so that the files selected are exactly those the Go helper (go/build + go/types)
// selects. Packages are checked once per GorootLoader and kept (syntax trees and Info) for dumping; a package whose
// dependency has errors is checked anyway, so a sweep sees every error.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSink } from '../diag.ts';
import type { BuildContext } from '../loader/constraints.ts';
import { findGoroot, goVersionMinor } from '../loader/goenv.ts';
import { importPathOf, PackageGraph, type PackageNode } from '../loader/graph.ts';
import { Resolver } from '../loader/resolve.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import { checkPackage } from '../types/check.ts';
import { Sizes } from '../types/sizes.ts';
import type { Package } from '../types/types.ts';

/** GOROOT is the Go installation whose sources are read (never copied). */
export const GOROOT = findGoroot();

/**
 * gcBuildContext is go/build.Default for linux/amd64 with cgo disabled: the tags the gc toolchain satisfies,
 * including its tool tags, the GOEXPERIMENTs on by default for amd64 (`go list -f '{{context.ToolTags}}'`).
 */
export function gcBuildContext(maxMinor = goVersionMinor(GOROOT)): BuildContext {
  const tags = new Set(['linux', 'amd64', 'unix', 'gc', 'goexperiment.regabiwrappers', 'goexperiment.regabiargs']);
  for (let i = 1; i <= maxMinor; i++) tags.add(`go1.${i}`);
  return { goos: 'linux', goarch: 'amd64', tags };
}

/** hostSizes are gc's sizes for linux/amd64 (word size, max alignment, pointer size). */
export const hostSizes = new Sizes(8, 8, 8, 1);

/** FileErrors is the outcome of checking one file as package main: its errors by line. */
export interface FileErrors {
  errors: { line: number; message: string }[];
}

/** GorootLoader loads standard-library packages (and single files importing them) through the package loader. */
export class GorootLoader {
  readonly fset = new FileSet();
  readonly graph: PackageGraph;

  constructor(readonly build: BuildContext = gcBuildContext(), readonly goroot: string = GOROOT) {
    const resolver = new Resolver({ goroot, module: undefined, overlays: false });
    this.graph = new PackageGraph({ fset: this.fset, build, sizes: hostSizes, resolver, keep: true, keepGoing: true });
  }

  /** packages lists every package loaded so far, dependencies first. */
  get packages(): PackageNode[] {
    return this.graph.order;
  }

  /** load returns the checked package for a standard-library import path, or undefined when it cannot be found. */
  load(importPath: string): PackageNode | undefined {
    const r = this.graph.opts.resolver.resolve(importPath, undefined);
    if (typeof r === 'string') return undefined;
    const n = this.graph.loadResolved(r);
    return typeof n === 'string' ? undefined : n;
  }

  /**
   * checkFile parses and checks one Go file on disk as package `main`, its imports resolved and loaded from GOROOT
   * (each checked once per loader). Unlike a package build, the file is type-checked even when it has syntax errors,
   * as gc's errorcheck tests expect both kinds in one run.
   */
  checkFile(file: string): FileErrors {
    const sink = new DiagnosticSink(this.fset);
    // gc's test driver compiles in the file's directory, so positions inside messages use the base name.
    const f = parseFile(this.fset, path.basename(file), readFileSync(file), sink);
    const from = { path: 'main', dir: path.dirname(file), origin: 'dir' as const };
    const imports = new Map<string, Package>();
    for (const imp of f.imports) {
      const p = importPathOf(imp);
      if (p === undefined || p === 'unsafe' || imports.has(p)) continue;
      const r = this.graph.opts.resolver.resolve(p, from);
      if (typeof r === 'string') {
        sink.error(imp.path.pos, r);
        continue;
      }
      const dep = this.graph.loadResolved(r);
      if (typeof dep === 'string') sink.error(imp.path.pos, dep);
      else if (dep.pkg) imports.set(p, dep.pkg);
    }
    checkPackage({ fset: this.fset, sizes: hostSizes, importer: (p) => imports.get(p) }, 'main', [f], sink);
    const errors = sink.list.map((d) => ({ line: this.fset.position(d.pos).line, message: d.message }));
    return { errors };
  }

  /** errors lists the diagnostics of every package loaded so far as `file:line:col: message`. */
  errors(): string[] {
    const all = new DiagnosticSink(this.fset);
    for (const n of this.graph.order) all.list.push(...n.sink.list);
    return all.list.map((d) => {
      const p = this.fset.position(d.pos);
      return `${p.filename}:${p.line}:${p.column}: ${d.message}`;
    });
  }
}
