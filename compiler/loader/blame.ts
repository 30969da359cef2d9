// Blaming failures on the user's imports. A build pulls standard-library packages from GOROOT that tsgo may not
// compile yet; their errors point into GOROOT's sources, which the user cannot act on. blameUserImports rewrites
// them as one "not yet supported" diagnostic at each import in the user's own packages that leads (directly or
// through other packages) to a failing GOROOT package, naming the first underlying error.

import type { DiagnosticSink } from '../diag.ts';
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
 * blameDiagnostics moves the errors reported inside GOROOT packages' files onto the user's imports that lead to those
 * packages (see blameUserImports). Errors no user import leads to stay where they are.
 */
export function blameDiagnostics(sink: DiagnosticSink, packages: ImportingPackage[]): void {
  const pkgOfFile = new Map<string, ImportingPackage>();
  for (const p of packages) if (p.origin === 'goroot') for (const f of p.filenames) pkgOfFile.set(f, p);
  const failed = new Map<string, string>();
  for (const d of sink.list) {
    const p = d.severity === 'error' ? pkgOfFile.get(sink.fset.position(d.pos).filename) : undefined;
    if (p && !failed.has(p.path)) failed.set(p.path, sink.format(d));
  }
  if (failed.size === 0) return;
  const blamed = blameUserImports(packages, failed);
  if (blamed.size === 0) return;
  const kept = sink.list.filter((d) => !pkgOfFile.has(sink.fset.position(d.pos).filename));
  sink.list.length = 0;
  sink.list.push(...kept);
  for (const [imp, why] of blamed) sink.notYetSupported(imp.path.pos, why);
}

/**
 * blameUserImports returns, for each import spec of a non-GOROOT package that reaches one of the failed packages
 * (canonical path → its first error, already formatted), the message to report at that import.
 */
export function blameUserImports(
  packages: Iterable<ImportingPackage>,
  failed: Map<string, string>,
): Map<ast.ImportSpec, string> {
  const byPath = new Map<string, ImportingPackage>();
  for (const p of packages) byPath.set(p.path, p);
  const memo = new Map<string, string | undefined>();
  /** firstFailure finds the first failed package reachable from path (itself included), depth first. */
  const firstFailure = (path: string): string | undefined => {
    if (memo.has(path)) return memo.get(path);
    memo.set(path, undefined); // cycles were reported by the loader; break them here
    let found = failed.get(path);
    for (const dep of byPath.get(path)?.imports.values() ?? []) {
      if (found !== undefined) break;
      found = firstFailure(dep);
    }
    memo.set(path, found);
    return found;
  };
  const out = new Map<ast.ImportSpec, string>();
  for (const p of byPath.values()) {
    if (p.origin === 'goroot' || !p.files) continue;
    for (const f of p.files) {
      for (const imp of f.imports) {
        const written = importPathOf(imp);
        const target = written === undefined ? undefined : p.imports.get(written);
        const dep = target === undefined ? undefined : byPath.get(target);
        if (!dep || dep.origin !== 'goroot') continue;
        const why = firstFailure(target!);
        if (why !== undefined) {
          out.set(imp, `package ${JSON.stringify(written)} does not compile with tsgo yet (first error: ${why})`);
        }
      }
    }
  }
  return out;
}
