// `tsgo version`: the versions of tsgo itself, the LLVM tools it drives and the Go sources it compiles against.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** GOROOT is where the Go standard library sources are read from: $GOROOT, else Debian's golang-1.19-src. */
export function goroot(): string {
  return process.env.GOROOT || '/usr/lib/go-1.19';
}

/** versionText returns `tsgo version X (LLVM Y, Go sources Z)`. */
export function versionText(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  let llvm = 'LLVM not found (install llvm-14)';
  try {
    const out = execFileSync('llc-14', ['--version'], { encoding: 'utf8' });
    llvm = 'LLVM ' + (/LLVM version ([\d.]+)/.exec(out)?.[1] ?? 'unknown');
  } catch {
    // keep the "not found" text
  }
  let go = 'Go sources not found (install golang-1.19-src)';
  try {
    go = fs.readFileSync(path.join(goroot(), 'VERSION'), 'utf8').split('\n')[0]! + ' sources at ' + goroot();
  } catch {
    // keep the "not found" text
  }
  return `tsgo version ${pkg.version} ${process.platform}/${process.arch} (${llvm}, ${go})`;
}
