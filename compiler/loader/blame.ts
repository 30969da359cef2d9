// Blaming failures on the user's imports. A build or `tsgo check` pulls standard-library packages from GOROOT that
// tsgo may not compile yet; their errors point into GOROOT's sources, which the user cannot act on. GorootBlame
// rewrites them as one "not yet supported" diagnostic at each import in the user's own packages (every package not
// from GOROOT) that leads, directly or through other packages, to a failing GOROOT package, naming that package's
// first error (the first in sorted order). One rule decides which errors go: those of a failing GOROOT package that
// some user package reaches through its imports. A failing GOROOT package no user package reaches keeps its errors.
// Packages are visited dependencies first, so the search state is kept across visits and each package is searched
// once, whatever the number of user packages. blameDiagnostics applies the rule to a build's single sink; cmd/check.ts
// applies it package by package as the loader reports them.

import { DiagnosticSink, type Diagnostic } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import { importPathOf } from './graph.ts';
import type { Origin } from './resolve.ts';

/** ImportingPackage is what blaming needs to know of a package: where it came from and what it imports. */
export interface ImportingPackage {
  path: string;
  origin: Origin;
  filenames: string[];
  files: ast.File[] | undefined;
  /** imports maps each import path as written to the canonical path of the package it resolved to. */
  imports: Map<string, string>;
}

/**
 * GorootBlame decides, package by package in dependency order, which user imports to blame for failing GOROOT
 * packages and which of those packages' errors to drop.
 */
export class GorootBlame {
  /** byPath holds every package visited so far, by canonical path. */
  private readonly byPath = new Map<string, ImportingPackage>();
  /** failed maps each failing GOROOT package to its first error, formatted. */
  private readonly failed = new Map<string, string>();
  /** memo maps a visited path to the first failure reachable from it (undefined: none). */
  private readonly memo = new Map<string, string | undefined>();
  /** reached holds the packages some user package imports, directly or not. */
  private readonly reached = new Set<string>();

  /**
   * visit records a package after all its dependencies. firstError is the formatted first error of a failing GOROOT
   * package whose errors are to be blamed (firstErrorOf); leave it out otherwise. For a user package it returns the
   * message to report at each of its imports that leads to a failing GOROOT package; it is empty for GOROOT packages.
   */
  visit(p: ImportingPackage, firstError?: string): Map<ast.ImportSpec, string> {
    this.byPath.set(p.path, p);
    if (firstError !== undefined) this.failed.set(p.path, firstError);
    const out = new Map<ast.ImportSpec, string>();
    if (p.origin === 'goroot' || !p.files) return out;
    this.markReached(p);
    if (this.failed.size === 0) return out;
    for (const f of p.files) {
      for (const imp of f.imports) {
        const written = importPathOf(imp);
        const target = written === undefined ? undefined : p.imports.get(written);
        if (target === undefined || this.byPath.get(target)?.origin !== 'goroot') continue;
        const why = this.firstFailure(target);
        if (why !== undefined) {
          out.set(imp, `package ${JSON.stringify(written)} does not compile with tsgo yet (first error: ${why})`);
        }
      }
    }
    return out;
  }

  /** blamed reports whether path is a failing GOROOT package some user package reaches: its errors are dropped. */
  blamed(path: string): boolean {
    return this.failed.has(path) && this.reached.has(path);
  }

  /** firstFailure finds the first failed package reachable from path (itself included), depth first. */
  private firstFailure(path: string): string | undefined {
    if (this.memo.has(path)) return this.memo.get(path);
    this.memo.set(path, undefined); // cycles were reported by the loader; break them here
    let found = this.failed.get(path);
    for (const dep of this.byPath.get(path)?.imports.values() ?? []) {
      if (found !== undefined) break;
      found = this.firstFailure(dep);
    }
    this.memo.set(path, found);
    return found;
  }

  /** markReached adds everything p imports, directly or not, to reached; each package is walked once. */
  private markReached(p: ImportingPackage): void {
    const stack = [...p.imports.values()];
    while (stack.length > 0) {
      const q = stack.pop()!;
      if (this.reached.has(q)) continue;
      this.reached.add(q);
      stack.push(...(this.byPath.get(q)?.imports.values() ?? []));
    }
  }
}

/** firstErrorOf formats the first error among diags in sorted order (DiagnosticSink.sorted); undefined if none. */
export function firstErrorOf(sink: DiagnosticSink, diags: Iterable<Diagnostic>): string | undefined {
  const errors = new DiagnosticSink(sink.fset);
  for (const d of diags) if (d.severity === 'error') errors.list.push(d);
  const first = errors.sorted(1)[0];
  return first && sink.format(first);
}

/**
 * blameDiagnostics applies GorootBlame to one sink holding the diagnostics of all the packages (given dependencies
 * first): the diagnostics in the files of each blamed GOROOT package are replaced by the errors at the user's imports.
 * Errors of GOROOT packages no user package reaches stay where they are.
 */
export function blameDiagnostics(sink: DiagnosticSink, packages: ImportingPackage[]): void {
  const pkgOfFile = new Map<string, ImportingPackage>();
  for (const p of packages) if (p.origin === 'goroot') for (const f of p.filenames) pkgOfFile.set(f, p);
  const diagsOf = new Map<string, Diagnostic[]>();
  for (const d of sink.list) {
    const p = pkgOfFile.get(sink.fset.position(d.pos).filename);
    if (!p) continue;
    const list = diagsOf.get(p.path) ?? [];
    list.push(d);
    diagsOf.set(p.path, list);
  }
  if (diagsOf.size === 0) return;
  const blame = new GorootBlame();
  const notes: [ast.ImportSpec, string][] = [];
  for (const p of packages) notes.push(...blame.visit(p, firstErrorOf(sink, diagsOf.get(p.path) ?? [])));
  const kept = sink.list.filter((d) => {
    const p = pkgOfFile.get(sink.fset.position(d.pos).filename);
    return !p || !blame.blamed(p.path);
  });
  sink.list.length = 0;
  sink.list.push(...kept);
  for (const [imp, why] of notes) sink.notYetSupported(imp.path.pos, why);
}
