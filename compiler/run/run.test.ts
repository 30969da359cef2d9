// End-to-end tests of the back half of the pipeline: hand-written LLVM IR programs are linked with linkProgram for
// arduino, cortex-m-qemu and host, then run with runFirmware; plus output files, the size report, missing tools,
// tool failures, runaway programs and faults.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkProgram } from '../build/link.ts';
import { writeOutput } from '../build/output.ts';
import { checkSize, formatSize, measureSize } from '../build/size.ts';
import { findTool, ToolFailure } from '../build/tools.ts';
import { UserError } from '../diag.ts';
import { loadTarget, type ResolvedTarget } from '../target/target.ts';
import { flashImage, parseElf } from './elf.ts';
import { FAULT_EXIT_CODE, runFirmware, TIMEOUT_EXIT_CODE, type AvrMachine } from './run.ts';
import { arith, bigData, HELLO, MEMORY, MEMORY_OUTPUT, SPIN, TRAP, writeProgram } from './testdata/programs.ts';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-run-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** build links `body` for target t and returns the ELF path. */
async function build(t: ResolvedTarget, name: string, body: string, timings?: Record<string, number>): Promise<string> {
  const input = writeProgram(dir, name, t, body);
  const output = path.join(dir, `${name}-${t.name}.elf`);
  await linkProgram({ target: t, input, output, optLevel: 'z', workDir: path.join(dir, 'work'), ...(timings ? { timings } : {}) });
  return output;
}

const TARGETS = ['arduino', 'cortex-m-qemu', 'host'];

describe.each(TARGETS)('%s', (name) => {
  const target = loadTarget(name);

  it('prints hello and exits with the code given to runtime.exit', async () => {
    const timings: Record<string, number> = {};
    const elf = await build(target, 'hello', HELLO, timings);
    expect(Object.keys(timings).sort()).toEqual(['ld', 'llc', 'opt', 'startup']);
    const chunks: Uint8Array[] = [];
    const r = await runFirmware(target, elf, {
      timeoutMs: 20_000,
      stdout: (c) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c),
    });
    // Only the simulator counts cycles.
    const cycles = target.emulator === 'avr8js' ? { cycles: expect.any(Number) } : {};
    expect(r).toEqual({ exitCode: 3, output: 'hello\n', timedOut: false, ...cycles });
    expect(Buffer.concat(chunks).toString('utf8')).toBe('hello\n');
  });

  it('copies .data, clears .bss and the heap, and exits 0 when main returns', async () => {
    const elf = await build(target, 'memory', MEMORY);
    const r = await runFirmware(target, elf, { timeoutMs: 20_000 });
    expect(r.output).toBe(MEMORY_OUTPUT);
    expect(r.exitCode).toBe(0);
  });

  it('links the arithmetic helpers (64-bit division; soft float except on AVR)', async () => {
    const { body, output } = arith(target.llvmTarget !== 'avr');
    const elf = await build(target, 'arith', body);
    const r = await runFirmware(target, elf, { timeoutMs: 20_000 });
    expect(r.output).toBe(output);
    expect(r.exitCode).toBe(0);
  });

  it('stops a program that never finishes', async () => {
    const elf = await build(target, 'spin', SPIN);
    const r = await runFirmware(target, elf, { timeoutMs: 1500, maxCycles: 200_000 });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(TIMEOUT_EXIT_CODE);
    expect(r.message).toMatch(/^tsgo: program did not finish within (200000 cycles|1500 ms)/);
  });
});

describe('arduino firmware', () => {
  const target = loadTarget('arduino');

  it('is small: a hello world fits in a few hundred bytes of flash', async () => {
    const elf = await build(target, 'hello', HELLO);
    const r = await measureSize(elf);
    expect(r.flash).toBe(r.code + r.data);
    expect(r.data).toBe(7); // the message lives in .data (copied from flash)
    expect(r.flash).toBeLessThan(400);
    expect(formatSize(r, 'short')).toMatch(/^ {3}code {4}data {5}bss \| {3}flash {5}ram\n +\d+ +7 +0 \| +\d+ +7\n$/);
    const full = formatSize(await measureSize(elf, true), 'full');
    expect(full).toMatch(/\n +\d+ +T +main\n/);
    expect(full).toMatch(/code +0000000 +\.text/);
  });

  it('reports the cycle budget in cycles', async () => {
    const elf = await build(target, 'spin', SPIN);
    const r = await runFirmware(target, elf, { maxCycles: 100_000 });
    expect(r).toMatchObject({ timedOut: true, exitCode: TIMEOUT_EXIT_CODE });
    expect(r.message).toBe('tsgo: program did not finish within 100000 cycles');
    // The run stops at the first instruction boundary at or past the budget; no AVR instruction takes 5 cycles.
    expect(r.cycles).toBeGreaterThanOrEqual(100_000);
    expect(r.cycles).toBeLessThan(100_005);
  });

  it('counts the cycles up to the final sleep', async () => {
    const elf = await build(target, 'hello', HELLO);
    let cpu: AvrMachine['cpu'] | undefined;
    const r = await runFirmware(target, elf, { onAvrMachine: (m) => (cpu = m.cpu) });
    expect(r.exitCode).toBe(3);
    expect(cpu?.progMem[cpu.pc]).toBe(0x9588); // stopped on the sleep, before executing it
    expect(r.cycles).toBe(cpu?.cycles);
    // 6 bytes at 115200 baud (U2X0, UBRR0 = 16: 136 cycles a bit, 10 bits a byte) bound the count from below.
    expect(r.cycles).toBeGreaterThan(5 * 1360);
  });

  it('writes .hex and .bin images that match the ELF flash image', async () => {
    const elf = await build(target, 'hello', HELLO);
    const hex = path.join(dir, 'hello.hex');
    const bin = path.join(dir, 'hello.bin');
    await writeOutput(elf, hex, 'hex');
    await writeOutput(elf, bin, 'bin');
    const hexText = fs.readFileSync(hex, 'utf8');
    expect(hexText.startsWith(':')).toBe(true);
    expect(hexText.trimEnd().endsWith(':00000001FF')).toBe(true);
    const binBytes = fs.readFileSync(bin);
    const size = await measureSize(elf);
    expect(binBytes.length).toBe(size.flash);
    expect([binBytes[0], binBytes[1]]).toEqual([0x0c, 0x94]); // jmp __reset
    const image = flashImage(parseElf(fs.readFileSync(elf)), 32768, 0x800000);
    expect(Buffer.from(image.subarray(0, binBytes.length)).equals(binBytes)).toBe(true);
    // no temporary files are left next to the outputs
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('turns a RAM overflow into a clear error', async () => {
    await expect(build(target, 'big', bigData(3000))).rejects.toThrow(/program too large for arduino: RAM overflowed by \d+ bytes/);
  });

  it('checkSize names the overflow', () => {
    const report = { code: 30000, data: 3000, bss: 100, flash: 33000, ram: 3100, sections: [], symbols: [] };
    expect(() => checkSize(target, report)).toThrow(/flash overflowed by 232 bytes.*RAM overflowed by 1436 bytes/);
    expect(() => checkSize(target, { ...report, code: 100, flash: 200, data: 10, bss: 10, ram: 20 })).not.toThrow();
  });
});

describe('cortex-m-qemu firmware', () => {
  it('reports a HardFault with a message and a recognisable exit code', async () => {
    const target = loadTarget('cortex-m-qemu');
    const elf = await build(target, 'trap', TRAP);
    const r = await runFirmware(target, elf, { timeoutMs: 20_000 });
    expect(r.output).toBe('xfatal error: hard fault\n');
    expect(r.exitCode).toBe(FAULT_EXIT_CODE);
  });
});

describe('tools', () => {
  it('names the Debian package of a missing tool', async () => {
    const target = loadTarget('host');
    const input = writeProgram(dir, 'hello', target, HELLO);
    const saved = process.env['PATH'];
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    process.env['PATH'] = empty;
    try {
      const link = linkProgram({ target, input, output: path.join(dir, 'x.elf'), optLevel: '0', workDir: dir });
      await expect(link).rejects.toThrow(UserError);
      await expect(link).rejects.toThrow('opt-14 not found: install the Debian package llvm-14 (apt-get install llvm-14)');
      expect(() => findTool('ld.lld')).toThrow('ld.lld-14 not found: install the Debian package lld-14 (apt-get install lld-14)');
      expect(() => findTool('qemu-system-arm')).toThrow(/install the Debian package qemu-system-arm/);
    } finally {
      process.env['PATH'] = saved;
    }
    expect(findTool('opt')).toMatch(/opt-14$/);
  });

  it("reports a failing tool with the tool's stderr", async () => {
    const target = loadTarget('host');
    const input = path.join(dir, 'broken.ll');
    fs.writeFileSync(input, 'define void @main() {\n  ret i32 0\n}\n');
    const link = linkProgram({ target, input, output: path.join(dir, 'broken.elf'), optLevel: '2', workDir: dir });
    await expect(link).rejects.toThrow(/opt-14 failed \(exit status 1\):\n.*broken\.ll:2:.*value doesn't match function result type/s);
    // The failure names its tool, so the driver can explain an opt rejection as invalid generated IR.
    await expect(link).rejects.toMatchObject({ name: 'ToolFailure', tool: 'opt' });
    await expect(link).rejects.toBeInstanceOf(ToolFailure);
  });

  it('rejects a file that is not an ELF', async () => {
    const junk = path.join(dir, 'junk.elf');
    fs.writeFileSync(junk, 'not an elf');
    await expect(runFirmware(loadTarget('arduino'), junk)).rejects.toThrow(/not a valid ELF file: bad magic/);
  });
});
