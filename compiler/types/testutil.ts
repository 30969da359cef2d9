// Test helpers for the type checker: parse Go sources with the real parser and check them as one package with
// host sizes (or given sizes), returning the package, Info and diagnostics; checkDir checks a folder of Go files as
// one package whose imports are its subfolders (a tiny importer for multi-package cases). Used by the *.test.ts
// files only.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
export const hostSizes = new Sizes(8, 8, 8, 1);

/** Importer finds an imported package by path (undefined: not found). */
export type Importer = (path: string) => Package | undefined;

/**
 * checkSources parses and checks files {name: source} as one package with import path `main` (its name is the first
 * file's package clause); imports are resolved by importer (none found by default).
 */
export function checkSources(
  sources: Record<string, string>,
  sizes: Sizes = hostSizes,
  importer: Importer = () => undefined,
  fset: FileSet = new FileSet(),
  path = 'main',
): CheckedSources {
  const sink = new DiagnosticSink(fset);
  const files = Object.entries(sources).map(([name, src]) => parseFile(fset, name, new TextEncoder().encode(src), sink));
  const { pkg, info } = checkPackage({ fset, sizes, importer }, path, files, sink);
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

/**
 * checkDir checks the .go files of folder dir (named relative to it) as one package. An import path names a
 * subfolder of dir (`import "p"` is dir/p, `import "p/q"` is dir/p/q), checked the same way once, with its own
 * diagnostics in `deps`; any other path is not found.
 */
export function checkDir(dir: string, sizes: Sizes = hostSizes): CheckedSources & { deps: CheckedSources[] } {
  const fset = new FileSet();
  const deps: CheckedSources[] = [];
  const cache = new Map<string, Package | undefined>();
  const importer: Importer = (path) => {
    if (cache.has(path)) return cache.get(path);
    cache.set(path, undefined); // an import cycle finds nothing
    const sub = join(dir, path);
    let found: Package | undefined;
    if (!path.startsWith('.') && isDir(sub)) {
      const r = checkSources(goFiles(sub, path + '/'), sizes, importer, fset, path);
      deps.push(r);
      found = r.pkg;
    }
    cache.set(path, found);
    return found;
  };
  return { ...checkSources(goFiles(dir, ''), sizes, importer, fset), deps };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** goFiles reads the .go files of dir, sorted, as {prefix + name: source}. */
function goFiles(dir: string, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.go')).sort()) out[prefix + f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

/** multiSources reads every .go file of a multi-package case, named as checkDir names them. */
export function multiSources(caseDir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ent of readdirSync(caseDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (ent.isDirectory()) Object.assign(out, multiSources(join(caseDir, ent.name), prefix + ent.name + '/'));
    else if (ent.name.endsWith('.go')) out[prefix + ent.name] = readFileSync(join(caseDir, ent.name), 'utf8');
  }
  return out;
}
