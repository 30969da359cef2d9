// The user's module: finding go.mod (walking up from the working directory, as the go command does) and reading the
// parts the loader needs — the `module` path, the `go` version, `require`d module paths and `replace` directives whose
// target is a local directory (`=> ./dir`, `=> ../dir`, `=> /abs/dir`). Replacements by another module version need
// the network and are reported when a package would come from them. A `vendor/` folder next to go.mod is used for
// every import the module itself does not provide. Grammar (golang.org/ref/mod#go-mod-file): one directive per line
// or a parenthesised block of them; `//` comments; tokens may be double- or back-quoted strings.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDir } from './goenv.ts';

/** Replace is one `replace old [version] => new [version]` directive. */
export interface Replace {
  path: string;
  /** dir is the absolute local directory for a filesystem replacement, undefined for a module replacement. */
  dir: string | undefined;
  /** target is the right-hand side as written. */
  target: string;
}

/** Module is a parsed go.mod with the directory it lives in. */
export interface Module {
  path: string;
  dir: string;
  goVersion: string | undefined;
  requires: string[];
  replaces: Replace[];
  /** vendorDir is <dir>/vendor when that folder exists. */
  vendorDir: string | undefined;
}

/** findModule walks up from dir to the first go.mod and parses it; undefined when there is none. */
export function findModule(dir: string): Module | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const f = path.join(d, 'go.mod');
    if (fs.existsSync(f)) return parseGoMod(fs.readFileSync(f, 'utf8'), d);
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** GoModError is a malformed go.mod, reported as `go.mod:LINE: message`. */
export class GoModError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'GoModError';
  }
}

/** parseGoMod reads the text of a go.mod that lives in dir. */
export function parseGoMod(text: string, dir: string): Module {
  const file = path.join(dir, 'go.mod');
  const mod: Module = { path: '', dir, goVersion: undefined, requires: [], replaces: [], vendorDir: undefined };
  let block: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const toks = tokenize(lines[i]!, file, i + 1);
    if (toks.length === 0) continue;
    if (block !== undefined) {
      if (toks[0] === ')') {
        block = undefined;
        continue;
      }
      directive(mod, block, toks, file, i + 1);
      continue;
    }
    if (toks.length === 2 && toks[1] === '(') {
      block = toks[0]!;
      continue;
    }
    directive(mod, toks[0]!, toks.slice(1), file, i + 1);
  }
  if (!mod.path) throw new GoModError(file, 1, 'no module declaration in go.mod');
  const vendor = path.join(dir, 'vendor');
  if (isDir(vendor)) mod.vendorDir = vendor;
  return mod;
}

function directive(mod: Module, verb: string, args: string[], file: string, line: number): void {
  switch (verb) {
    case 'module':
      if (args.length !== 1) throw new GoModError(file, line, 'usage: module module/path');
      mod.path = args[0]!;
      return;
    case 'go':
      mod.goVersion = args[0];
      return;
    case 'require':
      if (args.length >= 1) mod.requires.push(args[0]!);
      return;
    case 'replace': {
      const arrow = args.indexOf('=>');
      if (arrow < 1 || arrow === args.length - 1) throw new GoModError(file, line, 'usage: replace module/path [v1.2.3] => other/module v1.4 | local/dir');
      const target = args[arrow + 1]!;
      const local = target.startsWith('./') || target.startsWith('../') || path.isAbsolute(target) || target === '.' || target === '..';
      mod.replaces.push({ path: args[0]!, dir: local ? path.resolve(mod.dir, target) : undefined, target });
      return;
    }
    case 'exclude':
    case 'retract':
    case 'toolchain':
      return;
    default:
      throw new GoModError(file, line, `unknown directive: ${verb}`);
  }
}

/** tokenize splits one go.mod line into tokens, dropping a `//` comment; quoted strings become their contents. */
function tokenize(line: string, file: string, lineNo: number): string[] {
  const toks: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '(' || c === ')') {
      toks.push(c);
      i++;
    } else if (c === '"' || c === '`') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new GoModError(file, lineNo, 'unterminated quoted string');
      const raw = line.slice(i, end + 1);
      toks.push(c === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1));
      i = end + 1;
    } else {
      let j = i;
      while (j < line.length && !/[\s()]/.test(line[j]!) && !line.startsWith('//', j)) j++;
      toks.push(line.slice(i, j));
      i = j;
    }
  }
  return toks;
}

/** moduleDirOf returns the directory of an import path inside the module itself, or undefined when outside it. */
export function moduleDirOf(mod: Module, importPath: string): string | undefined {
  if (importPath === mod.path) return mod.dir;
  if (importPath.startsWith(mod.path + '/')) return path.join(mod.dir, importPath.slice(mod.path.length + 1));
  return undefined;
}

/** findReplace returns the replace directive with the longest module path that is a prefix of importPath. */
export function findReplace(mod: Module, importPath: string): Replace | undefined {
  let best: Replace | undefined;
  for (const r of mod.replaces) {
    if (importPath !== r.path && !importPath.startsWith(r.path + '/')) continue;
    if (!best || r.path.length > best.path.length) best = r;
  }
  return best;
}

/** importPathOfDir returns the import path of a directory inside the module, or undefined when it is outside. */
export function importPathOfDir(mod: Module, dir: string): string | undefined {
  const rel = path.relative(mod.dir, path.resolve(dir));
  if (rel === '') return mod.path;
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return mod.path + '/' + rel.split(path.sep).join('/');
}
