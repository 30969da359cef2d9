// The package loader: turns the command line's package arguments into parsed, type-checked packages in dependency
// order — tsgo's own runtime first, the user's main package last. Files are selected by the target's build
// constraints before they are parsed. Imports of GOROOT and module packages arrive with the full loader (issue 4);
// until then only `unsafe` and the runtime are importable, and any other import is a positioned error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, type DiagnosticSink } from '../diag.ts';
import type * as ast from '../syntax/ast.ts';
import { parseFile } from '../syntax/parser.ts';
import type { FileSet } from '../syntax/source.ts';
import { checkPackage } from '../types/check.ts';
import type { Info } from '../types/info.ts';
import type { Sizes } from '../types/sizes.ts';
import type { Package } from '../types/types.ts';
import { evalConstraint, evalPlusBuild, matchFileName, type BuildContext } from './constraints.ts';

/** RUNTIME_DIR is the folder of tsgo's own runtime package (Go sources compiled by tsgo). */
export const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime');

/** LoadContext is what loading needs: where positions go, where errors go, and the target. */
export interface LoadContext {
  fset: FileSet;
  sink: DiagnosticSink;
  build: BuildContext;
  sizes: Sizes;
}

/** LoadedPackage is one parsed and type-checked package. */
export interface LoadedPackage {
  path: string;
  dir: string;
  files: ast.File[];
  pkg: Package;
  info: Info;
}

/** loadProgram loads the runtime and the main package named by args; it stops at the first package with errors. */
export function loadProgram(args: string[], ctx: LoadContext): LoadedPackage[] {
  const mainFiles = resolveMainFiles(args.length ? args : ['.'], ctx.build);
  const loaded = new Map<string, LoadedPackage>();
  const order: LoadedPackage[] = [];
  const importer = (p: string): Package | undefined => loaded.get(p)?.pkg;

  const load = (pkgPath: string, dir: string, filenames: string[]): boolean => {
    const files = filenames.map((f) => parseSourceFile(f, ctx));
    if (ctx.sink.hasErrors) return false;
    checkImports(files, ctx.sink);
    if (ctx.sink.hasErrors) return false;
    const { pkg, info } = checkPackage({ fset: ctx.fset, sizes: ctx.sizes, importer }, pkgPath, files, ctx.sink);
    if (ctx.sink.hasErrors) return false;
    const lp = { path: pkgPath, dir, files, pkg, info };
    loaded.set(pkgPath, lp);
    order.push(lp);
    return true;
  };

  if (!load('runtime', RUNTIME_DIR, packageFiles(RUNTIME_DIR, ctx.build))) return order;
  load('main', path.dirname(mainFiles[0]!), mainFiles);
  return order;
}

/** resolveMainFiles turns `FILE.go...` or one directory into the list of the main package's files. */
export function resolveMainFiles(args: string[], build: BuildContext): string[] {
  if (args.every((a) => a.endsWith('.go'))) {
    for (const a of args) {
      if (!fs.existsSync(a)) throw new UserError(`stat ${a}: no such file or directory`);
    }
    return args.map((a) => path.resolve(a));
  }
  if (args.length !== 1) throw new UserError('tsgo: build one package at a time (or a list of .go files)');
  const dir = path.resolve(args[0]!);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UserError(`not yet supported: loading package ${JSON.stringify(args[0])} by import path (give a directory or .go files)`);
  }
  const files = packageFiles(dir, build);
  if (files.length === 0) throw new UserError(`no buildable Go source files in ${dir}`);
  return files;
}

/** packageFiles lists a directory's .go files that the build context selects, sorted by name. */
export function packageFiles(dir: string, build: BuildContext): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => matchFileName(n, build))
    .sort()
    .map((n) => path.join(dir, n))
    .filter((f) => fs.statSync(f).isFile() && matchConstraints(fs.readFileSync(f), build));
}

/** matchConstraints reads a file's header comments and evaluates its //go:build (or // +build) lines. */
export function matchConstraints(src: Uint8Array, build: BuildContext): boolean {
  const text = Buffer.from(src.subarray(0, Math.min(src.length, 8192))).toString('utf8');
  const plus: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break; // the header ends at the first non-comment line (block comments: see issue 4)
    if (line.startsWith('//go:build ')) {
      const r = evalConstraint(line.slice('//go:build '.length), build);
      return r === true;
    }
    if (line.startsWith('// +build ')) plus.push(line.slice('// +build '.length));
  }
  return evalPlusBuild(plus, build);
}

function parseSourceFile(filename: string, ctx: LoadContext): ast.File {
  let src: Uint8Array;
  try {
    src = fs.readFileSync(filename);
  } catch (e) {
    throw new UserError(`open ${filename}: ${(e as NodeJS.ErrnoException).code ?? 'cannot read file'}`);
  }
  return parseFile(ctx.fset, filename, src, ctx.sink);
}

/** checkImports reports imports the loader cannot provide yet, at the import's position. */
function checkImports(files: ast.File[], sink: DiagnosticSink): void {
  for (const f of files) {
    for (const imp of f.imports) {
      const p = imp.path.value.slice(1, -1);
      if (p !== 'unsafe' && p !== 'runtime') sink.notYetSupported(imp.path.pos, `importing package "${p}"`);
    }
  }
}
