// Import path resolution: where the source of an imported package lives. The places are searched in this order:
//   1. tsgo's own packages (the overlay, see goenv.ts) unless overlays are off;
//   2. GOROOT/src/<path>, and for an importer inside GOROOT the vendor trees above it (GOROOT/src/vendor/<path> for
//      the standard library's golang.org/x/... packages, whose canonical path is then `vendor/<path>`);
//   3. the user's module: the module's own packages, then its vendor/ folder, then `replace` directives to local
//      directories.
// A path found nowhere is an error naming where it looked, in gc's words for a standard-library-like path
// (`package foo/bar is not in GOROOT (/usr/lib/go-1.19/src/foo/bar)`). The `internal` rule of the go command is
// enforced: `a/b/internal/c` may be imported only from below `a/b`.

import * as path from 'node:path';
import { isDir, overlayDir } from './goenv.ts';
import { findReplace, moduleDirOf, type Module } from './gomod.ts';

/** Origin says which of the places a package came from. */
export type Origin = 'overlay' | 'goroot' | 'module' | 'vendor' | 'replace' | 'dir';

/** Resolved is a package located on disk: its canonical import path, its directory and its origin. */
export interface Resolved {
  path: string;
  dir: string;
  origin: Origin;
}

/** Importer describes the package that contains an import, for vendor and internal rules. */
export interface ImporterInfo {
  path: string;
  dir: string;
  origin: Origin;
}

/** ResolverConfig holds the places to search. */
export interface ResolverConfig {
  goroot: string;
  module: Module | undefined;
  overlays: boolean;
}

/** Resolver maps import paths to package directories; results are cached per (importer vendor root, path). */
export class Resolver {
  private readonly cache = new Map<string, Resolved | string>();
  readonly gorootSrc: string;

  constructor(readonly cfg: ResolverConfig) {
    this.gorootSrc = path.join(cfg.goroot, 'src');
  }

  /** resolve locates importPath as imported from `from` (undefined: the command line); a string is an error message. */
  resolve(importPath: string, from: ImporterInfo | undefined): Resolved | string {
    const bad = checkImportPath(importPath);
    if (bad) return bad;
    const inGoroot = from !== undefined && (from.origin === 'goroot' || from.origin === 'overlay');
    const key = `${inGoroot ? from!.dir : ''}\x00${importPath}`;
    let r = this.cache.get(key);
    if (r === undefined) {
      r = this.locate(importPath, inGoroot ? from : undefined);
      this.cache.set(key, r);
    }
    if (typeof r !== 'string' && from) {
      const err = checkInternal(r.path, from);
      if (err) return err;
    }
    return r;
  }

  private locate(importPath: string, gorootImporter: ImporterInfo | undefined): Resolved | string {
    if (this.cfg.overlays) {
      const dir = overlayDir(importPath);
      if (dir) return { path: importPath, dir, origin: 'overlay' };
    }
    if (gorootImporter && firstElemHasDot(importPath)) {
      const v = this.gorootVendor(importPath, gorootImporter.dir);
      if (v) return v;
    }
    const gdir = path.join(this.gorootSrc, importPath);
    if (!firstElemHasDot(importPath) && isDir(gdir)) return { path: importPath, dir: gdir, origin: 'goroot' };
    const mod = this.cfg.module;
    const looked = [`GOROOT (${gdir})`];
    if (mod) {
      const mdir = moduleDirOf(mod, importPath);
      if (mdir !== undefined) {
        if (isDir(mdir)) return { path: importPath, dir: mdir, origin: 'module' };
        looked.push(`module ${mod.path} (${mdir})`);
      } else {
        if (mod.vendorDir) {
          const vdir = path.join(mod.vendorDir, importPath);
          if (isDir(vdir)) return { path: importPath, dir: vdir, origin: 'vendor' };
          looked.push(`vendor (${vdir})`);
        }
        const rep = findReplace(mod, importPath);
        if (rep?.dir !== undefined) {
          const rdir = path.join(rep.dir, importPath.slice(rep.path.length + 1));
          if (isDir(rdir)) return { path: importPath, dir: rdir, origin: 'replace' };
          looked.push(`replacement ${rep.path} => ${rep.target} (${rdir})`);
        } else if (rep) {
          return `package ${importPath} is provided by module ${rep.path} => ${rep.target}: not yet supported: non-local replacements (only local directories and vendor/)`;
        } else if (firstElemHasDot(importPath)) {
          const req = mod.requires.find((r) => importPath === r || importPath.startsWith(r + '/'));
          if (req) return `package ${importPath} is in required module ${req}, which is not vendored or replaced by a local directory (tsgo does not download modules)`;
          return `no required module provides package ${importPath}; looked in ${looked.join(', ')}`;
        }
      }
    }
    if (looked.length === 1) return `package ${importPath} is not in GOROOT (${gdir})`;
    return `package ${importPath} is not in ${looked.join(', ')}`;
  }

  /** gorootVendor looks for importPath in the vendor folders from the importer's directory up to GOROOT/src. */
  private gorootVendor(importPath: string, fromDir: string): Resolved | undefined {
    let d = fromDir;
    while (d.startsWith(this.gorootSrc)) {
      const vdir = path.join(d, 'vendor', importPath);
      if (isDir(vdir)) {
        const canonical = path.relative(this.gorootSrc, vdir).split(path.sep).join('/');
        return { path: canonical, dir: vdir, origin: 'goroot' };
      }
      if (d === this.gorootSrc) break;
      d = path.dirname(d);
    }
    // an overlay package imports as if it were in GOROOT/src
    const vdir = path.join(this.gorootSrc, 'vendor', importPath);
    if (isDir(vdir)) return { path: 'vendor/' + importPath, dir: vdir, origin: 'goroot' };
    return undefined;
  }
}

/** firstElemHasDot reports whether the first path element contains a dot (never a standard-library path). */
export function firstElemHasDot(importPath: string): boolean {
  const slash = importPath.indexOf('/');
  return (slash < 0 ? importPath : importPath.slice(0, slash)).includes('.');
}

/** checkImportPath rejects paths the go command rejects: empty, absolute, relative, or with odd characters. */
export function checkImportPath(p: string): string | undefined {
  if (p === '') return 'invalid import path: ""';
  if (p.startsWith('/')) return `invalid import path: "${p}" (absolute)`;
  if (p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../')) return `local import "${p}" in non-local package`;
  if (/[\s!"#$%&'()*,:;<=>?[\\\]^`{|}]/.test(p) || p.includes('//') || p.endsWith('/')) return `invalid import path: "${p}"`;
  return undefined;
}

/** checkInternal enforces the `internal` rule: `x/internal/y` is importable only from x and below. */
export function checkInternal(target: string, from: ImporterInfo): string | undefined {
  if (from.origin === 'overlay') return undefined; // tsgo's own packages stand in for the runtime and may use anything
  const elems = target.split('/');
  const i = elems.lastIndexOf('internal');
  if (i < 0) return undefined;
  const parent = elems.slice(0, i).join('/');
  const importer = from.path;
  if (parent === '' ? from.origin === 'goroot' : importer === parent || importer.startsWith(parent + '/')) return undefined;
  return `use of internal package ${target} not allowed`;
}
