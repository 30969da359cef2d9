// The shared vocabulary of the runners: what a run is given (timeouts, a cycle budget, a stdout sink) and what it
// returns (exit code, output, whether it was stopped, the simulated cycle count), plus the exit codes tsgo's startup
// code and runners use for abnormal ends, so that tests and the CLI can recognise them.

import type { ByteQueue, PinChange } from './boardio.ts';

/** RunOptions bounds a run and streams its output. */
export interface RunOptions {
  /** timeoutMs stops the program after this much wall-clock time. */
  timeoutMs?: number;
  /** maxCycles stops a simulated program after this many CPU cycles (avr8js only). */
  maxCycles?: number;
  /** stdout receives the program's output as it is produced, byte-exact. */
  stdout?: (chunk: Uint8Array | string) => void;
  /**
   * simTimeNs ends a simulated program after this much simulated time as a normal end: exit code 0, no message (the
   * program was still running, as a board's program does).
   */
  simTimeNs?: number;
  /** uartInput supplies the bytes the board's UART receives (simulators only). */
  uartInput?: ByteQueue;
  /** cwd is the directory a host program runs in (go test runs a test in its package's directory); host only. */
  cwd?: string;
  /** onPinChange receives every change of an output pin's level (simulators only). */
  onPinChange?: (change: PinChange) => void;
}

/** RunResult is the outcome of running a program. */
export interface RunResult {
  /** exitCode is the program's exit code, or one of the *_EXIT_CODE values below. */
  exitCode: number;
  /** output is everything the program wrote to its serial port or stdout, decoded as UTF-8. */
  output: string;
  /** timedOut is true when the program was stopped by the timeout or the cycle budget. */
  timedOut: boolean;
  /**
   * cycles is the number of CPU cycles the simulated program ran for, from reset to its end (avr8js only: qemu and
   * the host do not count cycles).
   */
  cycles?: number;
  /** message explains an abnormal end (`tsgo: program did not finish within N cycles`), for stderr. */
  message?: string;
}

/** TIMEOUT_EXIT_CODE is the exit code reported for a program stopped by a timeout or cycle budget (as timeout(1)). */
export const TIMEOUT_EXIT_CODE = 124;

/** FAULT_EXIT_CODE is the exit code of a crash: a Cortex-M HardFault, or an AVR program counter outside flash. */
export const FAULT_EXIT_CODE = 250;

/** UNHANDLED_INTERRUPT_EXIT_CODE is the exit code of an interrupt or exception without a handler. */
export const UNHANDLED_INTERRUPT_EXIT_CODE = 251;
