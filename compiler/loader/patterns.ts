// Package patterns on the command line, as the go command reads them: a list of `.go` files (one package,
// `command-line-arguments`), a directory (`.`, `./x`, `../x`, `/abs/x`), a directory tree (`./...`, `./x/...`), an
// import path (`fmt`, `example.com/m/x`), an import path tree (`net/...`, `example.com/m/...`), or `std` (every
// standard-library package that has files for the target, except the documentation-only `builtin`). Trees skip `testdata`, `vendor`, names starting with `.`
// or `_`, nested modules, and directories that have no files for the target.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildContext } from './constraints.ts';
import { selectFiles } from './files.ts';
import { importPathOfDir, type Module } from './gomod.ts';
import type { Origin } from './resolve.ts';

/** Root is one package named on the command line. */
export type Root =
  | { kind: 'files'; files: string[] }
  | { kind: 'dir'; dir: string; path: string; origin: Origin }
  | { kind: 'import'; path: string }
  | { kind: 'error'; message: string };

/** PatternContext is what expanding patterns needs. */
export interface PatternContext {
  cwd: string;
  goroot: string;
  module: Module | undefined;
  build: BuildContext;
}

/** expandPatterns turns command-line arguments into package roots, in order, without duplicates. */
export function expandPatterns(args: string[], ctx: PatternContext): Root[] {
  const roots: Root[] = [];
  const goFiles = args.filter((a) => a.endsWith('.go'));
  if (goFiles.length > 0) {
    if (goFiles.length !== args.length) return [{ kind: 'error', message: 'named files must all be .go files in one directory' }];
    const files = goFiles.map((f) => path.resolve(ctx.cwd, f));
    const missing = files.find((f) => !fs.existsSync(f));
    if (missing) return [{ kind: 'error', message: `stat ${missing}: no such file or directory` }];
    return [{ kind: 'files', files }];
  }
  const seen = new Set<string>();
  const add = (r: Root): void => {
    const key = r.kind === 'dir' ? 'd' + r.dir : r.kind === 'import' ? 'i' + r.path : r.kind + JSON.stringify(r);
    if (seen.has(key)) return;
    seen.add(key);
    roots.push(r);
  };
  for (const arg of args.length ? args : ['.']) {
    if (arg === 'std') {
      // `builtin` only documents the predeclared identifiers (and does not type-check); the go command skips it too
      const src = path.join(ctx.goroot, 'src');
      for (const dir of walkPackages(src, ctx.build, ['cmd', 'builtin'], true)) add(gorootRoot(dir, ctx));
    } else if (arg.endsWith('/...') || arg === '...') {
      const base = arg === '...' ? '' : arg.slice(0, -4);
      if (isLocal(base) || base === '') {
        const dir = path.resolve(ctx.cwd, base || '.');
        const found = walkPackages(dir, ctx.build, [], false);
        if (found.length === 0) add({ kind: 'error', message: `pattern ${arg}: matched no packages` });
        for (const d of found) add(dirRoot(d, ctx));
      } else {
        for (const r of importTree(base, arg, ctx)) add(r);
      }
    } else if (isLocal(arg)) {
      const dir = path.resolve(ctx.cwd, arg);
      if (!isDirectory(dir)) add({ kind: 'error', message: `directory ${arg} does not exist` });
      else add(dirRoot(dir, ctx));
    } else {
      add({ kind: 'import', path: arg });
    }
  }
  return roots;
}

function importTree(base: string, arg: string, ctx: PatternContext): Root[] {
  const src = path.join(ctx.goroot, 'src');
  const mod = ctx.module;
  let dir: string | undefined;
  if (isDirectory(path.join(src, base))) dir = path.join(src, base);
  else if (mod && (base === mod.path || base.startsWith(mod.path + '/'))) dir = path.join(mod.dir, base.slice(mod.path.length));
  const found = dir ? walkPackages(dir, ctx.build, [], dir.startsWith(src)) : [];
  if (found.length === 0) return [{ kind: 'error', message: `pattern ${arg}: matched no packages` }];
  return found.map((d) => (d.startsWith(src + path.sep) ? gorootRoot(d, ctx) : dirRoot(d, ctx)));
}

function gorootRoot(dir: string, ctx: PatternContext): Root {
  const p = path.relative(path.join(ctx.goroot, 'src'), dir).split(path.sep).join('/');
  return { kind: 'import', path: p };
}

/** dirRoot names a directory's package: its GOROOT path, its module path, or `_/abs/dir` outside both. */
function dirRoot(dir: string, ctx: PatternContext): Root {
  const src = path.join(ctx.goroot, 'src') + path.sep;
  if (dir.startsWith(src)) return { kind: 'dir', dir, path: dir.slice(src.length).split(path.sep).join('/'), origin: 'goroot' };
  const p = ctx.module ? importPathOfDir(ctx.module, dir) : undefined;
  if (p !== undefined) return { kind: 'dir', dir, path: p, origin: 'module' };
  return { kind: 'dir', dir, path: '_' + dir.split(path.sep).join('/'), origin: 'dir' };
}

/**
 * walkPackages lists the directories below root (root included) that hold files for the build context, sorted.
 * `skipTop` names first-level directories to leave out; `withVendor` keeps vendor/ trees (std lists them).
 */
export function walkPackages(root: string, build: BuildContext, skipTop: string[], withVendor: boolean): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (depth > 0 && entries.some((e) => e.name === 'go.mod' && !e.isDirectory()) && !withVendor) return; // nested module
    if (selectFiles(dir, build).files.length > 0) out.push(dir);
    const subdirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
    for (const name of subdirs) {
      if (name === 'testdata' || name.startsWith('.') || name.startsWith('_')) continue;
      if (name === 'vendor' && !withVendor) continue;
      if (depth === 0 && skipTop.includes(name)) continue;
      visit(path.join(dir, name), depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/** isLocal reports whether a pattern names a directory rather than an import path. */
export function isLocal(p: string): boolean {
  return p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../') || path.isAbsolute(p);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
