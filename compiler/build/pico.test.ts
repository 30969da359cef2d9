// The Raspberry Pi Pico end to end: a few chosen programs of testdata/run (printing, goroutines and channels, the
// garbage collector, panics and recover, a stack overflow, soft float) built for `pico` and run in rp2040js through the
// real boot path (boot ROM check, boot2, vector table) must print gc's output and exit with gc's code; the image's boot
// loader carries a valid CRC; the UF2 file matches the ELF's flash image block by block; hello world's size is
// reported and stays small. The whole testdata/run directory runs on the other targets (e2e.test.ts): here a handful
// keeps the suite fast.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatGolden } from '../oracle/gcref.ts';
import { ByteQueue } from '../run/boardio.ts';
import { elfSections, parseElf, PT_LOAD, sectionBytes } from '../run/elf.ts';
import { boot2Valid } from '../run/rp2040boot.ts';
import { runFirmware } from '../run/run.ts';
import { loadTarget } from '../target/target.ts';
import { compileAndRun, compileProgram } from './buildrun.ts';
import { UF2_BLOCK_SIZE, UF2_FLAG_FAMILY_ID_PRESENT, UF2_MAGIC_END, UF2_MAGIC_START0, UF2_MAGIC_START1, UF2_PAYLOAD_SIZE } from './uf2.ts';

const RUN_DIR = path.resolve(import.meta.dirname, '../../testdata/run');
const PROGRAMS = ['hello.go', 'goroutines.go', 'chans.go', 'select.go', 'gc_linked.go', 'gc_garbage.go', 'gc_oom.go', 'defer_recover.go', 'panic_index.go', 'stack_overflow.go', 'float_soft.go'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-pico-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('testdata/run on pico', () => {
  it.each(PROGRAMS)('%s', async (name) => {
    const file = path.join(RUN_DIR, name);
    const want = fs.readFileSync(file.replace(/\.go$/, '.golden'), 'utf8');
    const r = await compileAndRun(file, 'pico', work);
    expect(formatGolden({ output: r.output, exitCode: r.exitCode })).toBe(want);
  });
});

/** build compiles testdata/run/NAME for pico into work/OUT and returns what -size=short printed. */
async function build(name: string, out: string): Promise<string> {
  let stdout = '';
  const { result, diagnostics, error } = await compileProgram(path.join(RUN_DIR, name), 'pico', path.join(work, out), {
    size: 'short',
    stdout: (s) => (stdout += s),
  });
  if (!result) throw new Error(`${diagnostics}${String(error)}`);
  return stdout;
}

describe('pico UART0', () => {
  it("feeds uartInput to UART0's receiver, read through device/rp", async () => {
    const out = path.join(work, 'echo.elf');
    const { result, diagnostics } = await compileProgram(path.resolve(RUN_DIR, '../sim/rp_uartecho.go'), 'pico', out);
    expect(diagnostics).toBe('');
    const input = new ByteQueue();
    input.push('hi!');
    const r = await runFirmware(result!.target, out, { uartInput: input, timeoutMs: 30_000 });
    expect([r.output, r.exitCode]).toEqual(['got h 104\ngot i 105\ngot ! 33\n', 0]);
  });

  it('ends a run at -sim-time as a normal end', async () => {
    const out = path.join(work, 'wait.elf');
    await compileProgram(path.resolve(RUN_DIR, '../sim/rp_uartecho.go'), 'pico', out);
    const r = await runFirmware(loadTarget('pico'), out, { simTimeNs: 5_000_000 });
    expect(r).toMatchObject({ exitCode: 0, output: '', timedOut: false });
    expect(r.cycles).toBeGreaterThanOrEqual(625_000); // 5 ms at 125 MHz
  });
});

describe('pico images', () => {
  it('boot from a 256-byte boot2 with a valid CRC, then the vector table at 0x10000100', async () => {
    await build('hello.go', 'boot.elf');
    const elf = parseElf(new Uint8Array(fs.readFileSync(path.join(work, 'boot.elf'))));
    const sections = elfSections(elf);
    const boot2 = sections.find((s) => s.name === '.boot2')!;
    expect(boot2.addr).toBe(0x10000000);
    expect(boot2.size).toBe(256);
    expect(boot2Valid(sectionBytes(elf, boot2))).toBe(true);
    const text = sections.find((s) => s.name === '.text')!;
    expect(text.addr).toBe(0x10000100);
    const vectors = new DataView(sectionBytes(elf, text).slice(0, 8).buffer);
    expect(vectors.getUint32(0, true)).toBe(0x20000000 + 264 * 1024); // initial SP: the top of RAM
    expect(vectors.getUint32(4, true) & 1).toBe(1); // the reset handler, in Thumb state
  });

  it('write a UF2 file whose blocks carry exactly the ELF flash image', async () => {
    await build('goroutines.go', 'fw.elf');
    await build('goroutines.go', 'fw.uf2');
    const elf = parseElf(new Uint8Array(fs.readFileSync(path.join(work, 'fw.elf'))));
    // The flash image: every loadable segment's bytes at its physical address.
    const image = new Map<number, number>();
    for (const seg of elf.segments) {
      if (seg.type !== PT_LOAD) continue;
      for (let i = 0; i < seg.filesz; i++) image.set(seg.paddr + i, elf.bytes[seg.offset + i]!);
    }
    const uf2 = fs.readFileSync(path.join(work, 'fw.uf2'));
    expect(uf2.length % UF2_BLOCK_SIZE).toBe(0);
    const total = uf2.length / UF2_BLOCK_SIZE;
    const seen = new Map<number, number>();
    let previous = -1;
    for (let n = 0; n < total; n++) {
      const b = uf2.subarray(n * UF2_BLOCK_SIZE, (n + 1) * UF2_BLOCK_SIZE);
      expect(b.readUInt32LE(0)).toBe(UF2_MAGIC_START0);
      expect(b.readUInt32LE(4)).toBe(UF2_MAGIC_START1);
      expect(b.readUInt32LE(8)).toBe(UF2_FLAG_FAMILY_ID_PRESENT);
      const addr = b.readUInt32LE(12);
      expect(b.readUInt32LE(16)).toBe(UF2_PAYLOAD_SIZE);
      expect(b.readUInt32LE(20)).toBe(n);
      expect(b.readUInt32LE(24)).toBe(total);
      expect(b.readUInt32LE(28)).toBe(0xe48bff56);
      expect(b.readUInt32LE(508)).toBe(UF2_MAGIC_END);
      expect(addr % 256).toBe(0);
      if (n === 0) expect(addr).toBe(0x10000000);
      else expect(addr).toBe(previous + 256); // one contiguous image: no gaps, no repeats
      previous = addr;
      expect(b.subarray(32 + 256, 508).every((x) => x === 0)).toBe(true);
      for (let i = 0; i < 256; i++) seen.set(addr + i, b[32 + i]!);
    }
    for (const [addr, byte] of image) expect(seen.get(addr), `0x${addr.toString(16)}`).toBe(byte);
    for (const [addr, byte] of seen) if (!image.has(addr)) expect(byte).toBe(0); // padding of the last page
    expect(boot2Valid(uf2.subarray(32, 32 + 256))).toBe(true);
  });

  it('report hello world at under 2 KB of flash', async () => {
    const line = await build('hello.go', 'size.elf');
    const m = /(\d+)\s+(\d+)\s+(\d+)\s*\|\s*(\d+)\s+(\d+)/.exec(line);
    expect(m, line).not.toBeNull();
    expect(Number(m![4])).toBeLessThan(2048);
    expect(Number(m![4])).toBeGreaterThan(256); // boot2 is counted
  });
});
