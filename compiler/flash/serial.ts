// Serial ports on Linux, for `tsgo flash` and `tsgo monitor`. Detection: a board's USB serial interface appears as
// /dev/ttyACM<n> (CDC-ACM: the Uno's ATmega16U2, the Pico's USB console) or /dev/ttyUSB<n> (USB-serial bridges such
// as the Nano's CH340 or FT232); without -port, the only such device is used, and none or several is an error that
// lists what was found (the device directory is a parameter so tests can lay out a fake /dev).
//
// The monitor needs no npm package. The port is configured with coreutils' `stty -F PORT BAUD raw -echo` (no line
// editing, no echo, no CR/LF translation: bytes pass unchanged), then opened once: reads go through a tty.ReadStream
// (libuv polls the device, so the session can end at any time without a blocked thread) and are copied to stdout;
// stdin is copied to the port. When stdin is a terminal it is put in raw mode, so keys are sent as typed and Ctrl-C
// (byte 0x03) ends the session. The session ends on Ctrl-C or SIGINT/SIGTERM (stopped: true), or when the port goes
// away — the board was unplugged or reset its USB interface (stopped: false). The end of stdin only ends sending:
// the board's output is still shown, as `nc` does.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tty from 'node:tty';
import { UserError } from '../diag.ts';
import { requireExecutable } from './command.ts';

/** SERIAL_PORT_PATTERN matches the device names of USB serial ports (ttyACM0, ttyUSB12, ...). */
export const SERIAL_PORT_PATTERN = /^tty(ACM|USB)\d+$/;

/** DEFAULT_DEV_DIR is where the serial devices are looked for. */
export const DEFAULT_DEV_DIR = '/dev';

/** serialPortCandidates lists the USB serial devices in devDir, as full paths, ACM before USB, by number. */
export function serialPortCandidates(devDir = DEFAULT_DEV_DIR): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(devDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => SERIAL_PORT_PATTERN.test(n))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .map((n) => path.join(devDir, n));
}

/**
 * detectSerialPort returns the only USB serial device in devDir. With none, or several, it throws a UserError that
 * says what was looked for or lists the candidates, and how to choose one with -port.
 */
export function detectSerialPort(devDir = DEFAULT_DEV_DIR): string {
  const found = serialPortCandidates(devDir);
  if (found.length === 1) return found[0]!;
  const looked = `${path.join(devDir, 'ttyACM*')} and ${path.join(devDir, 'ttyUSB*')}`;
  if (found.length === 0) {
    throw new UserError(`tsgo: no serial port found (looked for ${looked}): connect the board, or give -port=PORT`);
  }
  throw new UserError(`tsgo: several serial ports found: ${found.join(', ')}; choose one with -port=PORT`);
}

/** checkSerialPort verifies that a port given with -port exists and is a character device. */
export function checkSerialPort(port: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(port);
  } catch {
    throw new UserError(`tsgo: serial port ${port} does not exist (is the board connected?)`);
  }
  if (!st.isCharacterDevice()) throw new UserError(`tsgo: ${port} is not a serial device`);
}

/** MonitorOptions are the monitor's port, speed and streams. */
export interface MonitorOptions {
  port: string;
  baudrate: number;
  /** input is copied to the port (default: process.stdin). */
  input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  /** output receives the port's bytes (default: process.stdout). */
  output?: (chunk: Uint8Array) => void;
  /** onConnected is called once the port is configured and open. */
  onConnected?: () => void;
}

/** MonitorEnd says why a monitor session ended. */
export interface MonitorEnd {
  /** stopped is true when the user ended it (Ctrl-C, a signal), false when the port closed. */
  stopped: boolean;
}

/** CTRL_C is the byte a raw-mode terminal sends for Ctrl-C. */
const CTRL_C = 0x03;

/** STANDARD_BAUDRATES are the speeds stty accepts on Linux. */
export const STANDARD_BAUDRATES = [
  50, 75, 110, 134, 150, 200, 300, 600, 1200, 1800, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 500000,
  576000, 921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000, 3500000, 4000000,
];

/** checkBaudrate throws a UserError for a speed stty cannot set. */
export function checkBaudrate(baudrate: number): void {
  if (!STANDARD_BAUDRATES.includes(baudrate)) {
    throw new UserError(`tsgo: invalid -baudrate ${baudrate}: want one of ${STANDARD_BAUDRATES.join(' ')}`);
  }
}

/** configurePort sets the port's speed and raw mode with stty; a missing stty or a refused setting is a UserError. */
export function configurePort(port: string, baudrate: number): void {
  checkBaudrate(baudrate);
  const stty = requireExecutable('stty');
  const r = spawnSync(stty, ['-F', port, String(baudrate), 'raw', '-echo'], { encoding: 'utf8' });
  if (r.error) throw new UserError(`tsgo: cannot run stty: ${r.error.message}`);
  if (r.status !== 0) throw new UserError(`tsgo: cannot configure ${port}: ${r.stderr.trim() || `stty failed with exit status ${r.status}`}`);
}

/** monitor configures the port and copies bytes both ways until the session ends (see MonitorEnd). */
export async function monitor(opts: MonitorOptions): Promise<MonitorEnd> {
  checkBaudrate(opts.baudrate);
  checkSerialPort(opts.port);
  let fd: number;
  try {
    fd = fs.openSync(opts.port, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
  } catch (e) {
    throw new UserError(`tsgo: cannot open ${opts.port}: ${(e as Error).message}`);
  }
  if (!tty.isatty(fd)) {
    fs.closeSync(fd);
    throw new UserError(`tsgo: ${opts.port} is not a serial port (not a terminal device)`);
  }
  try {
    configurePort(opts.port, opts.baudrate);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? ((c: Uint8Array) => process.stdout.write(c));
  const port = new tty.ReadStream(fd);
  const rawTerminal = input.isTTY === true && typeof input.setRawMode === 'function';
  if (rawTerminal) input.setRawMode!(true);

  return new Promise<MonitorEnd>((resolve) => {
    let done = false;
    const finish = (stopped: boolean): void => {
      if (done) return;
      done = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      input.off('data', onInput);
      if (rawTerminal) input.setRawMode!(false);
      if (input === process.stdin) process.stdin.pause();
      port.destroy();
      resolve({ stopped });
    };
    const onSignal = (): void => finish(true);
    const onInput = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const cut = rawTerminal ? bytes.indexOf(CTRL_C) : -1;
      try {
        writeAll(fd, cut >= 0 ? bytes.subarray(0, cut) : bytes);
      } catch {
        finish(false); // the port went away while writing
        return;
      }
      if (cut >= 0) finish(true);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    port.on('data', (d: Buffer) => output(d));
    port.on('end', () => finish(false));
    port.on('error', () => finish(false));
    input.on('data', onInput);
    input.resume();
    opts.onConnected?.(); // after the signal handlers are in place: Ctrl-C from now on ends the session cleanly
  });
}

/** writeAll writes every byte to fd, waiting briefly while a non-blocking port's output buffer is full. */
function writeAll(fd: number, data: Uint8Array): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let off = 0; off < data.length; ) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}
