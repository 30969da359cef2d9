// The RP2040 runner: executes a Raspberry Pi Pico firmware in-process with rp2040js (Wokwi's simulator of the chip).
// Boot follows the real path: the ELF's flash image is loaded at 0x10000000, the simulated boot ROM (rp2040boot.ts)
// checks the second-stage boot loader's CRC and starts it from SRAM, and the boot loader — the program's own code —
// enables execute-in-place, sets VTOR to the vector table at 0x10000100 and jumps to the reset handler. UART0's
// transmitted bytes are the program's output; bytes of uartInput are fed to its receiver one at a time, each once the
// previous one has been read. The GPIOs' level changes while they are outputs go to onPinChange, named `GP<n>`.
// The program has finished when it executes `bkpt 0x65` (runtime.exit in targets/rp2040.s): the exit code is in r0.
// rp2040js raises no HardFault, so the runner reports what would fault on the chip instead: any other breakpoint or
// `udf` (a trap), an instruction it does not know, an access to unmapped memory, or the program counter leaving flash
// and RAM (exit code FAULT_EXIT_CODE, with a message). A runaway program is stopped after a cycle budget, its simulated
// time (simTimeNs: a normal end) or a wall-clock timeout. A sleeping core (`wfi`) skips to the next simulated event;
// rp2040timer.ts corrects when rp2040js's TIMER alarms fire and when its `wfi` ends.

import * as fs from 'node:fs';
import { GPIOPinState, Simulator, type Logger, type RP2040 } from 'rp2040js';
import { UserError } from '../diag.ts';
import type { ResolvedTarget } from '../target/target.ts';
import type { PinChange } from './boardio.ts';
import { EM_ARM, parseElf, PT_LOAD, type ElfFile } from './elf.ts';
import { FAULT_EXIT_CODE, type RunOptions, type RunResult } from './result.ts';
import { SimSession } from './simsession.ts';
import { bootFromFlash } from './rp2040boot.ts';
import { exactTimerAlarms, wfiEnds } from './rp2040timer.ts';

/** EXIT_BKPT is the immediate of runtime.exit's breakpoint (`bkpt 0x65`, "e"). */
export const EXIT_BKPT = 0x65;

/** FLASH_BASE, RAM_BASE and RAM_SIZE are the RP2040's memory map (datasheet 2.2). */
const FLASH_BASE = 0x10000000;
const RAM_BASE = 0x20000000;
const RAM_SIZE = 264 * 1024;

/** DEFAULT_MAX_CYCLES bounds a run when the caller gives no budget (8 s of simulated time at 125 MHz). */
export const DEFAULT_MAX_CYCLES = 1_000_000_000;

/** UART0's flag register offset and its receive-FIFO-empty bit. */
const UARTFR = 0x18;
const UARTFR_RXFE = 1 << 4;

/** Rp2040RunOptions extends RunOptions with a hook called with the simulated chip before its first instruction. */
export interface Rp2040RunOptions extends RunOptions {
  /** onMachine receives the rp2040js instance (GPIO pins, UARTs, clock) before the program starts. */
  onMachine?: (chip: RP2040) => void;
}

/**
 * FaultLogger receives rp2040js's diagnostics. Messages that mean the program did something the chip would fault on
 * (unmapped memory, unknown instructions, errors) are kept as the fault; notes about peripherals rp2040js does not
 * model are ignored, since the firmware may legitimately touch them.
 */
class FaultLogger implements Logger {
  fault: string | undefined;
  debug(): void {}
  info(): void {}
  warn(component: string, message: string): void {
    if (this.fault === undefined && /invalid memory|undefined address|not implemented/i.test(message)) this.fault = message;
  }
  error(component: string, message: string): void {
    this.fault ??= `${component}: ${message}`;
  }
}

/** loadFlash writes every loadable segment of elf at its physical address into the chip's flash. */
export function loadFlash(chip: RP2040, elf: ElfFile, flashSize: number, name: string): void {
  for (const seg of elf.segments) {
    if (seg.type !== PT_LOAD || seg.filesz === 0) continue;
    const offset = seg.paddr - FLASH_BASE;
    if (offset < 0 || offset + seg.filesz > flashSize) {
      throw new UserError(
        `${name}: segment at 0x${seg.paddr.toString(16)} (${seg.filesz} bytes) is outside the RP2040's flash (0x${FLASH_BASE.toString(16)}, ${flashSize} bytes)`,
      );
    }
    chip.flash.set(elf.bytes.subarray(seg.offset, seg.offset + seg.filesz), offset);
  }
}

/**
 * modelPads completes rp2040js's pads, whose input reads only what the test drives: the input of a pin driven as an
 * output reads the driven level (as the chip's pad does, so GPIO_IN shows an output's level), and a pin that becomes an
 * input with its pull-up or pull-down on floats to the pull's level (a level the test drove before is overridden
 * then; one it drives later wins).
 */
function modelPads(chip: RP2040): void {
  for (const gpio of chip.gpio) {
    gpio.addListener((state) => {
      if (state === GPIOPinState.High || state === GPIOPinState.InputPullUp) gpio.setInputValue(true);
      else if (state === GPIOPinState.Low || state === GPIOPinState.InputPullDown) gpio.setInputValue(false);
    });
  }
}

/**
 * watchPins reports the level changes of the GPIOs while they are outputs (their output enable set: through the SIO's
 * GPIO_OE for software-driven pins, or by the peripheral a pin is routed to), named `GP<n>` as on the Pico and in
 * package machine. A pin's level starts low, as the SIO's GPIO_OUT does: making a pin an output reports nothing until
 * it goes high.
 */
function watchPins(chip: RP2040, onChange: ((c: PinChange) => void) | undefined): void {
  if (!onChange) return;
  chip.gpio.forEach((gpio, n) => {
    let high = false;
    gpio.addListener((state) => {
      if (state !== GPIOPinState.High && state !== GPIOPinState.Low) return;
      if ((state === GPIOPinState.High) === high) return;
      high = !high;
      onChange({ seconds: chip.core.cycles / chip.clkSys, pin: `GP${n}`, high });
    });
  });
}

/** runRp2040 runs the ELF at elfPath on a simulated RP2040. */
export async function runRp2040(target: ResolvedTarget, elfPath: string, opts: Rp2040RunOptions): Promise<RunResult> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(elfPath);
  } catch (e) {
    throw new UserError(`cannot read ${elfPath}: ${(e as Error).message}`);
  }
  const elf = parseElf(bytes, elfPath);
  if (elf.machine !== EM_ARM) throw new UserError(`${elfPath}: not an ARM ELF file (e_machine ${elf.machine})`);
  const sim = new Simulator(); // for its typed clock; the loop below runs the chip, not sim.execute()
  const chip = sim.rp2040;
  const clock = sim.clock;
  const logger = new FaultLogger();
  chip.logger = logger;
  loadFlash(chip, elf, target.flashSize ?? 2 * 1024 * 1024, elfPath);
  if (!bootFromFlash(chip)) {
    throw new UserError(`${elfPath}: the boot loader's CRC does not match: the RP2040 boot ROM would not start this image`);
  }

  const { core } = chip;
  const run = new SimSession(opts, chip.clkSys, DEFAULT_MAX_CYCLES, () => core.cycles);
  chip.uart[0]!.onByte = (b: number) => run.byte(b);
  let ended: { code: number; message?: string } | undefined;
  chip.onBreak = (imm: number) => {
    const pc = (core.PC - 2) >>> 0;
    const op = chip.readUint16(pc);
    if (op === (0xbe00 | EXIT_BKPT)) ended = { code: core.registers[0]! & 0xff };
    else ended = { code: FAULT_EXIT_CODE, message: `tsgo: ${op >> 8 === 0xbe ? 'bkpt' : 'udf'} #${imm} at 0x${pc.toString(16)} (a hard fault on the chip)` };
  };
  exactTimerAlarms(chip, clock);
  modelPads(chip);
  opts.onMachine?.(chip);
  watchPins(chip, opts.onPinChange);

  const flashEnd = FLASH_BASE + (target.flashSize ?? 2 * 1024 * 1024);

  const chunk = 200_000;
  for (;;) {
    const stop = Math.min(core.cycles + chunk, run.maxCycles);
    while (core.cycles < stop) {
      if (opts.uartInput && opts.uartInput.length > 0 && chip.uart[0]!.readUint32(UARTFR) & UARTFR_RXFE) {
        chip.uart[0]!.feedByte(opts.uartInput.shift()!);
      }
      if (core.waiting) {
        if (wfiEnds(core)) {
          core.waiting = false; // a pending interrupt ends the wfi (rp2040timer.ts)
          continue;
        }
        // wfi: jump to the next timer event; with none, nothing can wake the core before the budget ends.
        const ns = clock.nanosToNextAlarm;
        const cycles = ns > 0 ? Math.max(1, Math.ceil((ns * chip.clkSys) / 1e9)) : stop - core.cycles;
        clock.tick(ns > 0 ? ns : (cycles * 1e9) / chip.clkSys);
        core.cycles += cycles;
        continue;
      }
      const pc = core.PC;
      if (pc < FLASH_BASE || (pc >= flashEnd && pc < RAM_BASE) || pc >= RAM_BASE + RAM_SIZE) {
        return run.result(FAULT_EXIT_CODE, false, `tsgo: program counter outside flash and RAM (0x${(pc >>> 0).toString(16)}), a hard fault on the chip`);
      }
      let cycles: number;
      try {
        cycles = core.executeInstruction();
      } catch (e) {
        logger.fault ??= (e as Error).message;
        cycles = 0;
      }
      if (logger.fault !== undefined) {
        return run.result(FAULT_EXIT_CODE, false, `tsgo: ${logger.fault} (pc 0x${(pc >>> 0).toString(16)}), a hard fault on the chip`);
      }
      if (ended) return run.result(ended.code, false, ended.message);
      clock.tick((cycles * 1e9) / chip.clkSys);
    }
    const done = run.afterChunk();
    if (done) return done;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
