// runFirmware: the one entry point `tsgo run` and the test harnesses use to execute a linked program. It picks the
// runner from the target's `emulator` field: avr8js in-process for AVR boards, rp2040js in-process for the Raspberry
// Pi Pico, qemu-system-arm for the Cortex-M3 test board, or the host itself. Every runner returns the exit code, the exact output bytes (decoded as UTF-8) and whether the run
// was stopped by its budget.

import { assertNever, UserError } from '../diag.ts';
import type { RP2040 } from 'rp2040js';
import type { ResolvedTarget } from '../target/target.ts';
import { runAvr, type AvrMachine } from './avr.ts';
import { runNative, runQemu } from './process.ts';
import { runRp2040 } from './rp2040.ts';
import type { RunOptions, RunResult } from './result.ts';

export type { RunOptions, RunResult } from './result.ts';
export { FAULT_EXIT_CODE, TIMEOUT_EXIT_CODE, UNHANDLED_INTERRUPT_EXIT_CODE } from './result.ts';
export type { AvrMachine } from './avr.ts';
export type { RP2040 } from 'rp2040js';

/** FirmwareRunOptions are RunOptions plus target-specific hooks. */
export interface FirmwareRunOptions extends RunOptions {
  /** onAvrMachine is called with the simulated chip before an AVR program starts (to watch GPIO pins, say). */
  onAvrMachine?: (m: AvrMachine) => void;
  /** onRp2040 is called with the simulated RP2040 (rp2040js) before a Pico program starts. */
  onRp2040?: (chip: RP2040) => void;
}

/**
 * runFirmware runs the ELF at elfPath for target and resolves with its exit code and output. Throws UserError when
 * the target cannot be run (no emulator) or the emulator is missing; a program that misbehaves is a normal result.
 */
export async function runFirmware(
  target: ResolvedTarget,
  elfPath: string,
  opts: FirmwareRunOptions = {},
): Promise<RunResult> {
  const emulator = target.emulator;
  if (emulator === undefined) {
    throw new UserError(`target ${target.name} cannot be run: it has no emulator (flash it instead)`);
  }
  switch (emulator) {
    case 'avr8js': {
      const avrOpts: Parameters<typeof runAvr>[2] = { ...opts };
      if (opts.onAvrMachine) avrOpts.onMachine = opts.onAvrMachine;
      return runAvr(target, elfPath, avrOpts);
    }
    case 'rp2040js': {
      const picoOpts: Parameters<typeof runRp2040>[2] = { ...opts };
      if (opts.onRp2040) picoOpts.onMachine = opts.onRp2040;
      return runRp2040(target, elfPath, picoOpts);
    }
    case 'qemu':
      return runQemu(target, elfPath, opts);
    case 'native':
      return runNative(target, elfPath, opts);
    default:
      return assertNever(emulator, 'emulator');
  }
}
