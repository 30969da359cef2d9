// The reference oracle: builds a Go program with gc (Debian's golang-go) and runs it, returning its combined output
// normalized the way tsgo's golden files store it — gc's goroutine trace and signal line after a panic are dropped,
// since tsgo prints only the `panic: ...` line — plus the exit code.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** RunResult is what a program printed (stdout and stderr together) and its exit code. */
export interface RunResult {
  output: string;
  exitCode: number;
}

/** runWithGc compiles file with `go build` and runs it; throws when gc rejects the program. */
export function runWithGc(file: string): RunResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-gc-'));
  try {
    const exe = path.join(dir, 'prog');
    execFileSync('go', ['build', '-o', exe, path.resolve(file)], {
      cwd: dir,
      env: { ...process.env, GO111MODULE: 'off', GOCACHE: path.join(os.tmpdir(), 'tsgo-gocache'), GOFLAGS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const r = spawnSync(exe, [], { encoding: 'utf8', timeout: 20_000 });
    return { output: normalizePanicTrace(r.stdout + r.stderr), exitCode: r.status ?? -1 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** normalizePanicTrace keeps output up to and including the first `panic: ` line (and drops `[signal ...]`). */
export function normalizePanicTrace(out: string): string {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.startsWith('panic: ') || l.startsWith('fatal error: '));
  if (i < 0) return out;
  return lines.slice(0, i + 1).join('\n') + '\n';
}

/** formatGolden renders a RunResult in the golden-file form: the output, then `[exit N]` when N is not 0. */
export function formatGolden(r: RunResult): string {
  return r.exitCode === 0 ? r.output : `${r.output}[exit ${r.exitCode}]\n`;
}
