// The maps as tsgo compiles them, run on every target: hello.go built with -tags=tsgo_mapselftest carries the
// runtime self-test of maps_selftest.go (random int32 operations against arrays, iterations that delete and insert,
// string, float64 and interface keys), which must report no failure on the host, on AVR in avr8js and on Cortex-M
// in qemu. On AVR the test also reads the cycle counter each time a timing marker byte leaves the UART and prints
// the cycles per operation of each timing section.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProgram } from '../compiler/build/buildrun.ts';
import { runFirmware } from '../compiler/run/run.ts';

const HELLO = path.resolve(import.meta.dirname, '../testdata/run/hello.go');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-maptarget-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** SECTIONS names the timing sections of maps_selftest_keys.go, in order (100 operations each). */
const SECTIONS = [
  't1 int32 lookup, 6 entries',
  't2 int32 assign, existing',
  't3 int32 hash',
  't4 string lookup, 8 entries',
  't5 float64 lookup, 4 entries',
];

describe.each(['host', 'arduino', 'cortex-m-qemu'])('map self-test on %s', (target) => {
  it('reports no failure', async () => {
    const out = path.join(work, `selftest-${target}.elf`);
    const { result, diagnostics, error } = await compileProgram(HELLO, target, out, { tags: ['tsgo_mapselftest'], gc: 'leaking' });
    expect(result, `${diagnostics}${String(error)}`).toBeDefined();
    const marks: number[] = [];
    const r = await runFirmware(result!.target, result!.outputPath, {
      timeoutMs: 60_000,
      onAvrMachine: (m) => {
        const send = m.usart.onByteTransmit;
        m.usart.onByteTransmit = (b: number) => {
          if (b === 0x3c || b === 0x3e) marks.push(m.cpu.cycles);
          send?.(b);
        };
      },
    });
    expect(r.exitCode, r.output).toBe(0);
    expect(r.output).not.toMatch(/FAIL/);
    expect(r.output).toMatch(/^int32: ops 2400 iter \d+ grown [1-9]\d*$/m);
    expect(r.output).toContain('string ok\nfloat64 ok\ninterface ok\nchurn ok\n');
    expect(r.output).toMatch(/failures 0\nhello\n$/);
    // Mean successful probe lengths (x100) at the load limit: random hashing gives about 250.
    const probes = /^probes x100: (\d+) (\d+) (\d+) (\d+)$/m.exec(r.output);
    expect(probes, r.output).not.toBeNull();
    for (const p of probes!.slice(1)) expect(Number(p)).toBeLessThan(400);
    console.log(`${target}: ${probes![0]}`);
    if (target === 'arduino') {
      expect(marks).toHaveLength(2 + 2 * SECTIONS.length);
      const empty = marks[1]! - marks[0]!;
      const lines = SECTIONS.map((name, i) => {
        const cycles = (marks[3 + 2 * i]! - marks[2 + 2 * i]! - empty) / 100;
        return `${name}: ${cycles.toFixed(0)} cycles/op`;
      });
      console.log(`AVR timings (avr8js, ATmega328P):\n${lines.join('\n')}`);
    }
  });
});
