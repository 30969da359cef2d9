// The Go environment the loader reads the standard library from: GOROOT discovery (the `GOROOT` environment variable,
// else `go env GOROOT` when a `go` command is installed, else Debian's /usr/lib/go-1.19), the release the GOROOT holds
// (its VERSION file, else src/internal/goversion), which gives the `go1.1`…`go1.N` release tags, and the overlay
// layout of tsgo's own packages.
//
// Overlay layout: tsgo's own Go packages replace or extend GOROOT's, per import path, whole packages at a time:
//   <repo>/runtime/            package "runtime" (tsgo's runtime, compiled into every program)
//   <repo>/src/<importpath>/   any other package, e.g. src/machine/, src/device/avr/, src/runtime/volatile/, src/sync/
// A package that exists in the overlay is never read from GOROOT (`-no-overlays` switches the overlay off).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** REPO_DIR is the root of the tsgo tree (the parent of compiler/). */
export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** RUNTIME_DIR is the folder of tsgo's own runtime package (Go sources compiled by tsgo). */
export const RUNTIME_DIR = path.join(REPO_DIR, 'runtime');

/** OVERLAY_SRC_DIR is the folder of tsgo's other own packages, one folder per import path. */
export const OVERLAY_SRC_DIR = path.join(REPO_DIR, 'src');

/** DEBIAN_GOROOT is the GOROOT of Debian's golang-1.19 packages, the last resort. */
export const DEBIAN_GOROOT = '/usr/lib/go-1.19';

let cachedGoroot: string | undefined;

/** findGoroot returns the GOROOT to read the standard library from (computed once per process). */
export function findGoroot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GOROOT) return path.resolve(env.GOROOT);
  if (cachedGoroot !== undefined) return cachedGoroot;
  let found = DEBIAN_GOROOT;
  try {
    const out = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    if (out && fs.existsSync(path.join(out, 'src'))) found = out;
  } catch {
    // no go command: fall back to Debian's location
  }
  cachedGoroot = found;
  return found;
}

/** goVersionMinor returns N of the go1.N release in goroot (19 for Go 1.19), or `fallback` when it cannot tell. */
export function goVersionMinor(goroot: string, fallback = 19): number {
  try {
    const v = fs.readFileSync(path.join(goroot, 'VERSION'), 'utf8');
    const m = /^go1\.(\d+)/.exec(v);
    if (m) return Number(m[1]);
  } catch {
    // no VERSION file (a development tree): try internal/goversion
  }
  try {
    const src = fs.readFileSync(path.join(goroot, 'src/internal/goversion/goversion.go'), 'utf8');
    const m = /const\s+Version\s*=\s*(\d+)/.exec(src);
    if (m) return Number(m[1]);
  } catch {
    // not a GOROOT at all
  }
  return fallback;
}

/**
 * overlayDir returns the overlay folder that provides an import path, or undefined when tsgo has no own package: a
 * folder with Go files (src/crypto only holds src/crypto/internal/boring/sig, and package crypto stays GOROOT's).
 */
export function overlayDir(importPath: string): string | undefined {
  if (importPath === 'runtime') return RUNTIME_DIR;
  const dir = path.join(OVERLAY_SRC_DIR, importPath);
  if (!isDir(dir)) return undefined;
  return fs.readdirSync(dir).some((n) => n.endsWith('.go') && !n.endsWith('_test.go')) ? dir : undefined;
}

/** isDir reports whether p names an existing directory. */
export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
