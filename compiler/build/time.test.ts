// Package time (src/time, runtime/timer.go): the programs of testdata/time, compared with gc's output, on the targets
// that have a clock so far (the host's clock_gettime, Cortex-M's SysTick). Their output does not depend on timing.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun } from './buildrun.ts';
import { formatGolden } from '../oracle/gcref.ts';

const DIR = path.resolve(import.meta.dirname, '../../testdata/time');
const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-time-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(['host', 'cortex-m-qemu'])('testdata/time on %s', (target) => {
  it.each(programs)('%s', async (name) => {
    const file = path.join(DIR, name);
    const want = fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8');
    const r = await compileAndRun(file, target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});
