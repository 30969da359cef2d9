// Package time (src/time, runtime/timer.go): the programs of testdata/time, compared with gc's output, on the host
// (clock_gettime), Cortex-M (SysTick) and arduino (Timer0's overflow interrupt; only the programs whose comment says
// they are small enough for its 2 KiB of RAM). Their output does not depend on timing.

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

const small = programs.filter((n) => /small enough for arduino/.test(fs.readFileSync(path.join(DIR, n), 'utf8')));

describe.each([
  ['host', programs],
  ['cortex-m-qemu', programs],
  ['arduino', small],
])('testdata/time on %s', (target, names) => {
  it.each(names)('%s', async (name) => {
    const file = path.join(DIR, name);
    const want = fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8');
    const r = await compileAndRun(file, target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});
