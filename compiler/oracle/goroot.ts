// Loading GOROOT packages the way the reference implementations see them, for the comparisons in this folder: the
// differential test against go/types, the GOROOT/test errorcheck sweep and the checker benchmark. It is a thin layer
// over the real package loader (compiler/loader's PackageGraph and Resolver) with go/build's default context for
// linux/amd64 — the `gc` compiler tag, release tags go1.1 … go1.N, cgo off, none of tsgo's own tags (`tinygo`,
// `purego`, …) and no overlays — so that the files selected are exactly those the Go helper (go/build + go/types)
// selects. Packages are checked once per GorootLoader and kept (syntax trees and Info) for dumping; a package whose
// dependency has errors is checked anyway, so a sweep sees every error.

import * as path from 'node:path';
import { DiagnosticSink } from '../diag.ts';
import type { BuildContext } from '../loader/constraints.ts';
import { findGoroot, goVersionMinor } from '../loader/goenv.ts';
import { PackageGraph, type PackageNode } from '../loader/graph.ts';
import { Resolver } from '../loader/resolve.ts';
import { FileSet } from '../syntax/source.ts';
import { Sizes } from '../types/sizes.ts';

/** GOROOT is the Go installation whose sources are read (never copied). */
export const GOROOT = findGoroot();

/** gcBuildContext is go/build.Default for linux/amd64 with cgo disabled: the tags the gc toolchain satisfies. */
export function gcBuildContext(maxMinor = goVersionMinor(GOROOT)): BuildContext {
  const tags = new Set(['linux', 'amd64', 'unix', 'gc']);
  for (let i = 1; i <= maxMinor; i++) tags.add(`go1.${i}`);
  return { goos: 'linux', goarch: 'amd64', tags };
}

/** hostSizes are gc's sizes for linux/amd64 (word size, max alignment, pointer size). */
export const hostSizes = new Sizes(8, 8, 8);

/** FileErrors is the outcome of checking one file as package main: its node and its errors with line numbers. */
export interface FileErrors {
  node: PackageNode;
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
   * checkFile parses and checks one Go file on disk as package `main`, its imports resolved from GOROOT (and
   * checked once per loader). Every check replaces the previous `main`.
   */
  checkFile(file: string): FileErrors {
    this.graph.nodes.delete('main');
    const node = this.graph.loadFiles('main', path.dirname(file), 'dir', [file]);
    this.graph.order.splice(this.graph.order.indexOf(node), 1); // keep only library packages in the order
    const errors = node.sink.list.map((d) => ({ line: this.fset.position(d.pos).line, message: d.message }));
    return { node, errors };
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
