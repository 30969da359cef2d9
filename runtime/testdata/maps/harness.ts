// Builds and runs the gc-compiled map harness: the runtime's type.go, alg.go, hashmap.go and mapiter.go, renamed to
// package main, next to this folder's Go files (a shim for alloc, memmove, memset and the panic printing, and the
// driver). The binary is cached in tmpdir() under a hash of every source and the GOARCH, so test files and
// processes share one build until a source changes; it is built under a temporary name and renamed into place.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** RUNTIME_FILES are the runtime sources the harness compiles. */
export const RUNTIME_FILES = ['type.go', 'alg.go', 'hashmap.go', 'mapiter.go'];

const HARNESS_DIR = import.meta.dirname;
const RUNTIME_DIR = path.resolve(HARNESS_DIR, '../..');

/** GoArch is a GOARCH the harness is built for: amd64 (64-bit uintptr) or 386 (32-bit). */
export type GoArch = 'amd64' | '386';

const built = new Map<GoArch, string>();

function goEnv(goarch: GoArch): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: 'off',
    GOARCH: goarch,
    GOCACHE: path.join(os.tmpdir(), 'tsgo-gocache'),
    GOFLAGS: '',
    CGO_ENABLED: '0',
  };
}

/** buildMapHarness compiles the harness for goarch with gc and returns the binary's path. */
export function buildMapHarness(goarch: GoArch): string {
  const cached = built.get(goarch);
  if (cached && fs.existsSync(cached)) return cached;
  const sources = new Map<string, string>();
  for (const f of RUNTIME_FILES) {
    sources.set(f, fs.readFileSync(path.join(RUNTIME_DIR, f), 'utf8').replace(/^package runtime$/m, 'package main'));
  }
  for (const f of fs.readdirSync(HARNESS_DIR).filter((n) => n.endsWith('.go'))) {
    sources.set(f, fs.readFileSync(path.join(HARNESS_DIR, f), 'utf8'));
  }
  const hash = createHash('sha256').update(goarch);
  for (const [name, text] of [...sources].sort()) hash.update('\0').update(name).update('\0').update(text);
  const dir = path.join(os.tmpdir(), `tsgo-mapharness-${hash.digest('hex').slice(0, 16)}`);
  const bin = path.join(dir, 'maps');
  if (!fs.existsSync(bin)) {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-mapharness-src-'));
    try {
      for (const [name, text] of sources) fs.writeFileSync(path.join(src, name), text);
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${bin}.${process.pid}.tmp`;
      execFileSync('go', ['build', '-o', tmp, '.'], { cwd: src, env: goEnv(goarch), stdio: ['ignore', 'pipe', 'pipe'] });
      fs.renameSync(tmp, bin);
    } finally {
      fs.rmSync(src, { recursive: true, force: true });
    }
  }
  built.set(goarch, bin);
  return bin;
}

/** HarnessRun is what one run of the harness printed and its exit status. */
export interface HarnessRun {
  output: string;
  status: number;
}

/** runMapHarness runs the harness binary with args. */
export function runMapHarness(bin: string, args: string[]): HarnessRun {
  const r = spawnSync(bin, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 300_000,
    // The runtime's interface words hold non-pointers that gc's stack copier would reject.
    env: { ...process.env, GODEBUG: 'invalidptr=0' },
  });
  return { output: (r.stdout ?? '') + (r.stderr ?? ''), status: r.status ?? -1 };
}

/** canRun386 reports whether 32-bit x86 binaries run here (the kernel may lack ia32 support). */
export function canRun386(): boolean {
  try {
    return runMapHarness(buildMapHarness('386'), ['caps', '0', '0', '1']).status === 0;
  } catch {
    return false;
  }
}
