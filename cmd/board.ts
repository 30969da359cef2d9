// The commands for real boards: `tsgo flash` (build, then write the program to the board with the target's flash
// method: compiler/build/flasher.ts) and `tsgo monitor` (a serial monitor: compiler/flash/monitor.ts). The build
// flags are the ones `tsgo build` takes, given by main.ts. TSGO_DEV_DIR, when set, replaces /dev as the place serial
// ports are detected (the tests lay out a fake /dev there).

import { Option, type Command } from 'commander';
import { flashProgram } from '../compiler/build/flasher.ts';
import type { BuildOptions } from '../compiler/build/driver.ts';
import { UserError } from '../compiler/diag.ts';
import { monitor } from '../compiler/flash/monitor.ts';
import { DEFAULT_DEV_DIR, detectSerialPort } from '../compiler/flash/ports.ts';
import { loadTarget } from '../compiler/target/target.ts';

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
