// Test helpers for the type checker: parse Go sources with the real parser and check them as one package with
// host sizes (or given sizes), returning the package, Info and diagnostics. Used by the *.test.ts files only.

import { DiagnosticSink } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import { checkPackage } from './check.ts';
import type { Info } from './info.ts';
import { Sizes } from './sizes.ts';
import type { Package } from './types.ts';

/** CheckedSources is the result of checkSources. */
export interface CheckedSources {
  fset: FileSet;
  files: ast.File[];
  pkg: Package;
  info: Info;
  sink: DiagnosticSink;
  /** errors lists `line:col: message` for every diagnostic (first file only carries line numbers of its own). */
  errors: string[];
}

/** hostSizes are the sizes of linux/amd64. */
export const hostSizes = new Sizes(8, 8, 8);

/** checkSources parses and checks files {name: source} as package `main`. */
export function checkSources(sources: Record<string, string>, sizes: Sizes = hostSizes): CheckedSources {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const files = Object.entries(sources).map(([name, src]) => parseFile(fset, name, new TextEncoder().encode(src), sink));
  const { pkg, info } = checkPackage({ fset, sizes, importer: () => undefined }, 'main', files, sink);
  const errors = sink.list.map((d) => {
    const p = fset.position(d.pos);
    return `${p.filename}:${p.line}:${p.column}: ${d.message}`;
  });
  return { fset, files, pkg, info, sink, errors };
}

/** checkSource checks one file named main.go. */
export function checkSource(src: string, sizes: Sizes = hostSizes): CheckedSources {
  return checkSources({ 'main.go': src }, sizes);
}
