// `tsgo flash`: builds the program into a temporary directory, as `tsgo build` would, and writes it to the board by
// the target's flash method. "command" (the default) runs the target's `flash-command` template (compiler/flash/
// command.ts) with the image files it names — only those are made — and the serial port, detected when -port is not
// given and the template names {port} (before building, so a missing board fails fast); "msd" copies the UF2 image
// to the board's mounted boot volume (compiler/flash/msd.ts). Nothing is left behind in the working directory.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from '../diag.ts';
import {
  expandCommand,
  IMAGE_PLACEHOLDERS,
  overrideProgrammer,
  runCommand,
  splitCommand,
  templatePlaceholders,
  type Placeholder,
  type StreamOutput,
} from '../flash/command.ts';
import { chooseUf2Volume, copyToVolume, DEFAULT_MSD_SEARCH, type MsdSearch } from '../flash/msd.ts';
import { checkSerialPort, DEFAULT_DEV_DIR, detectSerialPort } from '../flash/serial.ts';
import { canFlash, loadTarget, type ResolvedTarget } from '../target/target.ts';
import { build, type BuildOptions } from './driver.ts';
import { outputFormat, writeOutput, type ImageFormat, type OutputFormat } from './output.ts';

/** FlashSettings are `tsgo flash`'s own flags and the places it looks for boards. */
export interface FlashSettings {
  /** port is the serial port (-port); undefined: detected in devDir when the command needs one. */
  port?: string;
  /** programmer replaces avrdude's `-c` programmer id (-programmer). */
  programmer?: string;
  /** devDir is where serial ports are detected (default /dev). */
  devDir?: string;
  /** msdSearch is where UF2 boot volumes are looked for (default: /media, /run/media, /mnt and /proc/mounts). */
  msdSearch?: MsdSearch;
  /** output receives the flash command's output (default: tsgo's stdout and stderr). */
  output?: StreamOutput;
  /** note receives tsgo's own progress lines (default: stderr). */
  note?: (line: string) => void;
}

/** flashProgram builds the program for its target and flashes it; it throws a UserError when anything fails. */
export async function flashProgram(opts: BuildOptions, settings: FlashSettings = {}): Promise<void> {
  if (opts.output !== undefined) throw new UserError('tsgo flash: -o is not used: the program is built into a temporary directory');
  const target = loadTarget(opts.target);
  if (!canFlash(target)) {
    throw new UserError(`tsgo: target ${target.name} cannot be flashed: it has no flash-command and no "msd" flash-method`);
  }
  const note = settings.note ?? ((l: string) => process.stderr.write(l + '\n'));
  if (target.flashMethod === 'msd') {
    if (settings.programmer !== undefined) throw new UserError(`tsgo: -programmer applies to avrdude flash commands; ${target.name} is flashed by copying a UF2 file`);
    await withWorkDir(async (dir) => {
      const uf2 = path.join(dir, 'program.uf2');
      imageFormat(uf2, target); // before building: this tsgo must be able to write UF2 images
      await build({ ...opts, output: uf2 });
      const volume = chooseUf2Volume(target.name, target.msdVolumeNames, settings.msdSearch ?? DEFAULT_MSD_SEARCH);
      const dest = copyToVolume(uf2, volume);
      note(`tsgo: copied the program to ${dest}`);
    });
    return;
  }
  let words = splitCommand(target.flashCommand!);
  if (settings.programmer !== undefined) words = overrideProgrammer(words, settings.programmer);
  const needs = templatePlaceholders(words);
  const values: Partial<Record<Placeholder, string>> = {};
  if (needs.has('port')) values.port = choosePort(settings);
  await withWorkDir(async (dir) => {
    const elf = path.join(dir, 'program.elf');
    await build({ ...opts, output: elf });
    for (const p of IMAGE_PLACEHOLDERS) {
      if (!needs.has(p)) continue;
      const file = path.join(dir, `program.${p}`);
      if (p !== 'elf') await writeOutput(elf, file, imageFormat(file, target));
      values[p] = file;
    }
    await runCommand(expandCommand(words, values), settings.output);
  });
}

/** choosePort returns -port (checked to be a device) or the one serial port detected. */
function choosePort(settings: FlashSettings): string {
  if (settings.port === undefined) return detectSerialPort(settings.devDir ?? DEFAULT_DEV_DIR);
  // avrdude's own port names for USB programmers (`usb`, `usb:SERIAL`) are passed through unchecked.
  if (!/^usb(:|$)/.test(settings.port)) checkSerialPort(settings.port);
  return settings.port;
}

/**
 * imageFormat returns the format of an image file to flash — one made from the linked ELF — or throws a UserError
 * when this tsgo cannot write that format.
 */
function imageFormat(file: string, target: ResolvedTarget): ImageFormat {
  let format: OutputFormat;
  try {
    format = outputFormat(file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    throw new UserError(`tsgo: ${target.name} is flashed with a ${path.extname(file)} image, which this tsgo cannot write`);
  }
  if (format === 'll' || format === 'bc' || format === 'o') throw new Error(`internal error: flashing a .${format} file`);
  return format;
}

/** withWorkDir runs f with a fresh temporary directory and removes the directory afterwards. */
async function withWorkDir(f: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-flash-'));
  try {
    await f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
