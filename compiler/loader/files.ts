// File selection, as go/build does it: a directory's `.go` files that the build context selects — the file-name rules
// (`_test.go`, `name_GOOS_GOARCH.go`, leading `.` or `_`), the `//go:build` expression (or legacy `// +build` lines)
// in the header before the package clause, and, because cgo is always off, never a file that imports "C". The
// header is the run of blank lines, line comments and block comments before the first other token.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { evalConstraint, evalPlusBuild, matchFileName, type BuildContext } from './constraints.ts';
import { findGoroot } from './goenv.ts';

/** DirFiles is the outcome of selecting a directory's files. */
export interface DirFiles {
  /** files are the selected file names, absolute and sorted. */
  files: string[];
  /** goFiles counts every `.go` file in the directory (selected or not, tests included). */
  goFiles: number;
  /** testOnly is true when the only `.go` files are `_test.go` files. */
  testOnly: boolean;
  /** badConstraint is the first malformed //go:build line, as `file: message`. */
  badConstraint?: string;
}

/**
 * selectFiles lists a directory's .go files that the build context selects, sorted by name; withTests adds the
 * `_test.go` files it selects (for `tsgo test`). tsgo compiles no assembly: a package with assembly for the target's
 * architecture is selected as for a portable one (portableContext).
 */
export function selectFiles(dir: string, build: BuildContext, withTests = false): DirFiles {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { files: [], goFiles: 0, testOnly: false };
  }
  build = portableContext(dir, entries, build);
  const out: DirFiles = { files: [], goFiles: 0, testOnly: false };
  let tests = 0;
  const names = entries.filter((e) => !e.isDirectory() && e.name.endsWith('.go')).map((e) => e.name).sort();
  for (const name of names) {
    out.goFiles++;
    if (name.endsWith('_test.go')) tests++;
    if (!matchFileName(withTests ? name.replace(/_test\.go$/, '.go') : name, build)) continue;
    const file = path.join(dir, name);
    let src: Buffer;
    try {
      src = fs.readFileSync(file);
    } catch {
      continue; // a dangling symlink or unreadable entry is not a source file
    }
    const r = matchHeader(src, build);
    if (typeof r === 'string') {
      out.badConstraint ??= `${file}: ${r}`;
      continue;
    }
    if (r && !importsC(src)) out.files.push(file);
  }
  out.testOnly = out.goFiles > 0 && tests === out.goFiles;
  return out;
}

/**
 * PORTABLE_ARCHS are architectures of gc's with little assembly in GOROOT, by pointer size: a package with assembly
 * for the target's architecture (crypto/sha1's blockAMD64, crypto/aes's GCM, hash/crc32's SSE4.2 code on amd64;
 * sha1's block on arm) is selected as for the first of them it has none for, which gives the Go code gc itself
 * compiles on such an architecture (sha1block_generic.go). So is every package of PORTABLE_TREES.
 */
const PORTABLE_ARCHS: Record<number, string[]> = { 8: ['riscv64', 'loong64', 'mips64le', 'wasm'], 4: ['mipsle'] };
/**
 * PORTABLE_TREES are GOROOT/src trees always selected as for a portable architecture: their files for amd64 call
 * assembly in a sibling package (crypto) or declare it under the gc tag (x/sys/cpu's cpuid).
 */
const PORTABLE_TREES = ['crypto', 'vendor/golang.org/x/crypto', 'vendor/golang.org/x/sys/cpu'];
const ARCH_PTR_SIZE: Record<string, number> = { amd64: 8, arm64: 8, riscv64: 8, ppc64le: 8, ppc64: 8, mips64le: 8, mips64: 8, loong64: 8, s390x: 8, wasm: 8, arm: 4, '386': 4, mipsle: 4, mips: 4 };

/** portableContext returns build, or a context for a portable architecture when dir has assembly for build's. */
function portableContext(dir: string, entries: fs.Dirent[], build: BuildContext): BuildContext {
  if (!build.noAssembly) return build;
  const asm = entries.filter((e) => !e.isDirectory() && e.name.endsWith('.s')).map((e) => e.name);
  const hasAsm = (ctx: BuildContext): boolean =>
    asm.some((name) => {
      if (!matchFileName(name.replace(/\.s$/, '.go'), ctx)) return false;
      try {
        return matchHeader(fs.readFileSync(path.join(dir, name)), ctx) === true;
      } catch {
        return false;
      }
    });
  const src = path.join(findGoroot(), 'src');
  const inPortableTree = PORTABLE_TREES.map((t) => path.join(src, t)).some((d) => dir === d || dir.startsWith(d + path.sep));
  if (!inPortableTree && (asm.length === 0 || !hasAsm(build))) return build;
  for (const arch of PORTABLE_ARCHS[ARCH_PTR_SIZE[build.goarch] ?? 0] ?? []) {
    const tags = new Set(build.tags);
    tags.delete(build.goarch);
    tags.add(arch);
    const ctx = { ...build, goarch: arch, tags };
    if (!hasAsm(ctx)) return ctx;
  }
  return build;
}

/** packageFiles lists a directory's .go files that the build context selects, sorted by name. */
export function packageFiles(dir: string, build: BuildContext): string[] {
  return selectFiles(dir, build).files;
}

/** matchConstraints reads a file's header comments and evaluates its //go:build (or // +build) lines. */
export function matchConstraints(src: Uint8Array, build: BuildContext): boolean {
  return matchHeader(src, build) === true;
}

/**
 * matchHeader evaluates the build constraints in a file's header: the `//go:build` line wins when present, else every
 * `// +build` line must hold. A malformed //go:build expression returns its error message.
 */
export function matchHeader(src: Uint8Array, build: BuildContext): boolean | string {
  const { goBuild, plusBuild } = headerConstraints(src);
  if (goBuild !== undefined) return evalConstraint(goBuild, build);
  return evalPlusBuild(plusBuild, build);
}

/** headerConstraints extracts the //go:build expression and the // +build lines of a file's header. */
export function headerConstraints(src: Uint8Array): { goBuild: string | undefined; plusBuild: string[] } {
  const text = Buffer.from(src.subarray(0, Math.min(src.length, 32768))).toString('utf8');
  const plusBuild: string[] = [];
  let goBuild: string | undefined;
  let inBlock = false;
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end < 0) continue;
      inBlock = false;
      line = line.slice(end + 2).trim();
    }
    while (line.startsWith('/*')) {
      const end = line.indexOf('*/', 2);
      if (end < 0) {
        inBlock = true;
        line = '';
        break;
      }
      line = line.slice(end + 2).trim();
    }
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    if (/^\/\/go:build\s/.test(line)) goBuild ??= line.slice('//go:build'.length).trim();
    else if (/^\/\/\s*\+build\s/.test(line)) plusBuild.push(line.replace(/^\/\/\s*\+build\s/, ''));
  }
  return { goBuild, plusBuild };
}

const IMPORT_C_SINGLE = /^import\s+(?:[\w.]+\s+)?"C"\s*(?:\/\/.*)?$/m;
const IMPORT_C_GROUP = /^import\s*\(([^)]*)\)/gm;

/** importsC reports whether a file imports the cgo pseudo-package "C" (such files are never selected: cgo is off). */
export function importsC(src: Uint8Array): boolean {
  const buf = Buffer.from(src.buffer, src.byteOffset, src.byteLength);
  if (buf.indexOf('"C"') < 0) return false;
  const text = buf.toString('utf8');
  if (IMPORT_C_SINGLE.test(text)) return true;
  for (const m of text.matchAll(IMPORT_C_GROUP)) {
    if (/(^|\n)\s*(?:[\w.]+\s+)?"C"\s*(?:\/\/.*)?(\n|$)/.test(m[1]!)) return true;
  }
  return false;
}
