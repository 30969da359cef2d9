// The tsgo command line: parses flags (Go style: `-target=arduino` as well as `--target arduino`) with commander and
// hands the work to the driver in compiler/build. Every failure ends here as a message and an exit code: 1 for
// user errors (bad flags, bad source, unknown target, missing tool), 2 for internal compiler errors, and for `run`
// the program's own exit code. The board commands (flash, monitor, targets) are in board.ts.

import { Command, CommanderError, Option } from 'commander';
import { build, type BuildOptions } from '../compiler/build/driver.ts';
import { OUTPUT_EXTENSIONS } from '../compiler/build/output.ts';
import { runProgram, type RunSettings } from '../compiler/build/runner.ts';
import { runTestCommand, type TestCommandFlags } from '../compiler/build/testcmd.ts';
import { parseDuration } from './duration.ts';
import { CompileError, UserError } from '../compiler/diag.ts';
import { loadTarget } from '../compiler/target/target.ts';
import { versionText } from '../compiler/build/version.ts';
import { normalizeArgs } from './flags.ts';
import { registerBoardCommands, targetTable } from './board.ts';
import { registerCheck } from './check.ts';

interface CommonFlags {
  target: string;
  output?: string;
  opt: string;
  printAllocs?: string;
  size: string;
  tags?: string;
  gc?: string;
  scheduler?: string;
  stackSize?: string;
  printStacks?: boolean;
  dumpSsa?: boolean;
  dumpLl?: boolean;
  work?: boolean;
}

/** RunFlags are `tsgo run`'s own flags. */
interface RunFlags {
  timeout?: string;
  simTime?: string;
  tracePins?: boolean;
  vcd?: string;
}

/** runSettings checks the run flags: bad values are usage errors. */
function runSettings(f: RunFlags): RunSettings {
  const simTimeNs = f.simTime !== undefined ? parseDuration(f.simTime) : undefined;
  if (f.simTime !== undefined && simTimeNs === undefined) throw new UserError(`invalid -sim-time "${f.simTime}": want a duration such as 1.5s or 500ms`);
  const timeout = f.timeout !== undefined ? Number(f.timeout) : simTimeNs !== undefined ? undefined : 10;
  if (timeout !== undefined && !(timeout > 0)) throw new UserError(`invalid -timeout "${f.timeout}": want a number of seconds`);
  const s: RunSettings = { tracePins: f.tracePins ?? false };
  if (timeout !== undefined) s.timeoutMs = timeout * 1000;
  if (simTimeNs !== undefined) s.simTimeNs = simTimeNs;
  if (f.vcd !== undefined) s.vcd = f.vcd;
  return s;
}

const OPT_LEVELS = ['0', '1', '2', 's', 'z'];

function addBuildFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option('--target <name>', 'target name or path to a target JSON file').default('host'))
    .addOption(new Option('--opt <level>', 'optimization level').choices(OPT_LEVELS).default('z'))
    .option('--print-allocs <regexp>', 'report heap allocations in functions matching regexp (Go syntax)')
    .addOption(new Option('--size <mode>', 'print sizes').choices(['none', 'short', 'full']).default('none'))
    .option('--tags <tags>', 'extra build tags, comma or space separated')
    .addOption(new Option('--gc <kind>', 'garbage collector (default: the target\'s)').choices(['conservative', 'leaking', 'none']))
    .addOption(new Option('--scheduler <kind>', 'goroutine scheduler (default: the target\'s)').choices(['tasks', 'none']))
    .option('--stack-size <bytes>', 'goroutine stack size when it cannot be computed (default: the target\'s)')
    .option('--print-stacks', 'print the stack size of every goroutine start function (and how it was chosen)')
    .option('--dump-ssa', 'print the SSA IR after the passes')
    .option('--dump-ll', 'print the LLVM IR before optimization')
    .option('--work', 'keep the temporary work directory and print its name');
}

function buildOptions(inputs: string[], f: CommonFlags): BuildOptions {
  return {
    inputs,
    target: f.target,
    output: f.output,
    optLevel: f.opt as BuildOptions['optLevel'],
    printAllocs: f.printAllocs,
    size: f.size as BuildOptions['size'],
    tags: (f.tags ?? '').split(/[\s,]+/).filter(Boolean),
    gc: f.gc as BuildOptions['gc'],
    scheduler: f.scheduler as BuildOptions['scheduler'],
    stackSize: f.stackSize === undefined ? undefined : parseStackSize(f.stackSize),
    printStacks: f.printStacks ?? false,
    dumpSSA: f.dumpSsa ?? false,
    dumpLL: f.dumpLl ?? false,
    keepWork: f.work ?? false,
  };
}

/** parseStackSize reads -stack-size: bytes, with an optional KB/KiB/K suffix as TinyGo accepts (`-stack-size=4KB`). */
function parseStackSize(v: string): number {
  const m = /^(\d+)\s*(k|kb|kib)?$/i.exec(v.trim());
  if (!m) throw new UserError(`invalid -stack-size ${JSON.stringify(v)}: want a number of bytes, e.g. 512 or 4KB`);
  return Number(m[1]) * (m[2] ? 1024 : 1);
}

function makeProgram(setExit: (code: number) => void): Command {
  const program = new Command('tsgo')
    .description('tsgo compiles Go programs for microcontrollers (Arduino/AVR, Cortex-M) and the host')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand('help [command]', 'show help for a command')
    .showHelpAfterError(false)
    .configureOutput({ outputError: (s, write) => write('tsgo: ' + s.replace(/^error: /, '')) })
    .exitOverride();

  addBuildFlags(
    program
      .command('build')
      .description('compile packages and dependencies into firmware (.elf, .hex, .bin) or .ll/.bc/.o')
      .option('-o, --output <file>', `output file; the extension chooses the format (${OUTPUT_EXTENSIONS.map(([e]) => e).join(' ')})`)
      .argument('[packages...]', 'a directory or a list of .go files'),
  ).action(async (inputs: string[], f: CommonFlags) => {
    await build(buildOptions(inputs, f));
  });

  addBuildFlags(
    program
      .command('run')
      .description('build and run: host natively, AVR in avr8js, Cortex-M in qemu')
      .option('--timeout <seconds>', 'stop the program after this many seconds of wall-clock time (default 10, none with -sim-time)')
      .option('--sim-time <duration>', 'stop a simulated board after this much simulated time (e.g. 1.5s), as a normal end')
      .option('--trace-pins', 'print every change of an output pin to stderr: <seconds> <pin> high|low')
      .option('--vcd <file>', 'write the output pins\' changes as a Value Change Dump')
      .argument('[packages...]', 'a directory or a list of .go files'),
  ).action(async (inputs: string[], f: CommonFlags & RunFlags) => {
    const code = await runProgram(buildOptions(inputs, f), runSettings(f));
    setExit(code);
  });

  addBuildFlags(
    program
      .command('test')
      .description('test packages: build each package\'s _test.go files with a generated main and run them on the target')
      .option('--run <regexp>', 'run only the tests and examples matching regexp (Go syntax; A/B selects subtests)')
      .option('-v, --verbose', 'print every test as it runs, and its log')
      .option('--short', 'tell long tests to shorten (testing.Short)')
      .option('--bench <regexp>', 'run the benchmarks matching regexp')
      .option('--benchtime <d>', 'run each benchmark for this long (e.g. 1s) or this many times (e.g. 100x)')
      .option('--timeout <seconds>', 'stop a test program after this many seconds (default 600)')
      .argument('[packages...]', 'directories or import paths (default: the current directory)'),
  ).action(async (inputs: string[], f: CommonFlags & TestCommandFlags & { timeout?: string }) => {
    const timeout = f.timeout !== undefined ? Number(f.timeout) : undefined;
    if (timeout !== undefined && !(timeout > 0)) throw new UserError(`invalid -timeout "${f.timeout}": want a number of seconds`);
    setExit(await runTestCommand(buildOptions(inputs, f), { ...f, timeoutMs: timeout === undefined ? undefined : timeout * 1000 }));
  });

  registerBoardCommands(program, { addBuildFlags, buildOptions });

  program
    .command('targets')
    .description('list the known targets: where each runs (simulator) and how it is flashed')
    .action(() => {
      process.stdout.write(targetTable());
    });

  program
    .command('version')
    .description('print the versions of tsgo, LLVM and the Go sources')
    .action(() => {
      process.stdout.write(versionText() + '\n');
    });

  program
    .command('info')
    .description('print a target\'s resolved settings as JSON')
    .addOption(new Option('--target <name>', 'target name or JSON file').default('host'))
    .action((f: { target: string }) => {
      process.stdout.write(JSON.stringify(loadTarget(f.target), null, 2) + '\n');
    });

  registerCheck(program, setExit);
  return program;
}

/** main runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = makeProgram((c) => (exitCode = c));
  try {
    await program.parseAsync(normalizeArgs(argv), { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 1;
    }
    if (e instanceof UserError) {
      process.stderr.write(e.message + '\n');
      return 1;
    }
    if (e instanceof CompileError) return 1; // diagnostics were printed by the driver
    const err = e as Error;
    process.stderr.write(`tsgo: internal compiler error: ${err.message}\n`);
    if (process.env.TSGO_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
    return 2;
  }
}

// A reader that stops early (`tsgo run prog.go | head`) closes the pipe: stop quietly, as a Unix tool does.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
