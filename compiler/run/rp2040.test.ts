// The RP2040 runner on hand-made images: the boot ROM's CRC (known vectors of CRC-32/MPEG-2), an image with a bad
// boot loader refused with a clear message, and what would be a hard fault on the chip — a `udf`, a jump outside
// memory — ending the run with FAULT_EXIT_CODE and a message instead of hanging or throwing; and the runner's
// corrections of rp2040js's timing (rp2040timer.ts): TIMER alarms on the microsecond, a SysTick ending a wfi.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Simulator } from 'rp2040js';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../diag.ts';
import { loadTarget } from '../target/target.ts';
import { FAULT_EXIT_CODE } from './result.ts';
import { runRp2040 } from './rp2040.ts';
import { bootromCrc32, BOOT2_SIZE } from './rp2040boot.ts';
import { exactTimerAlarms } from './rp2040timer.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-rp2040-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('bootromCrc32', () => {
  it('is CRC-32/MPEG-2 (polynomial 0x04c11db7, init 0xffffffff, not reflected, no final xor)', () => {
    expect(bootromCrc32(new TextEncoder().encode('123456789'))).toBe(0x0376e6e7);
    expect(bootromCrc32(new Uint8Array(0))).toBe(0xffffffff);
    expect(bootromCrc32(new Uint8Array([0]))).toBe(0x4e08bfb4);
  });
});

/**
 * elfWith builds a minimal 32-bit ARM ELF with one PT_LOAD segment holding `code` at 0x10000000: a boot2 of Thumb
 * instructions (padded with zeros) and, if `crc`, its valid CRC.
 */
function elfWith(thumb: number[], crc = true): string {
  const image = new Uint8Array(BOOT2_SIZE);
  thumb.forEach((h, i) => new DataView(image.buffer).setUint16(2 * i, h, true));
  if (crc) new DataView(image.buffer).setUint32(252, bootromCrc32(image.subarray(0, 252)), true);
  const elf = new Uint8Array(52 + 32 + image.length);
  const dv = new DataView(elf.buffer);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);
  dv.setUint16(16, 2, true); // ET_EXEC
  dv.setUint16(18, 0x28, true); // EM_ARM
  dv.setUint32(28, 52, true); // e_phoff
  dv.setUint16(42, 32, true); // e_phentsize
  dv.setUint16(44, 1, true); // e_phnum
  dv.setUint32(52, 1, true); // PT_LOAD
  dv.setUint32(56, 84, true); // p_offset
  dv.setUint32(60, 0x10000000, true);
  dv.setUint32(64, 0x10000000, true);
  dv.setUint32(68, image.length, true);
  dv.setUint32(72, image.length, true);
  elf.set(image, 84);
  const file = path.join(work, `t${Math.random().toString(36).slice(2)}.elf`);
  fs.writeFileSync(file, elf);
  return file;
}

describe('runRp2040', () => {
  const pico = loadTarget('pico');

  it('ends at the exit breakpoint with the code in r0', async () => {
    const r = await runRp2040(pico, elfWith([0x2007 /* movs r0, #7 */, 0xbe65 /* bkpt 0x65 */]), {});
    expect(r).toMatchObject({ exitCode: 7, output: '', timedOut: false });
  });

  it('refuses an image whose boot loader CRC the boot ROM would reject', async () => {
    const run = runRp2040(pico, elfWith([0xbe65], false), {});
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toThrow(/: the boot loader's CRC does not match: the RP2040 boot ROM would not start this image$/);
  });

  it('reports a udf as a fault', async () => {
    const r = await runRp2040(pico, elfWith([0xdefe /* udf #254 */]), {});
    expect(r.exitCode).toBe(FAULT_EXIT_CODE);
    expect(r.message).toBe('tsgo: udf #254 at 0x20041f00 (a hard fault on the chip)');
  });

  it('reports a jump outside flash and RAM as a fault', async () => {
    // movs r0, #1; lsls r0, r0, #31 (0x80000000, Thumb bit clear); adds r0, #1; bx r0
    const r = await runRp2040(pico, elfWith([0x2001, 0x07c0, 0x3001, 0x4700]), {});
    expect(r.exitCode).toBe(FAULT_EXIT_CODE);
    expect(r.message).toBe('tsgo: program counter outside flash and RAM (0x80000000), a hard fault on the chip');
  });

  it('stops a loop at the cycle budget', async () => {
    const r = await runRp2040(pico, elfWith([0xe7fe /* b . */]), { maxCycles: 10_000 });
    expect(r).toMatchObject({ exitCode: 124, timedOut: true, message: 'tsgo: program did not finish within 10000 cycles' });
  });

  it('ends a wfi on a pending SysTick, with interrupts masked', async () => {
    // cpsid i; SysTick: reload 100, count cleared, enabled with its interrupt; wfi; exit 7. (rp2040js alone never wakes from it.)
    const r = await runRp2040(
      pico,
      elfWith([
        0xb672, // cpsid i
        0x4904, // ldr r1, =0xe000e010 (SYST_CSR)
        0x2264, // movs r2, #100
        0x604a, // str r2, [r1, #4] (SYST_RVR)
        0x608a, // str r2, [r1, #8] (SYST_CVR: any write clears the count)
        0x2207, // movs r2, #7 (ENABLE | TICKINT | CLKSOURCE)
        0x600a, // str r2, [r1, #0]
        0xbf30, // wfi
        0x2007, // movs r0, #7
        0xbe65, // bkpt 0x65
        0xe010, // the literal 0xe000e010
        0xe000,
      ]),
      { maxCycles: 100_000 },
    );
    expect(r).toMatchObject({ exitCode: 7, timedOut: false });
  });
});

describe('exactTimerAlarms', () => {
  const TIMER = 0x40054000;
  const [ALARM0, INTR, TIMERAWL] = [0x10, 0x34, 0x28];

  it('fires an alarm written mid-microsecond when the count reaches it, not before', () => {
    const sim = new Simulator();
    exactTimerAlarms(sim.rp2040, sim.clock);
    sim.clock.tick(1500); // 1.5 µs
    sim.rp2040.writeUint32(TIMER + ALARM0, 5);
    sim.clock.tick(3499); // 4.999 µs: rp2040js alone fires at 4.5 µs
    expect(sim.rp2040.readUint32(TIMER + INTR)).toBe(0);
    sim.clock.tick(1);
    expect(sim.rp2040.readUint32(TIMER + INTR)).toBe(1);
    expect(sim.rp2040.readUint32(TIMER + TIMERAWL)).toBe(5);
  });

  it('fires an alarm for the current count at once, and one in the past after the count wraps', () => {
    const sim = new Simulator();
    exactTimerAlarms(sim.rp2040, sim.clock);
    sim.clock.tick(7200);
    sim.rp2040.writeUint32(TIMER + ALARM0, 7);
    sim.clock.tick(0);
    expect(sim.rp2040.readUint32(TIMER + INTR)).toBe(1);
    sim.rp2040.writeUint32(TIMER + INTR, 1);
    sim.rp2040.writeUint32(TIMER + ALARM0, 6);
    expect(sim.clock.nanosToNextAlarm).toBeCloseTo((2 ** 32 - 1) * 1000 - 200, -1);
  });
});
