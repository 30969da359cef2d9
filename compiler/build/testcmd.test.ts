// `tsgo test` against `go test`: testdata/gotest/calc (tests, subtests with repeated names, failures, Fatal in a
// subtest, Skip, Cleanup order, examples with ordered, unordered and wrong output, an external test package) run with
// -v and without, and with a -run pattern selecting subtests, on the host and the boards' simulators. The golden
// files hold go test's output with what tsgo cannot print removed: the `file.go:N: ` prefix of log lines (tsgo has no
// line tables) and durations (`(0.00s)` and the final line's time become `(X)` and `X`). UPDATE_GOLDEN=1 regenerates
// them with go test.

import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const MODULE = path.join(ROOT, 'testdata/gotest');

const CASES: { name: string; args: string[] }[] = [
  { name: 'calc-v', args: ['-v', './calc'] },
  { name: 'calc', args: ['./calc'] },
  { name: 'calc-run', args: ['-v', '-run', 'TestDiv/zero|Double/in#01|Example(Div|Add)$', './calc'] },
];

/** normalize removes from go test's (or tsgo test's) output what differs between runs and what tsgo cannot print. */
function normalize(out: string): string {
  return out
    .replace(/^(\s*)\w+\.go:\d+: /gm, '$1')
    .replace(/\(\d+\.\d+s\)/g, '(X)')
    .replace(/^(ok  |FAIL)\t(\S+)\t\d+\.\d+s$/gm, '$1\t$2\tX');
}

function tsgo(args: string[]): Promise<{ stdout: string; status: number }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [TSGO, 'test', ...args], { cwd: MODULE, encoding: 'utf8', timeout: 300_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ stdout: stdout + stderr, status: error ? (error.code as number) : 0 });
    });
  });
}

function golden(name: string, args: string[]): string {
  const file = path.join(MODULE, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN) {
    let out: string;
    let status = 0;
    try {
      out = execFileSync('go', ['test', ...args], { cwd: MODULE, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-count=1' } });
    } catch (e) {
      const err = e as { stdout: string; stderr: string; status: number };
      out = err.stdout + err.stderr;
      status = err.status;
    }
    fs.writeFileSync(file, normalize(out) + `[exit ${status}]\n`);
  }
  return fs.readFileSync(file, 'utf8');
}

describe.each(['host', 'cortex-m-qemu', 'pico'])('tsgo test on %s', (target) => {
  it.each(CASES)('$name matches go test', async ({ name, args }) => {
    const want = golden(name, args);
    const r = await tsgo([`-target=${target}`, ...args]);
    expect(normalize(r.stdout) + `[exit ${r.status}]\n`).toBe(want);
  });
});

describe('tsgo test, other cases', () => {
  it('says when a package has no test files', async () => {
    const r = await tsgo(['../../testdata/run']);
    expect(r.stdout).toMatch(/^\?   \t\S+\t\[no test files\]\n$/);
    expect(r.status).toBe(0);
  });
});
