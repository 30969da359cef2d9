// End-to-end: every program in testdata/run is compiled by the whole pipeline in this process and run on the host,
// in avr8js (arduino) and in qemu (cortex-m-qemu); its output and exit code must equal the golden file, which holds
// gc's output for the same program (UPDATE_GOLDEN=1 regenerates the golden files by running gc, the reference). A
// program using what gc 1.19 cannot run (Go 1.21's min, max, clear) says "written by hand" in its first comment and
// keeps its golden file.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun, compileProgram } from './buildrun.ts';
import { formatGolden, runWithGc } from '../oracle/gcref.ts';

const RUN_DIR = path.resolve(import.meta.dirname, '../../testdata/run');
const TARGETS = ['host', 'arduino', 'cortex-m-qemu'];
const programs = fs.readdirSync(RUN_DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-e2e-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(TARGETS)('testdata/run on %s', (target) => {
  it.each(programs)('%s', async (name) => {
    const file = path.join(RUN_DIR, name);
    const goldenPath = file.replace(/\.go$/, '.golden');
    const handWritten = /^\/\/.*written by hand/m.test(fs.readFileSync(file, 'utf8').split('\npackage ')[0]!);
    if (process.env.UPDATE_GOLDEN && target === TARGETS[0] && !handWritten) {
      fs.writeFileSync(goldenPath, formatGolden(runWithGc(file)));
    }
    const want = fs.readFileSync(goldenPath, 'utf8');
    const r = await compileAndRun(file, target, work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});

describe('code size', () => {
  it('keeps an Arduino hello world under 1000 bytes of flash', async () => {
    let sizeLine = '';
    const { result } = await compileProgram(path.join(RUN_DIR, 'hello.go'), 'arduino', path.join(work, 'size.elf'), {
      size: 'short',
      stdout: (s) => (sizeLine += s),
    });
    expect(result).toBeDefined();
    const m = /(\d+)\s+(\d+)\s+(\d+)\s*\|\s*(\d+)\s+(\d+)/.exec(sizeLine);
    expect(m, sizeLine).not.toBeNull();
    expect(Number(m![4])).toBeLessThan(1000);
  });
});
