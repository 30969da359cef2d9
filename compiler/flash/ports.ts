// Serial port detection for `tsgo flash` and `tsgo monitor` on Linux: a board's USB serial interface appears as
// /dev/ttyACM<n> (CDC-ACM: the Uno's ATmega16U2, the Pico's USB console) or /dev/ttyUSB<n> (USB-serial bridges
// such as the Nano's CH340 or FT232). Without -port, the only such device is used; none or several is an error that
// lists what was found. The device directory is a parameter so tests can lay out a fake /dev.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diag.ts';

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
