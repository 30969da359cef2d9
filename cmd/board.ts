// The commands for real boards: `tsgo flash` (build, then write the program to the board with the target's flash
// method: compiler/build/flasher.ts), `tsgo monitor` (a serial monitor: compiler/flash/serial.ts) and `tsgo targets`
// (one line per built-in target, as aligned columns: its name, where `tsgo run` runs it — avr8js, rp2040js, qemu, or
// natively on the host — how `tsgo flash` writes it, and its description). The build flags are the ones `tsgo build`
// takes, given by main.ts. TSGO_DEV_DIR, when set, replaces /dev as the place serial ports are detected (the tests
// lay out a fake /dev there).

import { Option, type Command } from 'commander';
import * as path from 'node:path';
import { flashProgram } from '../compiler/build/flasher.ts';
import type { BuildOptions } from '../compiler/build/driver.ts';
import { UserError } from '../compiler/diag.ts';
import { splitCommand } from '../compiler/flash/command.ts';
import { DEFAULT_DEV_DIR, detectSerialPort, monitor } from '../compiler/flash/serial.ts';
import { canFlash, listTargets, loadTarget, type ResolvedTarget } from '../compiler/target/target.ts';

/** DEFAULT_MONITOR_BAUDRATE is the monitor's speed when neither -baudrate nor the target says (TinyGo's default too). */
export const DEFAULT_MONITOR_BAUDRATE = 115200;

/** BuildFlagHelpers are main.ts's build flag definitions, shared with `tsgo build`. */
export interface BuildFlagHelpers<F> {
  addBuildFlags: (cmd: Command) => Command;
  buildOptions: (inputs: string[], flags: F) => BuildOptions;
}

/** devDir is where serial ports are detected: $TSGO_DEV_DIR or /dev. */
function devDir(): string {
  return process.env['TSGO_DEV_DIR'] || DEFAULT_DEV_DIR;
}

/** registerBoardCommands adds `flash` and `monitor` to the program. */
export function registerBoardCommands<F>(program: Command, helpers: BuildFlagHelpers<F>): void {
  helpers
    .addBuildFlags(
      program
        .command('flash')
        .description('build and write the program to a board (the target\'s flash command, or a UF2 copy)')
        .option('--port <port>', 'serial port (default: the only /dev/ttyACM* or /dev/ttyUSB*)')
        .option('--programmer <id>', 'avrdude programmer id, replacing the flash command\'s -c (e.g. usbasp)')
        .argument('[packages...]', 'a directory or a list of .go files'),
    )
    .action(async (inputs: string[], f: F & { port?: string; programmer?: string }) => {
      const settings: Parameters<typeof flashProgram>[1] = { devDir: devDir() };
      if (f.port !== undefined) settings.port = f.port;
      if (f.programmer !== undefined) settings.programmer = f.programmer;
      await flashProgram(helpers.buildOptions(inputs, f), settings);
    });

  program
    .command('monitor')
    .description('connect the terminal to a board\'s serial port (Ctrl-C to quit)')
    .addOption(new Option('--target <name>', 'target whose console speed is the default baud rate').default('host'))
    .option('--port <port>', 'serial port (default: the only /dev/ttyACM* or /dev/ttyUSB*)')
    .option('--baudrate <n>', `baud rate (default: the target's monitor-baudrate, else ${DEFAULT_MONITOR_BAUDRATE})`)
    .action(async (f: { target: string; port?: string; baudrate?: string }) => {
      const target = loadTarget(f.target);
      let baudrate = target.monitorBaudrate ?? DEFAULT_MONITOR_BAUDRATE;
      if (f.baudrate !== undefined) {
        if (!/^\d+$/.test(f.baudrate)) throw new UserError(`tsgo: invalid -baudrate ${JSON.stringify(f.baudrate)}: want a number such as 115200`);
        baudrate = Number(f.baudrate);
      }
      const port = f.port ?? detectSerialPort(devDir());
      const onConnected = (): void => void process.stderr.write(`tsgo: connected to ${port} at ${baudrate} baud; Ctrl-C to quit\n`);
      const end = await monitor({ port, baudrate, onConnected });
      if (!end.stopped) process.stderr.write(`tsgo: ${port} closed\n`);
    });
}

/** TARGET_COLUMNS are the headings of `tsgo targets`. */
export const TARGET_COLUMNS = ['TARGET', 'SIMULATOR', 'FLASH', 'DESCRIPTION'] as const;

/** runColumn says where `tsgo run` runs programs for the target: its simulator, `host (native)`, or "-". */
export function runColumn(t: ResolvedTarget): string {
  if (t.emulator === 'native') return 'host (native)';
  return t.emulator ?? '-';
}

/**
 * flashColumn says how `tsgo flash` writes programs for the target: the flash command's tool, with "(serial)" when it
 * needs a serial port (`avrdude (serial)`); `uf2 copy to RPI-RP2` for the "msd" method; "-" when it cannot be flashed.
 */
export function flashColumn(t: ResolvedTarget): string {
  if (!canFlash(t)) return '-';
  if (t.flashMethod === 'msd') return `uf2 copy to ${t.msdVolumeNames.length > 0 ? t.msdVolumeNames.join('/') : 'a UF2 volume'}`;
  let words: string[];
  try {
    words = splitCommand(t.flashCommand!);
  } catch {
    return 'invalid flash-command';
  }
  const tool = path.basename(words[0] ?? '?');
  return words.some((w) => w.includes('{port}')) ? `${tool} (serial)` : tool;
}

/** formatTargetTable renders the targets as aligned columns under TARGET_COLUMNS, one line each. */
export function formatTargetTable(targets: ResolvedTarget[]): string {
  const rows: string[][] = [[...TARGET_COLUMNS], ...targets.map((t) => [t.name, runColumn(t), flashColumn(t), t.description])];
  const widths = TARGET_COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]! + 2))).join('').trimEnd() + '\n').join('');
}

/** targetTable lists the built-in targets (listTargets) as formatTargetTable's table. */
export function targetTable(): string {
  return formatTargetTable(listTargets().map((name) => loadTarget(name)));
}
