// Package reflect end to end: every program in testdata/reflect is compiled by the whole pipeline and run on the
// host, in qemu (cortex-m-qemu) and in avr8js (arduino); its output and exit code must equal the golden file, gc's
// output for the same program (UPDATE_GOLDEN=1 regenerates the golden files by running gc). The larger programs
// cannot fit the ATmega328P's 2 KiB of RAM, where constant data (type descriptors, their names, every string) is
// copied into RAM: they are skipped on arduino with the reason in the test's name, and the tiny_*.go programs cover
// the same ground within that budget.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun } from './buildrun.ts';
import { formatGolden, runWithGc } from '../oracle/gcref.ts';

const DIR = path.resolve(import.meta.dirname, '../../testdata/reflect');
const TARGETS = ['host', 'cortex-m-qemu', 'arduino'];
const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.go')).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-reflect-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** TOO_LARGE_FOR_ARDUINO names the programs that do not fit the ATmega328P, with what overflows. */
const TOO_LARGE_FOR_ARDUINO: Record<string, string> = {
  'composite.go': 'its 14 composite types leave no heap in 2 KiB of RAM',
  'convert.go': '35 KB of flash, 2.3 KB of constant data in RAM',
  'deepequal.go': '33 KB of flash, 2.3 KB of constant data in RAM',
  'escape.go': '2 KB of constant data in RAM',
  'fmt.go': 'fmt alone is about 98 KB of AVR flash',
  'json.go': 'encoding/json is about 130 KB of flash on cortex-m',
  'maps.go': '34 KB of flash, 2.5 KB of constant data in RAM',
  'methods.go': '3.2 KB of constant data in RAM',
  'names.go': 'time.Duration\'s method set and the types its methods mention: 1.8 KB of constant data in RAM',
  'panics.go': 'its 17 panic messages are 1.8 KB of constant data in RAM',
  'pointers.go': '32 KB of flash, 2.5 KB of constant data in RAM',
  'slices.go': '2.4 KB of constant data in RAM',
  'structs.go': '35 KB of flash, 2.5 KB of constant data in RAM',
  'users.go': 'fmt alone is about 98 KB of AVR flash',
};

/**
 * STACK_LIMITED_ON_ARDUINO names the programs whose recursion needs more stack than arduino can give, with why: they
 * must end with the overflow detected (`fatal error: stack overflow`, exit 2), never run on into the heap.
 */
const STACK_LIMITED_ON_ARDUINO: Record<string, string> = {
  'tiny_deepequal.go': "DeepEqual's recursion and its visited map's hashing need over 512 bytes of stack; 1.5 KB of RAM is data",
};

describe.each(TARGETS)('testdata/reflect on %s', (target) => {
  for (const name of programs) {
    const reason = target === 'arduino' ? TOO_LARGE_FOR_ARDUINO[name] : undefined;
    if (reason) {
      it.skip(`${name} (skipped: too large for arduino: ${reason})`, () => {});
      continue;
    }
    const stackLimited = target === 'arduino' ? STACK_LIMITED_ON_ARDUINO[name] : undefined;
    if (stackLimited) {
      it(`${name} (stack overflow detected on arduino: ${stackLimited})`, async () => {
        const r = await compileAndRun(path.join(DIR, name), target, work, { timeoutMs: 60_000 });
        expect({ out: r.output, code: r.exitCode }).toEqual({ out: 'fatal error: stack overflow\n', code: 2 });
      });
      continue;
    }
    it(name, async () => {
      const file = path.join(DIR, name);
      const goldenPath = file.replace(/\.go$/, '.golden');
      if (process.env.UPDATE_GOLDEN && target === TARGETS[0]) fs.writeFileSync(goldenPath, formatGolden(runWithGc(file)));
      const want = fs.readFileSync(goldenPath, 'utf8');
      const r = await compileAndRun(file, target, work, { timeoutMs: 60_000 });
      expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
    });
  }
});
