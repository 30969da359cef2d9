// Package runtime's exported API that the standard library and user code read (runtime/extern*.go), on the host and
// the boards: each target's GOOS and GOARCH, and the fixed answers of a one-thread, one-CPU runtime.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun } from './buildrun.ts';

const DIR = path.resolve(import.meta.dirname, '../../testdata/runtimeapi');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-runtimeapi-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('runtime.GOOS, GOARCH, NumCPU, GOMAXPROCS, ...', () => {
  it.each([
    ['host', 'linux amd64'],
    ['cortex-m-qemu', 'linux arm'],
    ['arduino', 'linux arm'],
    ['pico', 'linux arm'],
  ])('on %s', async (target, system) => {
    const r = await compileAndRun(path.join(DIR, 'extern.go'), target, work);
    expect(r.output).toBe(`${system} gc go1.19\n1 1 1\n`);
    expect(r.exitCode).toBe(0);
  });
});
