// End-to-end tests of codegen together with the Go runtime (runtime/*.go compiled by tsgo itself): small programs in
// testdata/go are built by the whole pipeline for the host, arduino (avr8js) and cortex-m-qemu, run, and their output
// compared with gc's (checked with `go run`; gc prints to stderr, the boards to their UART). Also checks that a hello
// world stays small on the Arduino. These tests need the front end (type checker): they are skipped until the
// loader's checker module exists.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const frontEnd = fs.existsSync(path.join(here, '../types/check.ts'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-rt-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function buildAndRun(file: string, target: string): Promise<{ output: string; exitCode: number; errors: string }> {
  const { build } = await import('../build/driver.ts');
  const { runFirmware } = await import('../run/run.ts');
  const out = path.join(work, `${path.basename(file, '.go')}-${target}.elf`);
  let errors = '';
  const res = await build({
    inputs: [path.join(here, 'testdata/go', file)],
    target,
    output: out,
    optLevel: 'z',
    size: 'none',
    tags: [],
    stderr: (s) => (errors += s),
    stdout: () => {},
  }).catch((e: unknown) => {
    throw new Error(`${String(e)}\n${errors}`);
  });
  const r = await runFirmware(res.target, res.outputPath, { timeoutMs: 30_000 });
  return { output: r.output, exitCode: r.exitCode, errors };
}

const printWant =
  'hello 42 true false -7\n' +
  '-128 255 -9223372036854775808 18446744073709551615 4294967295\n' +
  'a1b\n' +
  '0x0\n' +
  '7 true true 5\n' +
  '-3 -7\n' +
  'panic: runtime error: integer divide by zero\n';

describe.skipIf(!frontEnd).each(['host', 'arduino', 'cortex-m-qemu'])('runtime on %s', (target) => {
  it('prints every basic type like gc and panics on divide by zero', async () => {
    const r = await buildAndRun('print.go', target);
    expect(r.output).toBe(printWant);
    expect(r.exitCode).toBe(2);
  });

  it('reports an index out of range with gc message', async () => {
    const r = await buildAndRun('index.go', target);
    expect(r.output).toBe('9\npanic: runtime error: index out of range [5] with length 3\n');
    expect(r.exitCode).toBe(2);
  });

  it('panics with a string', async () => {
    const r = await buildAndRun('panic.go', target);
    expect(r.output).toBe('before\npanic: boom\n');
    expect(r.exitCode).toBe(2);
  });
});

describe.skipIf(!frontEnd)('code size', () => {
  it('keeps an Arduino hello world under 1000 bytes of flash', async () => {
    const { build } = await import('../build/driver.ts');
    const src = path.join(work, 'hello.go');
    fs.writeFileSync(src, 'package main\n\nfunc main() {\n\tprintln("hello")\n}\n');
    let sizeLine = '';
    await build({ inputs: [src], target: 'arduino', output: path.join(work, 'hello.elf'), optLevel: 'z', size: 'short', tags: [], stderr: () => {}, stdout: (s) => (sizeLine += s) });
    const m = /(\d+)\s+(\d+)\s+(\d+)\s*\|\s*(\d+)\s+(\d+)/.exec(sizeLine);
    expect(m, sizeLine).not.toBeNull();
    expect(Number(m![4])).toBeLessThan(1000);
  });
});
